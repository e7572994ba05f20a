/// A summary is plain text: listings, cards and search results show it as it is written, so
/// `**extra**` or `[new handbook](https://…)` appear with their asterisks and brackets.
enum SummaryMarkdown {
    /// Warns at the first Markdown mark in the setting `key` (a summary), saying where formatting
    /// and links belong: the description under the settings.
    static func check(_ reader: MappingReader, key: String = "summary", log: FileDiagnostics) {
        guard let text = reader.string(key), let (mark, what) = firstMark(in: text) else { return }
        log.append(.warning(.summaryMarkdown, at: log.location(of: reader.value(key), quoting: mark), keyPath: key,
                            "the \(key) is plain text, shown as it is in listings and cards: \(what) would appear as typed",
                            suggestion: "write the \(key) as one plain sentence (without \(mark)); put formatting and links in the description, under the settings"))
    }

    /// The first Markdown mark in `text` and what it is: `**` or `__` (bold), `[` of `[text](…)` (a
    /// link), `` ` `` (code), `~~`, or a single `*` or `_` around a word (italic).
    static func firstMark(in text: String) -> (String, String)? {
        // Every mark holds one of these bytes: a summary without any (nearly all) is not searched.
        guard text.utf8.contains(where: { "*_~`]".utf8.contains($0) }) else { return nil }
        var found: [(String.Index, String, String)] = []
        for (mark, what) in [("**", "the ** of bold text"), ("__", "the __ of bold text"), ("~~", "the ~~ of struck-out text"), ("`", "the ` of code")] {
            if let range = text.range(of: mark), text[range.upperBound...].contains(mark) { found.append((range.lowerBound, mark, what)) }
        }
        if let link = text.range(of: "]("), let open = text[..<link.lowerBound].lastIndex(of: "[") {
            found.append((open, "[", "the brackets of a link"))
        }
        for mark in ["*", "_"] {
            var rest = text[...]
            while let range = rest.range(of: mark) {
                let after = rest[range.upperBound...]
                let before = range.lowerBound > text.startIndex ? text[text.index(before: range.lowerBound)] : " "
                if !before.isLetter, !before.isNumber, let next = after.first, next.isLetter,
                   let close = after.range(of: mark), after[close.upperBound...].first.map({ !$0.isLetter && !$0.isNumber }) ?? true,
                   !after[..<close.lowerBound].contains(" ") || mark == "*" {
                    found.append((range.lowerBound, mark, "the \(mark) of italic text"))
                    break
                }
                rest = after
            }
        }
        return found.min { $0.0 < $1.0 }.map { ($0.1, $0.2) }
    }
}
