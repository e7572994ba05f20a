/// A calendar date with no time zone (a session's day), compared and formatted without Foundation
/// so that output never depends on the machine's locale or time zone.
public struct LocalDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A valid date, or nil.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...LocalDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` strictly.
    public init?(iso text: String) {
        // Four, two and two ASCII digits between two '-': read from the bytes (every session's date).
        var text = text
        guard let (y, m, d) = text.withUTF8({ bytes -> (Int, Int, Int)? in
            guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
                  let y = asciiNumber(bytes, 0..<4), let m = asciiNumber(bytes, 5..<7), let d = asciiNumber(bytes, 8..<10) else { return nil }
            return (y, m, d)
        }) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The date for a day number counted from 1970-01-01 (day 0).
    public init(daysSinceEpoch days: Int) {
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        month = m
        day = d
    }

    /// Days since 1970-01-01.
    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// 1 = Monday … 7 = Sunday (ISO 8601).
    public var weekday: Int {
        let wd = (daysSinceEpoch % 7 + 7 + 3) % 7  // 1970-01-01 was a Thursday
        return wd + 1
    }

    public func adding(days: Int) -> LocalDate { LocalDate(daysSinceEpoch: daysSinceEpoch + days) }

    /// `2026-10-14`.
    public var iso: String {
        // Written digit by digit (a small string, no allocation): dates are written for every
        // session in every page and export.
        guard (0...9999).contains(year) else { return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))" }
        return asciiDigits(10) { bytes in
            writeDigits(year, width: 4, into: bytes, at: 0)
            bytes[4] = UInt8(ascii: "-")
            writeDigits(month, width: 2, into: bytes, at: 5)
            bytes[7] = UInt8(ascii: "-")
            writeDigits(day, width: 2, into: bytes, at: 8)
        }
    }

    public var description: String { iso }

    /// `Wed 14 Oct 2026`, in English, for the tool's own messages (the rollover report); pages
    /// write dates in the theme's words (`SiteStrings` in the Site module).
    public var shortText: String {
        "\(LocalDate.weekdayNames[weekday - 1].prefix(3)) \(day) \(LocalDate.monthNames[month - 1].prefix(3)) \(year)"
    }

    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// The English names, for the tool's own messages and as the site's default words (a theme's
    /// `strings.yml` names months and days for its pages).
    public static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                                    "August", "September", "October", "November", "December"]
    public static let weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

/// A wall-clock time of day, minutes after midnight.
public struct LocalTime: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let minutes: Int

    public init?(hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        minutes = hour * 60 + minute
    }

    /// Parses `HH:MM` or `H:MM` (24-hour clock).
    public init?(text: String) {
        // One or two ASCII digits, ':', two ASCII digits: read from the bytes.
        var text = text
        guard let (h, m) = text.withUTF8({ bytes -> (Int, Int)? in
            let colon = bytes.count - 3
            guard colon == 1 || colon == 2, bytes[colon] == UInt8(ascii: ":"),
                  let h = asciiNumber(bytes, 0..<colon), let m = asciiNumber(bytes, (colon + 1)..<bytes.count) else { return nil }
            return (h, m)
        }) else { return nil }
        self.init(hour: h, minute: m)
    }

    public var hour: Int { minutes / 60 }
    public var minute: Int { minutes % 60 }
    /// `09:30`.
    public var description: String {
        guard (0...99).contains(hour) else { return "\(pad(hour, 2)):\(pad(minute, 2))" }
        return asciiDigits(5) { bytes in
            writeDigits(hour, width: 2, into: bytes, at: 0)
            bytes[2] = UInt8(ascii: ":")
            writeDigits(minute, width: 2, into: bytes, at: 3)
        }
    }

    public static func < (lhs: LocalTime, rhs: LocalTime) -> Bool { lhs.minutes < rhs.minutes }
}

/// A string of `count` ASCII bytes written by `write` (up to 15 bytes: a small string, no allocation).
private func asciiDigits(_ count: Int, _ write: (UnsafeMutableBufferPointer<UInt8>) -> Void) -> String {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count) { bytes in
        write(bytes)
        return String(decoding: UnsafeBufferPointer(bytes), as: UTF8.self)
    }
}

/// Writes `value` (0 ≤ value < 10^width) as `width` ASCII digits, zero-padded, at `start` of `bytes`.
private func writeDigits(_ value: Int, width: Int, into bytes: UnsafeMutableBufferPointer<UInt8>, at start: Int) {
    var rest = value
    var index = start + width - 1
    while index >= start {
        bytes[index] = UInt8(ascii: "0") + UInt8(rest % 10)
        rest /= 10
        index -= 1
    }
}

/// The number written in ASCII digits at `range` of `bytes`, nil when any byte there is not a digit.
private func asciiNumber(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
    var value = 0
    for index in range {
        let digit = bytes[index] &- UInt8(ascii: "0")
        guard digit < 10 else { return nil }
        value = value * 10 + Int(digit)
    }
    return value
}
