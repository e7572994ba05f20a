/// Writes an RFC 5545 iCalendar stream: content lines ending in CRLF, folded at 75 octets without
/// splitting a UTF-8 character, with TEXT values and parameter values escaped.
///
/// Values are escaped by kind: `text(_:_:)` for TEXT properties (SUMMARY, DESCRIPTION, …),
/// `property(_:_:parameters:)` for values that are already in iCalendar form (dates, URIs, numbers).
///
/// Lines are written as UTF-8 bytes straight into one buffer, escaped and folded there: a calendar
/// of the whole year writes every event of it, and making a String for each line, then another for
/// its escaped value and another for its folded form, was most of the cost. `fold(_:)` and
/// `escape(_:)` are the rules in their plain form (lines the byte path cannot fold safely go
/// through `fold(_:)`), and the tests hold the byte path to them.
struct ICalendarWriter: Sendable {
    /// The maximum length of a line in octets, not counting the CRLF (RFC 5545 §3.1).
    static let lineLimit = 75

    /// The stream so far, in UTF-8.
    private(set) var bytes: [UInt8] = []

    init() {}

    /// A writer whose buffer starts with room for `capacity` octets (an event is about a kilobyte).
    init(reservingCapacity capacity: Int) { bytes.reserveCapacity(capacity) }

    /// The stream so far.
    var output: String { String(decoding: bytes, as: UTF8.self) }

    mutating func begin(_ component: String) { property("BEGIN", component) }

    /// Appends lines another writer produced (already folded, CRLF-terminated).
    mutating func append(_ other: ICalendarWriter) { bytes.append(contentsOf: other.bytes) }

    mutating func end(_ component: String) { property("END", component) }

    /// A property whose value is written as given (it must already be valid for its type); line
    /// breaks in it are removed.
    mutating func property(_ name: String, _ value: String, parameters: [(name: String, value: String)] = []) {
        let start = startLine(name, parameters)
        ICalendarBytes.appendRemovingLineBreaks(value, to: &bytes)
        endLine(from: start)
    }

    /// A property with one parameter (`DTSTART;TZID=Europe/London:…`), without a list to allocate.
    mutating func property(_ name: String, _ value: String, parameter: (name: String, value: String)) {
        let start = startLine(name, CollectionOfOne(parameter))
        ICalendarBytes.appendRemovingLineBreaks(value, to: &bytes)
        endLine(from: start)
    }

    /// A TEXT property: backslash, semicolon, comma and line breaks are escaped.
    mutating func text(_ name: String, _ value: String, parameters: [(name: String, value: String)] = []) {
        let start = startLine(name, parameters)
        ICalendarBytes.appendEscaped(value, to: &bytes)
        endLine(from: start)
    }

    /// Writes `NAME;PARAM=value…:` and returns where the line starts.
    private mutating func startLine(_ name: String, _ parameters: some Sequence<(name: String, value: String)>) -> Int {
        let start = bytes.count
        bytes.append(contentsOf: name.utf8)
        for parameter in parameters {
            bytes.append(UInt8(ascii: ";"))
            bytes.append(contentsOf: parameter.name.utf8)
            bytes.append(UInt8(ascii: "="))
            bytes.append(contentsOf: ICalendarWriter.parameterValue(parameter.value).utf8)
        }
        bytes.append(UInt8(ascii: ":"))
        return start
    }

    /// Folds the line that starts at `start` (the rest of the buffer) and ends it with CRLF.
    private mutating func endLine(from start: Int) {
        if bytes.count - start > ICalendarWriter.lineLimit, !ICalendarBytes.foldAtASCII(&bytes, from: start) {
            // A character meets a fold point: fold by characters.
            let line = String(decoding: bytes[start...], as: UTF8.self)
            bytes.removeSubrange(start...)
            bytes.append(contentsOf: ICalendarWriter.fold(line).utf8)
            return
        }
        bytes.append(13)
        bytes.append(10)
    }

    /// TEXT escaping (RFC 5545 §3.3.11): `\` `;` `,` are preceded by a backslash, every line break
    /// (CRLF, CR or LF) becomes `\n`, and other control characters (not allowed in TEXT) are dropped.
    static func escape(_ text: String) -> String {
        var bytes: [UInt8] = []
        ICalendarBytes.appendEscaped(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
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
}
