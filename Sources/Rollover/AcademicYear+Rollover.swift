import Catalogue

extension AcademicYear {
    /// The year written as it is in titles and text: `2026/27`, `2026-27`, `2026–27` (en dash),
    /// `2026—27` (em dash), each also with spaces around the mark (`2026 - 27`), `2026 to 27`, and all
    /// of them with the second year in full (`2026/2027`, `2026 to 2027`).
    public var writtenForms: [String] {
        AcademicYear.separators.flatMap { separator in ends.map { "\(startYear)\(separator)\($0)" } }
    }

    private static let marks = ["/", "-", "\u{2013}", "\u{2014}"]
    private static let separators = marks + marks.map { " \($0) " } + [" to "]
    private var ends: [String] { [pad((startYear + 1) % 100, 2), String(startYear + 1)] }

    /// `text` with every written form of `old` replaced by the same form of `self` (`2026/27` →
    /// `2027/28`, `2026-2027` → `2027-2028`), and how many were replaced. A form only counts when it
    /// is not part of a longer number.
    public func replacingMentions(of old: AcademicYear, in text: String) -> (text: String, count: Int) {
        var result = text
        var count = 0
        for separator in AcademicYear.separators {
            for (oldEnd, newEnd) in zip(old.ends, ends) {
                let (replaced, found) = AcademicYear.replaceWholeNumbers(
                    "\(old.startYear)\(separator)\(oldEnd)", with: "\(startYear)\(separator)\(newEnd)", in: result)
                result = replaced
                count += found
            }
        }
        return (result, count)
    }

    /// Whether `text` mentions this year in one of its written forms.
    public func isMentioned(in text: String) -> Bool { !mentions(in: text).isEmpty }

    /// The written forms of this year that `text` holds (`["2026/27"]`), each once, as whole numbers
    /// only: `2026-275` and `12026-27` are not the year.
    public func mentions(in text: String) -> [String] {
        guard text.contains(String(startYear)) else { return [] }
        return writtenForms.filter { AcademicYear.replaceWholeNumbers($0, with: "", in: text).1 > 0 }
    }

    /// The year written the way `example` is: `2027/28` for `2026/27`, `2027-2028` for `2026-2027`.
    public func written(like example: String) -> String {
        let separator = example.contains("/") ? "/" : (example.contains("\u{2013}") ? "\u{2013}" : "-")
        let fullEnd = example.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "\u{2013}" }).last?.count == 4
        return "\(startYear)\(separator)\(fullEnd ? ends[1] : ends[0])"
    }

    private static func replaceWholeNumbers(_ old: String, with new: String, in text: String) -> (String, Int) {
        guard text.contains(old) else { return (text, 0) }
        var result = ""
        var count = 0
        var rest = text[...]
        while let range = rest.range(of: old) {
            let before = range.lowerBound > rest.startIndex ? rest[rest.index(before: range.lowerBound)] : nil
            let after = range.upperBound < rest.endIndex ? rest[range.upperBound] : nil
            let isolated = !(before?.isASCIIDigit ?? false) && !(after?.isASCIIDigit ?? false)
            result += rest[..<range.lowerBound]
            result += isolated ? new : String(rest[range])
            if isolated { count += 1 }
            rest = rest[range.upperBound...]
        }
        result += rest
        return (result, count)
    }
}

extension LocalDate {
    /// The same weekday nearest the same date `years` later: Monday 4 January 2027 → Monday
    /// 3 January 2028 (364 days on, not 371). 29 February counts as 28 February in other years.
    public func sameWeekday(yearsLater years: Int) -> LocalDate {
        let target = LocalDate(year: year + years, month: month, day: day)
            ?? LocalDate(year: year + years, month: month, day: day - 1)!
        let difference = target.daysSinceEpoch - daysSinceEpoch
        let weeks = (Double(difference) / 7).rounded()
        return adding(days: Int(weeks) * 7)
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
