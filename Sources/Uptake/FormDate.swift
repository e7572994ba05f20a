import Catalogue

/// The date in a form download's date cell, in the forms UK schools' downloads write it: ISO
/// (`2027-03-25`, `2027-03-25T09:30:00`, as `.xlsx` date cells are given), day first with slashes,
/// dashes or dots (`25/03/2027`, `25/3/27`, `25-03-2027`, `25.03.2027`), or in words (`25 March
/// 2027`, `Thu 25 Mar 2027`, `Thursday, 25 March 2027`); a time after it (`25 Mar 2027 09:30`) is
/// ignored. Never month first: in a UK trust `03/04/2027` is 3 April.
public enum FormDate {
    /// The date, or nil when the text is not one of those forms (or names no real day).
    public static func parse(_ text: String) -> LocalDate? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, trimmed.count <= 60 else { return nil }
        return iso(trimmed) ?? dayFirst(trimmed) ?? words(trimmed)
    }

    /// The time of day written after the date (`25 Mar 2027 09:30`, `2027-03-25T13:00:00`,
    /// `25/03/2027 1.30pm`), which tells apart two sessions of a course on one day; nil for none.
    public static func time(_ text: String) -> LocalTime? {
        guard parse(text) != nil else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        // The time is the last part with a ':' or '.' between digits, after the date itself.
        let parts = trimmed.split(whereSeparator: { $0 == " " || $0 == "t" })
        guard parts.count >= 2, let last = parts.last, last.contains(where: { $0 == ":" || $0 == "." }),
              !last.contains("/"), last.split(separator: "-").count < 3 else { return nil }
        let pm = last.hasSuffix("pm"), am = last.hasSuffix("am")
        let digits = last.prefix { $0.isNumber || $0 == ":" || $0 == "." }.split(whereSeparator: { $0 == ":" || $0 == "." })
        guard digits.count >= 2, let hour = Int(digits[0]), let minute = Int(digits[1]), digits[1].count == 2 else { return nil }
        let hours = pm && hour < 12 ? hour + 12 : (am && hour == 12 ? 0 : hour)
        return LocalTime(hour: hours, minute: minute)
    }

    /// `2027-03-25`, then nothing or a time (`T09:30:00`, ` 09:30`).
    private static func iso(_ text: String) -> LocalDate? {
        let (date, rest) = split(text, at: ["T", " "])
        let parts = date.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count <= 2, parts[2].count <= 2, isTime(rest),
              let year = number(parts[0]), let month = number(parts[1]), let day = number(parts[2]) else { return nil }
        return LocalDate(year: year, month: month, day: day)
    }

    /// `25/03/2027`, `25/3/27`, `25-03-2027`, `25.03.2027`, then nothing or a time.
    private static func dayFirst(_ text: String) -> LocalDate? {
        let (date, rest) = split(text, at: [" ", "T"])
        guard let separator = date.first(where: { "/-.".contains($0) }) else { return nil }
        let parts = date.split(separator: separator, omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count <= 2, parts[1].count <= 2, [2, 4].contains(parts[2].count), isTime(rest),
              let day = number(parts[0]), let month = number(parts[1]), var year = number(parts[2]) else { return nil }
        if parts[2].count == 2 { year += 2000 }
        return LocalDate(year: year, month: month, day: day)
    }

    /// `25 March 2027`, `Thu 25 Mar 2027`, `Thursday, 25th March 2027`, then nothing or a time.
    private static func words(_ text: String) -> LocalDate? {
        var words = text.split(whereSeparator: { $0 == " " || $0 == "," }).map { $0.lowercased() }
        if let first = words.first, weekday(first) { words.removeFirst() }
        guard words.count >= 3, words.count <= 4, isTime(words.count == 4 ? words[3] : "") else { return nil }
        let dayText = words[0].hasSuffix("st") || words[0].hasSuffix("nd") || words[0].hasSuffix("rd") || words[0].hasSuffix("th")
            ? String(words[0].dropLast(2)) : words[0]
        guard dayText.count <= 2, words[2].count == 4, let day = number(Substring(dayText)), let month = month(words[1]),
              let year = number(Substring(words[2])) else { return nil }
        return LocalDate(year: year, month: month, day: day)
    }

    /// The text before the first of `separators`, and the rest after it.
    private static func split(_ text: String, at separators: [Character]) -> (Substring, Substring) {
        guard let index = text.firstIndex(where: separators.contains) else { return (text[...], "") }
        return (text[..<index], text[text.index(after: index)...])
    }

    private static func number(_ text: Substring) -> Int? {
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(text)
    }

    /// Nothing, or a time of day such as `09:30`, `9:30:00`, `09:30:00.000Z` or `9.30am`.
    private static func isTime(_ text: Substring) -> Bool {
        let rest = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard !rest.isEmpty else { return true }
        guard let first = rest.first, first.isNumber, rest.count <= 20 else { return false }
        return rest.allSatisfy { $0.isNumber || ":.+-z ".contains($0) || "apm".contains($0) }
    }

    private static func isTime(_ text: String) -> Bool { isTime(text[...]) }

    private static func weekday(_ word: String) -> Bool {
        LocalDate.weekdayNames.contains { name in
            let name = name.lowercased()
            return word.count >= 3 && name.hasPrefix(word)
        }
    }

    private static func month(_ word: String) -> Int? {
        let word = word.hasSuffix(".") ? String(word.dropLast()) : word
        guard word.count >= 3 else { return nil }
        for (index, name) in LocalDate.monthNames.enumerated() {
            let name = name.lowercased()
            if word == name || word == String(name.prefix(3)) || (word == "sept" && index == 8) { return index + 1 }
        }
        return nil
    }
}
