import Foundation

/// Hints for dates and times written the way people write them in letters, or pasted from Word.
enum DateHints {
    static func hint(for text: String) -> String {
        if let typographic = typographicProblem(text) { return typographic }
        let pieces = text.split(whereSeparator: { $0 == " " || $0 == "," }).filter { LocalDate(iso: String($0)) != nil }
        if pieces.count >= 2 {
            return "for a session on several days write days: [\(pieces.joined(separator: ", "))] instead of date"
        }
        let cleaned = text.replacingOccurrences(of: "\u{2013}", with: "-").replacingOccurrences(of: "\u{2014}", with: "-")
        // 14/10/2026 or 14-10-2026 → 2026-10-14
        let parts = cleaned.split(whereSeparator: { $0 == "/" || $0 == "." || $0 == "-" })
        if parts.count == 3, parts[2].count == 4, let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]) {
            if let date = LocalDate(year: y, month: m, day: d) { return "write dates as YYYY-MM-DD: \(date.iso)" }
            // 31/09/2026: both mistakes at once, and never a fix that is not a real date.
            if (1...12).contains(m), d >= 1 {
                let days = LocalDate.daysIn(month: m, year: y)
                let last = LocalDate(year: y, month: m, day: days).map { ", e.g. \($0.iso) for its last day" } ?? ""
                return "\(LocalDate.monthNames[m - 1]) \(y) has only \(days) days, and dates are written YYYY-MM-DD: check the day, then write it as \(y)-\(pad(m))-DD\(last)"
            }
            // 09/14/2026, month first as in the US.
            if let date = LocalDate(year: y, month: d, day: m) {
                return "dates are written YYYY-MM-DD (year, month, day): \(date.iso) if you meant \(m) \(LocalDate.monthNames[d - 1])"
            }
        }
        if parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) {
            if let date = LocalDate(year: y, month: m, day: d) { return "write the month and day with two digits: \(date.iso)" }
            if (1...12).contains(m) {
                return "\(LocalDate.monthNames[m - 1]) \(y) has \(LocalDate.daysIn(month: m, year: y)) days"
            }
        }
        // "25 November 2026", "Wed 25 Nov 2026", "November 25, 2026"
        let words = cleaned.lowercased().split(whereSeparator: { $0 == " " || $0 == "," })
        let month = words.compactMap { word in LocalDate.monthNames.firstIndex { $0.lowercased().hasPrefix(word) && word.count >= 3 } }.first
        let numbers = words.compactMap { Int($0.filter(\.isNumber)) }
        if let month, let year = numbers.first(where: { $0 > 31 }), let day = numbers.first(where: { $0 <= 31 }),
           let date = LocalDate(year: year, month: month + 1, day: day) {
            return "write dates as YYYY-MM-DD: \(date.iso)"
        }
        return "write dates as YYYY-MM-DD, e.g. 2026-10-14"
    }

    private static func pad(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }

    static func timeHint(for text: String) -> String {
        if let typographic = typographicProblem(text) { return typographic }
        let lowered = text.lowercased().replacingOccurrences(of: " ", with: "")
        let isPM = lowered.hasSuffix("pm"), isAM = lowered.hasSuffix("am")
        let digits = (isPM || isAM) ? String(lowered.dropLast(2)) : lowered
        let pieces = digits.split(whereSeparator: { $0 == ":" || $0 == "." })
        if let h = pieces.first.flatMap({ Int($0) }), pieces.count <= 2 {
            let m = pieces.count == 2 ? Int(pieces[1]) ?? 0 : 0
            let hour = isPM && h < 12 ? h + 12 : (isAM && h == 12 ? 0 : h)
            if let time = LocalTime(hour: hour, minute: m) {
                return "write times on the 24-hour clock as HH:MM: \"\(time)\""
            }
        }
        return "write times on the 24-hour clock as HH:MM, e.g. \"09:30\" or \"15:45\""
    }

    /// Curly quotes and long dashes that Word puts in when text is typed or pasted there.
    static func typographicProblem(_ text: String) -> String? {
        if text.contains(where: { "\u{201C}\u{201D}\u{2018}\u{2019}".contains($0) }) {
            let plain = text.filter { !"\u{201C}\u{201D}\u{2018}\u{2019}".contains($0) }
            return "the value has curly quotes (from Word): write straight quotes, \"\(plain)\""
        }
        if text.contains(where: { $0 == "\u{2013}" || $0 == "\u{2014}" }) {
            let plain = text.replacingOccurrences(of: "\u{2013}", with: "-").replacingOccurrences(of: "\u{2014}", with: "-")
            return "the value has a long dash (–, from Word): write an ordinary hyphen, \(plain)"
        }
        return nil
    }
}
