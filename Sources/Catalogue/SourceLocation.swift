/// A place in a content file: the path as shown to the editor, and a 1-based line and column.
///
/// Line 0 means "the file as a whole" (it could not be read, or the problem has no single place).
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    /// The text of that line, to be quoted under the message with a caret: the whole line when it
    /// is short, otherwise at most 120 characters around the column with "…" where it was cut.
    public var lineText: String?
    /// Where the caret goes in `lineText`: the 1-based character position of `column` there (the
    /// same as `column` unless the start of a long line was cut).
    public var caretColumn: Int
    /// `column` counted in UTF-16 code units, as editors speaking LSP count (1-based); nil when the
    /// line's text is not known.
    public var utf16Column: Int?
    /// Where the offending text ends, when it is known (a value, a name, a link on one line): the
    /// line, and the column just after its last character (exclusive, like an LSP range's end).
    public var endLine: Int?
    public var endColumn: Int?
    /// `endColumn` in UTF-16 code units.
    public var utf16EndColumn: Int?

    /// A location quoting `lineText` around `column` (counted in characters); a long line is cut
    /// to a window around the column.
    public init(file: String, line: Int = 0, column: Int = 0, lineText: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.utf16Column = line > 0 ? lineText.map { SourceLocation.utf16Column(column, in: $0) } ?? (column == 1 ? 1 : nil) : nil
        if let lineText, lineText.utf8.count > LineExcerpt.width {
            let excerpt = LineExcerpt(lineText, column: column)
            self.lineText = excerpt.text
            self.caretColumn = excerpt.caretColumn
        } else {
            // Never a control character to the terminal or the preview: shown as a symbol (␀, ␛).
            self.lineText = lineText.map(LineExcerpt.visible)
            self.caretColumn = column
        }
    }

    /// A location quoting an excerpt already cut (by `SourceFile`).
    init(file: String, line: Int, column: Int, excerpt: LineExcerpt?) {
        self.file = file
        self.line = line
        self.column = column
        self.lineText = excerpt?.text
        self.caretColumn = excerpt?.caretColumn ?? column
    }

    /// Marks where the offending text ends on this location's line: `text`, when `lineText` (the
    /// whole line) holds it at the column.
    public mutating func end(at text: String, in lineText: String) {
        let scalars = Array(lineText.unicodeScalars)
        let start = column - 1
        let written = Array(text.unicodeScalars)
        guard line > 0, start >= 0, !written.isEmpty, start + written.count <= scalars.count,
              Array(scalars[start..<(start + written.count)]) == written else { return }
        endLine = line
        endColumn = column + written.count
        utf16EndColumn = SourceLocation.utf16Column(column + written.count, in: lineText)
    }

    /// The UTF-16 column of the 1-based scalar `column` of `line`.
    static func utf16Column(_ column: Int, in line: String) -> Int {
        line.unicodeScalars.prefix(max(0, column - 1)).reduce(1) { $0 + UTF16.width($1) }
    }

    public var description: String {
        line > 0 ? "\(file):\(line):\(max(column, 1))" : file
    }
}
