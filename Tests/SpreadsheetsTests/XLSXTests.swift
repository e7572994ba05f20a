import Foundation
import Testing
@testable import Spreadsheets
import TestSupport

@Suite struct XLSXTests {
    @Test func microsoftFormsDownload() throws {
        let sheet = try SpreadsheetReader.read(contentsOf: FixtureFiles.url("microsoft-forms.xlsx"))
        #expect(sheet.header == ["ID", "Start time", "Completion time", "Email", "Name", "Course code", "Session date", "Staff group"])
        #expect(sheet.rows.map(\.line) == [2, 3, 6])
        #expect(sheet.rows[0].cells == ["1", "2027-01-12T09:14:02", "2027-01-12T09:16:40", "a.okafor@example.org", "Ada Okafor",
                                        "PH-01", "2027-03-25", "Teachers"])
        // No D3 in the file: the email of row 3 is empty and the later cells keep their columns.
        #expect(sheet.rows[1].cells == ["2", "2027-01-12T10:02:45", "2027-01-12T10:05:00", "", "Bo Lind & Co <TAs>",
                                        "PH-01", "2027-03-25", "Teaching assistants"])
        // Rich text joined (the phonetic run left out); <t> trimmed unless xml:space="preserve".
        #expect(sheet.rows[2].cells == ["3", "2027-01-13T16:40:10", "2027-01-13T16:41:00", "b.lind@example.org", "Cai Meyer",
                                        "SEN-02", "2027-05-12", "Support staff", "trimmed", "  kept  "])
        #expect(sheet.column(named: "session date") == 6)
    }

    @Test func anotherToolsWorkbookWithInlineStrings() throws {
        let sheet = try SpreadsheetReader.xlsx(FixtureFiles.data("inline-strings.xlsx"))
        #expect(sheet.header == ["Course code", "When", "Day", "Count", "Score", "Length", "Booked?", "Check", "Total", "Notes", "Start"])
        #expect(sheet.rows.map(\.line) == [2, 3])
        #expect(sheet.rows[0].cells == ["PH-01", "2027-03-25T13:30:00", "2027-03-25", "12", "0.1", "2.5", "TRUE", "#N/A", "PH-01!",
                                        "Fish & chips <hot> \"café\" '☺' &unknown;", "09:30:00"])
        #expect(sheet.rows[1].cells == ["1000", "", "-3", "1.5e-07", "1.2345678901234568e+17", "line one\r\nline two"])
    }

    /// Written by openpyxl (scripts/make-spreadsheet-fixtures.py): its own styles and date formats,
    /// inline strings, rich text, a boolean.
    @Test func aWorkbookWrittenByOpenpyxl() throws {
        let sheet = try SpreadsheetReader.read(contentsOf: FixtureFiles.url("openpyxl.xlsx"))
        #expect(sheet.header == ["ID", "Start time", "Completion time", "Email", "Name", "Course code", "Session date", "Staff group", "Rating"])
        #expect(sheet.rows == [
            SheetRow(line: 2, cells: ["1", "2027-01-12T09:14:02", "2027-01-12T09:16:40", "a.okafor@example.org", "Ada Okafor",
                                      "PH-01", "2027-03-25", "Teachers", "4.5"]),
            SheetRow(line: 3, cells: ["2", "2027-01-12T10:02:45", "2027-01-12T10:05:00", "", "Bo Lind",
                                      "PH-01", "2027-03-25", "Teaching assistants", "3"]),
            SheetRow(line: 4, cells: ["3", "2027-01-13T16:40:10", "2027-01-13T16:41:00", "c.meyer@example.org", "Cai Meyer",
                                      "SEN-02", "2027-05-12", "Support staff", "TRUE"]),
        ])
    }

    @Test func theKindOfFileComesFromItsExtension() throws {
        let folder = try TemporaryFolder("spreadsheets")
        defer { folder.remove() }
        try folder.write("Responses.XLSX", bytes: FixtureFiles.data("microsoft-forms.xlsx"))
        try folder.write("responses.csv", bytes: FixtureFiles.data("microsoft-forms.xlsx"))
        #expect(try SpreadsheetReader.read(contentsOf: folder.path("Responses.XLSX")).rows.count == 3)
        do {
            _ = try SpreadsheetReader.read(contentsOf: folder.path("responses.csv"))
            Issue.record("a workbook was read as CSV")
        } catch {
            #expect(error.message.contains("give it the .xlsx extension"))
        }
    }

    @Test func numbersAsExcelShowsThem() {
        #expect(XLSXSheet.numberText(12) == "12")
        #expect(XLSXSheet.numberText(-0.0) == "0")
        #expect(XLSXSheet.numberText(0.1 + 0.2) == "0.30000000000000004")
        #expect(XLSXSheet.numberText(4.5) == "4.5")
        #expect(XLSXSheet.numberText(999_999_999_999_999) == "999999999999999")
    }

    @Test func columnLetters() throws {
        #expect(try XLSXSheet.column("A1", row: 1) == 0)
        #expect(try XLSXSheet.column("Z9", row: 9) == 25)
        #expect(try XLSXSheet.column("AA10", row: 10) == 26)
        #expect(try XLSXSheet.column("XFD1", row: 1) == 16_383)
        #expect(throws: SpreadsheetError.self) { try XLSXSheet.column("XFE1", row: 1) }
        #expect(throws: SpreadsheetError.self) { try XLSXSheet.column("ZZZZZZZZZZZZZZZZ1", row: 1) }
        #expect(throws: SpreadsheetError.self) { try XLSXSheet.column("12", row: 1) }
    }

    @Test func relationshipTargets() {
        #expect(XLSXWorkbook.resolve("worksheets/sheet1.xml", from: "xl/workbook.xml") == "xl/worksheets/sheet1.xml")
        #expect(XLSXWorkbook.resolve("/xl/worksheets/data.xml", from: "xl/workbook.xml") == "xl/worksheets/data.xml")
        #expect(XLSXWorkbook.resolve("../other/./s.xml", from: "xl/workbook.xml") == "other/s.xml")
        #expect(XLSXWorkbook.resolve("xl/workbook.xml", from: "") == "xl/workbook.xml")
    }

    @Test func officeEscapes() {
        #expect(XLSXWorkbook.unescapeOffice("a_x000D_b_x0009_c") == "a\rb\tc")
        #expect(XLSXWorkbook.unescapeOffice("snake_x_case_x12_ _xZZZZ_") == "snake_x_case_x12_ _xZZZZ_")
    }

    @Test func manyRows() throws {
        var cells = ""
        for row in 2...10_001 {
            cells += "<row r=\"\(row)\"><c r=\"A\(row)\" t=\"inlineStr\"><is><t>PH-\(row % 7)</t></is></c><c r=\"C\(row)\"><v>\(row)</v></c></row>"
        }
        let xml = "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Code</t></is></c></row>\(cells)</sheetData></worksheet>"
        let sheet = try XLSXSheet.read(Array(xml.utf8), workbook: XLSXWorkbook.plain)
        #expect(sheet.rows.count == 10_000)
        #expect(sheet.rows.last == SheetRow(line: 10_001, cells: ["PH-5", "", "10001"]))
    }
}

extension XLSXWorkbook {
    /// A workbook with no shared strings and no styles, for reading sheet XML alone.
    static let plain = XLSXWorkbook(firstSheetPath: "xl/worksheets/sheet1.xml")
}
