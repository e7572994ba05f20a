import Catalogue
import Testing

@Suite("LocalDate, LocalTime and AcademicYear")
struct CalendarTests {
    // MARK: LocalDate

    @Test("ISO weekday: 1 = Monday … 7 = Sunday", arguments: [
        ("1970-01-01", 4), ("2026-10-14", 3), ("2026-09-01", 2), ("2027-01-02", 6), ("2027-01-03", 7),
        ("2027-01-04", 1), ("2000-02-29", 2), ("1969-12-31", 3), ("1900-01-01", 1),
    ])
    func weekday(iso: String, expected: Int) throws {
        let date = try #require(LocalDate(iso: iso))
        #expect(date.weekday == expected)
    }

    @Test("days since 1970-01-01")
    func daysSinceEpoch() {
        #expect(LocalDate(year: 1970, month: 1, day: 1)!.daysSinceEpoch == 0)
        #expect(LocalDate(year: 1969, month: 12, day: 31)!.daysSinceEpoch == -1)
        #expect(LocalDate(year: 2026, month: 9, day: 1)!.daysSinceEpoch == 20697)
        #expect(LocalDate(year: 2000, month: 3, day: 1)!.daysSinceEpoch == 11017)
        #expect(LocalDate(daysSinceEpoch: 20697).iso == "2026-09-01")
        #expect(LocalDate(daysSinceEpoch: -1).iso == "1969-12-31")
    }

    @Test("daysSinceEpoch round-trips over leap years and centuries")
    func roundTrip() {
        // From 1 January 1600 to 31 December 2400, every day.
        let first = LocalDate(year: 1600, month: 1, day: 1)!.daysSinceEpoch
        let last = LocalDate(year: 2400, month: 12, day: 31)!.daysSinceEpoch
        var previous: LocalDate?
        var failures = 0
        for day in first...last {
            let date = LocalDate(daysSinceEpoch: day)
            if date.daysSinceEpoch != day { failures += 1 }
            if let previous, !(previous < date) || previous.adding(days: 1) != date { failures += 1 }
            if LocalDate(year: date.year, month: date.month, day: date.day) != date { failures += 1 }
            previous = date
        }
        #expect(failures == 0)
        #expect(last - first + 1 == 292_560)  // 801 years, 195 of them leap years
    }

    @Test("invalid calendar dates are refused", arguments: [
        (2026, 13, 1), (2026, 0, 10), (2026, 2, 29), (2100, 2, 29), (2026, 4, 31), (2026, 9, 0), (0, 1, 1), (10_000, 1, 1),
    ])
    func invalidDates(year: Int, month: Int, day: Int) {
        #expect(LocalDate(year: year, month: month, day: day) == nil)
    }

    @Test("leap days exist in leap years only")
    func leapDays() {
        #expect(LocalDate(year: 2028, month: 2, day: 29) != nil)
        #expect(LocalDate(year: 2000, month: 2, day: 29) != nil)
        #expect(LocalDate(year: 1900, month: 2, day: 29) == nil)
    }

    @Test("ISO parsing is strict", arguments: [
        "2026-13-01", "2026-1-14", "2026-10-4", "26-10-14", "14/10/2026", "2026/10/14", "2026-10-14 ", " 2026-10-14",
        "2026-10-14T09:00", "２０２６-10-14", "2026-1a-14", "", "2026--14", "+2026-10-14",
    ])
    func strictISO(text: String) {
        #expect(LocalDate(iso: text) == nil)
    }

    @Test("formatting: iso, and the short text of the tool's messages (pages use the theme's strings)")
    func formatting() {
        let date = LocalDate(year: 2026, month: 10, day: 4)!
        #expect(date.iso == "2026-10-04")
        #expect(date.description == "2026-10-04")
        #expect(date.shortText == "Sun 4 Oct 2026")
        #expect(LocalDate(year: 987, month: 1, day: 2)!.iso == "0987-01-02")
    }

