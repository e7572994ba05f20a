/// Why a template could not be compiled, and where: 1-based line and column (in characters) and the
/// text of that line, ready for a compiler-style diagnostic.
public struct TemplateSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong, in words: `'{{#page.sessions}}' is never closed with '{{/page.sessions}}'`.
    public var message: String
    public var line: Int
    public var column: Int
    /// The whole line the problem is on, without its line ending.
    public var lineText: String

    public init(message: String, line: Int, column: Int, lineText: String) {
        self.message = message
        self.line = line
        self.column = column
        self.lineText = lineText
    }

    public var description: String { "\(line):\(column): \(message)" }
}

/// A problem found while parsing, at a byte offset; turned into a ``TemplateSyntaxError`` at the end.
struct TemplateParseFailure: Error {
    var message: String
    var offset: Int

    /// Line, column and line text of `offset` in `bytes`.
    func located(in bytes: [UInt8]) -> TemplateSyntaxError {
        let place = TemplatePlace(offset: offset, in: bytes)
        return TemplateSyntaxError(message: message, line: place.line, column: place.column, lineText: place.lineText)
    }
}

/// A place in a template's text: 1-based line and column (in characters) and the line's text.
struct TemplatePlace {
    var line: Int
    var column: Int
    var lineText: String

    /// The place of the UTF-8 offset `offset` in `bytes`.
    init(offset: Int, in bytes: [UInt8]) {
        let offset = min(max(offset, 0), bytes.count)
        var lineStart = offset
        while lineStart > 0, bytes[lineStart - 1] != UInt8(ascii: "\n") { lineStart -= 1 }
        var lineEnd = offset
        while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
        if lineEnd > lineStart, bytes[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
        line = 1 + bytes[..<lineStart].count { $0 == UInt8(ascii: "\n") }
        let before = String(decoding: bytes[lineStart..<max(lineStart, min(offset, lineEnd))], as: UTF8.self)
        column = before.count + 1
        lineText = String(decoding: bytes[lineStart..<lineEnd], as: UTF8.self)
    }
}
