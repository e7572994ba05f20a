import Foundation
import Yams

/// Collects diagnostics for one file and turns YAML node marks into file positions.
final class FileDiagnostics {
    let file: SourceFile
    /// Lines before the YAML starts in the file (1 for front matter after `---`, 0 for site.yml).
    let lineOffset: Int
    private var found: [Diagnostic] = []
    /// Settings written with no value, by key path, held back until the file is read: `missing` turns
    /// one that is required into its own message; the others are reported as they are.
    var emptyValues: [String: Diagnostic] = [:]
    /// Key paths whose empty value has been reported already (each is said once).
    var emptyReported: Set<String> = []
    /// Every diagnostic of the file so far, settings written empty included.
    var diagnostics: [Diagnostic] { found + emptyValues.values.sorted() }
    /// Unknown keys that look like a misspelling of a known one, by the known key's path, so that
    /// "'summary' is missing" is not said as well as "unknown setting 'sumary'".
    var misspelt: [String: String] = [:]

    init(file: SourceFile, lineOffset: Int) {
        self.file = file
        self.lineOffset = lineOffset
    }

    func location(of node: Node?) -> SourceLocation {
        guard let node, let mark = node.mark else { return file.location(line: 1, column: 1) }
        let line = mark.line + lineOffset
        let end = SourceFile.Token(node).flatMap { file.endColumn(of: $0, line: line, column: mark.column) }
        return file.location(line: line, column: mark.column, endColumn: end)
    }

    func location(line: Int, column: Int) -> SourceLocation { file.location(line: line, column: column) }

    /// The place of `quoted` in the value `node` (a placeholder in a link), or the value's own place
    /// when it is not written there as it is (inside escapes, or over several lines).
    func location(of node: Node?, quoting quoted: String?) -> SourceLocation {
        guard let quoted, let mark = node?.mark, let line = file.line(mark.line + lineOffset),
              let start = line.unicodeScalars.index(line.startIndex, offsetBy: mark.column - 1, limitedBy: line.endIndex),
              let found = line[start...].range(of: quoted) else { return location(of: node) }
        return file.location(line: mark.line + lineOffset, column: line.unicodeScalars.distance(from: line.startIndex, to: found.lowerBound) + 1)
    }

    func error(_ code: DiagnosticCode, _ message: String, at node: Node?, keyPath: String, suggestion: String? = nil) {
        found.append(.error(code, at: location(of: node), keyPath: keyPath, message, suggestion: suggestion))
    }

    func warning(_ code: DiagnosticCode, _ message: String, at node: Node?, keyPath: String, suggestion: String? = nil) {
        found.append(.warning(code, at: location(of: node), keyPath: keyPath, message, suggestion: suggestion))
    }

    func append(_ diagnostic: Diagnostic) { found.append(diagnostic) }

    /// "did you mean" for the names of courses or groups this file got wrong, each worked out once,
    /// and for no more than `suggestionLimit` different names: a file with thousands of unknown
    /// references (a pasted list) gets the caller's general hint for the rest, so its cost does not
    /// grow with unknown names × courses. (The text report prints the first 100 diagnostics of a
    /// file, `DiagnosticLimit.perFile`.)
    static let suggestionLimit = DiagnosticLimit.perFile
    private var suggested: [String: String?] = [:]

    func didYouMean(_ word: String, in candidates: Suggestion.Candidates, kind: String) -> String? {
        let key = kind + "\n" + word
        if let known = suggested[key] { return known }
        guard suggested.count < FileDiagnostics.suggestionLimit else { return nil }
        let found = Suggestion.didYouMean(word, in: candidates)
        suggested[key] = found
        return found
    }

    var hasErrors: Bool { found.hasErrors || !emptyValues.isEmpty }

    /// The most front matter a file may have, and how deeply its values may nest: far beyond any
    /// real course, and small enough that hostile input cannot exhaust memory or the stack.
    static let maximumYAMLBytes = 4_000_000
    static let maximumNesting = 64

