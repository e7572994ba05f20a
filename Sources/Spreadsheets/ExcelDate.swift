/// Excel's day numbers as ISO 8601 text: `2027-03-25`, `2027-03-25T09:30:00`, or `09:30:00` for a
/// time of day alone.
///
/// In the 1900 date system (Windows Excel's, and Microsoft Forms') day 1 is 1900-01-01 and, as in
/// Lotus 1-2-3, day 60 is 29 February 1900, a day that never was; from day 61 the days are true.
/// In the 1904 system (`date1904` in workbook.xml, old Mac workbooks) day 0 is 1904-01-01. Times
/// are the fraction of a day, rounded to the second.
enum ExcelDate {
    /// The text for `serial`, or nil when it is outside the years Excel shows (before its epoch,
    /// after 9999).
    static func iso(_ serial: Double, date1904: Bool, withTime: Bool, timeOnly: Bool) -> String? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        var day = Int(serial.rounded(.down))
        var seconds = Int(((serial - Double(day)) * 86_400).rounded())
        if seconds >= 86_400 {
            day += 1
            seconds -= 86_400
        }
        let time = String(format2: seconds / 3600) + ":" + String(format2: seconds / 60 % 60) + ":" + String(format2: seconds % 60)
        if timeOnly && day == 0 { return time }
        let date: String
        if date1904 {
            date = civil(daysSince1970: day + daysFrom1970To1904)
        } else if day == 60 {
            date = "1900-02-29"
        } else if day == 0 {
            date = "1900-01-00"   // as Excel shows it
        } else {
            date = civil(daysSince1970: day + (day < 60 ? daysFrom1970To1899Dec31 : daysFrom1970To1899Dec30))
        }
        return withTime || seconds != 0 ? date + "T" + time : date
    }

    private static let daysFrom1970To1904 = -24_107
    private static let daysFrom1970To1899Dec31 = -25_568
    private static let daysFrom1970To1899Dec30 = -25_569

    /// `yyyy-mm-dd` for a day counted from 1970-01-01 (Howard Hinnant's `civil_from_days`, as in
    /// Catalogue's `LocalDate`, which this module cannot import: it depends on nothing).
    static func civil(daysSince1970 days: Int) -> String {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shifted = (5 * dayOfYear + 2) / 153
        let dayOfMonth = dayOfYear - (153 * shifted + 2) / 5 + 1
        let month = shifted < 10 ? shifted + 3 : shifted - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return String(year) + "-" + String(format2: month) + "-" + String(format2: dayOfMonth)
    }
}

extension String {
    /// A number from 0 to 99 as two digits.
    fileprivate init(format2 n: Int) {
        self = n < 10 ? "0" + String(n) : String(n)
    }
}
