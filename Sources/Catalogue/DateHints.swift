import Foundation

/// Hints for dates and times written the way people write them in letters, or pasted from Word.
enum DateHints {
    /// "put the dates in square brackets: days: [2027-03-17, 2027-03-24]": `text` is two or more dates
    /// written without the brackets of a list; nil otherwise.
    static func bracketedDates(_ text: String, key: String) -> String? {
        let dates = text.split(whereSeparator: { $0 == "," || $0 == " " || $0 == ";" }).map(String.init)
        guard dates.count >= 2, dates.allSatisfy({ LocalDate(iso: $0) != nil }) else { return nil }
        return "put the dates in square brackets: \(key): [\(dates.joined(separator: ", "))]"
    }

    /// The list an item's key path names: `training_days` for `training_days[0]`, `days` for
    /// `sessions[2].days[1]`; nil when the date is not an item of a list.
    private static func listKey(_ keyPath: String) -> String? {
        guard keyPath.hasSuffix("]"), let open = keyPath.lastIndex(of: "[") else { return nil }
        let list = keyPath[..<open]
        return String(list.split(separator: ".").last ?? list)
    }

    /// `keyPath` says where the date is written: several dates in one item of a list (`training_days[0]`,
    /// a list written without its brackets) are that list's own, not a session's `days`.
    static func hint(for text: String, keyPath: String = "") -> String {
        if let typographic = typographicProblem(text) { return typographic }
        if let list = listKey(keyPath), let bracketed = bracketedDates(text, key: list) { return bracketed }
        let pieces = text.split(whereSeparator: { $0 == " " || $0 == "," }).filter { LocalDate(iso: String($0)) != nil }
        if pieces.count >= 2 {
            return "for a session on several days write days: [\(pieces.joined(separator: ", "))] instead of date"
        }
        // "2027-03-17 09:00" or "2027-03-17T09:00": the time has a setting of its own.
        let dateAndTime = text.split(whereSeparator: { $0 == " " || $0 == "T" }).map(String.init)
        if dateAndTime.count >= 2, let date = LocalDate(iso: dateAndTime[0]),
           let time = correctedTime(dateAndTime.dropFirst().joined(separator: " ")) {
            return "the time goes in a setting of its own: write date: \(date.iso) and start: \"\(time)\""
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
        if let time = correctedTime(text) { return "write times on the 24-hour clock as HH:MM: \"\(time)\"" }
        return "write times on the 24-hour clock as HH:MM, e.g. \"09:30\" or \"15:45\""
    }

    /// The time meant by "9.30", "2pm", "09:00:00", "12 noon" or "midday", nil when none is clear.
    static func correctedTime(_ text: String) -> LocalTime? {
        var lowered = text.lowercased().replacingOccurrences(of: " ", with: "")
        if ["noon", "midday", "12noon", "12midday", "12.00noon", "12:00noon"].contains(lowered) { return LocalTime(hour: 12, minute: 0) }
        if lowered.hasSuffix("noon") || lowered.hasSuffix("midday") { return nil }
        // "09:00:00": seconds of zero, as spreadsheets write times.
        if lowered.hasSuffix(":00"), lowered.filter({ $0 == ":" }).count == 2 { lowered = String(lowered.dropLast(3)) }
        let isPM = lowered.hasSuffix("pm"), isAM = lowered.hasSuffix("am")
        let digits = (isPM || isAM) ? String(lowered.dropLast(2)) : lowered
        let pieces = digits.split(whereSeparator: { $0 == ":" || $0 == "." })
        if let h = pieces.first.flatMap({ Int($0) }), pieces.count <= 2 {
            let m = pieces.count == 2 ? Int(pieces[1]) ?? 0 : 0
            let hour = isPM && h < 12 ? h + 12 : (isAM && h == 12 ? 0 : h)
            return LocalTime(hour: hour, minute: m)
        }
        return nil
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
