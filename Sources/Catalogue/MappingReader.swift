import Foundation
import Yams

/// Reads typed values from a YAML mapping, reporting each mistake at the value's own position.
///
/// Scalars are read as the text the editor wrote (the YAML 1.1 core resolver is not used), so
/// `09:00` stays a time, `no` stays text where text is expected, and `2026-10-14` stays a date.
struct MappingReader {
    let node: Node
    let mapping: Node.Mapping
    /// Values by key text, made once: Yams looks a key up by building a node and comparing it with
    /// each key in turn, which a course's dozens of lookups made the costliest part of loading.
    let values: MappingValues
    /// Every key's text in file order, duplicates too, when every key is plain text (nil otherwise):
    /// `rejectUnknownKeys` checks names without walking the nodes again.
    private let keyNames: [String]?
    /// Whether some value is written empty (`key:`, `~`, `null`), the only values `noteEmptyValues` acts on.
    private let hasEmptyValue: Bool
    /// Key path of this mapping (`sessions[1]`), empty at the top.
    let path: String
    let log: FileDiagnostics

    init?(_ node: Node, path: String, log: FileDiagnostics, what: String) {
        if !path.isEmpty, MappingReader.isEmptyValue(node) {
            MappingReader.reportEmptyItem(node, keyPath: path, log: log, what: what)
            return nil
        }
        guard case .mapping(let mapping) = node else {
            log.error(.notAMapping, "\(what) must be a set of 'key: value' lines, not \(MappingReader.describe(node))", at: node, keyPath: path,
                      suggestion: path.isEmpty ? "write each setting on its own line as 'key: value'" : nil)
            return nil
        }
        self.node = node
        self.mapping = mapping
        var keys: [String] = [], nodes: [Node] = []
        keys.reserveCapacity(mapping.count)
        nodes.reserveCapacity(mapping.count)
        var everyKeyPlain = true
        var hasEmptyValue = false
        // By index: iterating a Yams mapping copies every pair into a new array first.
        for index in mapping.indices {
            let (key, value) = mapping[index]
            if case .scalar(let scalar) = key {
                keys.append(scalar.string)
                nodes.append(value)
            } else {
                everyKeyPlain = false
            }
            if !hasEmptyValue, MappingReader.isEmptyValue(value) { hasEmptyValue = true }
        }
        self.values = MappingValues(keys: keys, nodes: nodes)
        self.keyNames = everyKeyPlain ? keys : nil
        self.hasEmptyValue = hasEmptyValue
        self.path = path
        self.log = log
    }

