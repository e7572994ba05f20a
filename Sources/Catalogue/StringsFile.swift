import Yams

/// Reads a theme's `strings.yml`: nested `key: value` lines whose leaves are text, checked against
/// the keys the site knows. Each leaf is named by its path (`navigation.whats_on`).
///
/// Read with the project's own YAML reading, so every mistake has its file:line:col: an unknown
/// key (with "did you mean"), a group written as one text, a list or an empty value, and a
/// `{placeholder}` the key does not offer.
public enum StringsFile {
    /// `known`: every key the site shows, with the placeholders its text may use. `whole`: groups
    /// whose keys go together (`counts.courses`: `one`, `other`; `months`: `january` … `december`),
    /// with their keys in order: a group that gives some of them but not all is a warning at the
    /// group, naming the missing ones (the site would mix in the English texts).
    /// Returns the texts found, by key path, and the problems.
    public static func read(_ file: SourceFile, known: [String: Set<String>],
                            whole: [String: [String]] = [:]) -> (texts: [String: String], diagnostics: [Diagnostic]) {
        let log = FileDiagnostics(file: file, lineOffset: 0)
        guard let root = log.compose(file.text) else { return ([:], log.diagnostics) }
        var reading = Reading(known: known, whole: whole, log: log)
        reading.read(root, path: "")
        return (reading.texts, log.diagnostics)
    }

    /// The key of the pages' language, a BCP 47 tag (`en-GB`, `fr`, `cy`), checked for its form.
    public static let languageKey = "language"

    /// Whether `text` has the form of a BCP 47 language tag: a language of 2 or 3 letters, then
    /// subtags of 1 to 8 letters or digits, joined by '-'.
    public static func isLanguageTag(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let language = parts.first, (2...3).contains(language.count), language.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        return parts.dropFirst().allSatisfy { (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }

    /// The `{name}`s in a text: a name is letters, digits and `_` between braces; other braces are text.
    public static func placeholders(in text: String) -> [String] {
        var names: [String] = []
        var current: String?
        for character in text {
            if character == "{" {
                current = ""
            } else if character == "}", let name = current {
                if !name.isEmpty { names.append(name) }
                current = nil
            } else if current != nil {
                current = (character.isLetter || character.isNumber || character == "_") && character.isASCII ? current! + String(character) : nil
            }
        }
        return names
    }

    private struct Reading {
        let known: [String: Set<String>]
        let whole: [String: [String]]
        let log: FileDiagnostics
        /// Every group of keys (`navigation`, `counts.courses`), the parents of the known keys.
        let groups: Set<String>
        let candidates: Suggestion.Candidates
        var texts: [String: String] = [:]

        init(known: [String: Set<String>], whole: [String: [String]], log: FileDiagnostics) {
            self.known = known
            self.whole = whole
            self.log = log
            var groups: Set<String> = [""]
            for key in known.keys {
                var parts = key.split(separator: ".").dropLast()
                while !parts.isEmpty {
                    groups.insert(parts.joined(separator: "."))
                    parts = parts.dropLast()
                }
            }
            self.groups = groups
            candidates = Suggestion.Candidates(Array(known.keys).sorted() + groups.filter { !$0.isEmpty }.sorted())
        }

        mutating func read(_ node: Node, path: String) {
            guard case .mapping(let mapping) = node else {
                log.error(.stringsGroupAsText, "'\(path)' is a group of words: write each of its keys on its own line below it", at: node, keyPath: path,
                          suggestion: "its keys are: " + keys(under: path).joined(separator: ", "))
                return
            }
            for (keyNode, value) in mapping {
                let name = keyNode.string ?? ""
                let keyPath = path.isEmpty ? name : path + "." + name
                if groups.contains(keyPath) {
                    read(value, path: keyPath)
                    warnIfPartial(value, group: keyNode, path: keyPath)
                } else if let allowed = known[keyPath] {
                    text(value, keyPath: keyPath, allowed: allowed)
                } else {
                    let near = Suggestion.didYouMean(keyPath, in: candidates)
                    log.error(.stringsUnknownKey, "unknown key '\(keyPath)' in the theme's strings", at: keyNode, keyPath: keyPath,
                              suggestion: near ?? "the keys allowed here are: " + keys(under: path).joined(separator: ", "))
                }
            }
        }

        private mutating func text(_ node: Node, keyPath: String, allowed: Set<String>) {
            guard case .scalar(let scalar) = node, !scalar.string.isEmpty || scalar.style != .plain else {
                log.error(.stringsNotText, "'\(keyPath)' must be a text", at: node, keyPath: keyPath,
                          suggestion: "write the words after the colon, in quotes if they contain ': ' or start with '{'")
                return
            }
            for name in StringsFile.placeholders(in: scalar.string) where !allowed.contains(name) {
                let offered = allowed.sorted()
                let near = Suggestion.didYouMean(name, in: offered)
                log.error(.stringsUnknownPlaceholder, "'\(keyPath)' has no placeholder '{\(name)}'", at: node, keyPath: keyPath,
                          suggestion: near ?? (offered.isEmpty ? "this text takes no placeholders" : "its placeholders are: " + offered.map { "{\($0)}" }.joined(separator: ", ")))
            }
            if keyPath == StringsFile.languageKey, !StringsFile.isLanguageTag(scalar.string) {
                log.error(.stringsNotALanguage, "'\(scalar.string)' is not a language tag", at: node, keyPath: "",
                          suggestion: "write the language of the site's words as a BCP 47 tag: en-GB, fr, de-CH, cy")
                return
            }
            texts[keyPath] = scalar.string
        }

        /// Warns at `group` when it is a whole group (``StringsFile/read(_:known:whole:)``) that
        /// gives some of its keys but not all.
        private func warnIfPartial(_ node: Node, group: Node, path: String) {
            guard let keys = whole[path], case .mapping(let mapping) = node else { return }
            let given = Set(mapping.compactMap { $0.key.string })
            let missing = keys.filter { !given.contains($0) }
            guard !missing.isEmpty, missing.count < keys.count else { return }
            let list = missing.map { "'\($0)'" }.joined(separator: ", ")
            log.warning(.stringsPartialGroup, "'\(path)' gives \(keys.count - missing.count) of its \(keys.count) keys, so the site shows the English text for \(list)",
                        at: group, keyPath: path, suggestion: "add " + missing.map { "\(path).\($0)" }.joined(separator: ", "))
        }

        /// The names directly under a group.
        private func keys(under path: String) -> [String] {
            let prefix = path.isEmpty ? "" : path + "."
            let names = (Array(known.keys) + groups).filter { $0.hasPrefix(prefix) && $0.count > prefix.count }
                .map { String($0.dropFirst(prefix.count).split(separator: ".")[0]) }
            return Array(Set(names)).sorted()
        }
    }
}
