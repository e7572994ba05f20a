/// CSV as Google Forms and Excel write it (RFC 4180, leniently): the first record is the header,
/// every later record with a non-empty cell is a row.
///
/// - Text: UTF-8 with or without a byte-order mark, or UTF-16 with one (`TextEncoding`).
/// - Separator: a comma; a semicolon or a tab when the header line has that and neither of the
///   others (Excel in locales whose decimal mark is a comma); or as an Excel `sep=;` first line says.
/// - Cells: a cell that starts with `"` is quoted, may hold separators and line breaks, and writes
///   a `"` as `""`; text after its closing quote is kept as written. Lines end in CR LF, LF or CR.
/// - A row's `line` is the line its record starts on; an unclosed quote is an error naming the line
///   where it opened.
enum CSVParser {
    private static let quote = UInt8(ascii: "\"")
    private static let comma = UInt8(ascii: ",")
    private static let semicolon = UInt8(ascii: ";")
    private static let tab = UInt8(ascii: "\t")

    static func sheet(from data: [UInt8]) throws(SpreadsheetError) -> Sheet {
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            throw SpreadsheetError(message: "This is an Excel workbook (.xlsx), not CSV text: give it the .xlsx extension.")
        }
        let bytes = try TextEncoding.utf8Bytes(data)
        if let nul = bytes.firstIndex(of: 0) {
            throw SpreadsheetError(line: TextEncoding.line(at: nul, in: bytes),
                                   message: "The file has a NUL byte here, so it is not CSV text (UTF-16 without a byte-order mark?); save it as CSV UTF-8.")
        }
        var start = 0, firstLine = 1
        let separator: UInt8
        if let declared = declaredSeparator(bytes) {
            separator = declared.separator
            start = declared.end
            firstLine = 2
        } else {
            separator = detectSeparator(bytes)
        }
        var records = try CSVParser.records(bytes, from: start, firstLine: firstLine, separator: separator)[...]
        records = records.drop { isBlank($0.cells) }
        guard let headerRecord = records.popFirst() else {
            throw SpreadsheetError(message: "The file has no header row: it is empty.")
        }
        let header = headerRecord.cells.map { $0.replacingOccurrences(of: "\u{FEFF}", with: "") }
        return Sheet(header: header, rows: records.filter { !isBlank($0.cells) })
    }

    private static func isBlank(_ cells: [String]) -> Bool {
        cells.allSatisfy { $0.allSatisfy(\.isWhitespace) }
    }

    /// Excel's `sep=X` first line: the separator and where the next line starts.
    private static func declaredSeparator(_ b: [UInt8]) -> (separator: UInt8, end: Int)? {
        guard b.count >= 5, b[0...3].elementsEqual("sep=".utf8) else { return nil }
        let end = 5
        guard end == b.count || b[end] == TextEncoding.lineFeed || b[end] == TextEncoding.carriageReturn else { return nil }
        var next = end
        if next < b.count, b[next] == TextEncoding.carriageReturn { next += 1 }
        if next < b.count, b[next] == TextEncoding.lineFeed { next += 1 }
        return (b[4], next)
    }

    /// Comma, unless the header line (outside quotes) has semicolons or tabs and none of the others.
    private static func detectSeparator(_ b: [UInt8]) -> UInt8 {
        var commas = 0, semicolons = 0, tabs = 0
        var quoted = false
        for c in b {
            if c == quote { quoted.toggle(); continue }
            if quoted { continue }
            if c == TextEncoding.lineFeed || c == TextEncoding.carriageReturn { break }
            if c == comma { commas += 1 } else if c == semicolon { semicolons += 1 } else if c == tab { tabs += 1 }
        }
        if commas == 0 && semicolons > 0 && tabs == 0 { return semicolon }
        if commas == 0 && tabs > 0 && semicolons == 0 { return tab }
        return comma
    }

    /// Every record from `start`, blank ones included, each with the line it starts on.
    static func records(_ b: [UInt8], from start: Int, firstLine: Int, separator: UInt8) throws(SpreadsheetError) -> [SheetRow] {
        var rows: [SheetRow] = []
        var cells: [String] = []
        var field: [UInt8] = []
        var fieldStarted = false   // a byte or a quote of the current cell has been read
        var i = start, line = firstLine, recordLine = firstLine
        let n = b.count

        func endField() {
            cells.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            fieldStarted = false
        }
        func endRecord() {
            endField()
            rows.append(SheetRow(line: recordLine, cells: cells))
            cells = []
            cells.reserveCapacity(rows[rows.count - 1].cells.count)
        }

        while i < n {
            let c = b[i]
            if c == quote && !fieldStarted {
                let openedOn = line
                fieldStarted = true
                i += 1
                var closed = false
                while i < n {
                    let d = b[i]
                    if d == quote {
                        if i + 1 < n && b[i + 1] == quote {
                            field.append(quote)
                            i += 2
                            continue
                        }
                        i += 1
                        closed = true
                        break
                    }
                    if d == TextEncoding.lineFeed || (d == TextEncoding.carriageReturn && (i + 1 == n || b[i + 1] != TextEncoding.lineFeed)) {
                        line += 1
                    }
                    field.append(d)
                    i += 1
                }
                if !closed {
                    throw SpreadsheetError(line: openedOn, message: "A quoted cell starts here and is never closed: a closing \" is missing.")
                }
            } else if c == separator {
                endField()
                i += 1
            } else if c == TextEncoding.lineFeed || c == TextEncoding.carriageReturn {
                endRecord()
                i += (c == TextEncoding.carriageReturn && i + 1 < n && b[i + 1] == TextEncoding.lineFeed) ? 2 : 1
                line += 1
                recordLine = line
            } else {
                field.append(c)
                fieldStarted = true
                i += 1
            }
        }
        if fieldStarted || !cells.isEmpty { endRecord() }
        return rows
    }
}
