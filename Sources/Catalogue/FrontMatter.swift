/// A content file split into its YAML front matter and its Markdown body.
package struct FrontMatter {
    /// The YAML between the two `---` lines (empty when the file has none and none is required).
    package var yaml: String
    /// How many lines come before the first YAML line: add it to a YAML line to get the file's line.
    package var yamlLineOffset: Int
    /// The Markdown after the closing `---`.
    package var body: String
    /// How many lines come before the first body line.
    package var bodyLineOffset: Int
    /// False when the file has no front matter at all.
    package var isPresent: Bool
    /// Fence lines typed with the wrong dashes (`--`, `----`, `—`), each an error at its own line. The
    /// file is split as if they were right, so the settings are still checked and no second message
    /// ("never closed", "not valid YAML") sends the editor elsewhere.
    package var problems: [Diagnostic] = []

    /// Splits `file`. A missing front matter is an error when `required`; an unclosed one always is.
    package static func split(_ file: SourceFile, required: Bool, kind: String) -> Result<FrontMatter, Diagnostic> {
        let text = file.text
        if text.utf8.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 10 || $0 == 13 }) {
            if !required { return .success(FrontMatter(yaml: "", yamlLineOffset: 0, body: "", bodyLineOffset: 0, isPresent: false)) }
            return .failure(.error(.emptyFile,
                at: SourceLocation(file: file.path), "the file is empty",
                suggestion: emptyFileFix(file, kind: kind)))
        }
        // Line by line on the UTF-8 bytes: only the front matter is looked at, and the body is cut out
        // in one piece (splitting a long body into Characters was a large share of loading time).
        let utf8 = text.utf8
        func lineEnd(from start: String.Index) -> String.Index { utf8[start...].firstIndex(ofByte: 10) ?? utf8.endIndex }
        let firstEnd = lineEnd(from: utf8.startIndex)
        var problems: [Diagnostic] = []
        let firstLine = text[utf8.startIndex..<firstEnd]
        if !isFence(firstLine) {
            // Without required front matter (index.md) a line of dashes is a Markdown rule, not a fence.
            if required, let dashes = FenceTypo(firstLine) {
                problems.append(dashes.diagnostic(in: file, line: 1, opening: true))
            } else if !required {
                return .success(FrontMatter(yaml: "", yamlLineOffset: 0, body: text, bodyLineOffset: 0, isPresent: false))
            } else {
                return .failure(.error(.noFrontMatter,
                    at: file.location(line: 1, column: 1),
                    "the file does not start with front matter (a line '---', the settings, then another '---')",
                    suggestion: "add a first line '---' followed by 'title: …' and the other settings, then a line '---' before the text"))
            }
        }
        guard firstEnd < utf8.endIndex else {
            return .failure(unclosed(file, lastSetting: 1))
        }
        let yamlStart = utf8.index(after: firstEnd)
        var lineStart = yamlStart
        var lineNumber = 1
        var lastSetting = 1
        var onlySettings = true
        while lineStart < utf8.endIndex {
            let end = lineEnd(from: lineStart)
            lineNumber += 1
            let line = text[lineStart..<end]
            // A fence, `...` or a fence typed wrong starts with '-', '.' or a long dash (0xE2 …):
            // other lines (nearly all) are not walked as Characters for them.
            let first = lineStart < end ? utf8[lineStart] : 0
            let mayBeFence = first == UInt8(ascii: "-") || first == UInt8(ascii: ".") || first == 0xE2
            let typo = onlySettings && mayBeFence ? FenceTypo(line) : nil
            if mayBeFence && (isFence(line) || line.trimmingTrailingSpaces() == "..." || typo != nil) {
                if let typo { problems.append(typo.diagnostic(in: file, line: lineNumber, opening: false)) }
                let yamlEnd = lineStart == yamlStart ? yamlStart : utf8.index(before: lineStart)
                let body = end < utf8.endIndex ? String(text[utf8.index(after: end)...]) : ""
                return .success(FrontMatter(yaml: String(text[yamlStart..<yamlEnd]), yamlLineOffset: 1,
                                            body: body, bodyLineOffset: lineNumber, isPresent: true, problems: problems))
            }
            if onlySettings {  // once text is found, how the lines read no longer matters
                switch SettingsLine(line) {
                case .setting: lastSetting = lineNumber
                case .note: break
                case .text: onlySettings = false
                }
            }
            guard end < utf8.endIndex else { break }
            lineStart = utf8.index(after: end)
        }
        return .failure(unclosed(file, lastSetting: lastSetting))
    }

    /// The closing `---` is missing: the message names the last line that reads as a setting, after
    /// which it belongs (the text of the page follows it).
    private static func unclosed(_ file: SourceFile, lastSetting: Int) -> Diagnostic {
        .error(.unclosedFrontMatter, at: file.location(line: lastSetting, column: 1), "the front matter that starts on line 1 is never closed",
               suggestion: "add --- on its own line after line \(lastSetting), before the text of the page")
    }

    private static func isFence(_ line: Substring) -> Bool {
        line.trimmingTrailingSpaces() == "---"
    }
}

