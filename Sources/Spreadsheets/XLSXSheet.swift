/// A worksheet's XML (`xl/worksheets/sheet1.xml`) read into a `Sheet`: each `<row>` a row with
/// its number as its line, each `<c>` put in the column its reference names (`C7` → the third),
/// so a cell left out reads as empty.
///
/// Values as Excel shows them in a plain format: shared and inline strings as written, booleans
/// TRUE and FALSE, errors as `#N/A`…, numbers without a needless `.0` (`12`, `0.1`), and numbers
/// in a date or time style as ISO 8601 text (`ExcelDate`).
enum XLSXSheet {
    /// Excel's own limits, and a cap on cells (gaps included) against a hostile sheet.
    static let maxColumns = 16_384
    static let maxRow = 1_048_576
    static let maxCells = 5_000_000

    static func read(_ xml: [UInt8], workbook: XLSXWorkbook) throws(SpreadsheetError) -> Sheet {
        var scanner = XMLScanner(xml)
        var rows: [SheetRow] = []
        var lastRow = 0
        var cellCount = 0
        while let event = try scanner.next() {
            guard case .start(let tag) = event, tag.name == "row" else { continue }
            let number = tag["r"].flatMap { Int($0) } ?? lastRow + 1
            guard number > 0 && number <= maxRow else { throw damaged("a row numbered \(tag["r"] ?? "")", line: nil) }
            lastRow = number
            let cells = try readRow(&scanner, number: number, workbook: workbook, cellCount: &cellCount)
            if !cells.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) { rows.append(SheetRow(line: number, cells: cells)) }
        }
        guard !rows.isEmpty else { throw SpreadsheetError(message: "The workbook's first sheet is empty: it has no header row.") }
        return Sheet(header: rows[0].cells, rows: Array(rows.dropFirst()))
    }

    private static func readRow(_ scanner: inout XMLScanner, number: Int, workbook: XLSXWorkbook,
                                cellCount: inout Int) throws(SpreadsheetError) -> [String] {
        var cells: [String] = []
        var nextColumn = 0
        while let event = try scanner.next() {
            switch event {
            case .start(let tag) where tag.name == "c":
                let column = try tag["r"].map { reference throws(SpreadsheetError) in try Self.column(reference, row: number) } ?? nextColumn
                nextColumn = column + 1
                let value = try cellValue(&scanner, tag, row: number, workbook: workbook)
                guard !value.isEmpty else { continue }
                if column < cells.count {
                    cells[column] = value
                } else {
                    cellCount += column + 1 - cells.count
                    guard cellCount <= maxCells else {
                        throw SpreadsheetError(line: number, message: "The sheet is too large to read: more than \(maxCells) cells.")
                    }
                    cells.append(contentsOf: repeatElement("", count: column - cells.count))
                    cells.append(value)
                }
            case .start:
                try scanner.skipElement()
            case .end(let name) where name == "row":
                return cells
            default:
                break
            }
        }
        throw damaged("a row cut short", line: number)
    }

    /// The text of the cell whose start tag was just read, up to its end tag.
    private static func cellValue(_ scanner: inout XMLScanner, _ cell: XMLTag, row: Int,
                                  workbook: XLSXWorkbook) throws(SpreadsheetError) -> String {
        var raw = ""
        var inline: String?
        while let event = try scanner.next() {
            switch event {
            case .start(let tag) where tag.name == "v":
                while let inner = try scanner.next() {
                    if case .text(let text) = inner { raw += text } else if case .end = inner { break } else { try scanner.skipElement() }
                }
            case .start(let tag) where tag.name == "is":
                inline = try XLSXWorkbook.richText(&scanner, closing: "is")
            case .start:
                try scanner.skipElement()
            case .end:
                return try text(raw: raw, inline: inline, cell, row: row, workbook: workbook)
            case .text:
                break
            }
        }
        throw damaged("a cell cut short", line: row)
    }

    private static func text(raw: String, inline: String?, _ cell: XMLTag, row: Int,
                             workbook: XLSXWorkbook) throws(SpreadsheetError) -> String {
        switch cell["t"] ?? "n" {
        case "s":
            if raw.isEmpty { return "" }
            guard let index = Int(raw.trimmingXMLSpace), workbook.sharedStrings.indices.contains(index) else {
                throw damaged("a cell (\(cell["r"] ?? "")) naming a shared string that does not exist", line: row)
            }
            return workbook.sharedStrings[index]
        case "inlineStr":
            return inline ?? raw
        case "b":
            return raw.trimmingXMLSpace == "1" ? "TRUE" : raw.trimmingXMLSpace == "0" ? "FALSE" : raw
        case "n":
            let trimmed = String(raw.trimmingXMLSpace)
            guard let value = Double(trimmed) else { return trimmed }
            let style = cell["s"].flatMap { Int($0) } ?? 0
            if case .date(let withTime, let timeOnly) = workbook.formats.kind(ofStyle: style),
               let date = ExcelDate.iso(value, date1904: workbook.date1904, withTime: withTime, timeOnly: timeOnly) {
                return date
            }
            return numberText(value)
        default:   // str (a formula's text), e (an error such as #N/A), d (ISO date text)
            return raw
        }
    }

    /// A number as Excel's General format shows it, without its limit of 11 digits: whole numbers
    /// without a decimal point, others in the fewest digits that read back to the same number.
    static func numberText(_ value: Double) -> String {
        if value == value.rounded() && abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    /// The 0-based column of a reference such as `C7` (`A` is 0, `AA` is 26).
    static func column(_ reference: String, row: Int) throws(SpreadsheetError) -> Int {
        var column = 0
        var letters = 0
        for byte in reference.utf8 {
            let upper = byte & ~0x20
            guard upper >= UInt8(ascii: "A") && upper <= UInt8(ascii: "Z") else { break }
            column = column * 26 + Int(upper - UInt8(ascii: "A")) + 1
            letters += 1
            guard column <= maxColumns else { throw damaged("a cell (\(reference)) beyond Excel's last column", line: row) }
        }
        guard letters > 0 else { throw damaged("a cell reference (\(reference)) with no column", line: row) }
        return column - 1
    }

    private static func damaged(_ what: String, line: Int?) -> SpreadsheetError {
        SpreadsheetError(line: line, message: "The workbook is damaged: its first sheet has \(what).")
    }
}