    /// Composes YAML into a node tree, reporting syntax errors and control characters at their place.
    func compose(_ yaml: String) -> Node? {
        if yaml.utf8.count > FileDiagnostics.maximumYAMLBytes {
            append(.error(.frontMatterTooLarge, at: file.location(line: 1 + lineOffset, column: 1),
                          "the front matter is \(String(format: "%.1f", Double(yaml.utf8.count) / 1_000_000)) MB, more than the 4 MB allowed",
                          suggestion: "split the course into several files, or move long text below the closing '---'"))
            return nil
        }
        if let problem = nestingProblem(yaml) {
            append(problem)
            return nil
        }
        if yaml.utf8.containsByte(UInt8(ascii: "&")), yaml.contains("&"), let problem = anchorProblem(yaml) {
            append(problem)
            return nil
        }
        do {
            // The encoding is given: Yams's default reads the process environment on every call.
            // The plain shapes nearly every file is written in are read without libyaml; anything
            // else (every mistake among it) is composed by Yams, which says what is wrong.
            let root = try PlainYAML.compose(yaml) ?? Yams.compose(yaml: yaml, Resolver.basic, .default, .utf8)
            // libyaml refuses raw control characters (a read error, reported below), so after a
            // successful compose one can only come from an escape such as "\x1F": no walk without a '\'.
            if let root, yaml.utf8.containsByte(UInt8(ascii: "\\")) { reportControlCharacters(in: root) }
            return root
        } catch let error as YamlError {
            let found = diagnostic(for: error, yaml: yaml)
            append(found)
            // Every other line indented with a tab too, so that all are fixed in one round.
            if found.code == .yamlTabIndent {
                for advice in YAMLSyntaxAdvisor(yaml: yaml, lineOffset: lineOffset).allTabIndents()
                where advice.line + lineOffset != found.location.line {
                    append(.error(advice.code, at: file.location(line: advice.line + lineOffset, column: advice.column), advice.message,
                                  suggestion: advice.suggestion))
                }
            }
        } catch {
            append(.error(.settingsUnreadable, at: file.location(line: 1 + lineOffset, column: 1), "the settings cannot be read: \(error)"))
        }
        return nil
    }

