import Foundation
import Testing
@testable import Spreadsheets
import TestSupport

@Suite struct CSVTests {
    private func sheet(_ text: String) throws -> Sheet { try SpreadsheetReader.csv(Data(text.utf8)) }

    private func error(_ bytes: [UInt8]) -> SpreadsheetError? {
        do {
            _ = try SpreadsheetReader.csv(Data(bytes))
            return nil
        } catch {
            return error
        }
    }

    @Test func googleFormsDownload() throws {
        let sheet = try SpreadsheetReader.read(contentsOf: FixtureFiles.url("google-forms.csv"))
        #expect(sheet.header == ["Timestamp", "Email address", "Name", "Course code", "Session date", "Staff group", "Anything else?"])
        #expect(sheet.rows.map(\.line) == [2, 3, 5])
        #expect(sheet.rows[0].cells == ["2027/01/12 9:14:02 am GMT", "a.okafor@example.org", "Ada Okafor", "PH-01", "25/03/2027", "Teachers", ""])
        #expect(sheet.rows[1][6] == "Step-free access, please.\nAnd a \"quiet\" room.")
        #expect(sheet.rows[2][3] == "SEN-02")
        #expect(sheet.rows[2][6] == "Zoë, café")
    }

    @Test func semicolonsFromExcelWithAByteOrderMark() throws {
        let sheet = try SpreadsheetReader.read(contentsOf: FixtureFiles.url("excel-semicolon.csv"))
        #expect(sheet.header == ["Course code", "Session date", "Rating", "Comment"])
        #expect(sheet.rows.map(\.cells) == [["PH-01", "25/03/2027", "4,5", "Useful"], ["SEN-02", "12/05/2027", "3", "Too long; but good"]])
    }

    @Test(arguments: ["bom-utf8.csv", "bom-utf16le.csv", "bom-utf16be.csv"])
    func byteOrderMarks(file: String) throws {
        let sheet = try SpreadsheetReader.read(contentsOf: FixtureFiles.url(file))
        #expect(sheet.header == ["Name", "Course code"])
        #expect(sheet.rows == [SheetRow(line: 2, cells: ["Zoë Ng", "PH-01"])])
    }

    @Test func everyKindOfLineEnd() throws {
        for end in ["\n", "\r\n", "\r"] {
            let sheet = try sheet(["a,b", "1,2", "\"x\(end)y\",3", "4,5", "", ""].joined(separator: end))
            #expect(sheet.header == ["a", "b"])
            #expect(sheet.rows.map(\.line) == [2, 3, 5], "line end \(end.debugDescription)")
            #expect(sheet.rows[1][0] == "x\(end)y")
            #expect(sheet.rows.last?.cells == ["4", "5"])
        }
    }

    @Test func blankRowsAndTrailingLinesAreSkipped() throws {
        let sheet = try sheet("\n\na,b\n1,2\n,\n \n\n3,\n\n\n")
        #expect(sheet.header == ["a", "b"])
        #expect(sheet.rows == [SheetRow(line: 4, cells: ["1", "2"]), SheetRow(line: 8, cells: ["3", ""])])
    }

    @Test func quotes() throws {
        let sheet = try sheet("a,b,c\n\"\",\"say \"\"hi\"\"\",\"x\"y\nno\"quote, \"lead\",z\n")
        #expect(sheet.rows[0].cells == ["", "say \"hi\"", "xy"])
        #expect(sheet.rows[1].cells == ["no\"quote", " \"lead\"", "z"])
    }

    @Test func separatorsAreDetectedFromTheHeaderLine() throws {
        #expect(try sheet("a;b\n1;2,5\n").rows[0].cells == ["1", "2,5"])
        #expect(try sheet("a\tb\n1\t2;3\n").rows[0].cells == ["1", "2;3"])
        #expect(try sheet("a,b;c\n1,2;3\n").rows[0].cells == ["1", "2;3"])
        #expect(try sheet("a;b\tc\n1;2\n").header == ["a;b\tc"])
        #expect(try sheet("\"a,b\";c\n1;2\n").header == ["a,b", "c"])
        #expect(try sheet("only\nx\n").rows[0].cells == ["x"])
    }

