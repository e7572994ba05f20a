/// Something a build tells whoever runs it that is not a mistake in the content, such as where the
/// history behind "What's new" came from when it was not where it is kept.
public struct BuildNotice: Sendable, Hashable {
    /// A note is for information; a warning asks for something to be checked.
    public enum Level: String, Sendable {
        case note, warning
    }

    public var level: Level
    /// The file the notice is about, as messages show it (`Content/history/2026-27.json`).
    public var file: String
    public var message: String
    public var suggestion: String?

    public init(_ level: Level, file: String, _ message: String, suggestion: String? = nil) {
        self.level = level
        self.file = file
        self.message = message
        self.suggestion = suggestion
    }

    /// `Content/history/2026-27.json: warning: message (suggestion)`.
    public var summary: String {
        "\(file): \(level.rawValue): \(message)" + (suggestion.map { " (\($0))" } ?? "")
    }
}