    @Test("iso and a time's description are the zero-padded numbers, for every day and minute")
    func formattingEveryValue() {
        func padded(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        let last = LocalDate(year: 9999, month: 12, day: 31)!.daysSinceEpoch
        // Every day of 1600–2400, the first and last years, and beyond them (from day numbers only).
        let days = Array(LocalDate(year: 1600, month: 1, day: 1)!.daysSinceEpoch...LocalDate(year: 2400, month: 12, day: 31)!.daysSinceEpoch)
            + Array(LocalDate(year: 1, month: 1, day: 1)!.daysSinceEpoch - 800...LocalDate(year: 2, month: 1, day: 1)!.daysSinceEpoch)
            + Array(last - 400...last + 800)
        for number in days {
            let date = LocalDate(daysSinceEpoch: number)
            #expect(date.iso == "\(padded(date.year, 4))-\(padded(date.month, 2))-\(padded(date.day, 2))")
        }
        #expect(LocalDate(daysSinceEpoch: last + 1).iso == "10000-01-01")
        for minutes in 0..<(24 * 60) {
            let time = LocalTime(hour: minutes / 60, minute: minutes % 60)!
            #expect(time.description == "\(padded(minutes / 60, 2)):\(padded(minutes % 60, 2))")
        }
    }

    @Test("ordering is by year, month, then day")
    func ordering() {
        let dates = ["2027-01-01", "2026-12-31", "2026-02-01", "2026-01-31"].compactMap(LocalDate.init(iso:))
        #expect(dates.sorted().map(\.iso) == ["2026-01-31", "2026-02-01", "2026-12-31", "2027-01-01"])
    }

    // MARK: LocalTime

    @Test("times on the 24-hour clock", arguments: [("09:05", "09:05"), ("9:05", "09:05"), ("00:00", "00:00"), ("23:59", "23:59")])
    func validTimes(text: String, expected: String) throws {
        #expect(try #require(LocalTime(text: text)).description == expected)
    }

    @Test("invalid times are refused", arguments: ["24:00", "09:60", "0930", "9.30", "9:5", "09:00:00", "-1:00", "ab:cd", "", "09:3０"])
    func invalidTimes(text: String) {
        #expect(LocalTime(text: text) == nil)
    }

    @Test("times compare by minutes after midnight")
    func timeOrdering() {
        let early = LocalTime(hour: 9, minute: 30)!, late = LocalTime(hour: 15, minute: 0)!
        #expect(early < late)
        #expect(early.minutes == 570)
        #expect(late.hour == 15 && late.minute == 0)
    }

    // MARK: AcademicYear

    @Test("academic years are written as the two years they span", arguments: ["2026-27", "2026/27", "2026-2027", "2026/2027"])
    func academicYearParsing(text: String) throws {
        let year = try #require(AcademicYear(text: text))
        #expect(year.startYear == 2026)
        #expect(year.description == "2026-27")
    }

    @Test("an academic year that does not span two consecutive years is refused",
          arguments: ["2026-28", "2026-2028", "2026-26", "26-27", "2026", "2026-27-28", "2026-7", "abcd-ef", ""])
    func invalidAcademicYears(text: String) {
        #expect(AcademicYear(text: text) == nil)
    }

    @Test("the century rolls over: 1999-00")
    func centuryRollover() throws {
        let year = try #require(AcademicYear(text: "1999-00"))
        #expect(year.startYear == 1999)
        #expect(year.description == "1999-00")
    }

    @Test("1 September to 31 August")
    func bounds() {
        let year = AcademicYear(startYear: 2026)
        #expect(year.firstDay.iso == "2026-09-01")
        #expect(year.lastDay.iso == "2027-08-31")
        #expect(year.contains(year.firstDay))
        #expect(year.contains(year.lastDay))
        #expect(!year.contains(LocalDate(year: 2026, month: 8, day: 31)!))
        #expect(!year.contains(LocalDate(year: 2027, month: 9, day: 1)!))
        #expect(AcademicYear.containing(LocalDate(year: 2027, month: 8, day: 31)!) == year)
        #expect(AcademicYear.containing(LocalDate(year: 2026, month: 9, day: 1)!) == year)
        #expect(year.next.description == "2027-28")
    }
}
