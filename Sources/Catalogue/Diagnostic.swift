/// A problem found in the content, with the place an editor has to look.
///
/// Errors stop the build; warnings are printed and the site is still published.
public struct Diagnostic: Error, Sendable, Equatable, Hashable {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable, Codable, Comparable {
        case warning
        case error

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .warning && rhs == .error
        }
    }

    public var severity: Severity
    /// The kind of mistake, the same whatever the message says: what tools match on.
    public var code: DiagnosticCode
    /// Where the problem is: file (as the editor would type it), line and column, both 1-based.
    public var location: SourceLocation
    /// Dotted key path inside the front matter, e.g. `sessions[1].date`; empty for the file itself.
    public var keyPath: String
    /// What is wrong, in plain English.
    public var message: String
    /// How to fix it, where one can be guessed: "did you mean 'teachers'?".
    public var suggestion: String?

    public init(
        _ severity: Severity, _ code: DiagnosticCode, at location: SourceLocation, keyPath: String = "",
        _ message: String, suggestion: String? = nil
    ) {
        assert(code.severity == severity, "\(code.rawValue) is registered as a \(code.severity.rawValue)")
        self.severity = severity
        self.code = code
        self.location = location
        // Messages quote what the editor wrote, which may hold a control character (an escape such
        // as "\u001b" in a date): it is shown as U+001B, never sent to the terminal or overlay raw.
        self.keyPath = ControlCharacters.visible(keyPath)
        self.message = ControlCharacters.visible(message)
        self.suggestion = suggestion.map(ControlCharacters.visible)
    }

    public static func error(
        _ code: DiagnosticCode, at location: SourceLocation, keyPath: String = "", _ message: String, suggestion: String? = nil
    ) -> Diagnostic {
        Diagnostic(.error, code, at: location, keyPath: keyPath, message, suggestion: suggestion)
    }

    public static func warning(
        _ code: DiagnosticCode, at location: SourceLocation, keyPath: String = "", _ message: String, suggestion: String? = nil
    ) -> Diagnostic {
        Diagnostic(.warning, code, at: location, keyPath: keyPath, message, suggestion: suggestion)
    }

    /// The message with its key path (`… in sessions[1].date`), unless the message already names
    /// the key, and the suggestion in brackets.
    public var explanation: String {
        var text = message
        if !keyPath.isEmpty, !message.contains("'\(keyPath)'") { text += " in \(keyPath)" }
        if let suggestion { text += " (\(suggestion))" }
        return text
    }

    /// The one-line form compilers use: `file:line:col: error: message in key (suggestion)`.
    public var summary: String {
        "\(location): \(severity.rawValue): \(explanation)"
    }
}

extension Diagnostic: Comparable {
    /// Sorted by file, then line, then column, then errors before warnings.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.location.file != rhs.location.file { return lhs.location.file < rhs.location.file }
        if lhs.location.line != rhs.location.line { return lhs.location.line < rhs.location.line }
        if lhs.location.column != rhs.location.column { return lhs.location.column < rhs.location.column }
        if lhs.severity != rhs.severity { return lhs.severity > rhs.severity }
        return lhs.message < rhs.message
    }
}

extension Array where Element == Diagnostic {
    /// True when any diagnostic is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }
    public var errorCount: Int { count { $0.severity == .error } }
    public var warningCount: Int { count { $0.severity == .warning } }
}
