import Catalogue
import Foundation
import JSON

/// `check --format json`: the machine form of the diagnostics, a contract documented in
/// docs/check-json.md (and docs/check-json.schema.json). Change it only with a new `version`.
public enum DiagnosticJSON {
    /// The document's format: 2 added codes, roots, 1-based or null lines, ends and UTF-16 columns.
    public static let version = 2

    /// A folder diagnostics' files are given relative to: `content`, `theme`, or `history` (a
    /// `--history` folder outside the content).
    public struct Root: Sendable, Equatable {
        public var name: String
        /// The folder as messages show it (`Content`), the prefix of their paths.
        public var display: String
        /// Its absolute path, for tools to resolve `file` against.
        public var path: String

        public init(name: String, display: String, path: String) {
            self.name = name
            self.display = display
            self.path = path
        }
    }

    /// The document: counts, roots and one object per diagnostic, in the order given.
    public static func document(_ diagnostics: [Diagnostic], files: Int, roots: [Root] = []) -> String {
        var rootObject: [String: JSONValue] = [:]
        for root in roots { rootObject[root.name] = .string(root.path) }
        let document: JSONValue = .object([
            "version": .int(version),
            "files": .int(files),
            "errors": .int(diagnostics.errorCount),
            "warnings": .int(diagnostics.warningCount),
            "roots": .object(rootObject),
            "diagnostics": .array(diagnostics.map { entry($0, roots: roots) }),
        ])
        return document.rendered(.record)
    }

    /// One diagnostic: every field is always present, null where it is not known.
    static func entry(_ diagnostic: Diagnostic, roots: [Root]) -> JSONValue {
        let location = diagnostic.location
        let (root, file) = relative(location.file, roots: roots)
        let whole = location.line <= 0
        func number(_ value: Int?) -> JSONValue { value.map { .int($0) } ?? .null }
        return .object([
            "code": .string(diagnostic.code.rawValue),
            "severity": .string(diagnostic.severity.rawValue),
            "message": .string(diagnostic.message),
            "suggestion": diagnostic.suggestion.map { .string($0) } ?? .null,
            "keyPath": .string(diagnostic.keyPath),
            "root": root.map { .string($0) } ?? .null,
            "file": .string(file),
            "path": .string(location.file),
            "line": whole ? .null : .int(location.line),
            "column": whole ? .null : .int(max(location.column, 1)),
            "endLine": whole ? .null : number(location.endLine),
            "endColumn": whole ? .null : number(location.endColumn),
            "utf16Column": whole ? .null : number(location.utf16Column),
            "utf16EndColumn": whole ? .null : number(location.utf16EndColumn),
        ])
    }

    /// The root a path shown in messages is inside (the longest that matches) and the path inside
    /// it, `""` for the root folder itself; no root and the path as shown when it is in none.
    static func relative(_ path: String, roots: [Root]) -> (root: String?, file: String) {
        var best: (root: String, file: String, length: Int)?
        for root in roots where root.display.count > (best?.length ?? -1) {
            if path == root.display {
                best = (root.name, "", root.display.count)
            } else if path.hasPrefix(root.display + "/") {
                best = (root.name, String(path.dropFirst(root.display.count + 1)), root.display.count)
            }
        }
        return best.map { ($0.root, $0.file) } ?? (nil, path)
    }
}
