import Markdown

extension ContentFile {
    /// Markdown that plain CommonMark publishes otherwise than the editor meant, found in the body's
    /// own lines (code blocks and code spans left out): a link it did not read (spaces in the
    /// address, a space before `(`, no closing `)`), a table, `~~struck out~~`, a second course's
    /// settings pasted in, and a paragraph turned into a heading by a `---` line under it.
    static func checkWriting(_ source: String, _ body: MarkdownDocument, bodyLineOffset: Int, log: FileDiagnostics) {
        let lines = BodyLines(source)
        struct Start: Hashable { var line: Int, column: Int }
        let linkStarts = Set(body.links.filter { !$0.isBare }.map { Start(line: $0.line, column: $0.column) })
        func place(_ line: Int, _ byteColumn: Int, end: Int? = nil) -> SourceLocation {
            let start = log.file.location(line: line + bodyLineOffset, byteColumn: byteColumn)
            guard let end else { return start }
            return log.file.location(line: start.line, column: start.column,
                                     endColumn: log.file.location(line: line + bodyLineOffset, byteColumn: end).column)
        }
        var pasted: ClosedRange<Int>?
        for (number, line) in lines.prose {
            if let range = pasted, range.contains(number) { continue }
            if let block = pastedSettings(at: number, in: lines) {
                pasted = block
                log.append(.error(.bodyFrontMatter, at: place(number, 1), keyPath: "body",
                                  "this looks like a second course's settings pasted into the description (a '---' line, then \(lines.line(number + 1).prefix { $0 != ":" }): …): they would be published as text",
                                  suggestion: "one file per course: move these lines and the text under them into a file of their own (e.g. courses/<name>.md), or delete them"))
                continue
            }
            for problem in unreadLinks(in: line) where !linkStarts.contains(Start(line: number, column: problem.start)) {
                log.append(.error(.linkNotRead, at: place(number, problem.column, end: problem.end), keyPath: "body", problem.message, suggestion: problem.fix))
            }
            if let table = tableStart(at: number, in: lines) {
                log.append(.error(.markdownTable, at: place(number, table), keyPath: "body",
                                  "tables are not supported: this table would be published as lines of text with '|' in them",
                                  suggestion: "write it as a list instead (- Tuesday 3 March: Leeds, Mill Lane), and put dates and venues in sessions: where they are booked"))
            }
            if let struck = strikethrough(in: line) {
                log.append(.warning(.markdownStrikethrough, at: place(number, struck), keyPath: "body",
                                    "~~struck-out text~~ is not supported: the '~~' would be shown as typed",
                                    suggestion: "delete the old text, or say the change in words (was £40, now £30)"))
            }
        }
        for heading in body.headings where heading.isUnderlined {
            // cmark ends an underlined heading on the underline, or on the blank line after it.
            guard let underlineLine = stride(from: heading.endLine, to: heading.line, by: -1).first(where: { number in
                      let line = lines.line(number).trimmed()
                      return !line.isEmpty && (line.allSatisfy { $0 == "-" } || line.allSatisfy { $0 == "=" })
                  }), !(pasted?.contains(underlineLine) ?? false) else { continue }
            let underline = lines.line(underlineLine).trimmed()
            guard let mark = underline.first, !isIntendedHeading(heading, lines: underlineLine - heading.line, underline: underline) else { continue }
            let shown = String(repeating: mark, count: 3)
            log.append(.warning(.underlinedHeading, at: place(underlineLine, 1), keyPath: "body",
                                "the '\(shown)' line directly under the text above makes that text a heading",
                                suggestion: mark == "-" ? "leave a blank line before --- for a dividing line (or write ## \(heading.text.prefix(40)) if a heading was meant)"
                                                        : "leave a blank line before === (or write # \(heading.text.prefix(40)) if a heading was meant)"))
        }
    }

