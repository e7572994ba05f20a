/// Finds the real cause of a YAML syntax error and says it in plain English.
///
/// libyaml reports where it gave up, which is often a line or more after the mistake (an unclosed
/// quote is reported where the next key fails). The advisor looks at the lines up to that point for
/// the mistakes editors actually make, and points at the first one it finds.
struct YAMLSyntaxAdvisor {
    /// A found cause: 1-based line and column within the YAML, message and fix.
    struct Advice {
        var code: DiagnosticCode
        var line: Int
        var column: Int
        var message: String
        var suggestion: String
    }

    let lines: [Substring]
    /// File lines before the YAML (the opening `---` of front matter): messages that name another
    /// line name it as the editor sees it in the file.
    let lineOffset: Int

    /// Every setting name of every kind of file, to recognise a setting whose ':' is missing.
    static let knownKeys = Set(Course.keys + StaffGroup.keys + Pathway.keys + Page.keys + SiteSettings.keys
                               + ["date", "days", "start", "end", "venue", "places", "places_left", "status", "cover_needed",
                                  "stage", "courses", "slug", "name", "starts", FileLimits.pictureKey, FileLimits.documentKey])

    init(yaml: String, lineOffset: Int = 0) {
        lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        self.lineOffset = lineOffset
    }

    /// The likely cause of `problem` reported at `line`:`column`, or nil to keep libyaml's own place.
    func advise(problem: String, line errorLine: Int, column: Int) -> Advice {
        let last = min(max(errorLine, 1), lines.count)
        for number in 1...max(last, 1) where number <= lines.count {
            if let advice = invisibleCharacter(number) ?? tabIndent(number) ?? leadingSpace(number) ?? quoteProblem(number) ?? noteInBrackets(number)
                ?? bracketProblem(number, last: last) {
                return advice
            }
        }
        if let advice = proseAfterSettings(upTo: min(lines.count, last + 1)) { return advice }
        for number in stride(from: last, through: max(1, last - 1), by: -1) where number <= lines.count {
            if let advice = missingSpace(number) ?? indicatorStart(number) { return advice }
        }
        if let advice = curlyQuotes(upTo: last) { return advice }
        if problem.contains("mapping values are not allowed") || problem.contains("expected '-' indicator")
            || problem.contains("did not find expected key"), last <= lines.count {
            let text = lines[last - 1]
            if let value = valuePart(text), value.hasSuffix(":") {
                return Advice(code: .yamlValueEndsWithColon, line: last, column: column, message: "a value ending with ':' must be in quotes",
                              suggestion: "write it in double quotes: \"\(value)\"")
            }
            if let value = valuePart(text), value.contains(": ") {
                return Advice(code: .yamlColonInValue, line: last, column: column, message: "this value contains ': ', which YAML reads as a new setting",
                              suggestion: "put the whole value in double quotes, e.g. title: \"Safeguarding: annual update\"")
            }
            if let advice = indentation(last) { return advice }
        }
        return Advice(code: .yamlSyntax, line: errorLine, column: column, message: "the settings are not valid YAML: \(problem)",
                      suggestion: YAMLHints.hint(for: problem, line: last <= lines.count ? String(lines[last - 1]) : nil))
    }

    /// Non-breaking and zero-width spaces pasted from Word or a web page.
    private func invisibleCharacter(_ number: Int) -> Advice? {
        var column = 0
        for scalar in lines[number - 1].unicodeScalars {
            column += 1
            let name: String
            switch scalar.value {
            case 0xA0, 0x202F: name = "a non-breaking space"
            case 0x2007, 0x2009, 0x200A: name = "an unusual space"
            case 0x200B, 0xFEFF: name = "an invisible zero-width character"
            default: continue
            }
            return Advice(code: .yamlInvisibleCharacter, line: number, column: column, message: "the line contains \(name) (often pasted from Word or a web page)",
                          suggestion: "delete the character at the caret and type an ordinary space (or nothing)")
        }
        return nil
    }