    func keyPath(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    /// Reports every key that is not in `known`, suggesting the nearest known key.
    func rejectUnknownKeys(_ known: [String], otherKinds: [(kind: String, folder: String, keys: [String])] = []) {
        if hasEmptyValue { noteEmptyValues(known) }
        // Nearly always every key is known: nothing to report, and no node is looked at again.
        if let keyNames, keyNames.allSatisfy(known.contains) { return }
        let unknown = mapping.map { $0.key }.filter { !known.contains($0.string ?? "") }
        // Several settings of another kind of file: say "wrong folder" once, not once per setting.
        if path.isEmpty, unknown.count >= 2 {
            for other in otherKinds {
                let matching = unknown.filter { other.keys.contains($0.string ?? "") }
                if matching.count == unknown.count {
                    log.error(.wrongFolder, "this looks like a \(other.kind) file (it has \(matching.prefix(3).compactMap(\.string).joined(separator: ", "))), not a \(MappingReader.kindName(of: known))",
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
                log.error(.invisibleCharacterInKey, "the setting name '\(clean)' contains an invisible character (pasted from Word or a web page)", at: key,
                          keyPath: keyPath(clean), suggestion: "delete the name and type it again")
                continue
            }
            if let synonym = MappingReader.synonyms[name.lowercased()], let target = synonym.first(where: known.contains) {
                if values[target] == nil { log.misspelt[keyPath(target)] = name }
                log.error(.unknownSetting, "unknown setting '\(name)'", at: key, keyPath: keyPath(name),
                          suggestion: "the setting for this is called '\(target)'" + (synonym.count > 1 && known.contains(synonym[1]) ? " (and '\(synonym[1])')" : ""))
                continue
            }
            if let near = Suggestion.nearest(to: name, in: known) {
                let required = values[near] == nil
                if required { log.misspelt[keyPath(near)] = name }
                log.error(.unknownSetting, "unknown setting '\(name)'", at: key, keyPath: keyPath(name), suggestion: "did you mean '\(near)'?")
            } else {
                log.error(.unknownSetting, "unknown setting '\(name)'", at: key, keyPath: keyPath(name),
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
            log.error(.emptyValue, emptyMessage(key), at: present, keyPath: keyPath(key), suggestion: "write it as \(key): \(example)")
            return
        }
        // At the top of a file the caret goes on the opening '---'; in a list item, on the item.
        let location = path.isEmpty ? log.location(line: 1, column: 1) : log.location(of: node)
        // Written on one line in braces ("- { name: Summer }"), the setting goes inside them: a line
        // of its own below would not be part of the item.
        let fix = writtenInBraces ? "add it inside the braces: { …, \(key): \(example) }" : "add a line '\(key): \(example)'"
        log.append(.error(.missingSetting, at: location, keyPath: keyPath(key), "'\(key)' is missing", suggestion: fix))
    }

    /// True when this mapping is written on one line in braces (`- { name: Summer }`). Yams keeps no
    /// flow style, so the source line says.
    private var writtenInBraces: Bool {
        guard !path.isEmpty, let mark = node.mark, let text = log.file.line(mark.line + log.lineOffset) else { return false }
        let rest = text.dropFirst(max(mark.column - 1, 0)).drop { $0 == " " || $0 == "-" }
        return rest.hasPrefix("{")
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
            log.error(.notText, "'\(key)' must be a single piece of text, not \(MappingReader.describe(value))", at: value, keyPath: keyPath(key),
                      suggestion: "write it on one line: \(key): \(example)")
            return nil
        }
        let text = scalar.string.trimmed(newlines: true)
        if text.isEmpty {
            if required {
                log.error(.emptyValue, "'\(key)' is empty", at: value, keyPath: keyPath(key), suggestion: "write it as \(key): \(example)")
            } else if log.emptyReported.insert(keyPath(key)).inserted {
                log.error(.emptyValue, "'\(key)' is empty", at: value, keyPath: keyPath(key), suggestion: MappingReader.giveAValue(key))
            }
            return nil
        }
        if scalar.style == .plain {
            if let first = text.first, let last = text.last, text.count >= 2,
               "\u{201C}\u{2018}".contains(first), "\u{201D}\u{2019}".contains(last) {
                log.warning(.curlyQuotedValue, "the value is wrapped in curly quotes (from Word), which would be published as part of it", at: value,
                            keyPath: keyPath(key), suggestion: "delete them, or retype them as straight quotes \"…\"")
            }
        }
        return text
    }

    /// A whole number in `range`.
    func int(_ key: String, range: ClosedRange<Int>, example: String) -> Int? {
        guard let value = value(key) else { return nil }
        guard case .scalar(let scalar) = value, let number = Int(scalar.string.trimmed()) else {
            log.error(.notAWholeNumber, "'\(key)' must be a whole number, not \(MappingReader.describe(value))", at: value, keyPath: keyPath(key),
                      suggestion: MappingReader.numberHint(key, value.scalar?.string ?? "", example: example, whole: true))
            return nil
        }
        guard range.contains(number) else {
            let extra = key == "places" && number == 0 ? "; to show a session as full, write status: full" : ""
            log.error(.numberOutOfRange, "'\(key)' must be between \(range.lowerBound) and \(range.upperBound), not \(number)", at: value, keyPath: keyPath(key),
                      suggestion: "write it as \(key): \(example)\(extra)")
            return nil
        }
        return number
    }

    /// "write it as cpd_hours: 3" from "3 hours"; "2 years" for months becomes 24; words get "in figures".
    static func numberHint(_ key: String, _ text: String, example: String, whole: Bool) -> String {
        let lowered = text.lowercased().replacingOccurrences(of: ",", with: ".")
        if key.hasPrefix("places"), let status = ValueWords.statusWord(lowered) {
            return "to show the session as \(status), write status: \(status) (and keep \(key) as a number, or delete it)"
        }
        if key == "cpd_hours", let hint = ValueWords.hoursHint(lowered) { return hint }
        let number = lowered.prefix { $0.isNumber || $0 == "." }
        // Below 10^15, so the whole number it suggests cannot overflow an Int (hostile input).
        if let value = Double(number), value.isFinite, value < 1e15 {
            if key.hasSuffix("months"), lowered.contains("year") { return "write the number of months: \(key): \(Int(value * 12))" }
            // A whole number was wanted and a fraction given (order: 10.5): the fix must be whole.
            if value != value.rounded() {
                return whole ? "write a whole number, e.g. \(key): \(Int(value.rounded(.up)))" : "write just the number: \(key): \(number)"
            }
            return "write just the number: \(key): \(Int(value))"
        }
        return "write it in figures, e.g. \(key): \(example)"
    }

    /// A number such as `6` or `1.5`, not negative.
    func decimal(_ key: String, maximum: Double, example: String) -> Double? {
        guard let value = value(key) else { return nil }
        guard case .scalar(let scalar) = value, let number = Double(scalar.string.trimmed()),
              number.isFinite else {
            log.error(.notANumber, "'\(key)' must be a number, not \(MappingReader.describe(value))", at: value, keyPath: keyPath(key),
                      suggestion: MappingReader.numberHint(key, value.scalar?.string ?? "", example: example, whole: false))
            return nil
        }
        guard number >= 0, number <= maximum else {
            log.error(.numberOutOfRange, "'\(key)' must be between 0 and \(Int(maximum)), not \(scalar.string)", at: value, keyPath: keyPath(key),
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
        log.error(.notABoolean, "'\(key)' must be true or false, not \(MappingReader.describe(value))", at: value, keyPath: keyPath(key),
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
                    log.error(.emptyValue, "'\(key)' is empty", at: value, keyPath: keyPath(key), suggestion: MappingReader.giveAValue(key))
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
                    log.error(.listItemNotAName, "each item of '\(key)' must be a single name, not \(MappingReader.describe(item))", at: item,
                              keyPath: "\(keyPath(key))[\(index)]", suggestion: "write \(key): [first, second]")
                    continue
                }
                items.append((scalar.string.trimmed(), item))
            }
            return items
        default:
            log.error(.notAList, "'\(key)' must be a list, not \(MappingReader.describe(value))", at: value, keyPath: keyPath(key),
                      suggestion: "write \(key): [first, second]")
            return nil
        }
    }

    /// The items of a list of mappings (sessions, steps, stages, terms).
    func sequence(_ key: String) -> [Node]? {
        guard let value = value(key) else { return nil }
        guard case .sequence(let sequence) = value else {
            log.error(.notAList, "'\(key)' must be a list of items, each starting with '- ', not \(MappingReader.describe(value))", at: value,
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
            log.error(.invalidDate, "a date must be written as YYYY-MM-DD, not \(describe(node))", at: node, keyPath: keyPath)
            return nil
        }
        let text = scalar.string.trimmed()
        if let date = LocalDate(iso: text) { return (date, node) }
        log.error(.invalidDate, "'\(text)' is not a valid date", at: node, keyPath: keyPath, suggestion: DateHints.hint(for: text, keyPath: keyPath))
        return nil
    }

    /// An `HH:MM` time.
    func time(_ key: String) -> (LocalTime, Node)? {
        guard let value = value(key) else { return nil }
        let text = value.scalar?.string.trimmed() ?? ""
        if let time = LocalTime(text: text) { return (time, value) }
        log.error(.invalidTime, "'\(text)' is not a valid time", at: value, keyPath: keyPath(key), suggestion: DateHints.timeHint(for: text))
        return nil
    }

    /// One of a fixed set of words, suggesting the nearest on a typo.
    func choice<T: RawRepresentable & CaseIterable>(_ key: String, as type: T.Type) -> T? where T.RawValue == String {
        guard let text = string(key) else { return nil }
        if let value = T(rawValue: text.lowercased()) { return value }
        let allowed = T.allCases.map(\.rawValue)
        log.error(.unknownValue, "'\(text)' is not a known \(key)", at: value(key), keyPath: keyPath(key),
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
