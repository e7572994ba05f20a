/// A JSON value written deterministically: object keys sorted by their UTF-8 bytes, numbers in one
/// fixed form, no dependence on locale or hash order. The one way Prospectus writes JSON:
/// `catalogue.json`, its schema, JSON-LD and the search index; `changes.json` and the history files
/// (`JSONValue(encoding:)` turns their `Codable` values into it); `check --json`; the preview's status.
package enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])
    /// Text already written as JSON in the style and at the depth where it goes (`text(style:depth:)`):
    /// how the preview splices in pieces it kept from its previous rebuild.
    case raw(String)

    /// `.string(value)`, or `.null` when there is no text.
    package static func text(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }
    /// `.int(value)`, or `.null`.
    package static func integer(_ value: Int?) -> JSONValue { value.map { .int($0) } ?? .null }
    /// `.bool(value)`, or `.null`.
    package static func flag(_ value: Bool?) -> JSONValue { value.map { .bool($0) } ?? .null }
    /// A number that is written without a fraction when it is whole (`6`, `1.5`), or `.null`.
    package static func number(_ value: Double?) -> JSONValue {
        guard let value else { return .null }
        if value == value.rounded(), abs(value) < 1e15 { return .int(Int(value)) }
        return .double(value)
    }
    /// An array of strings.
    package static func strings(_ values: [String]) -> JSONValue { .array(values.map { .string($0) }) }

    /// How the text is laid out and escaped.
    package struct Style: Sendable {
        /// Two-space indentation and one member per line (for files people read and diff).
        package var pretty: Bool
        /// Escape `<`, `>`, `&`, U+2028 and U+2029 as `\uXXXX`, so the text can sit inside an HTML
        /// `<script>` element without ever closing it or starting a comment.
        package var scriptSafe: Bool
        /// The layout Foundation's `JSONEncoder` (`.prettyPrinted`) gave the history files and
        /// `changes.json` when they were first written, kept so they do not change: `"key" : value`,
        /// a blank line inside an empty `[ ]` or `{ }`, DEL not escaped, no line break at the end.
        package var encoderLayout = false

        package init(pretty: Bool, scriptSafe: Bool, encoderLayout: Bool = false) {
            self.pretty = pretty
            self.scriptSafe = scriptSafe
            self.encoderLayout = encoderLayout
        }

        /// `catalogue.json` and its schema.
        package static let file = Style(pretty: true, scriptSafe: false)
        /// Inside an HTML `<script>` element (JSON-LD, the search index).
        package static let script = Style(pretty: false, scriptSafe: true)
        /// The history files, `changes.json` and `check --json`.
        package static let record = Style(pretty: true, scriptSafe: false, encoderLayout: true)
        /// One line, nothing escaped beyond JSON's own needs (the preview's status).
        package static let compact = Style(pretty: false, scriptSafe: false)
    }

    /// The JSON text (a file written with `.file` ends with a newline).
    package func rendered(_ style: Style = .file) -> String {
        var out = ""
        // Documents spliced from written pieces (the preview's) are large: grow the text once.
        let pieces = rawSize
        if pieces > 4096 { out.reserveCapacity(pieces + pieces / 8) }
        write(into: &out, style: style, depth: 0)
        if style.pretty && !style.encoderLayout { out += "\n" }
        return out
    }

    /// The bytes of the `.raw` pieces in the value (one level of arrays and objects deep).
    private var rawSize: Int {
        switch self {
        case .raw(let text): return text.utf8.count
        case .array(let items): return items.reduce(0) { if case .raw(let text) = $1 { $0 + text.utf8.count } else { $0 } }
        case .object(let members): return members.values.reduce(0) { $0 + $1.rawSize }
        default: return 0
        }
    }

    /// The value's text as it is written at `depth` in a document of `style` (for `.raw`).
    package func text(style: Style, depth: Int) -> String {
        var out = ""
        write(into: &out, style: style, depth: depth)
        return out
    }

    /// The text `rendered(style)` gives, in pieces to be written one after another: each `.raw`
    /// piece is one of them, as it is, so a document spliced from large pieces (`catalogue.json`'s
    /// courses) is never copied into one string.
    package func renderedPieces(_ style: Style = .file) -> [String] {
        var out = ""
        var pieces: [String]? = []
        write(into: &out, style: style, depth: 0, pieces: &pieces)
        if style.pretty && !style.encoderLayout { out += "\n" }
        if !out.isEmpty { pieces!.append(out) }
        return pieces!
    }

    /// Writes the value's text into `out` as it is written at `depth` in a document of `style`.
    func write(into out: inout String, style: Style, depth: Int) {
        var pieces: [String]?
        write(into: &out, style: style, depth: depth, pieces: &pieces)
    }

    /// Writes the value into `out`; with `pieces`, `.raw` text is added to them instead (after what
    /// `out` holds so far, which then starts again empty).
    private func write(into out: inout String, style: Style, depth: Int, pieces: inout [String]?) {
        switch self {
        case .raw(let text):
            if pieces != nil {
                if !out.isEmpty { pieces!.append(out) }
                out = ""
                pieces!.append(text)
            } else {
                out += text
            }
        case .null: out += "null"
        case .bool(let flag): out += flag ? "true" : "false"
        case .int(let number): out += String(number)
        case .double(let number): out += number.isFinite ? "\(number)" : "null"
        case .string(let text): JSONValue.writeString(text, into: &out, style: style)
        case .array(let items):
            if items.isEmpty { JSONValue.emptyContainer("[", "]", into: &out, style, depth); return }
            out += "["
            for (position, item) in items.enumerated() {
                if position > 0 { out += "," }
                JSONValue.newline(&out, style, depth + 1)
                item.write(into: &out, style: style, depth: depth + 1, pieces: &pieces)
            }
            JSONValue.newline(&out, style, depth)
            out += "]"
        case .object(let members):
            if members.isEmpty { JSONValue.emptyContainer("{", "}", into: &out, style, depth); return }
            out += "{"
            // Sorted by the keys' bytes, with their values (no lookup per key).
            for (position, member) in members.sorted(by: { JSONValue.bytesPrecede($0.key, $1.key) }).enumerated() {
                if position > 0 { out += "," }
                JSONValue.newline(&out, style, depth + 1)
                JSONValue.writeString(member.key, into: &out, style: style)
                out += style.pretty ? (style.encoderLayout ? " : " : ": ") : ":"
                member.value.write(into: &out, style: style, depth: depth + 1, pieces: &pieces)
            }
            JSONValue.newline(&out, style, depth)
            out += "}"
        }
    }

    /// `[]`, or in the encoder's layout a blank line between the brackets.
    static func emptyContainer(_ open: String, _ close: String, into out: inout String, _ style: Style, _ depth: Int) {
        out += open
        if style.pretty && style.encoderLayout {
            out += "\n"
            JSONValue.newline(&out, style, depth)
        }
        out += close
    }

    /// Indentation strings for the usual depths, made once.
    private static let indents = (0..<16).map { String(repeating: "  ", count: $0) }

    static func newline(_ out: inout String, _ style: Style, _ depth: Int) {
        guard style.pretty else { return }
        out += "\n"
        out += depth < JSONValue.indents.count ? JSONValue.indents[depth] : String(repeating: "  ", count: depth)
    }

    /// `newline` for UTF-8 bytes.
    static func newline(_ out: inout [UInt8], _ style: Style, _ depth: Int) {
        guard style.pretty else { return }
        out.append(UInt8(ascii: "\n"))
        if 2 * depth <= spaces.count {
            out.append(contentsOf: spaces[..<(2 * depth)])
        } else {
            out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
        }
    }

    /// Spaces for the indentation of the usual depths.
    private static let spaces = [UInt8](repeating: UInt8(ascii: " "), count: 32)

    /// Whether `a`'s UTF-8 bytes sort before `b`'s (a byte comparison, not `String`'s Unicode order).
    static func bytesPrecede(_ a: String, _ b: String) -> Bool {
        let fast = a.utf8.withContiguousStorageIfAvailable { first in
            b.utf8.withContiguousStorageIfAvailable { second -> Bool in
                for index in 0..<min(first.count, second.count) where first[index] != second[index] {
                    return first[index] < second[index]
                }
                return first.count < second.count
            }
        }
        return (fast ?? nil) ?? a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped.
    ///
    /// Most strings (slugs, titles, dates) have nothing to escape: they are appended whole, after one
    /// scan of their bytes; the others are written by the byte writer below.
    static func writeString(_ text: String, into out: inout String, style: Style) {
        let plain: Bool? = text.utf8.withContiguousStorageIfAvailable { bytes in
            firstEscapable(bytes, from: 0, style: style) == bytes.count
        }
        if plain == true {
            out += "\""
            out += text
            out += "\""
            return
        }
        var bytes: [UInt8] = []
        writeString(text, into: &bytes, style: style)
        out += String(decoding: bytes, as: UTF8.self)
    }

    /// A JSON string literal appended to UTF-8 bytes (as `writeString(_:into:style:)` writes it).
    ///
    /// Works on the UTF-8 bytes and appends the runs that need no escaping whole, so a long HTML
    /// body with a few line breaks costs a handful of appends rather than one per character.
    package static func writeString(_ text: String, into out: inout [UInt8], style: Style) {
        let scriptSafe = style.scriptSafe, escapesDelete = !style.encoderLayout
        var text = text
        text.withUTF8 { bytes in
            out.append(UInt8(ascii: "\""))
            let count = bytes.count
            var runStart = 0
            var index = 0
            while index < count {
                index = firstEscapable(bytes, from: index, style: style)
                guard index < count else { break }
                let byte = bytes[index]
                // What the byte becomes: a backslash and a letter, or a `\\u` escape; or nothing.
                var letter: UInt8 = 0, unicode: UInt32?
                var resume = index + 1
                switch byte {
                case 34, 92: letter = byte
                case 10: letter = UInt8(ascii: "n")
                case 13: letter = UInt8(ascii: "r")
                case 9: letter = UInt8(ascii: "t")
                case 8: letter = UInt8(ascii: "b")
                case 12: letter = UInt8(ascii: "f")
                case 0..<0x20: unicode = UInt32(byte)
                case 0x7F where escapesDelete: unicode = UInt32(byte)
                case 60 where scriptSafe, 62 where scriptSafe, 38 where scriptSafe: unicode = UInt32(byte)
                case 0xE2 where scriptSafe:
                    // U+2028 and U+2029 (E2 80 A8 / E2 80 A9) end a string literal in older script engines.
                    if index + 2 < count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 {
                        unicode = bytes[index + 2] == 0xA8 ? 0x2028 : 0x2029
                        resume = index + 3
                    }
                default: break
                }
                if letter != 0 || unicode != nil {
                    // Runs start and end between whole characters (after ASCII or a whole U+2028/9).
                    if runStart != index { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
                    out.append(UInt8(ascii: "\\"))
                    if let unicode {
                        out.append(UInt8(ascii: "u"))
                        out.append(hexDigits[Int(unicode >> 12 & 0xF)])
                        out.append(hexDigits[Int(unicode >> 8 & 0xF)])
                        out.append(hexDigits[Int(unicode >> 4 & 0xF)])
                        out.append(hexDigits[Int(unicode & 0xF)])
                    } else {
                        out.append(letter)
                    }
                    runStart = resume
                }
                index = resume
            }
            if runStart != count { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...])) }
            out.append(UInt8(ascii: "\""))
        }
    }

    /// The position of the first byte from `start` on that `style` may escape (`escapable`), or the
    /// end. Eight bytes at a time while none of them is one (the bytes of a long description are
    /// nearly all plain): a byte below 0x20 or equal to one of the few others is found by the usual
    /// word-at-a-time tests, exact for the word as a whole.
    @inline(__always)
    static func firstEscapable(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, style: Style) -> Int {
        let count = bytes.count, table = escapeTable(style)
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        /// True when some byte of `word` is zero.
        func hasZero(_ word: UInt64) -> Bool { (word &- ones) & ~word & highs != 0 }
        let scriptSafe = style.scriptSafe, escapesDelete = !style.encoderLayout
        var index = start
        while index + 8 <= count {
            let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
            var found = (word &- ones &* 0x20) & ~word & highs != 0
                || hasZero(word ^ (ones &* 0x22)) || hasZero(word ^ (ones &* 0x5C))
            if escapesDelete { found = found || hasZero(word ^ (ones &* 0x7F)) }
            if scriptSafe {
                found = found || hasZero(word ^ (ones &* 0x3C)) || hasZero(word ^ (ones &* 0x3E))
                    || hasZero(word ^ (ones &* 0x26)) || hasZero(word ^ (ones &* 0xE2))
            }
            if found { break }
            index += 8
        }
        return escapable.withUnsafeBufferPointer { flags in
            while index < count, !flags[table + Int(bytes[index])] { index += 1 }
            return index
        }
    }

    /// Where the style's row starts in `escapable`.
    private static func escapeTable(_ style: Style) -> Int { (style.scriptSafe ? 512 : 0) + (style.encoderLayout ? 0 : 256) }

    /// The decimal digits of `number`, as `String(number)` writes them.
    package static func writeInteger(_ number: Int, into out: inout [UInt8]) {
        guard number < 0 || number >= 10 else {
            out.append(UInt8(truncatingIfNeeded: 0x30 + number))
            return
        }
        guard number > Int.min else {
            out.append(contentsOf: String(number).utf8)
            return
        }
        if number < 0 { out.append(UInt8(ascii: "-")) }
        var magnitude = abs(number), divisor = 1
        while magnitude / divisor >= 10 { divisor *= 10 }
        while divisor > 0 {
            out.append(UInt8(truncatingIfNeeded: 0x30 + magnitude / divisor))
            magnitude %= divisor
            divisor /= 10
        }
    }

    /// For each style (`scriptSafe` adds 512, escaping DEL 256) and byte, whether `writeString` may
    /// escape the byte: quotes, backslashes and control characters; DEL; `<`, `>`, `&` and the first
    /// byte of U+2028 and U+2029 in script-safe text.
    private static let escapable: [Bool] = (0..<1024).map { entry in
        let byte = entry & 0xFF, escapesDelete = entry & 256 != 0, scriptSafe = entry & 512 != 0
        return byte < 0x20 || byte == 34 || byte == 92 || (byte == 0x7F && escapesDelete)
            || (scriptSafe && (byte == 60 || byte == 62 || byte == 38 || byte == 0xE2))
    }

    /// `0`–`9`, `a`–`f`.
    private static let hexDigits = Array("0123456789abcdef".utf8)
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral {
    package init(stringLiteral value: String) { self = .string(value) }
    package init(integerLiteral value: Int) { self = .int(value) }
    package init(booleanLiteral value: Bool) { self = .bool(value) }
    package init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    package init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
    package init(nilLiteral: ()) { self = .null }
}