    /// A value opened with a quote that is not closed on its line, or text after the closing quote.
    private func quoteProblem(_ number: Int) -> Advice? {
        let text = lines[number - 1]
        guard let value = valuePart(text), let quote = value.first, quote == "\"" || quote == "'" else { return nil }
        let column = text.distance(from: text.startIndex, to: value.startIndex) + 1
        var index = value.index(after: value.startIndex)
        var closed: String.Index?
        while index < value.endIndex {
            let character = value[index]
            if quote == "\"", character == "\\" {
                index = value.index(after: index)
                if index < value.endIndex { index = value.index(after: index) }
                continue
            }
            if character == quote {
                let next = value.index(after: index)
                if quote == "'", next < value.endIndex, value[next] == "'" {  // '' is an escaped apostrophe
                    index = value.index(after: next)
                    continue
                }
                closed = index
                break
            }
            index = value.index(after: index)
        }
        guard let close = closed else {
            if quote == "'", value.dropFirst().contains("'") == false || value.count > 1 {
                return Advice(code: .yamlUnclosedQuote, line: number, column: column, message: "the quote ' opened here is never closed",
                              suggestion: "inside 'single quotes' write an apostrophe as '' (two of them), or use double quotes around the value")
            }
            return Advice(code: .yamlUnclosedQuote, line: number, column: column, message: "the quote \(quote) opened here is never closed",
                          suggestion: "add \(quote) at the end of the value")
        }
        let rest = value[value.index(after: close)...].drop { $0 == " " }
        if let first = rest.first, first != "#", first != ",", first != "]", first != "}" {
            if quote == "'" {
                return Advice(code: .yamlApostropheInQuotes, line: number, column: column, message: "the value in 'single quotes' ends early, at the apostrophe",
                              suggestion: "inside 'single quotes' write an apostrophe as '' (two of them), or use double quotes around the value")
            }
            return Advice(code: .yamlTextAfterQuote, line: number, column: column, message: "text follows the closing quote of this value",
                          suggestion: "put the whole value in double quotes, and use single quotes inside it: summary: \"'Excellent', said one delegate\"")
        }
        return nil
    }

    /// A value starting with `[` or `{`, read as a list or group: `groups: [a, b` with no `]` before
    /// the next setting, or `one: {count} seat left`, whose words after the `}` are a syntax error
    /// (reported by libyaml on the next line). One scan finds where the bracket closes, if it does.
    private func bracketProblem(_ number: Int, last: Int) -> Advice? {
        let text = lines[number - 1]
        guard let value = valuePart(text), let open = value.first, open == "[" || open == "{" else { return nil }
        let close: Character = open == "[" ? "]" : "}"
        let column = text.distance(from: text.startIndex, to: value.startIndex) + 1
        var depth = 0
        for index in value.indices {
            if value[index] == open { depth += 1 } else if value[index] == close { depth -= 1 }
            guard depth == 0 else { continue }
            let rest = value[value.index(after: index)...].drop { $0 == " " }
            guard let next = rest.first, next != "#", next != ",", next != "]", next != "}" else { return nil }
            return Advice(code: .yamlTextAfterBracket, line: number, column: column,
                          message: "a value starting with '\(open)' must be in quotes",
                          suggestion: "put the whole value in double quotes: \"\(value)\"")
        }
        // Never closed on its line. A list may go on over several lines; it is unclosed if the next
        // line starts a new setting.
        if number < lines.count, let next = lines[number].first, next != " ", next != close {
            return Advice(code: .yamlUnclosedBracket, line: number, column: column,
                          message: "the '\(open)' here is never closed", suggestion: "end the list with '\(close)'")
        }
        return nil
    }

    /// A closing `---` that is missing, so the page's text is read as settings.
    private func proseAfterSettings(upTo last: Int) -> Advice? {
        guard last >= 1 else { return nil }
        for number in 1...last {
            let text = lines[number - 1]
            guard let first = text.first, first != " ", first != "#", first != "-" else { continue }
            if !text.contains(":"), text.split(separator: " ").count >= 3 {
                let firstWord = String(text.prefix { $0 != " " })
                if YAMLSyntaxAdvisor.knownKeys.contains(firstWord) {
                    return Advice(code: .yamlMissingColon, line: number, column: firstWord.count + 1, message: "'\(firstWord)' needs a ':' after it",
                                  suggestion: "write '\(firstWord): \(text.dropFirst(firstWord.count + 1))'")
                }
                // A long value carried on to a line of its own, not indented.
                if number >= 2, let previous = Optional(lines[number - 2]), previous.first != " ", previous.contains(": "),
                   lines[(number)...].prefix(while: { !$0.allSatisfy { $0 == " " } }).contains(where: { $0.contains(": ") }) {
                    let previousLine = number - 1 + lineOffset
                    return Advice(code: .yamlContinuedLine, line: number, column: 1, message: "this line seems to carry on the value of line \(previousLine)",
                                  suggestion: "join it to the end of line \(previousLine), or start it with two spaces")
                }
                return Advice(code: .yamlTextInSettings, line: number, column: 1, message: "this looks like the text of the page, but it is read as settings",
                              suggestion: "the '---' line that ends the settings is missing: add a line '---' above this one")
            }
        }
        return nil
    }