    /// A heading underlined on purpose: one short line with no full stop, underlined along its length
    /// (or a single word over `===`).
    private static func isIntendedHeading(_ heading: MarkdownHeading, lines: Int, underline: String) -> Bool {
        let text = heading.text.trimmed()
        guard lines == 1, text.count <= 60, let last = text.last, !".,;:".contains(last) else { return false }
        if underline.first == "=", !text.contains(" ") { return true }
        return underline.count >= max(3, text.count - 2)
    }

    /// The lines of a `---` line followed by two settings or more with known names, up to its closing
    /// `---` (or the last setting).
    private static func pastedSettings(at number: Int, in lines: BodyLines) -> ClosedRange<Int>? {
        // Trimmed to "---", a line has exactly three '-' bytes: a list item ("- …") is passed on its bytes.
        let bytes = lines.bytes(number)
        guard bytes.containsByte(UInt8(ascii: "-")),
              (bytes.withContiguousStorageIfAvailable { $0.count { $0 == UInt8(ascii: "-") } } ?? bytes.count { $0 == UInt8(ascii: "-") }) == 3,
              lines.line(number).trimmed() == "---" else { return nil }
        let known = Set(Course.keys + StaffGroup.keys + Pathway.keys)
        var next = number + 1, settings = 0
        while next <= lines.count {
            let line = lines.line(next)
            if line.trimmed() == "---" { break }
            if let colon = line.firstIndex(of: ":"), known.contains(String(line[..<colon])) {
                settings += 1
            } else if !(line.hasPrefix(" ") || line.hasPrefix("-") || line.hasPrefix("#")) {
                break
            }
            next += 1
        }
        return settings >= 2 ? number...min(next, lines.count) : nil
    }

    /// A link or picture cmark did not read, on one line (code spans blanked): where its `[` is (to
    /// compare with the links read) and where the mistake is.
    struct UnreadLink {
        var start: Int
        var column: Int
        var end: Int?
        var message: String
        var fix: String
    }

    /// The most links not read reported on one line.
    static let unreadLinkLimit = 10

    /// `[text](an address with spaces)`, `[text] (https://…)`, `[text](https://…` on one line.
    static func unreadLinks(in line: Substring) -> [UnreadLink] {
        guard line.utf8.containsByte(UInt8(ascii: "[")) else { return [] }
        let bytes = Array(line.utf8)
        var found: [UnreadLink] = []
        var index = 0
        func text(_ from: Int, _ to: Int) -> String { String(decoding: bytes[from..<to], as: UTF8.self) }
        // The next ']' and ')' from each byte, found in one pass: a line of 100,000 '[' costs no more.
        var nextClose = [Int?](repeating: nil, count: bytes.count + 1), nextParenthesis = nextClose
        for position in stride(from: bytes.count - 1, through: 0, by: -1) {
            nextClose[position] = bytes[position] == UInt8(ascii: "]") ? position : nextClose[position + 1]
            nextParenthesis[position] = bytes[position] == UInt8(ascii: ")") ? position : nextParenthesis[position + 1]
        }
        while index < bytes.count, found.count < unreadLinkLimit {
            defer { index += 1 }
            guard bytes[index] == UInt8(ascii: "["), index == 0 || bytes[index - 1] != UInt8(ascii: "\\"),
                  let close = nextClose[index + 1] else { continue }
            defer { index = max(index, close) }
            let isImage = index > 0 && bytes[index - 1] == UInt8(ascii: "!")
            let start = isImage ? index : index + 1
            let label = text(index + 1, close)
            var open = close + 1
            while open < bytes.count, bytes[open] == 32 { open += 1 }
            guard open < bytes.count, bytes[open] == UInt8(ascii: "(") else { continue }
            let closing = nextParenthesis[open + 1]
            let inside = text(open + 1, closing ?? bytes.count).trimmed()
            let written = (isImage ? "!" : "") + "[\(label)]"
            if open > close + 1 {
                // A space between ] and (: only when what follows is an address, not an aside.
                guard !inside.isEmpty, !inside.contains(" "), looksLikeAddress(inside) else { continue }
                found.append(UnreadLink(start: start, column: close + 2, end: open + 1,
                                        message: "there is a space between ']' and '(', so \(written) is not a link: it would be published as typed, brackets and all",
                                        fix: "remove the space: \(written)(\(inside))"))
            } else if closing == nil {
                found.append(UnreadLink(start: start, column: open + 2, end: bytes.count + 1,
                                        message: "the \(isImage ? "picture" : "link") \(written) has no closing ')', so it is not a \(isImage ? "picture" : "link"): it would be published as typed",
                                        fix: "end the address with ')': \(written)(\(inside.prefix { !$0.isWhitespace }))"))
            } else if inside.contains(" "), !inside.hasPrefix("<"), !inside.contains("\""), !inside.contains("'") {
                found.append(UnreadLink(start: start, column: open + 2, end: closing.map { $0 + 1 },
                                        message: "the address '\(inside)' has spaces in it, so \(written) is not a \(isImage ? "picture" : "link"): it would be published as typed",
                                        fix: "write the address between < and >: \(written)(<\(inside)>)"))
            }
        }
        return found
    }

