/// A JSON value written deterministically: object keys sorted by their UTF-8 bytes, numbers in one
/// fixed form, no dependence on locale or hash order. Used for `catalogue.json`, its schema and JSON-LD.
enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// `.string(value)`, or `.null` when there is no text.
    static func text(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }
    /// `.int(value)`, or `.null`.
    static func integer(_ value: Int?) -> JSONValue { value.map { .int($0) } ?? .null }
    /// `.bool(value)`, or `.null`.
    static func flag(_ value: Bool?) -> JSONValue { value.map { .bool($0) } ?? .null }
    /// A number that is written without a fraction when it is whole (`6`, `1.5`), or `.null`.
    static func number(_ value: Double?) -> JSONValue {
        guard let value else { return .null }
        if value == value.rounded(), abs(value) < 1e15 { return .int(Int(value)) }
        return .double(value)
    }
    /// An array of strings.
    static func strings(_ values: [String]) -> JSONValue { .array(values.map { .string($0) }) }

    /// How the text is laid out and escaped.
    struct Style: Sendable {
        /// Two-space indentation and one member per line (for files people read and diff).
        var pretty: Bool
        /// Escape `<`, `>`, `&`, U+2028 and U+2029 as `\uXXXX`, so the text can sit inside an HTML
        /// `<script>` element without ever closing it or starting a comment.
        var scriptSafe: Bool

        static let file = Style(pretty: true, scriptSafe: false)
        static let script = Style(pretty: false, scriptSafe: true)
    }

    /// The JSON text (a file written with `.file` ends with a newline).
    func rendered(_ style: Style = .file) -> String {
        var out = ""
        write(into: &out, style: style, depth: 0)
        if style.pretty { out += "\n" }
        return out
    }

    private func write(into out: inout String, style: Style, depth: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let flag): out += flag ? "true" : "false"
        case .int(let number): out += String(number)
        case .double(let number): out += number.isFinite ? "\(number)" : "null"
        case .string(let text): JSONValue.writeString(text, into: &out, scriptSafe: style.scriptSafe)
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            out += "["
            for (position, item) in items.enumerated() {
                if position > 0 { out += "," }
                newline(&out, style, depth + 1)
                item.write(into: &out, style: style, depth: depth + 1)
            }
            newline(&out, style, depth)
            out += "]"
        case .object(let members):
            if members.isEmpty { out += "{}"; return }
            out += "{"
            for (position, key) in members.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }).enumerated() {
                if position > 0 { out += "," }
                newline(&out, style, depth + 1)
                JSONValue.writeString(key, into: &out, scriptSafe: style.scriptSafe)
                out += style.pretty ? ": " : ":"
                members[key]!.write(into: &out, style: style, depth: depth + 1)
            }
            newline(&out, style, depth)
            out += "}"
        }
    }

    private func newline(_ out: inout String, _ style: Style, _ depth: Int) {
        guard style.pretty else { return }
        out += "\n"
        out += String(repeating: "  ", count: depth)
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped.
    static func writeString(_ text: String, into out: inout String, scriptSafe: Bool) {
        // Most strings need no escaping: append them whole.
        let needsEscaping = text.utf8.contains { byte in
            byte < 0x20 || byte == 34 || byte == 92 || byte == 0x7F
                || (scriptSafe && (byte == 60 || byte == 62 || byte == 38 || byte == 0xE2))
        }
        if !needsEscaping {
            out += "\""
            out += text
            out += "\""
            return
        }
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "<" where scriptSafe, ">" where scriptSafe, "&" where scriptSafe,
                 "\u{2028}" where scriptSafe, "\u{2029}" where scriptSafe:
                out += unicodeEscape(scalar.value)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { out += unicodeEscape(scalar.value) } else { out.unicodeScalars.append(scalar) }
            }
        }
        out += "\""
    }

    private static func unicodeEscape(_ value: UInt32) -> String {
        let hex = Array("0123456789abcdef")
        return "\\u" + String([hex[Int(value >> 12 & 0xF)], hex[Int(value >> 8 & 0xF)], hex[Int(value >> 4 & 0xF)], hex[Int(value & 0xF)]])
    }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral {
    init(stringLiteral value: String) { self = .string(value) }
    init(integerLiteral value: Int) { self = .int(value) }
    init(booleanLiteral value: Bool) { self = .bool(value) }
    init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
    init(nilLiteral: ()) { self = .null }
}
