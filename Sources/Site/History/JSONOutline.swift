/// The shape of a JSON text with the line and column of every value: enough to say where a damaged
/// file goes wrong, which `JSONDecoder` does not.
///
/// It checks the syntax strictly (as `JSONDecoder` does) and keeps no values, only positions.
struct JSONOutline: Sendable {
    /// 1-based line and column (columns count Unicode scalars, as editors' columns do).
    var line: Int
    var column: Int
    /// An object's members by key (the first of a repeated key), or an array's elements.
    var members: [String: JSONOutline] = [:]
    var elements: [JSONOutline] = []

    /// A place in the text, and what is wrong there.
    struct SyntaxError: Error, Sendable {
        var line: Int
        var column: Int
        var message: String
    }

    /// The outline of `bytes`, or the first syntax error.
    static func parse(_ bytes: [UInt8]) throws(SyntaxError) -> JSONOutline {
        var scanner = Scanner(bytes: bytes)
        let outline = try scanner.value(depth: 0)
        scanner.skipSpace()
        if scanner.index < bytes.count { throw scanner.fail("unexpected text after the end of the JSON") }
        return outline
    }

    /// The value at a decoding path (keys and array indices), or the nearest enclosing one.
    func nearest(_ path: [any CodingKey]) -> JSONOutline {
        var node = self
        for key in path {
            if let index = key.intValue, index < node.elements.count {
                node = node.elements[index]
            } else if let member = node.members[key.stringValue] {
                node = member
            } else {
                break
            }
        }
        return node
    }

    private struct Scanner {
        let bytes: [UInt8]
        var index = 0
        var line = 1
        var lineStart = 0
        static let maximumDepth = 256

        mutating func skipSpace() {
            while index < bytes.count {
                switch bytes[index] {
                case 0x20, 0x09, 0x0D: index += 1
                case 0x0A:
                    index += 1
                    line += 1
                    lineStart = index
                default: return
                }
            }
        }

        var column: Int {
            var column = 1
            for byte in bytes[lineStart..<min(index, bytes.count)] where byte & 0xC0 != 0x80 { column += 1 }
            return column
        }

        func fail(_ message: String) -> SyntaxError { SyntaxError(line: line, column: column, message: message) }

        mutating func value(depth: Int) throws(SyntaxError) -> JSONOutline {
            skipSpace()
            guard index < bytes.count else { throw fail("the file ends where a value should be") }
            guard depth < Self.maximumDepth else { throw fail("the values are nested too deeply") }
            var node = JSONOutline(line: line, column: column)
            switch bytes[index] {
            case UInt8(ascii: "{"):
                index += 1
                skipSpace()
                if index < bytes.count, bytes[index] == UInt8(ascii: "}") { index += 1; return node }
                while true {
                    skipSpace()
                    guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw fail("expected a key in double quotes") }
                    let key = try string()
                    skipSpace()
                    guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw fail("expected ':' after the key") }
                    index += 1
                    let member = try value(depth: depth + 1)
                    if node.members[key] == nil { node.members[key] = member }
                    skipSpace()
                    guard index < bytes.count else { throw fail("the file ends inside an object (a '}' is missing)") }
                    if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                    if bytes[index] == UInt8(ascii: "}") { index += 1; return node }
                    throw fail("expected ',' or '}'")
                }
            case UInt8(ascii: "["):
                index += 1
                skipSpace()
                if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1; return node }
                while true {
                    node.elements.append(try value(depth: depth + 1))
                    skipSpace()
                    guard index < bytes.count else { throw fail("the file ends inside a list (a ']' is missing)") }
                    if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                    if bytes[index] == UInt8(ascii: "]") { index += 1; return node }
                    throw fail("expected ',' or ']'")
                }
            case UInt8(ascii: "\""):
                _ = try string()
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                try number()
            case UInt8(ascii: "t"): try literal("true")
            case UInt8(ascii: "f"): try literal("false")
            case UInt8(ascii: "n"): try literal("null")
            default:
                throw fail("unexpected character where a value should be")
            }
            return node
        }

        /// A string starting at the opening quote; its raw bytes (escapes not decoded; keys need none).
        mutating func string() throws(SyntaxError) -> String {
            index += 1
            let start = index
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    let text = String(decoding: bytes[start..<index], as: UTF8.self)
                    index += 1
                    return text
                }
                if byte < 0x20 { throw fail("a line break or control character inside a string (a '\"' is missing?)") }
                if byte == UInt8(ascii: "\\") {
                    index += 1
                    guard index < bytes.count else { break }
                    switch bytes[index] {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                         UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                        index += 1
                    case UInt8(ascii: "u"):
                        let hex = bytes[(index + 1)..<min(index + 5, bytes.count)]
                        guard hex.count == 4, hex.allSatisfy({ isHexDigit($0) }) else { throw fail("'\\u' must be followed by four hex digits") }
                        index += 5
                    default:
                        throw fail("unknown escape in a string")
                    }
                    continue
                }
                index += 1
            }
            throw fail("the file ends inside a string (a '\"' is missing)")
        }

        mutating func number() throws(SyntaxError) {
            if bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard try digits() > 0 else { throw fail("expected a digit") }
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                index += 1
                guard try digits() > 0 else { throw fail("expected a digit after '.'") }
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
                index += 1
                if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
                guard try digits() > 0 else { throw fail("expected a digit in the exponent") }
            }
        }

        mutating func digits() throws(SyntaxError) -> Int {
            let start = index
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
            return index - start
        }

        mutating func literal(_ word: String) throws(SyntaxError) {
            let expected = Array(word.utf8)
            guard bytes[index...].starts(with: expected) else { throw fail("unexpected word where a value should be (true, false, null, a number, a string, '{' or '[')") }
            index += expected.count
        }

        func isHexDigit(_ byte: UInt8) -> Bool {
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
                || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
        }
    }
}
