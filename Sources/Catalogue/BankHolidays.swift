/// The bank holidays of England and Wales, computed (no list to keep up to date): New Year's Day,
/// Good Friday, Easter Monday, the early May, spring and summer bank holidays, Christmas Day and
/// Boxing Day, with the substitute weekday when one falls at a weekend. One-off holidays (a
/// coronation, a jubilee) are not known.
enum BankHolidays {
    /// The holiday's name when `date` is a bank holiday (a substitute day says so), else nil.
    static func name(of date: LocalDate) -> String? {
        (knownYears.contains(date.year) ? computed[date.year - knownYears.lowerBound] : holidays(in: date.year))[date]
    }

    /// The years whose holidays are worked out once (every session date is looked up).
    private static let knownYears = 2000...2100
    private static let computed: [[LocalDate: String]] = knownYears.map { holidays(in: $0) }

    static func holidays(in year: Int) -> [LocalDate: String] {
        var days: [LocalDate: String] = [:]
        guard let newYear = LocalDate(year: year, month: 1, day: 1), let christmas = LocalDate(year: year, month: 12, day: 25),
              let mayFirst = LocalDate(year: year, month: 5, day: 1), let mayLast = LocalDate(year: year, month: 5, day: 31),
              let augustLast = LocalDate(year: year, month: 8, day: 31) else { return [:] }
        days[newYear] = "New Year's Day"
        if newYear.weekday >= 6 { days[nextMonday(after: newYear)] = "New Year's Day (substitute day)" }
        let easter = easterSunday(year)
        days[easter.adding(days: -2)] = "Good Friday"
        days[easter.adding(days: 1)] = "Easter Monday"
        days[mayFirst.adding(days: (8 - mayFirst.weekday) % 7)] = "the early May bank holiday"
        days[mayLast.adding(days: -((mayLast.weekday - 1) % 7))] = "the spring bank holiday"
        days[augustLast.adding(days: -((augustLast.weekday - 1) % 7))] = "the summer bank holiday"
        days[christmas] = "Christmas Day"
        days[christmas.adding(days: 1)] = "Boxing Day"
        // Christmas on Saturday: Monday and Tuesday; on Sunday: Boxing Day is Monday, Christmas Tuesday;
        // Boxing Day on Saturday (Christmas Friday): Monday.
        switch christmas.weekday {
        case 6: days[christmas.adding(days: 2)] = "Christmas Day (substitute day)"; days[christmas.adding(days: 3)] = "Boxing Day (substitute day)"
        case 7: days[christmas.adding(days: 2)] = "Christmas Day (substitute day)"
        case 5: days[christmas.adding(days: 3)] = "Boxing Day (substitute day)"
        default: break
        }
        return days
    }

    private static func nextMonday(after date: LocalDate) -> LocalDate { date.adding(days: 8 - date.weekday) }

    /// Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm).
    static func easterSunday(_ year: Int) -> LocalDate {
        let a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4
        let f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1
        return LocalDate(year: year, month: month, day: day) ?? LocalDate(daysSinceEpoch: 0)
    }
}