    @Test func excelsSeparatorLine() throws {
        let sheet = try sheet("sep=;\r\na;b\r\n1;2\r\n")
        #expect(sheet.header == ["a", "b"])
        #expect(sheet.rows == [SheetRow(line: 3, cells: ["1", "2"])])
    }

    @Test func headerCellsLoseStrayByteOrderMarks() throws {
        #expect(try sheet("\u{FEFF}\u{FEFF}Timestamp,Email\n").header == ["Timestamp", "Email"])
    }

    @Test func anUnclosedQuoteNamesTheLineWhereItOpened() {
        let error = error(Array("a,b\n1,2\n3,\"open\nstill\nopen\n".utf8))
        #expect(error?.line == 3)
        #expect(error?.message.contains("never closed") == true)
    }

    @Test func invalidUTF8NamesItsLine() {
        let latin1: [UInt8] = Array("Name,Course\r\nZo".utf8) + [0xEB] + Array(",PH-01\r\n".utf8)
        #expect(error(latin1)?.line == 2)
        let inQuotes: [UInt8] = Array("a\n\"x\ny".utf8) + [0xC0, 0x80] + Array("\"\n".utf8)
        #expect(error(inQuotes)?.line == 3)
        for bad: [UInt8] in [[0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE0, 0x80, 0x80], [0xF0, 0x9F, 0x98], [0xFF]] {
            #expect(error(Array("a\n".utf8) + bad)?.line == 2, "\(bad)")
        }
        #expect(error(Array("a\n".utf8) + [0xF0, 0x9F, 0x98, 0x80]) == nil)
    }

    @Test func utf16WithoutAByteOrderMarkIsNotReadAsText() {
        let bytes = Array("Name,Code\nAda,PH-01\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(error(bytes)?.message.contains("NUL") == true)
        #expect(error(Array("a\nb\n".utf8) + [0])?.line == 3)
    }

    @Test func brokenUTF16() {
        #expect(error([0xFF, 0xFE, 0x61]) != nil)
        let loneSurrogate: [UInt8] = [0xFF, 0xFE, 0x61, 0x00, 0x0A, 0x00, 0x00, 0xD8, 0x62, 0x00]
        #expect(error(loneSurrogate)?.line == 2)
    }

    @Test func anEmptyFileHasNoHeader() {
        #expect(error([])?.message.contains("no header") == true)
        #expect(error(Array("\r\n\r\n".utf8)) != nil)
        #expect(error([0xEF, 0xBB, 0xBF]) != nil)
    }

    @Test func aHeaderWithNoRows() throws {
        let sheet = try sheet("Timestamp,Email address")
        #expect(sheet.header == ["Timestamp", "Email address"])
        #expect(sheet.rows.isEmpty)
    }

    @Test func theKindOfFileComesFromItsExtension() throws {
        let folder = try TemporaryFolder("spreadsheets")
        defer { folder.remove() }
        for name in ["UPPER.CSV", "plain.txt", "old.xls"] { try folder.write(name, "a,b\n1,2\n") }
        #expect(try SpreadsheetReader.read(contentsOf: folder.path("UPPER.CSV")).rows.count == 1)
        #expect(throws: SpreadsheetError.self) { try SpreadsheetReader.read(contentsOf: folder.path("plain.txt")) }
        do {
            _ = try SpreadsheetReader.read(contentsOf: folder.path("old.xls"))
            Issue.record("an .xls was read")
        } catch {
            #expect(error.message.contains("save it as .xlsx"))
        }
        #expect(throws: SpreadsheetError(message: "missing.csv does not exist.")) { try SpreadsheetReader.read(contentsOf: folder.path("missing.csv")) }
    }

    @Test func manyRows() throws {
        var text = "Timestamp,Email address,Course code\n"
        for i in 0..<10_000 { text += "2027/01/12 9:14:02,p\(i)@example.org,\"PH-\(i % 7)\"\n" }
        let sheet = try sheet(text)
        #expect(sheet.rows.count == 10_000)
        #expect(sheet.rows.last == SheetRow(line: 10_001, cells: ["2027/01/12 9:14:02", "p9999@example.org", "PH-3"]))
    }
}
