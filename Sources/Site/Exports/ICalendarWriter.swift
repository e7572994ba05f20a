/// Writes an RFC 5545 iCalendar stream: content lines ending in CRLF, folded at 75 octets without
/// splitting a UTF-8 character, with TEXT values and parameter values escaped.
///
/// Values are escaped by kind: `text(_:_:)` for TEXT properties (SUMMARY, DESCRIPTION, …),
/// `property(_:_:parameters:)` for values that are already in iCalendar form (dates, URIs, numbers).
struct ICalendarWriter: Sendable {
    /// The maximum length of a line in octets, not counting the CRLF (RFC 5545 §3.1).
    static let lineLimit = 75

    private(set) var output = ""

    init() {}

    mutating func begin(_ component: String) { property("BEGIN", component) }

    /// Appends lines another writer produced (already folded, CRLF-terminated).
    mutating func append(_ other: ICalendarWriter) { output += other.output }

    mutating func end(_ component: String) { property("END", component) }

    /// A property whose value is written as given (it must already be valid for its type).
    mutating func property(_ name: String, _ value: String, parameters: [(name: String, value: String)] = []) {
        var line = name
        for parameter in parameters {
            line += ";"
            line += parameter.name
            line += "="
            line += ICalendarWriter.parameterValue(parameter.value)
        }
        line += ":"
        line += ICalendarWriter.removingLineBreaks(value)
        output += ICalendarWriter.fold(line)
    }

    /// A TEXT property: backslash, semicolon, comma and line breaks are escaped.
    mutating func text(_ name: String, _ value: String, parameters: [(name: String, value: String)] = []) {
        property(name, ICalendarWriter.escape(value), parameters: parameters)
    }

    /// TEXT escaping (RFC 5545 §3.3.11): `\` `;` `,` are preceded by a backslash, every line break
    /// (CRLF, CR or LF) becomes `\n`, and other control characters (not allowed in TEXT) are dropped.
    static func escape(_ text: String) -> String {
        // Most values need no escaping: keep them as they are.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 92 || $0 == 59 || $0 == 44 }) { return text }
        // On UTF-8 bytes: everything escaped or dropped is ASCII, which no multi-byte character contains.
        let source = Array(text.utf8)
        return String(unsafeUninitializedCapacity: source.count * 2) { buffer in
            var count = 0
            var previousWasCR = false
            for byte in source {
                defer { previousWasCR = byte == 13 }
                switch byte {
                case 92, 59, 44:
                    buffer[count] = 92
                    buffer[count + 1] = byte
                    count += 2
                case 13:
                    buffer[count] = 92
                    buffer[count + 1] = UInt8(ascii: "n")
                    count += 2
                case 10:
                    if !previousWasCR {
                        buffer[count] = 92
                        buffer[count + 1] = UInt8(ascii: "n")
                        count += 2
                    }
                case 9:
                    buffer[count] = byte
                    count += 1
                default:
                    if byte < 0x20 || byte == 0x7F { continue }
                    buffer[count] = byte
                    count += 1
                }
            }
            return count
        }
    }

    /// A parameter value: double quotes and control characters removed, and the value quoted when it
    /// contains `:`, `;` or `,` (RFC 5545 §3.2).
    static func parameterValue(_ value: String) -> String {
        // Most values (time zone ids, value types) are plain: nothing to remove or quote.
        if !value.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 34 || $0 == 58 || $0 == 59 || $0 == 44 }) { return value }
        let cleaned = String(String.UnicodeScalarView(value.unicodeScalars.filter {
            $0 != "\"" && ($0.value >= 0x20 || $0 == "\t") && $0.value != 0x7F
        }))
        return cleaned.contains(where: { $0 == ":" || $0 == ";" || $0 == "," }) ? "\"\(cleaned)\"" : cleaned
    }

    /// Folds one content line: at most 75 octets per line, continuation lines starting with a space.
    /// Lines break between characters (grapheme clusters), so neither a UTF-8 sequence nor a character
    /// such as an emoji with a skin tone is split; only a single character longer than a whole line
    /// is split, between its Unicode scalars. Ends with CRLF.
    static func fold(_ line: String) -> String {
        // Most lines are short: nothing to fold.
        if line.utf8.count <= lineLimit { return line + "\r\n" }
        // ASCII lines (most of them) cannot split a character: cut every 75 octets, then every 74
        // after the continuation space. CR and LF never reach here (values are escaped first).
        if line.utf8.allSatisfy({ $0 < 0x80 }) {
            var result = ""
            result.reserveCapacity(line.utf8.count + line.utf8.count / 70 * 3 + 2)
            var start = line.utf8.startIndex
            var width = lineLimit
            while start != line.utf8.endIndex {
                let end = line.utf8.index(start, offsetBy: width, limitedBy: line.utf8.endIndex) ?? line.utf8.endIndex
                if start != line.utf8.startIndex { result += "\r\n " }
                result += line[start..<end]
                start = end
                width = lineLimit - 1
            }
            return result + "\r\n"
        }
        var result = ""
        result.reserveCapacity(line.utf8.count + line.utf8.count / 70 * 3 + 2)
        var octets = 0
        for character in line {
            let size = character.utf8.count
            if octets + size > lineLimit, size < lineLimit {
                result.unicodeScalars.append(contentsOf: "\r\n ".unicodeScalars)
                octets = 1
            }
            for scalar in character.unicodeScalars {
                let width = UTF8.width(scalar)
                if octets + width > lineLimit {
                    result.unicodeScalars.append(contentsOf: "\r\n ".unicodeScalars)
                    octets = 1
                }
                result.unicodeScalars.append(scalar)
                octets += width
            }
        }
        return result + "\r\n"
    }

    /// Undoes folding for a whole stream: every CRLF followed by a space or tab is removed
    /// (working on Unicode scalars, so a continuation that starts with a combining mark unfolds too).
    static func unfold(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if scalars[index] == "\r", index + 2 < scalars.count, scalars[index + 1] == "\n",
               scalars[index + 2] == " " || scalars[index + 2] == "\t" {
                index += 3
                continue
            }
            result.append(scalars[index])
            index += 1
        }
        return String(result)
    }

    private static func removingLineBreaks(_ value: String) -> String {
        guard value.utf8.contains(where: { $0 == 13 || $0 == 10 }) else { return value }
        return String(String.UnicodeScalarView(value.unicodeScalars.filter { $0 != "\r" && $0 != "\n" }))
    }
}
