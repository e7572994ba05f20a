import Catalogue

/// Something a build tells whoever runs it that is not a mistake in the content, such as where the
/// history behind "What's new" came from when it was not where it is kept.
public struct BuildNotice: Sendable, Hashable {
    /// A note is for information; a warning asks for something to be checked.
    public enum Level: String, Sendable {
        case note, warning
    }

    public var level: Level
    /// The kind of a warning, as `check` reports it among the diagnostics; nil for a note.
    public var code: DiagnosticCode?
    /// The file the notice is about, as messages show it (`Content/history/2026-27.json`).
    public var file: String
    public var message: String
    public var suggestion: String?

    /// A warning needs its `code`; a note has none.
    public init(_ level: Level, _ code: DiagnosticCode? = nil, file: String, _ message: String, suggestion: String? = nil) {
        assert((level == .warning) == (code != nil), "a warning has a code, a note none")
        self.level = level
        self.code = code
        self.file = file
        self.message = message
        self.suggestion = suggestion
    }

    /// The warning as a diagnostic of the file as a whole, as `check` counts it; nil for a note.
    public var diagnostic: Diagnostic? {
        guard level == .warning, let code else { return nil }
        return .warning(code, at: SourceLocation(file: file), message, suggestion: suggestion)
    }

    /// `Content/history/2026-27.json: warning: message (suggestion)`.
    public var summary: String {
        "\(file): \(level.rawValue): \(message)" + (suggestion.map { " (\($0))" } ?? "")
    }
}
