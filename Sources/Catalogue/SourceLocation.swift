/// A place in a content file: the path as shown to the editor, and a 1-based line and column.
///
/// Line 0 means "the file as a whole" (it could not be read, or the problem has no single place).
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    /// The text of that line, to be quoted under the message with a caret.
    public var lineText: String?

    public init(file: String, line: Int = 0, column: Int = 0, lineText: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.lineText = lineText
    }

    public var description: String {
        line > 0 ? "\(file):\(line):\(max(column, 1))" : file
    }
}