    /// `https://…`, `www.…`, `mailto:…`, `handout.pdf`, `../pages/x.html`: what is written as a link's address.
    private static func looksLikeAddress(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return lowered.contains("://") || lowered.hasPrefix("www.") || lowered.hasPrefix("mailto:") || lowered.contains("/")
            || [".md", ".html", ".htm"].contains(where: lowered.hasSuffix) || MediaFormat(fileName: lowered) != nil
    }

    /// The column of a table's first `|`, when `number` is a table's first row: a line with `|` in it
    /// followed by a line of `|`, `-` and `:` such as `|------|:----:|`.
    private static func tableStart(at number: Int, in lines: BodyLines) -> Int? {
        // The line below first, by its bytes: nearly every line fails there, before any search of text.
        guard number < lines.count, lines.bytes(number + 1).containsByte(UInt8(ascii: "|")) else { return nil }
        let header = lines.line(number), below = lines.line(number + 1)
        guard header.contains("|"), below.contains("|"), below.contains("---"),
              below.allSatisfy({ "|-: \t".contains($0) }) else { return nil }
        return (header.utf8.firstIndex(of: UInt8(ascii: "|")).map { header.utf8.distance(from: header.utf8.startIndex, to: $0) } ?? 0) + 1
    }

    /// The byte column of `~~` that opens struck-out text closed on the same line.
    private static func strikethrough(in line: Substring) -> Int? {
        // Two '~' bytes in a row, or the line cannot hold '~~' (a byte scan before the text search).
        guard line.utf8.containsByte(UInt8(ascii: "~")) else { return nil }
        var previous: UInt8 = 0
        guard line.utf8.contains(where: { byte in
            defer { previous = byte }
            return byte == UInt8(ascii: "~") && previous == byte
        }) else { return nil }
        let line = String(line)
        guard let open = line.range(of: "~~"), line[open.upperBound...].first.map({ !$0.isWhitespace && $0 != "~" }) == true,
              line[open.upperBound...].contains("~~") else { return nil }
        return line.utf8.distance(from: line.utf8.startIndex, to: open.lowerBound) + 1
    }
}

/// A body's lines by their 1-based number, with the lines of prose: outside fenced and indented code
/// blocks, code spans blanked out (so a `[` or `|` in code is never read as a mistake).
struct BodyLines {
    private let lines: [Substring]
    /// The lines of prose, by number.
    let prose: [(Int, Substring)]

