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

    private func write(into out: inout String, style: Style, depth: Int) {
        switch self {
        case .raw(let text): out += text
        case .null: out += "null"
        case .bool(let flag): out += flag ? "true" : "false"
        case .int(let number): out += String(number)
        case .double(let number): out += number.isFinite ? "\(number)" : "null"
        case .string(let text): JSONValue.writeString(text, into: &out, style: style)
        case .array(let items):
            if items.isEmpty { emptyContainer("[", "]", into: &out, style, depth); return }
            out += "["
            for (position, item) in items.enumerated() {
                if position > 0 { out += "," }
                newline(&out, style, depth + 1)
                item.write(into: &out, style: style, depth: depth + 1)
            }
            newline(&out, style, depth)
            out += "]"
        case .object(let members):
            if members.isEmpty { emptyContainer("{", "}", into: &out, style, depth); return }
            out += "{"
            for (position, key) in members.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }).enumerated() {
                if position > 0 { out += "," }
                newline(&out, style, depth + 1)
                JSONValue.writeString(key, into: &out, style: style)
                out += style.pretty ? (style.encoderLayout ? " : " : ": ") : ":"
                members[key]!.write(into: &out, style: style, depth: depth + 1)
            }
            newline(&out, style, depth)
            out += "}"
        }
    }

    /// `[]`, or in the encoder's layout a blank line between the brackets.
    private func emptyContainer(_ open: String, _ close: String, into out: inout String, _ style: Style, _ depth: Int) {
        out += open
        if style.pretty && style.encoderLayout {
            out += "\n"
            newline(&out, style, depth)
        }
        out += close
    }

    /// Indentation strings for the usual depths, made once.
    private static let indents = (0..<16).map { String(repeating: "  ", count: $0) }

    private func newline(_ out: inout String, _ style: Style, _ depth: Int) {
        guard style.pretty else { return }
        out += "\n"
        out += depth < JSONValue.indents.count ? JSONValue.indents[depth] : String(repeating: "  ", count: depth)
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped.
    ///
    /// Works on the UTF-8 bytes and appends the runs that need no escaping whole, so a long HTML
    /// body with a few line breaks costs a handful of appends rather than one per character.
    static func writeString(_ text: String, into out: inout String, style: Style) {
        let scriptSafe = style.scriptSafe, escapesDelete = !style.encoderLayout
        out += "\""
        let utf8 = text.utf8
        var runStart = utf8.startIndex
        var index = runStart
        while index != utf8.endIndex {
            let byte = utf8[index]
            let next = utf8.index(after: index)
            var escape: String?
            var resume = next
            switch byte {
            case 34: escape = "\\\""
            case 92: escape = "\\\\"
            case 10: escape = "\\n"
            case 13: escape = "\\r"
            case 9: escape = "\\t"
            case 8: escape = "\\b"
            case 12: escape = "\\f"
            case 0..<0x20: escape = unicodeEscape(UInt32(byte))
            case 0x7F where escapesDelete: escape = unicodeEscape(UInt32(byte))
            case 60 where scriptSafe, 62 where scriptSafe, 38 where scriptSafe: escape = unicodeEscape(UInt32(byte))
            case 0xE2 where scriptSafe:
                // U+2028 and U+2029 (E2 80 A8 / E2 80 A9) end a string literal in older script engines.
                var probe = next
                if probe != utf8.endIndex, utf8[probe] == 0x80 {
                    probe = utf8.index(after: probe)
                    if probe != utf8.endIndex, utf8[probe] == 0xA8 || utf8[probe] == 0xA9 {
                        escape = utf8[probe] == 0xA8 ? "\\u2028" : "\\u2029"
                        resume = utf8.index(after: probe)
                    }
                }
            default: break
            }
            if let escape {
                if runStart != index { out += text[runStart..<index] }
                out += escape
                runStart = resume
            }
            index = resume
        }
        if runStart != utf8.endIndex { out += text[runStart...] }
        out += "\""
    }

    private static func unicodeEscape(_ value: UInt32) -> String {
        let hex = Array("0123456789abcdef")
        return "\\u" + String([hex[Int(value >> 12 & 0xF)], hex[Int(value >> 8 & 0xF)], hex[Int(value >> 4 & 0xF)], hex[Int(value & 0xF)]])
    }
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
