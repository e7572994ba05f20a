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
        guard let mark = node?.mark else { return file.location(line: 1, column: 1) }
        return file.location(line: mark.line + lineOffset, column: mark.column)
    }

    func location(line: Int, column: Int) -> SourceLocation { file.location(line: line, column: column) }

    func error(_ message: String, at node: Node?, keyPath: String, suggestion: String? = nil) {
        found.append(.error(at: location(of: node), keyPath: keyPath, message, suggestion: suggestion))
    }

    func warning(_ message: String, at node: Node?, keyPath: String, suggestion: String? = nil) {
        found.append(.warning(at: location(of: node), keyPath: keyPath, message, suggestion: suggestion))
    }

    func append(_ diagnostic: Diagnostic) { found.append(diagnostic) }

    /// "did you mean" for the names of courses or groups this file got wrong, each worked out once,
    /// and for no more than `suggestionLimit` different names: a file with thousands of unknown
    /// references (a pasted list) gets the caller's general hint for the rest, so its cost does not
    /// grow with unknown names × courses. (The text report prints the first 100 diagnostics of a
    /// file, `DiagnosticFormatter.perFileLimit`.)
    static let suggestionLimit = DiagnosticFormatter.perFileLimit
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
            append(.error(at: file.location(line: 1 + lineOffset, column: 1),
                          "the front matter is \(String(format: "%.1f", Double(yaml.utf8.count) / 1_000_000)) MB, more than the 4 MB allowed",
                          suggestion: "split the course into several files, or move long text below the closing '---'"))
            return nil
        }
        if let problem = nestingProblem(yaml) {
            append(problem)
            return nil
        }
        if yaml.contains("&"), let problem = anchorProblem(yaml) {
            append(problem)
            return nil
        }
        do {
            // The encoding is given: Yams's default reads the process environment on every call.
            let root = try Yams.compose(yaml: yaml, Resolver.basic, .default, .utf8)
            // libyaml refuses raw control characters (a read error, reported below), so after a
            // successful compose one can only come from an escape such as "\x1F": no walk without a '\'.
            if let root, yaml.utf8.contains(UInt8(ascii: "\\")) { reportControlCharacters(in: root) }
            return root
        } catch let error as YamlError {
            append(diagnostic(for: error, yaml: yaml))
        } catch {
            append(.error(at: file.location(line: 1 + lineOffset, column: 1), "the settings cannot be read: \(error)"))
        }
        return nil
    }

    private func diagnostic(for error: YamlError, yaml: String) -> Diagnostic {
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            let advice = YAMLSyntaxAdvisor(yaml: yaml, lineOffset: lineOffset).advise(problem: problem, line: mark.line, column: mark.column)
            return .error(at: file.location(line: advice.line + lineOffset, column: advice.column), advice.message,
                          suggestion: advice.suggestion)
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.sorted().map { "'\($0)'" }
            if keys.count == 1 {
                return .error(at: file.location(line: context.mark.line + lineOffset, column: context.mark.column),
                              "\(keys[0]) is given twice here", suggestion: "keep one of them and delete the other")
            }
            let list = keys.dropLast().joined(separator: ", ") + " and " + keys[keys.count - 1]
            return .error(at: file.location(line: context.mark.line + lineOffset, column: context.mark.column),
                          "\(list) are each given twice here",
                          suggestion: "if this is a new item of a list (a second session, say), start it with '- '")
        case let .reader(problem, _, _, _):
            if let control = controlCharacterDiagnostic(yaml) { return control }
            return .error(at: file.location(line: 1 + lineOffset, column: 1), "the settings cannot be read: \(problem)")
        default:
            return .error(at: file.location(line: 1 + lineOffset, column: 1), "the settings cannot be read: \(error)")
        }
    }

    /// An upper bound on how deeply each line nests (indentation, `- ` markers, open brackets), so
    /// that a pathological file is refused before the recursive tree builder could overflow the stack.
    private func nestingProblem(_ yaml: String) -> Diagnostic? {
        var flowDepth = 0
        var lineNumber = 0
        for line in yaml.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let bytes = Array(line.utf8)
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
            if indentation / 2 + markers + maximumFlow > FileDiagnostics.maximumNesting {
                return .error(at: file.location(line: lineNumber + lineOffset, column: 1),
                              "the settings nest too deeply (more than \(FileDiagnostics.maximumNesting) levels)",
                              suggestion: "content never needs this many levels; check for unclosed '[' or '{' brackets")
            }
        }
        return nil
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
                        return .error(at: file.location(line: lineNumber + lineOffset, column: column),
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

/// Plain-English hints for libyaml's terse syntax errors.
enum YAMLHints {
    static func hint(for problem: String, line: String?) -> String {
        if problem.contains("mapping values are not allowed") {
            return "a value that contains ': ' must be in quotes, e.g. title: \"Safeguarding: annual update\""
        }
        if problem.contains("tab character") || (problem.contains("found character that cannot start any token") && line?.contains("\t") == true) {
            return "YAML does not allow tab characters for indenting: use spaces"
        }
        if problem.contains("could not find expected ':'") {
            return "each setting is written 'key: value'; check this line and the one before for a missing ':' or an unclosed quote"
        }
        if problem.contains("did not find expected key") || problem.contains("did not find expected '-' indicator") {
            return "check the indentation: items of a list line up under each other, two spaces in from their key"
        }
        if problem.contains("found unexpected end of stream") || problem.contains("found unknown escape character") {
            return "a quote is opened and never closed, or a backslash is used inside \"double quotes\""
        }
        if problem.contains("did not find expected node content") {
            return "a value is missing after '-' or ':'"
        }
        return "check the line for a missing ':' after a key, unbalanced quotes or brackets, or wrong indentation"
    }
}

/// Reads typed values from a YAML mapping, reporting each mistake at the value's own position.
///
/// Scalars are read as the text the editor wrote (the YAML 1.1 core resolver is not used), so
/// `09:00` stays a time, `no` stays text where text is expected, and `2026-10-14` stays a date.
struct MappingReader {
    let node: Node
    let mapping: Node.Mapping
    /// Values by key text, made once: Yams looks a key up by building a node and comparing it with
    /// each key in turn, which a course's dozens of lookups made the costliest part of loading.
    /// The first of duplicated keys wins, as in Yams (duplicates are reported when composing).
    let values: [String: Node]
    /// Key path of this mapping (`sessions[1]`), empty at the top.
    let path: String
    let log: FileDiagnostics

    init?(_ node: Node, path: String, log: FileDiagnostics, what: String) {
        if !path.isEmpty, MappingReader.isEmptyValue(node) {
            MappingReader.reportEmptyItem(node, keyPath: path, log: log, what: what)
            return nil
        }
        guard case .mapping(let mapping) = node else {
            log.error("\(what) must be a set of 'key: value' lines, not \(MappingReader.describe(node))", at: node, keyPath: path,
                      suggestion: path.isEmpty ? "write each setting on its own line as 'key: value'" : nil)
            return nil
        }
        self.node = node
        self.mapping = mapping
        var values: [String: Node] = [:]
        values.reserveCapacity(mapping.count)
        for (key, value) in mapping {
            if case .scalar(let scalar) = key, values[scalar.string] == nil { values[scalar.string] = value }
        }
        self.values = values
        self.path = path
        self.log = log
    }

    func keyPath(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    /// Reports every key that is not in `known`, suggesting the nearest known key.
    func rejectUnknownKeys(_ known: [String], otherKinds: [(kind: String, folder: String, keys: [String])] = []) {
        noteEmptyValues(known)
        let unknown = mapping.map { $0.key }.filter { !known.contains($0.string ?? "") }
        // Several settings of another kind of file: say "wrong folder" once, not once per setting.
        if path.isEmpty, unknown.count >= 2 {
            for other in otherKinds {
                let matching = unknown.filter { other.keys.contains($0.string ?? "") }
                if matching.count == unknown.count {
                    log.error("this looks like a \(other.kind) file (it has \(matching.prefix(3).compactMap(\.string).joined(separator: ", "))), not a \(MappingReader.kindName(of: known))",
                              at: unknown[0], keyPath: "", suggestion: "move the file into \(other.folder)/")
                    return
                }
            }
        }
        for key in unknown {
            let name = key.string ?? ""
            if name.unicodeScalars.contains(where: { [0xA0, 0x200B, 0xFEFF, 0x202F, 0x2007].contains($0.value) }) {
                let clean = String(String.UnicodeScalarView(name.unicodeScalars.filter { ![0xA0, 0x200B, 0xFEFF, 0x202F, 0x2007].contains($0.value) }))
                if known.contains(clean) { log.misspelt[keyPath(clean)] = name }
                log.error("the setting name '\(clean)' contains an invisible character (pasted from Word or a web page)", at: key,
                          keyPath: keyPath(clean), suggestion: "delete the name and type it again")
                continue
            }
            if let synonym = MappingReader.synonyms[name.lowercased()], let target = synonym.first(where: known.contains) {
                if values[target] == nil { log.misspelt[keyPath(target)] = name }
                log.error("unknown setting '\(name)'", at: key, keyPath: keyPath(name),
                          suggestion: "the setting for this is called '\(target)'" + (synonym.count > 1 && known.contains(synonym[1]) ? " (and '\(synonym[1])')" : ""))
                continue
            }
            if let near = Suggestion.nearest(to: name, in: known) {
                let required = values[near] == nil
                if required { log.misspelt[keyPath(near)] = name }
                log.error("unknown setting '\(name)'", at: key, keyPath: keyPath(name), suggestion: "did you mean '\(near)'?")
            } else {
                log.error("unknown setting '\(name)'", at: key, keyPath: keyPath(name),
                          suggestion: "the settings allowed here are: \(known.joined(separator: ", "))")
            }
        }
    }

    /// The value node for `key`, nil when absent or written empty (`key:` or `key: ~`).
    func value(_ key: String) -> Node? {
        guard let value = values[key], !MappingReader.isEmptyValue(value) else { return nil }
        return value
    }

    func has(_ key: String) -> Bool { value(key) != nil }

    func missing(_ key: String, example: String) {
        if log.misspelt[keyPath(key)] != nil { return }  // already reported as a misspelling of this key
        if log.emptyReported.contains(keyPath(key)) { return }  // its value was read as a note, and said so
        if let present = values[key] {
            log.emptyValues[keyPath(key)] = nil
            log.emptyReported.insert(keyPath(key))
            log.error(emptyMessage(key), at: present, keyPath: keyPath(key), suggestion: "write it as \(key): \(example)")
            return
        }
        // At the top of a file the caret goes on the opening '---'; in a list item, on the item.
        let location = path.isEmpty ? log.location(line: 1, column: 1) : log.location(of: node)
        log.append(.error(at: location, keyPath: keyPath(key), "'\(key)' is missing", suggestion: "add a line '\(key): \(example)'"))
    }

    /// Words editors use for a setting that has another name here.
    static let synonyms: [String: [String]] = [
        "description": ["summary"], "name": ["title"], "heading": ["title"], "time": ["start", "end"],
        "times": ["start", "end"], "dates": ["sessions", "days"], "location": ["venue"], "room": ["venue"],
        "capacity": ["places"], "price": ["cost"], "hours": ["cpd_hours"], "audience": ["groups"], "roles": ["groups"],
        "type": ["format"], "category": ["strand"], "url": ["link"], "renewal": ["renewal_months"],
    ]

    /// What a file with these keys is called, for "not a course".
    static func kindName(of keys: [String]) -> String {
        if keys.contains("sessions") { return "course" }
        if keys.contains("steps") { return "pathway" }
        if keys.contains("family") { return "group" }
        return "page"
    }

    /// A text value; numbers and dates written plainly are accepted as their text.
    func string(_ key: String, required: Bool = false, example: String = "…") -> String? {
        guard let value = value(key) else {
            if required { missing(key, example: example) }
            return nil
        }
        guard case .scalar(let scalar) = value else {
            log.error("'\(key)' must be a single piece of text, not \(MappingReader.describe(value))", at: value, keyPath: keyPath(key),
                      suggestion: "write it on one line: \(key): \(example)")
            return nil
        }
        let text = scalar.string.trimmed(newlines: true)
        if text.isEmpty {
            if required {
                log.error("'\(key)' is empty", at: value, keyPath: keyPath(key), suggestion: "write it as \(key): \(example)")
            } else if log.emptyReported.insert(keyPath(key)).inserted {
                log.error("'\(key)' is empty", at: value, keyPath: keyPath(key), suggestion: MappingReader.giveAValue(key))
            }
            return nil
        }
        if scalar.style == .plain {
            warnAboutCutComment(key: key, node: value)
            if let first = text.first, let last = text.last, text.count >= 2,
               "\u{201C}\u{2018}".contains(first), "\u{201D}\u{2019}".contains(last) {
                log.warning("the value is wrapped in curly quotes (from Word), which would be published as part of it", at: value,
                            keyPath: keyPath(key), suggestion: "delete them, or retype them as straight quotes \"…\"")
            }
        }
        return text
    }

    /// A plain value followed by ` #…` loses everything from the `#` on (YAML reads it as a note).
    /// Notes are written `# note`; `#2` straight after a word is almost always meant as text.
    private func warnAboutCutComment(key: String, node: Node) {
        guard let mark = node.mark, let line = log.file.line(mark.line + log.lineOffset) else { return }
        guard let range = line.range(of: " #"), line.index(after: range.upperBound) <= line.endIndex,
              range.upperBound < line.endIndex, line[range.upperBound] != " " else { return }
        let cut = line[line.index(after: range.lowerBound)...]
        log.warning("everything from '\(cut.prefix(30))' on is read as a note and is not published", at: node, keyPath: keyPath(key),
                    suggestion: "put the whole value in double quotes to keep it")
    }

    /// A whole number in `range`.
    func int(_ key: String, range: ClosedRange<Int>, example: String) -> Int? {
        guard let value = value(key) else { return nil }
        guard case .scalar(let scalar) = value, let number = Int(scalar.string.trimmed()) else {
            log.error("'\(key)' must be a whole number, not \(MappingReader.describe(value))", at: value, keyPath: keyPath(key),
                      suggestion: MappingReader.numberHint(key, value.scalar?.string ?? "", example: example, whole: true))
            return nil
        }
        guard range.contains(number) else {
            let extra = key == "places" && number == 0 ? "; to show a session as full, write status: full" : ""
            log.error("'\(key)' must be between \(range.lowerBound) and \(range.upperBound), not \(number)", at: value, keyPath: keyPath(key),
                      suggestion: "write it as \(key): \(example)\(extra)")
            return nil
        }
        return number
    }

    /// "write it as cpd_hours: 3" from "3 hours"; "2 years" for months becomes 24; words get "in figures".
    static func numberHint(_ key: String, _ text: String, example: String, whole: Bool) -> String {
        let lowered = text.lowercased().replacingOccurrences(of: ",", with: ".")
        let number = lowered.prefix { $0.isNumber || $0 == "." }
        if let value = Double(number), value.isFinite {
            if key.hasSuffix("months"), lowered.contains("year") { return "write the number of months: \(key): \(Int(value * 12))" }
            let shown = whole || value != value.rounded() ? String(number) : String(Int(value))
            return "write just the number: \(key): \(shown)"
        }
        return "write it in figures, e.g. \(key): \(example)"
    }

    /// A number such as `6` or `1.5`, not negative.
    func decimal(_ key: String, maximum: Double, example: String) -> Double? {
        guard let value = value(key) else { return nil }
        guard case .scalar(let scalar) = value, let number = Double(scalar.string.trimmed()),
              number.isFinite else {
            log.error("'\(key)' must be a number, not \(MappingReader.describe(value))", at: value, keyPath: keyPath(key),
                      suggestion: MappingReader.numberHint(key, value.scalar?.string ?? "", example: example, whole: false))
            return nil
        }
        guard number >= 0, number <= maximum else {
            log.error("'\(key)' must be between 0 and \(Int(maximum)), not \(scalar.string)", at: value, keyPath: keyPath(key),
                      suggestion: "write it as \(key): \(example)")
            return nil
        }
        return number
    }

    /// `true`/`false` (also `yes`/`no`).
    func bool(_ key: String) -> Bool? {
        guard let value = value(key) else { return nil }
        if case .scalar(let scalar) = value {
            switch scalar.string.lowercased() {
            case "true", "yes", "on": return true
            case "false", "no", "off": return false
            default: break
            }
        }
        log.error("'\(key)' must be true or false, not \(MappingReader.describe(value))", at: value, keyPath: keyPath(key),
                  suggestion: "write \(key): true or \(key): false")
        return nil
    }

    /// A list of texts; a single text is accepted as a list of one. Items come with their nodes.
    func stringList(_ key: String) -> [(String, Node)]? {
        guard let value = value(key) else { return nil }
        switch value {
        case .scalar(let scalar):
            let text = scalar.string.trimmed()
            if text.isEmpty {
                if log.emptyReported.insert(keyPath(key)).inserted {
                    log.error("'\(key)' is empty", at: value, keyPath: keyPath(key), suggestion: MappingReader.giveAValue(key))
                }
                return []
            }
            return [(text, value)]
        case .sequence(let sequence):
            var items: [(String, Node)] = []
            for (index, item) in sequence.enumerated() {
                if MappingReader.isEmptyValue(item) {
                    MappingReader.reportEmptyItem(item, keyPath: "\(keyPath(key))[\(index)]", log: log, what: "a name")
                    continue
                }
                guard case .scalar(let scalar) = item else {
                    log.error("each item of '\(key)' must be a single name, not \(MappingReader.describe(item))", at: item,
                              keyPath: "\(keyPath(key))[\(index)]", suggestion: "write \(key): [first, second]")
                    continue
                }
                items.append((scalar.string.trimmed(), item))
            }
            return items
        default:
            log.error("'\(key)' must be a list, not \(MappingReader.describe(value))", at: value, keyPath: keyPath(key),
                      suggestion: "write \(key): [first, second]")
            return nil
        }
    }

    /// The items of a list of mappings (sessions, steps, stages, terms).
    func sequence(_ key: String) -> [Node]? {
        guard let value = value(key) else { return nil }
        guard case .sequence(let sequence) = value else {
            log.error("'\(key)' must be a list of items, each starting with '- ', not \(MappingReader.describe(value))", at: value,
                      keyPath: keyPath(key))
            return nil
        }
        return Array(sequence)
    }

    /// A `YYYY-MM-DD` date.
    func date(_ key: String, required: Bool = false) -> (LocalDate, Node)? {
        guard let value = value(key) else {
            if required { missing(key, example: "2026-10-14") }
            return nil
        }
        return MappingReader.date(from: value, keyPath: keyPath(key), log: log)
    }

    static func date(from node: Node, keyPath: String, log: FileDiagnostics) -> (LocalDate, Node)? {
        if isEmptyValue(node) {
            reportEmptyItem(node, keyPath: keyPath, log: log, what: "a date")
            return nil
        }
        guard case .scalar(let scalar) = node else {
            log.error("a date must be written as YYYY-MM-DD, not \(describe(node))", at: node, keyPath: keyPath)
            return nil
        }
        let text = scalar.string.trimmed()
        if let date = LocalDate(iso: text) { return (date, node) }
        log.error("'\(text)' is not a valid date", at: node, keyPath: keyPath, suggestion: DateHints.hint(for: text))
        return nil
    }

    /// An `HH:MM` time.
    func time(_ key: String) -> (LocalTime, Node)? {
        guard let value = value(key) else { return nil }
        let text = value.scalar?.string.trimmed() ?? ""
        if let time = LocalTime(text: text) { return (time, value) }
        log.error("'\(text)' is not a valid time", at: value, keyPath: keyPath(key), suggestion: DateHints.timeHint(for: text))
        return nil
    }

    /// One of a fixed set of words, suggesting the nearest on a typo.
    func choice<T: RawRepresentable & CaseIterable>(_ key: String, as type: T.Type) -> T? where T.RawValue == String {
        guard let text = string(key) else { return nil }
        if let value = T(rawValue: text.lowercased()) { return value }
        let allowed = T.allCases.map(\.rawValue)
        log.error("'\(text)' is not a known \(key)", at: value(key), keyPath: keyPath(key),
                  suggestion: Suggestion.didYouMean(text, in: allowed) ?? "use one of: \(allowed.joined(separator: ", "))")
        return nil
    }

    static func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar): return "'\(scalar.string.prefix(60))'"
        case .mapping: return "a group of 'key: value' settings"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }
}

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
        if parts.count == 3, parts[2].count == 4, let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]),
           let date = LocalDate(year: y, month: m, day: d) {
            return "write dates as YYYY-MM-DD: \(date.iso)"
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
