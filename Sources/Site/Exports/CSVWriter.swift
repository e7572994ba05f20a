import Foundation

/// Writes CSV that Excel opens correctly and safely: UTF-8 with a byte-order mark, CRLF line endings,
/// RFC 4180 quoting, and text cells that could be read as a formula neutralised.
///
/// A text cell beginning with `=`, `+`, `-`, `@`, tab or carriage return gets a leading `'` (OWASP's
/// advice against CSV injection), so `=HYPERLINK(…)` in a course title is shown, never evaluated.
/// The check is made on Unicode scalars, not characters (`=` followed by a combining mark is still
/// `=` to a spreadsheet), looks past leading whitespace, control and format characters, marks and
/// characters that show as nothing (`" =1+1"`, `"\u{200B}@x"`, `"\u{3164}=1"`), and counts the
/// small, raised and full-width forms of a trigger (`﹦`, `⁼`, `＝`) as the trigger.
/// Numbers the exports write themselves are `number` cells and are left as they are.
package struct CSVWriter: Sendable {
    /// One cell of a row.
    package enum Cell: Sendable, Equatable {
        /// Text from content: neutralised if it could start a formula, quoted when needed.
        case text(String)
        /// A number written by the export itself.
        case number(String)

        /// Text, or an empty cell.
        package static func optional(_ text: String?) -> Cell { .text(text ?? "") }
        /// A whole number, or an empty cell.
        package static func integer(_ value: Int?) -> Cell { value.map { .number(String($0)) } ?? .text("") }
        /// A number without a needless fraction (`6`, `1.5`), or an empty cell.
        package static func decimal(_ value: Double?) -> Cell {
            guard let value, value.isFinite else { return .text("") }
            return .number(value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)")
        }
    }

    static let byteOrderMark = "\u{FEFF}"
    /// Scalars that make a spreadsheet read a cell as a formula when they come first (after any
    /// whitespace, control or format characters); the full-width forms are read as formulas by
    /// spreadsheets set up for East Asian input.
    static let formulaTriggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}"]

    /// True when a spreadsheet could read `value` as a formula: its first scalar is a tab or a
    /// carriage return, or the first scalar that shows as something is a trigger, or a form of one
    /// (small, superscript, subscript, full-width: its compatibility form is a trigger). Whitespace,
    /// control and format characters, marks and the characters that show as nothing (Hangul fillers,
    /// the combining grapheme joiner, the blank braille pattern) are looked past.
    static func couldBeFormula(_ value: String) -> Bool {
        // Most cells start with a letter or digit: an ASCII character that shows and is no trigger.
        if let byte = value.utf8.first, byte > 0x20, byte < 0x7F, byte != UInt8(ascii: "="), byte != UInt8(ascii: "+"),
           byte != UInt8(ascii: "-"), byte != UInt8(ascii: "@") {
            return false
        }
        guard let first = value.unicodeScalars.first else { return false }
        if first == "\t" || first == "\r" { return true }
        for scalar in value.unicodeScalars {
            if isTrigger(scalar) { return true }
            guard showsAsNothing(scalar) else { return false }
        }
        return false
    }

    /// A trigger, or a scalar whose compatibility form begins with one (`﹦`, `⁼`, `₌`, `＝`).
    static func isTrigger(_ scalar: Unicode.Scalar) -> Bool {
        if formulaTriggers.contains(scalar) { return true }
        guard !scalar.isASCII, let folded = String(scalar).precomposedStringWithCompatibilityMapping.unicodeScalars.first else {
            return false
        }
        return formulaTriggers.contains(folded)
    }

    /// Whitespace, controls, format characters, marks, and what a spreadsheet shows as nothing.
    static func showsAsNothing(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        if properties.isWhitespace || properties.isDefaultIgnorableCodePoint || scalar == "\u{2800}" { return true }
        switch properties.generalCategory {
        case .control, .format, .nonspacingMark, .enclosingMark, .spacingMark: return true
        default: return false
        }
    }

    /// The file so far, as UTF-8 (cells are appended as bytes: a `String` checks and updates its
    /// storage on every append, which cost more than the cells).
    private(set) var bytes: [UInt8]

    /// A file with a header row.
    package init(header: [String]) {
        bytes = Array(CSVWriter.byteOrderMark.utf8)
        row(header.map { .text($0) })
    }

    /// Appends records already written by `record(_:)`.
    mutating func append(records text: String) { bytes.append(contentsOf: text.utf8) }

    /// One record as it appears in the file, CRLF included.
    static func record(_ cells: [Cell]) -> String {
        var writer = CSVWriter()
        writer.row(cells)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    private init() { bytes = [] }

    /// Appends one record.
    package mutating func row(_ cells: [Cell]) {
        for (position, cell) in cells.enumerated() {
            if position > 0 { bytes.append(UInt8(ascii: ",")) }
            append(cell)
        }
        bytes.append(13)
        bytes.append(10)
    }

    /// Appends the cell as `field(_:)` writes it. Most cells are plain (no line break, comma or
    /// quote, and text that starts with a letter or digit): their bytes are appended as they are.
    private mutating func append(_ cell: Cell) {
        let (value, isText): (String, Bool)
        switch cell {
        case .number(let number): (value, isText) = (number, false)
        case .text(let text): (value, isText) = (text, true)
        }
        let plain = value.utf8.withContiguousStorageIfAvailable { cell -> Bool in
            guard let first = cell.first else { return true }
            if isText, first <= 0x20 || first >= 0x7F || first == UInt8(ascii: "=") || first == UInt8(ascii: "+")
                || first == UInt8(ascii: "-") || first == UInt8(ascii: "@") {
                return false
            }
            guard !cell.contains(where: { $0 == 44 || $0 == 34 || $0 == 13 || $0 == 10 }) else { return false }
            bytes.append(contentsOf: cell)
            return true
        }
        if plain != true { bytes.append(contentsOf: CSVWriter.field(cell).utf8) }
    }

    /// The file's bytes.
    package var data: Data { Data(bytes) }

    /// The cell as written in the file: line breaks made CRLF, formulas neutralised, quoted when it
    /// contains a comma, a double quote, CR or LF (embedded quotes doubled).
    static func field(_ cell: Cell) -> String {
        var value: String
        switch cell {
        case .number(let number): value = number
        case .text(let raw):
            value = normaliseLineBreaks(raw)
            if couldBeFormula(value) { value = "'" + value }
        }
        // Compared on UTF-8 bytes: these are all ASCII, so no multi-byte character can contain them.
        let needsQuotes = value.utf8.contains { $0 == 44 || $0 == 34 || $0 == 13 || $0 == 10 }
        guard needsQuotes else { return value }
        guard value.utf8.contains(34) else { return "\"" + value + "\"" }
        return quoted(value)
    }

    /// CR, LF and CRLF made CRLF. On the UTF-8 bytes (CR and LF are ASCII, never part of a longer
    /// character): the runs between line breaks are copied whole.
    static func normaliseLineBreaks(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 13 || $0 == 10 }) else { return text }
        var copy = text
        return copy.withUTF8 { bytes in
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + bytes.count / 8 + 2)
            var runStart = 0
            for index in bytes.indices where bytes[index] == 13 || bytes[index] == 10 {
                result.append(contentsOf: bytes[runStart..<index])
                runStart = index + 1
                // LF after CR is the CR's line break, already written.
                if bytes[index] == 10, index > 0, bytes[index - 1] == 13 { continue }
                result.append(13)
                result.append(10)
            }
            result.append(contentsOf: bytes[runStart...])
            return String(decoding: result, as: UTF8.self)
        }
    }

    /// `value` in double quotes, each double quote in it doubled. On the UTF-8 bytes: a quote is
    /// ASCII, so a quote followed by a combining mark is still doubled, as Excel reads it.
    static func quoted(_ value: String) -> String {
        var copy = value
        return copy.withUTF8 { bytes in
            var result: [UInt8] = [34]
            result.reserveCapacity(bytes.count + 8)
            for byte in bytes {
                result.append(byte)
                if byte == 34 { result.append(34) }
            }
            result.append(34)
            return String(decoding: result, as: UTF8.self)
        }
    }
}