/// A line meant as a fence but typed with two, four or more hyphens, or with long dashes (Word turns
/// `---` into `—`).
private struct FenceTypo {
    let shown: String
    let longDash: Bool

    init?(_ line: Substring) {
        let trimmed = line.trimmingTrailingSpaces()
        guard trimmed.count >= 1, trimmed.allSatisfy({ $0 == "-" || $0 == "\u{2013}" || $0 == "\u{2014}" }) else { return nil }
        longDash = trimmed.contains { $0 != "-" }
        guard longDash || trimmed.count == 2 || trimmed.count >= 4 else { return nil }
        shown = String(trimmed.prefix(12))
    }

    func diagnostic(in file: SourceFile, line: Int, opening: Bool) -> Diagnostic {
        let which = opening ? "starts" : "ends"
        let what = longDash ? "a long dash (from Word)" : "\(shown.count) dashes"
        return .error(.frontMatterFenceDashes, at: file.location(line: line, column: 1),
                      "the line '\(shown)' that \(which) the settings has \(what): the fence must be exactly three dashes: ---",
                      suggestion: "write the line as --- (three hyphens, nothing else)")
    }
}

/// How a line of unclosed front matter reads: a setting (or part of one), a note, or text.
enum SettingsLine {
    case setting, note, text

    init(_ line: Substring) {
        if let read = line.utf8.withContiguousStorageIfAvailable(SettingsLine.init(ascii:)), let read {
            self = read
            return
        }
        self.init(characters: line)
    }

    /// `init(_:)` read Character by Character: for any line.
    init(characters line: Substring) {
        let trimmed = line.trimmingTrailingSpaces()
        if trimmed.isEmpty || trimmed.hasPrefix("#") { self = .note; return }
        if trimmed.first == " " || trimmed.first == "\t" || trimmed.hasPrefix("- ") || trimmed == "-" { self = .setting; return }
        // `key: value` or `key:`: a name without spaces before the colon.
        if let colon = trimmed.firstIndex(of: ":"), colon > trimmed.startIndex,
           !(trimmed[..<colon].utf8.contains(32) && trimmed[..<colon].contains(" ")), trimmed.index(after: colon) == trimmed.endIndex || trimmed[trimmed.index(after: colon)] == " " {
            self = .setting
            return
        }
        self = .text
    }

    /// `init(_:)` read from the bytes of a line of ASCII without a carriage return, where each byte
    /// is a Character (nearly every line of front matter); nil for any other line.
    init?(ascii bytes: UnsafeBufferPointer<UInt8>) {
        guard !bytes.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
        let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t"), dash = UInt8(ascii: "-")
        var end = bytes.count
        while end > 0, bytes[end - 1] == space || bytes[end - 1] == tab { end -= 1 }
        if end == 0 || bytes[0] == UInt8(ascii: "#") { self = .note; return }
        if bytes[0] == space || bytes[0] == tab || (bytes[0] == dash && (end == 1 || bytes[1] == space)) { self = .setting; return }
        // `key: value` or `key:`: a name without spaces before the colon.
        if let colon = bytes[..<end].firstIndex(of: UInt8(ascii: ":")), colon > 0, !bytes[..<colon].contains(space),
           colon + 1 == end || bytes[colon + 1] == space {
            self = .setting
            return
        }
        self = .text
    }
}

extension Substring {
    func trimmingTrailingSpaces() -> Substring {
        var result = self
        while let last = result.last, last == " " || last == "\t" { result = result.dropLast() }
        return result
    }
}

extension FrontMatter {
    /// The fix for an empty file that works when followed as written: 'prospectus new' refuses a
    /// name whose file exists (it has no option to write over it), so the empty file goes first.
    static func emptyFileFix(_ file: SourceFile, kind: String) -> String {
        let name = file.path.split(separator: "/").last.map(String.init) ?? ""
        guard name.hasSuffix(".md"), ["course", "group", "pathway", "page"].contains(kind) else {
            return "a \(kind) file starts with settings between two '---' lines; copy an existing \(kind) file"
        }
        return "a \(kind) file starts with settings between two '---' lines: copy them from another \(kind) file, "
            + "or delete this empty file and run 'prospectus new \(kind) \(name.dropLast(3))', which writes it again with every setting to fill in"
    }
}
