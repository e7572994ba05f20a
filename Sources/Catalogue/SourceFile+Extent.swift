import Yams

extension SourceFile {
    /// How a piece of YAML written at a place ends, to find its extent on its line.
    enum Token {
        /// A plain value: exactly this text.
        case plain(String)
        /// A value in double or single quotes, ending at its closing quote.
        case doubleQuoted, singleQuoted
        /// A `[list]` or `{mapping}`, ending at the bracket that closes it.
        case flow

        /// The token a YAML node starts with, or nil when its end is not on its line by nature
        /// (a block of settings, a list of `- ` items, a `|` or `>` text).
        init?(_ node: Node) {
            switch node {
            case .scalar(let scalar):
                switch scalar.style {
                case .plain, .any: self = .plain(scalar.string)
                case .doubleQuoted: self = .doubleQuoted
                case .singleQuoted: self = .singleQuoted
                case .literal, .folded: return nil
                }
            case .sequence(let sequence): if sequence.style == .flow { self = .flow } else { return nil }
            case .mapping(let mapping): if mapping.style == .flow { self = .flow } else { return nil }
            case .alias: return nil
            }
        }
    }

    /// The column just after `token`, which starts at the 1-based scalar `column` of `line`, when it
    /// ends on that line; nil otherwise. Costs the token's length, never the rest of the line.
    func endColumn(of token: Token, line: Int, column: Int) -> Int? {
        guard line >= 1, line <= lineCount, column >= 1 else { return nil }
        var text = text
        return text.withUTF8 { bytes -> Int? in
            let range = lineRange(line)
            let start = offset(ofColumn: column, line: line, lineBytes: range, in: bytes)
            guard let end = SourceFile.tokenEnd(token, from: start, in: bytes, lineEnd: range.upperBound) else { return nil }
            // One column per scalar: every byte that does not continue a sequence.
            return column + bytes[start..<end].count { $0 & 0xC0 != 0x80 }
        }
    }

    /// The UTF-8 offset just after the token starting at `start`, or nil when it does not end on the line.
    private static func tokenEnd(_ token: Token, from start: Int, in bytes: UnsafeBufferPointer<UInt8>, lineEnd: Int) -> Int? {
        switch token {
        case .plain(let value):
            let utf8 = Array(value.utf8)
            guard !utf8.isEmpty, start + utf8.count <= lineEnd, bytes[start..<(start + utf8.count)].elementsEqual(utf8) else { return nil }
            return start + utf8.count
        case .doubleQuoted, .singleQuoted:
            let quote = UInt8(ascii: token.isDouble ? "\"" : "'")
            guard start < lineEnd, bytes[start] == quote else { return nil }
            var index = start + 1
            while index < lineEnd {
                if token.isDouble, bytes[index] == UInt8(ascii: "\\") { index += 2; continue }
                if bytes[index] == quote {
                    // '' is an apostrophe inside single quotes.
                    if !token.isDouble, index + 1 < lineEnd, bytes[index + 1] == quote { index += 2; continue }
                    return index + 1
                }
                index += 1
            }
            return nil
        case .flow:
            guard start < lineEnd, bytes[start] == UInt8(ascii: "[") || bytes[start] == UInt8(ascii: "{") else { return nil }
            var depth = 0
            var quote: UInt8?
            var index = start
            while index < lineEnd {
                let byte = bytes[index]
                if let open = quote {
                    if open == UInt8(ascii: "\""), byte == UInt8(ascii: "\\") { index += 2; continue }
                    if byte == open { quote = nil }
                } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                    quote = byte
                } else if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") {
                    depth += 1
                } else if byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}") {
                    depth -= 1
                    if depth == 0 { return index + 1 }
                }
                index += 1
            }
            return nil
        }
    }
}

private extension SourceFile.Token {
    var isDouble: Bool { if case .doubleQuoted = self { true } else { false } }
}
