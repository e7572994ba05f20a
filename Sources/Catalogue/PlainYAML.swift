import Foundation
import Yams

/// Builds, without libyaml, the node tree Yams composes for settings written in the plain shapes
/// content uses: block mappings with plain keys, block lists (indented or not), one-line `[lists]`,
/// and one-line plain, 'single-' or "double-quoted" values, with notes and blank lines between.
///
/// Every node is the one Yams would make: the same text, style, tag and mark (line and column in
/// Unicode scalars). Anything else — an empty value, a value over several lines, a `|` text, an
/// anchor, a tag, a tab, a key given twice, an escape in double quotes, unusual indentation, a
/// control character — is declined (nil), and the caller composes with Yams, so every error and its
/// message comes from the one path that has always made them.
enum PlainYAML {
    /// The tree Yams would compose from `yaml`, or nil when this reader is not sure it is.
    static func compose(_ yaml: String) -> Node? {
        var text = yaml
        return text.withUTF8 { bytes in
            guard Scanner.acceptsBytes(bytes) else { return nil }
            var scanner = Scanner(bytes)
            return try? scanner.document()
        }
    }

    /// Not sure: leave it to Yams.
    struct Decline: Error {}

    struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        /// Byte offset where each line starts; a line ends at the next '\n' (or the end).
        var lineStarts: [Int] = []
        /// Tags are made once per file (Yams gives each node its own, of these names), and with one
        /// constructor: `Constructor.default` builds its tables anew on every call.
        let implicitScalar: Tag, stringScalar: Tag, mappingTag: Tag, sequenceTag: Tag

        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
            let constructor = Constructor.default
            implicitScalar = Tag(.implicit, .basic, constructor)
            stringScalar = Tag(.str, .basic, constructor)
            mappingTag = Tag(.implicit, .basic, constructor)
            sequenceTag = Tag(.implicit, .basic, constructor)
            lineStarts.reserveCapacity(64)
            lineStarts.append(0)
            for index in bytes.indices where bytes[index] == 10 { lineStarts.append(index + 1) }
        }

        /// Bytes libyaml refuses or reads in its own way: control characters (tab included), DEL,
        /// C1 controls (NEL is a line break to YAML), U+2028/U+2029, a byte-order mark, U+FFFE/U+FFFF.
        static func acceptsBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                if byte < 0x20 {
                    if byte != 10 { return false }
                } else if byte == 0x7F {
                    return false
                } else if byte == 0xC2 {
                    if index + 1 < count, bytes[index + 1] >= 0x80, bytes[index + 1] <= 0x9F { return false }
                } else if byte == 0xE2 {
                    if index + 2 < count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 { return false }
                } else if byte == 0xEF {
                    if index + 2 < count, bytes[index + 1] == 0xBB, bytes[index + 2] == 0xBF { return false }
                    if index + 2 < count, bytes[index + 1] == 0xBF, bytes[index + 2] >= 0xBE { return false }
                }
                index += 1
            }
            return true
        }

        // MARK: Lines

        var lineCount: Int { lineStarts.count }
        func lineEnd(_ line: Int) -> Int { line + 1 < lineStarts.count ? lineStarts[line + 1] - 1 : bytes.count }
        func indent(_ line: Int) -> Int {
            var index = lineStarts[line]
            let end = lineEnd(line)
            while index < end, bytes[index] == 32 { index += 1 }
            return index - lineStarts[line]
        }
        /// Blank, or only a note.
        func isInsignificant(_ line: Int) -> Bool {
            let start = lineStarts[line] + indent(line)
            return start == lineEnd(line) || bytes[start] == UInt8(ascii: "#")
        }
        /// The first line from `line` on that holds something, nil at the end.
        func significant(from line: Int) -> Int? {
            var line = line
            while line < lineCount {
                if !isInsignificant(line) { return line }
                line += 1
            }
            return nil
        }
        /// The 1-based column of byte `offset` of `line`, counting Unicode scalars as libyaml does.
        func column(_ offset: Int, line: Int) -> Int {
            var column = 1
            var index = lineStarts[line]
            while index < offset {
                if bytes[index] & 0xC0 != 0x80 { column += 1 }
                index += 1
            }
            return column
        }
        func mark(_ offset: Int, line: Int) -> Mark {
            PlainYAML.mark(line: line + 1, column: column(offset, line: line))
        }
        func string(_ range: Range<Int>) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }
        /// True when only spaces, or spaces and then a note, are left on the line from `offset`.
        func restIsEmpty(_ offset: Int, line: Int, noteNeedsSpace: Bool = true) -> Bool {
            let end = lineEnd(line)
            var index = offset
            while index < end, bytes[index] == 32 { index += 1 }
            if index == end { return true }
            return bytes[index] == UInt8(ascii: "#") && (index > offset || !noteNeedsSpace)
        }

        // MARK: Structure

        mutating func document() throws -> Node {
            guard let first = significant(from: 0), indent(first) == 0 else { throw Decline() }
            let (root, next) = try mapping(indent: 0, line: first, start: lineStarts[first])
            guard next == nil else { throw Decline() }
            return root
        }

        /// The length of a plain key at `offset` followed by ':' and a space or the line's end.
        func keyLength(at offset: Int, line: Int) -> Int? {
            let end = lineEnd(line)
            var index = offset
            guard index < end, Scanner.isKeyStart(bytes[index]) else { return nil }
            while index < end, Scanner.isKeyByte(bytes[index]) { index += 1 }
            guard index < end, bytes[index] == UInt8(ascii: ":"), bytes[index - 1] != 32, index - offset <= 200 else { return nil }
            guard index + 1 == end || bytes[index + 1] == 32 else { return nil }
            return index - offset
        }

        static func isKeyStart(_ byte: UInt8) -> Bool {
            (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x5F
        }
        static func isKeyByte(_ byte: UInt8) -> Bool {
            isKeyStart(byte) || byte == 32 || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
        }

        /// A block mapping whose keys are at column `indent` (0-based), the first at `start` on `line`.
        /// Returns it with the next line that holds something, which is not part of it.
        mutating func mapping(indent: Int, line first: Int, start: Int) throws -> (Node, Int?) {
            var pairs: [(Node, Node)] = []
            var keys = KeySet()
            var line = first
            var offset = start
            let mappingMark = mark(start, line: first)
            while true {
                guard let length = keyLength(at: offset, line: line) else { throw Decline() }
                guard keys.insert(offset..<(offset + length), in: bytes) else { throw Decline() }
                let name = string(offset..<(offset + length))
                let key = Node.scalar(.init(name, implicitScalar, .plain, mark(offset, line: line)))
                let afterColon = offset + length + 1
                let value: Node
                var next: Int?
                if restIsEmpty(afterColon, line: line) {
                    (value, next) = try blockValue(below: line, indent: indent)
                } else {
                    var valueStart = afterColon
                    while bytes[valueStart] == 32 { valueStart += 1 }
                    value = try inline(at: valueStart, line: line)
                    next = significant(from: line + 1)
                }
                pairs.append((key, value))
                if let next, self.indent(next) > indent { throw Decline() }  // a value going on, or between two levels
                guard let following = next, self.indent(following) == indent else {
                    return (.mapping(.init(pairs, mappingTag, .any, mappingMark)), next)
                }
                line = following
                offset = lineStarts[line] + indent
                // A list item at the keys' column ends the mapping (the caller decides whether it may).
                if bytes[offset] == UInt8(ascii: "-") { return (.mapping(.init(pairs, mappingTag, .any, mappingMark)), next) }
            }
        }

        /// The value of a key with nothing after its colon: a mapping or list on the lines below.
        mutating func blockValue(below line: Int, indent: Int) throws -> (Node, Int?) {
            guard let next = significant(from: line + 1) else { throw Decline() }
            let nested = self.indent(next)
            let start = lineStarts[next] + nested
            if isItem(start, line: next) {
                guard nested >= indent else { throw Decline() }
                return try sequence(indent: nested, line: next, indentless: nested == indent)
            }
            guard nested > indent else { throw Decline() }  // empty
            return try mapping(indent: nested, line: next, start: start)
        }

        /// `- ` (with something after it on the line) at `offset`.
        func isItem(_ offset: Int, line: Int) -> Bool {
            offset + 1 < lineEnd(line) && bytes[offset] == UInt8(ascii: "-") && bytes[offset + 1] == 32
        }

        /// A block list whose `- ` are at column `indent`, from `line`. `indentless`: written at the
        /// column of the key it belongs to, where libyaml keeps the mapping's indentation.
        mutating func sequence(indent: Int, line first: Int, indentless: Bool) throws -> (Node, Int?) {
            var items: [Node] = []
            var line = first
            var next: Int?
            let sequenceMark = mark(lineStarts[first] + indent, line: first)
            while true {
                let dash = lineStarts[line] + indent
                guard isItem(dash, line: line) else { throw Decline() }
                var start = dash + 2
                while start < lineEnd(line), bytes[start] == 32 { start += 1 }
                if restIsEmpty(start, line: line, noteNeedsSpace: false) { throw Decline() }
                if keyLength(at: start, line: line) != nil {
                    let (item, after) = try mapping(indent: start - lineStarts[line], line: line, start: start)
                    items.append(item)
                    next = after
                } else {
                    items.append(try inline(at: start, line: line))
                    next = significant(from: line + 1)
                }
                guard let following = next else { break }
                let column = self.indent(following)
                if column < indent { break }
                guard column == indent else { throw Decline() }
                if !isItem(lineStarts[following] + indent, line: following) {
                    if indentless { break }
                    throw Decline()
                }
                line = following
            }
            return (.sequence(.init(items, sequenceTag, .any, sequenceMark)), next)
        }

        // MARK: Values on one line

        /// A value written on the rest of `line` from `offset`: a `[list]`, a quoted or a plain scalar.
        mutating func inline(at offset: Int, line: Int) throws -> Node {
            switch bytes[offset] {
            case UInt8(ascii: "["):
                return try flowSequence(at: offset, line: line)
            case UInt8(ascii: "{"):
                return try flowMapping(at: offset, line: line)
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                let (node, end) = try quoted(at: offset, line: line)
                guard restIsEmpty(end, line: line) else { throw Decline() }
                return node
            default:
                return try plain(at: offset, line: line)
            }
        }

        /// Bytes that may not start a plain value (YAML's indicators), and the quotes.
        static func isIndicator(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"),
                 UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"),
                 UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"),
                 UInt8(ascii: "`"), 32:
                return true
            default:
                return false
            }
        }

        /// A plain value to the end of the line or a note (` #`), without the spaces before it.
        func plain(at offset: Int, line: Int) throws -> Node {
            guard !Scanner.isIndicator(bytes[offset]) else { throw Decline() }
            let end = lineEnd(line)
            var index = offset
            var last = offset  // one past the last byte that is not a space
            while index < end {
                let byte = bytes[index]
                if byte == 32 {
                    if index + 1 < end, bytes[index + 1] == UInt8(ascii: "#") { break }
                } else {
                    if byte == UInt8(ascii: ":"), index + 1 == end || bytes[index + 1] == 32 { throw Decline() }
                    last = index + 1
                }
                index += 1
            }
            return .scalar(.init(string(offset..<last), implicitScalar, .plain, mark(offset, line: line)))
        }
    }

    /// The keys of one mapping, to decline one given twice: compared as bytes in place while they are
    /// few (nearly always), hashed when there are many.
    struct KeySet {
        private var ranges: [Range<Int>] = []
        private var names: Set<String>?

        /// False when the key at `range` is there already.
        mutating func insert(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            if names == nil, ranges.count < 32 {
                for other in ranges where other.count == range.count
                    && memcmp(bytes.baseAddress! + other.lowerBound, bytes.baseAddress! + range.lowerBound, range.count) == 0 {
                    return false
                }
                ranges.append(range)
                return true
            }
            if names == nil { names = Set(ranges.map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self) }) }
            return names!.insert(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)).inserted
        }
    }

    /// Yams's `Mark` has no public initialiser; it is two `Int`s, line then column.
    static func mark(line: Int, column: Int) -> Mark {
        unsafeBitCast(MarkLayout(line: line, column: column), to: Mark.self)
    }

    private struct MarkLayout {
        let line: Int
        let column: Int
    }
}
