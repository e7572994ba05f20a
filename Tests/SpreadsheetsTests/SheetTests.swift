import Testing
@testable import Spreadsheets

@Suite struct SheetTests {
    @Test func columnsAreFoundWithoutRegardToCaseOrSurroundingSpaces() {
        let sheet = Sheet(header: ["ID", " Course code ", "Session date"], rows: [])
        #expect(sheet.column(named: "course CODE") == 1)
        #expect(sheet.column(named: "Session date") == 2)
        #expect(sheet.column(named: "Email") == nil)
    }

    @Test func aShortRowReadsEmptyBeyondItsEnd() {
        let row = SheetRow(line: 3, cells: ["PH-01"])
        #expect(row[0] == "PH-01")
        #expect(row[4] == "")
    }
}