    private func diagnostic(for error: YamlError, yaml: String) -> Diagnostic {
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            let advice = YAMLSyntaxAdvisor(yaml: yaml, lineOffset: lineOffset).advise(problem: problem, line: mark.line, column: mark.column)
            return .error(advice.code, at: file.location(line: advice.line + lineOffset, column: advice.column), advice.message,
                          suggestion: advice.suggestion)
        case let .duplicatedKeysInMapping(duplicates, context):
            return duplicateKeysDiagnostic(duplicates, firstLine: context.mark.line, firstColumn: context.mark.column, yaml: yaml)
        case let .reader(problem, _, _, _):
            if let control = controlCharacterDiagnostic(yaml) { return control }
            return .error(.settingsUnreadable, at: file.location(line: 1 + lineOffset, column: 1), "the settings cannot be read: \(problem)")
        default:
            return .error(.settingsUnreadable, at: file.location(line: 1 + lineOffset, column: 1), "the settings cannot be read: \(error)")
        }
    }

    /// An upper bound on how deeply each line nests (indentation, `- ` markers, open brackets), so
    /// that a pathological file is refused before the recursive tree builder could overflow the stack.
    private func nestingProblem(_ yaml: String) -> Diagnostic? {
        var flowDepth = 0
        var found: Int?
        func check(_ bytes: UnsafeBufferPointer<UInt8>, line: Int) -> Bool {
            guard FileDiagnostics.nesting(of: bytes, flowDepth: &flowDepth) > FileDiagnostics.maximumNesting else { return false }
            found = line
            return true
        }
        if yaml.utf8.containsByte(13) {
            // Split at the Characters "\n" (a "\r\n" is one Character, so it does not split there).
            for (index, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if Array(line.utf8).withUnsafeBufferPointer({ check($0, line: index + 1) }) { break }
            }
        } else {
            // Split at the '\n' bytes, the same lines as splitting the Characters when there is no '\r'.
            var text = yaml
            text.withUTF8 { bytes in
                var start = 0, line = 1
                while start <= bytes.count {
                    var end = start
                    while end < bytes.count, bytes[end] != 10 { end += 1 }
                    if check(UnsafeBufferPointer(rebasing: bytes[start..<end]), line: line) { return }
                    start = end + 1
                    line += 1
                }
            }
        }
        guard let lineNumber = found else { return nil }
        return .error(.nestingTooDeep, at: file.location(line: lineNumber + lineOffset, column: 1),
                      "the settings nest too deeply (more than \(FileDiagnostics.maximumNesting) levels)",
                      suggestion: "content never needs this many levels; check for unclosed '[' or '{' brackets")
    }

    /// How deeply one line nests at most: its indentation, `- ` markers and open brackets (counted
    /// on from the lines above in `flowDepth`).
    private static func nesting(of bytes: UnsafeBufferPointer<UInt8>, flowDepth: inout Int) -> Int {
        var index = 0
        while index < bytes.count, bytes[index] == 32 { index += 1 }
        let indentation = index
        var markers = 0
        while index + 1 < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "?"),
              bytes[index + 1] == 32 {
            markers += 1
            index += 2
            while index < bytes.count, bytes[index] == 32 { index += 1 }
        }
        var quote: UInt8?
        var maximumFlow = flowDepth
        while index < bytes.count {
            let byte = bytes[index]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\""), index == 0 || bytes[index - 1] != UInt8(ascii: "\\") {
                quote = byte
            } else if byte == UInt8(ascii: "'") && (index == 0 || bytes[index - 1] == 32 || bytes[index - 1] == UInt8(ascii: "[")
                                                    || bytes[index - 1] == UInt8(ascii: ",")) {
                quote = byte
            } else if byte == UInt8(ascii: "#"), index > 0, bytes[index - 1] == 32 {
                break
            } else if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") {
                flowDepth += 1
                maximumFlow = max(maximumFlow, flowDepth)
            } else if byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}") {
                flowDepth = max(0, flowDepth - 1)
            }
            index += 1
        }
        return indentation / 2 + markers + maximumFlow
    }

    /// YAML anchors and aliases (`&name`, `*name`) let a few lines expand into millions of values;
    /// content never needs them, so they are refused before the tree is built.
    /// The text of a block scalar (`intro: |`, `summary: >`) is text, never read for them.
    private func anchorProblem(_ yaml: String) -> Diagnostic? {
        var lineNumber = 0
        var blockParentIndent: Int?  // indentation of the line that opened a block scalar
        for line in yaml.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let indent = line.prefix { $0 == " " }.count
            if let parent = blockParentIndent {
                if indent > parent || line.allSatisfy({ $0 == " " }) { continue }
                blockParentIndent = nil
            }
            if FileDiagnostics.opensBlockScalar(line) { blockParentIndent = indent }
            var inQuotes: Character?
            var previous: Character = " "
            var atValueStart = true  // line start, or after ': ', '- ', '? ', a tag, '[', '{' or ','
            var inTag = false
            var column = 0
            for character in line {
                column += 1
                defer { previous = character }
                if let quote = inQuotes {
                    if character == quote { inQuotes = nil }
                    continue
                }
                if character == " " {
                    // After ': ', '- ', '? ' or a tag ('!name '), a value starts.
                    if previous == ":" || previous == "-" || previous == "?" || inTag { atValueStart = true }
                    inTag = false
                    continue
                }
                if atValueStart, character == "!" { inTag = true }
                if inTag { continue }
                if character == "#", previous == " " { break }
                if atValueStart, character == "&" || character == "*" {
                    let rest = line.dropFirst(column)
                    // Any name: YAML allows every printable character but spaces and flow indicators.
                    if let next = rest.first, next != " ", !",[]{}".contains(next) {
                        return .error(.yamlAnchor, at: file.location(line: lineNumber + lineOffset, column: column),
                                      "YAML anchors and aliases ('&name', '*name') are not allowed in content",
                                      suggestion: "write the value out in full; if '\(character)' is part of the text, put the whole value in double quotes")
                    }
                }
                if atValueStart, character == "\"" || character == "'" { inQuotes = character }
                atValueStart = character == "[" || character == "{" || character == ","
            }
        }
        return nil
    }
}

extension FileDiagnostics {
    /// Whether `line` ends with a block scalar's indicator as its value (`key: |`, `- >-`), so the
    /// lines indented below it are text.
    static func opensBlockScalar(_ line: Substring) -> Bool {
        var text = line
        if let note = text.range(of: " #") { text = text[..<note.lowerBound] }
        while text.last == " " { text = text.dropLast() }
        while let last = text.last, "-+123456789".contains(last) { text = text.dropLast() }
        guard let indicator = text.last, indicator == "|" || indicator == ">" else { return false }
        text = text.dropLast()
        guard text.last == " " else { return false }
        while text.last == " " { text = text.dropLast() }
        return text.last == ":" || text.last == "-"
    }
}
