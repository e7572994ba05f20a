import Catalogue

/// Dates, times and offsets written the same way on every machine: no Foundation formatters, no locale.
enum ExportFormat {
    /// `20261014`.
    static func compact(_ date: LocalDate) -> String {
        // Written digit by digit into a string of its own (small, inline) when the parts have no
        // more digits than their width; `pad` otherwise.
        guard (0..<10_000).contains(date.year), (0..<100).contains(date.month), (0..<100).contains(date.day) else {
            return "\(pad(date.year, 4))\(pad(date.month, 2))\(pad(date.day, 2))"
        }
        return String(unsafeUninitializedCapacity: 8) { bytes in
            digits(date.year, 4, into: bytes, at: 0)
            digits(date.month, 2, into: bytes, at: 4)
            digits(date.day, 2, into: bytes, at: 6)
            return 8
        }
    }

    /// `0930`.
    static func compact(_ time: LocalTime) -> String {
        guard (0..<100).contains(time.hour), (0..<100).contains(time.minute) else { return "\(pad(time.hour, 2))\(pad(time.minute, 2))" }
        return String(unsafeUninitializedCapacity: 4) { bytes in
            digits(time.hour, 2, into: bytes, at: 0)
            digits(time.minute, 2, into: bytes, at: 2)
            return 4
        }
    }

    /// Writes the last `width` decimal digits of `value` (not negative) at `start`.
    private static func digits(_ value: Int, _ width: Int, into bytes: UnsafeMutableBufferPointer<UInt8>, at start: Int) {
        var rest = value
        for position in stride(from: start + width - 1, through: start, by: -1) {
            bytes[position] = UInt8(truncatingIfNeeded: 0x30 + rest % 10)
            rest /= 10
        }
    }

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