    init(_ source: String) {
        // Split at the '\n' bytes when there is no '\r' (a line feed always ends a Character then):
        // the same lines as splitting the Characters, without walking them.
        if source.utf8.containsByte(13) {
            lines = source.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
        } else {
            lines = source.linesAtLineFeeds()
        }
        var prose: [(Int, Substring)] = []
        var fence: String?
        var previousBlank = true
        for (index, line) in lines.enumerated() {
            // A line of ASCII (nearly every line) is read from its bytes: each byte is a Character there.
            if let shape = line.utf8.withContiguousStorageIfAvailable(AsciiShape.init) ?? nil {
                if let open = fence {
                    if shape.indent < 4, shape.mark == open.utf8.first, shape.run >= open.utf8.count, shape.onlyRun { fence = nil }
                    continue
                }
                if shape.indent < 4, let mark = shape.mark, shape.run >= 3 {
                    fence = String(repeating: Character(Unicode.Scalar(mark)), count: shape.run)
                    continue
                }
                if (shape.indent >= 4 || shape.startsWithTab) && previousBlank { continue }
                previousBlank = shape.blank
                if !shape.blank { prose.append((index + 1, Self.blankingCode(line))) }
                continue
            }
            let indent = line.prefix { $0 == " " }.count
            let trimmed = line.dropFirst(indent)
            if let open = fence {
                if indent < 4, trimmed.hasPrefix(open), trimmed.drop(while: { $0 == open.first }).allSatisfy(\.isWhitespace) { fence = nil }
                continue
            }
            if indent < 4, let mark = trimmed.first, mark == "`" || mark == "~" {
                let run = trimmed.prefix { $0 == mark }
                if run.count >= 3 { fence = String(run); continue }
            }
            let blank = line.allSatisfy(\.isWhitespace)
            if (indent >= 4 || line.hasPrefix("\t")) && previousBlank { continue }
            previousBlank = blank
            if !blank { prose.append((index + 1, Self.blankingCode(line))) }
        }
        self.prose = prose
    }

    /// What the block reading needs of a line of ASCII, from its bytes; nil for a line that is not ASCII.
    private struct AsciiShape {
        /// The spaces it starts with.
        var indent = 0
        /// Only white space (tab, line breaks, space).
        var blank = true
        var startsWithTab = false
        /// The '`' or '~' after the indent, how many follow in a row, and whether only white space comes after them.
        var mark: UInt8?
        var run = 0
        var onlyRun = true

        init?(_ bytes: UnsafeBufferPointer<UInt8>) {
            func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
            guard bytes.isASCII else { return nil }
            blank = bytes.allSatisfy(isSpace)
            while indent < bytes.count, bytes[indent] == 0x20 { indent += 1 }
            startsWithTab = bytes.first == 0x09
            guard indent < bytes.count, bytes[indent] == UInt8(ascii: "`") || bytes[indent] == UInt8(ascii: "~") else { return }
            mark = bytes[indent]
            while indent + run < bytes.count, bytes[indent + run] == bytes[indent] { run += 1 }
            onlyRun = bytes[(indent + run)...].allSatisfy(isSpace)
        }
    }

    var count: Int { lines.count }

    /// The UTF-8 bytes of line `number` (1-based), none past the end.
    func bytes(_ number: Int) -> Substring.UTF8View {
        number >= 1 && number <= lines.count ? lines[number - 1].utf8 : Substring().utf8
    }

    /// Line `number` (1-based), "" past the end.
    func line(_ number: Int) -> String {
        number >= 1 && number <= lines.count ? String(lines[number - 1]) : ""
    }

    /// `line` with each code span's bytes (backticks included) made spaces, columns kept.
    static func blankingCode(_ line: Substring) -> Substring {
        guard line.utf8.containsByte(UInt8(ascii: "`")) else { return line }
        var bytes = Array(line.utf8)
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "`") else { index += 1; continue }
            var run = 0
            while index + run < bytes.count, bytes[index + run] == UInt8(ascii: "`") { run += 1 }
            var search = index + run, close: Int?
            while search < bytes.count {
                var other = 0
                while search + other < bytes.count, bytes[search + other] == UInt8(ascii: "`") { other += 1 }
                if other == run { close = search; break }
                search += max(other, 1)
            }
            guard let close else { index += run; continue }
            for position in index..<(close + run) { bytes[position] = 32 }
            index = close + run
        }
        return Substring(String(decoding: bytes, as: UTF8.self))
    }
}