    /// `title:Positive handling` or `-date: 2026-10-14`.
    private func missingSpace(_ number: Int) -> Advice? {
        let text = lines[number - 1]
        var trimmed = text.drop { $0 == " " }
        var prefix = ""
        if trimmed.hasPrefix("- ") {
            prefix = "- "
            trimmed = trimmed.dropFirst(2).drop { $0 == " " }
        }
        let column = text.count - trimmed.count + 1
        if trimmed.hasPrefix("-"), trimmed.count > 1, let next = trimmed.dropFirst().first, next != " ", next != "-" {
            return Advice(code: .yamlDashWithoutSpace, line: number, column: column, message: "a list item needs a space after '-'",
                          suggestion: "write '- \(trimmed.dropFirst())'")
        }
        if let colon = trimmed.firstIndex(of: ":"), !trimmed.hasPrefix("\""), !trimmed.hasPrefix("'"),
           trimmed[..<colon].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }),
           let after = trimmed[trimmed.index(after: colon)...].first, after != " ", after != "/" {
            let key = trimmed[..<colon]
            return Advice(code: .yamlColonWithoutSpace, line: number, column: column + trimmed.distance(from: trimmed.startIndex, to: colon) + 1,
                          message: "a setting needs a space after its ':'",
                          suggestion: "write '\(prefix)\(key): \(trimmed[trimmed.index(after: colon)...])'")
        }
        return nil
    }

    /// Word's curly quotes around a value: they are ordinary characters to YAML, so the value is not quoted.
    private func curlyQuotes(upTo last: Int) -> Advice? {
        for number in 1...max(1, min(last, lines.count)) {
            let text = lines[number - 1]
            guard let value = valuePart(text), let first = value.first, "\u{201C}\u{2018}".contains(first) else { continue }
            let straight = value.dropFirst().filter { !"\u{201C}\u{201D}\u{2018}\u{2019}".contains($0) }
            return Advice(code: .yamlCurlyQuotes, line: number, column: text.distance(from: text.startIndex, to: value.startIndex) + 1,
                          message: "the value is in curly quotes (“ ”) from Word, which do not count as quotes",
                          suggestion: "retype them as straight quotes: \"\(straight)\"")
        }
        return nil
    }

    /// A value starting with a character that YAML reserves.
    private func indicatorStart(_ number: Int) -> Advice? {
        let text = lines[number - 1]
        guard let value = valuePart(text), let first = value.first, "*&!%@`|>".contains(first),
              !(first == "|" || first == ">") || value.count > 1 else { return nil }
        if (first == "|" || first == ">"), value.dropFirst().allSatisfy({ "+-0123456789 ".contains($0) }) { return nil }
        return Advice(code: .yamlReservedFirstCharacter, line: number, column: text.distance(from: text.startIndex, to: value.startIndex) + 1,
                      message: "a value starting with '\(first)' must be in quotes",
                      suggestion: "put the value in double quotes: \"\(value)\"")
    }

    /// A line indented differently from the setting above it.
    private func indentation(_ number: Int) -> Advice? {
        guard number >= 2 else { return nil }
        let text = lines[number - 1]
        let here = text.prefix { $0 == " " }.count
        var above = number - 1
        // Blank lines and comments do not set the indentation.
        while above >= 1, lines[above - 1].drop(while: { $0 == " " }).first.map({ $0 == "#" }) ?? true { above -= 1 }
        guard above >= 1 else { return nil }
        let aboveText = lines[above - 1]
        var there = aboveText.prefix { $0 == " " }.count
        // Under the first setting of a list item ('  - date: …'), settings line up after the '- '.
        if aboveText.dropFirst(there).hasPrefix("- ") { there += 2 + aboveText.dropFirst(there + 2).prefix { $0 == " " }.count }
        guard here != there else { return nil }
        return Advice(code: .yamlIndentation, line: number, column: here + 1,
                      message: "this line is indented \(here) \(here == 1 ? "space" : "spaces"), but the line above uses \(there)",
                      suggestion: "settings at the same level must line up exactly; use the same number of spaces")
    }

    /// The value after `key: ` or `- ` on a line, nil when the line has none.
    private func valuePart(_ text: Substring) -> Substring? {
        var rest = text.drop { $0 == " " }
        // A comment has no value, whatever quotes or ': ' it holds.
        if rest.first == "#" { return nil }
        while rest.hasPrefix("- ") { rest = rest.dropFirst(2).drop { $0 == " " } }
        if rest.first == "\"" || rest.first == "'" || rest.first == "[" || rest.first == "{" { return rest }
        guard let separator = rest.range(of: ": ") else { return nil }
        let value = rest[separator.upperBound...].drop { $0 == " " }
        return value.isEmpty ? nil : value
    }
}
