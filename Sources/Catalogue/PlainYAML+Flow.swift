import Yams

/// The values `PlainYAML` reads inside one line: quoted text, `[lists]` and `{ key: value }` groups.
extension PlainYAML.Scanner {
    /// A quoted value that closes on its line, with the offset just after its closing quote.
    /// Double quotes with a '\' in them (an escape) are left to Yams.
    func quoted(at offset: Int, line: Int) throws -> (Node, Int) {
        let quote = bytes[offset]
        let end = lineEnd(line)
        var index = offset + 1
        if quote == UInt8(ascii: "\"") {
            while index < end, bytes[index] != quote {
                if bytes[index] == UInt8(ascii: "\\") { throw PlainYAML.Decline() }
                index += 1
            }
            guard index < end else { throw PlainYAML.Decline() }
            let node = Node.scalar(.init(string((offset + 1)..<index), stringScalar, .doubleQuoted, mark(offset, line: line)))
            return (node, index + 1)
        }
        var text: [UInt8] = []
        while true {
            guard index < end else { throw PlainYAML.Decline() }
            if bytes[index] == quote {
                if index + 1 < end, bytes[index + 1] == quote {
                    text.append(quote)
                    index += 2
                    continue
                }
                break
            }
            text.append(bytes[index])
            index += 1
        }
        let node = Node.scalar(.init(String(decoding: text, as: UTF8.self), stringScalar, .singleQuoted, mark(offset, line: line)))
        return (node, index + 1)
    }

    /// A scalar inside brackets or braces, to the next ',' or `closing`: plain (without ':', '#',
    /// '?', brackets or quotes) or quoted. Returns it with the offset of the ',' or `closing` after it.
    func flowScalar(at offset: Int, line: Int, closing: UInt8) throws -> (Node, Int) {
        let end = lineEnd(line)
        var index = offset
        if bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") {
            let (item, after) = try quoted(at: index, line: line)
            index = after
            while index < end, bytes[index] == 32 { index += 1 }
            guard index < end, bytes[index] == UInt8(ascii: ",") || bytes[index] == closing else { throw PlainYAML.Decline() }
            return (item, index)
        }
        guard !PlainYAML.Scanner.isIndicator(bytes[index]) else { throw PlainYAML.Decline() }
        var last = index
        while index < end, bytes[index] != UInt8(ascii: ","), bytes[index] != closing {
            switch bytes[index] {
            case UInt8(ascii: ":"), UInt8(ascii: "#"), UInt8(ascii: "?"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"),
                 UInt8(ascii: "}"), UInt8(ascii: "\""), UInt8(ascii: "'"):
                throw PlainYAML.Decline()
            case 32: break
            default: last = index + 1
            }
            index += 1
        }
        guard index < end else { throw PlainYAML.Decline() }
        return (.scalar(.init(string(offset..<last), implicitScalar, .plain, mark(offset, line: line))), index)
    }

    /// `{ name: Autumn, starts: 2026-09-01 }` on one line: plain keys, values as in `flowScalar`.
    func flowMapping(at offset: Int, line: Int) throws -> Node {
        let end = lineEnd(line)
        var pairs: [(Node, Node)] = []
        var keys = PlainYAML.KeySet()
        var index = offset + 1
        while true {
            while index < end, bytes[index] == 32 { index += 1 }
            guard index < end, PlainYAML.Scanner.isKeyStart(bytes[index]) else { throw PlainYAML.Decline() }  // `{}`, `{ , }`: Yams
            let keyStart = index
            while index < end, PlainYAML.Scanner.isKeyByte(bytes[index]), bytes[index] != 32 { index += 1 }
            guard index + 1 < end, bytes[index] == UInt8(ascii: ":"), bytes[index + 1] == 32 else { throw PlainYAML.Decline() }
            guard keys.insert(keyStart..<index, in: bytes) else { throw PlainYAML.Decline() }
            let name = string(keyStart..<index)
            index += 2
            while index < end, bytes[index] == 32 { index += 1 }
            guard index < end, bytes[index] != UInt8(ascii: ","), bytes[index] != UInt8(ascii: "}") else { throw PlainYAML.Decline() }
            let value: Node
            (value, index) = try flowScalar(at: index, line: line, closing: UInt8(ascii: "}"))
            pairs.append((.scalar(.init(name, implicitScalar, .plain, mark(keyStart, line: line))), value))
            index += 1
            if bytes[index - 1] == UInt8(ascii: "}") { break }
        }
        guard restIsEmpty(index, line: line) else { throw PlainYAML.Decline() }
        return .mapping(.init(pairs, mappingTag, .any, mark(offset, line: line)))
    }

    /// `[a, "b", c]` on one line: plain items without ':', '#', '?' or brackets, or quoted ones.
    func flowSequence(at offset: Int, line: Int) throws -> Node {
        let end = lineEnd(line)
        var items: [Node] = []
        var index = offset + 1
        while true {
            while index < end, bytes[index] == 32 { index += 1 }
            guard index < end else { throw PlainYAML.Decline() }
            if bytes[index] == UInt8(ascii: "]") {
                guard items.isEmpty else { throw PlainYAML.Decline() }  // `[a, ]`
                index += 1
                break
            }
            let item: Node
            (item, index) = try flowScalar(at: index, line: line, closing: UInt8(ascii: "]"))
            items.append(item)
            guard index < end else { throw PlainYAML.Decline() }
            if bytes[index] == UInt8(ascii: "]") {
                index += 1
                break
            }
            guard bytes[index] == UInt8(ascii: ",") else { throw PlainYAML.Decline() }
            index += 1
            // `[a, ]` and `[a,]`: a trailing comma is left to Yams.
            var peek = index
            while peek < end, bytes[peek] == 32 { peek += 1 }
            guard peek < end, bytes[peek] != UInt8(ascii: "]"), bytes[peek] != UInt8(ascii: ",") else { throw PlainYAML.Decline() }
        }
        guard restIsEmpty(index, line: line) else { throw PlainYAML.Decline() }
        return .sequence(.init(items, sequenceTag, .any, mark(offset, line: line)))
    }
}
