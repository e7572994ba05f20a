import Catalogue

/// Dates, times and offsets written the same way on every machine: no Foundation formatters, no locale.
enum ExportFormat {
    /// `20261014`.
    static func compact(_ date: LocalDate) -> String { "\(pad(date.year, 4))\(pad(date.month, 2))\(pad(date.day, 2))" }

    /// `0930`.
    static func compact(_ time: LocalTime) -> String { "\(pad(time.hour, 2))\(pad(time.minute, 2))" }

    /// `2026-10-14T00:00:00Z`: midnight UTC at the start of a day (RFC 3339).
    static func midnightUTC(_ date: LocalDate) -> String { "\(date.iso)T00:00:00Z" }

    /// `20261206T131500Z`: a moment (seconds since 1970) in UTC, as iCalendar's DTSTAMP writes it.
    static func utcStamp(_ seconds: Int) -> String {
        let (date, second) = split(seconds)
        return "\(compact(date))T\(pad(second / 3600, 2))\(pad(second % 3600 / 60, 2))\(pad(second % 60, 2))Z"
    }

    /// `+01:00` (with `colon`) or `+0100`; seconds are added only when the offset has them.
    static func offset(_ seconds: Int, colon: Bool) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let magnitude = abs(seconds)
        let separator = colon ? ":" : ""
        var text = "\(sign)\(pad(magnitude / 3600, 2))\(separator)\(pad(magnitude % 3600 / 60, 2))"
        if magnitude % 60 != 0 { text += "\(separator)\(pad(magnitude % 60, 2))" }
        return text
    }

    /// The day and the second of that day for a count of seconds since 1970-01-01T00:00 (floor division).
    static func split(_ seconds: Int) -> (date: LocalDate, secondOfDay: Int) {
        let days = seconds >= 0 ? seconds / 86_400 : -((-seconds + 86_399) / 86_400)
        return (LocalDate(daysSinceEpoch: days), seconds - days * 86_400)
    }
}
