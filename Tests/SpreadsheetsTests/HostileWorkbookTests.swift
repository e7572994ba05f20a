import Foundation
import Testing
@testable import Spreadsheets
import TestSupport

/// Damaged and hostile `.xlsx` files: each gives a `SpreadsheetError` (or, for a harmless change,
/// a sheet), never a trap, a hang or unbounded memory.
@Suite struct HostileWorkbookTests {
    private static let fixtures = ["microsoft-forms.xlsx", "inline-strings.xlsx", "openpyxl.xlsx"]

    /// Reads `bytes`; true when it threw, false when it gave a sheet. A trap ends the test run.
    @discardableResult
    private func rejects(_ bytes: [UInt8]) -> Bool {
        do {
            _ = try SpreadsheetReader.xlsx(Data(bytes))
            return false
        } catch {
            return !error.message.isEmpty
        }
    }

    private func message(_ bytes: [UInt8]) -> String? {
        do {
            _ = try SpreadsheetReader.xlsx(Data(bytes))
            return nil
        } catch {
            return error.message
        }
    }

    @Test(arguments: fixtures)
    func everyTruncationIsAnError(file: String) throws {
        let bytes = try [UInt8](FixtureFiles.data(file))
        // Every length near the ends (headers, the central directory), every 7th in between.
        let lengths = (0..<bytes.count).filter { $0 < 300 || $0 > bytes.count - 600 || $0 % 7 == 0 }
        let accepted = lengths.filter { !rejects(Array(bytes[..<$0])) }
        #expect(accepted.isEmpty, "read when cut to \(accepted) bytes")
    }

    @Test(arguments: fixtures)
    func randomByteChangesThrowOrRead(file: String) throws {
        let original = try [UInt8](FixtureFiles.data(file))
        var random = SplitMix64(seed: 20)
        var rejected = 0
        for _ in 0..<1_000 {
            var bytes = original
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                let at = Int.random(in: 0..<bytes.count, using: &random)
                bytes[at] = random.next() & 1 == 0 ? bytes[at] ^ (1 << UInt8.random(in: 0...7, using: &random)) : UInt8.random(in: 0...255, using: &random)
            }
            if rejects(bytes) { rejected += 1 }
        }
        #expect(rejected > 300)   // most changes land in checksummed data
    }

    @Test func notAZipAtAll() {
        #expect(message([])?.contains("not an .xlsx") == true)
        #expect(message(Array("ID,Name\n1,Ada\n".utf8))?.contains("not an .xlsx") == true)
        #expect(message(Array(repeating: 0x50, count: 100_000)) != nil)
    }

    @Test func zip64IsNamed() throws {
        var bytes = try [UInt8](FixtureFiles.data("microsoft-forms.xlsx"))
        let end = bytes.count - 22
        bytes[end + 10] = 0xFF
        bytes[end + 11] = 0xFF
        #expect(message(bytes)?.contains("ZIP64") == true)
    }

    @Test func encryptedAndUnknownMethods() throws {
        var encrypted = try ZipEditing(file: "microsoft-forms.xlsx")
        encrypted.set16("xl/workbook.xml", at: 8, 1)
        #expect(message(encrypted.bytes)?.contains("password") == true)
        var bzip2 = try ZipEditing(file: "microsoft-forms.xlsx")
        bzip2.set16("xl/workbook.xml", at: 10, 12)
        #expect(message(bzip2.bytes)?.contains("method (12)") == true)
    }

    @Test func sizesThatLie() throws {
        let sheet = "xl/worksheets/sheet2.xml"
        var huge = try ZipEditing(file: "microsoft-forms.xlsx")
        huge.set32(sheet, at: 24, 65 << 20)
        #expect(message(huge.bytes)?.contains("too large") == true)
        var impossible = try ZipEditing(file: "microsoft-forms.xlsx")
        impossible.set32(sheet, at: 24, 2 << 20)   // over 1,032 times its packed size
        #expect(message(impossible.bytes)?.contains("impossible size") == true)
        var longer = try ZipEditing(file: "microsoft-forms.xlsx")
        longer.set32(sheet, at: 24, 100)           // it unpacks to more than it says
        #expect(message(longer.bytes)?.contains("more than 100 bytes") == true)
        var shorter = try ZipEditing(file: "microsoft-forms.xlsx")
        shorter.set32(sheet, at: 24, 50_000)       // …or to less
        #expect(message(shorter.bytes)?.contains("size is not") == true)
        var checksum = try ZipEditing(file: "microsoft-forms.xlsx")
        checksum.set32(sheet, at: 16, 12345)
        #expect(message(checksum.bytes)?.contains("checksum") == true)
        var offset = try ZipEditing(file: "microsoft-forms.xlsx")
        offset.set32(sheet, at: 42, 0xFFFF_FF00)
        #expect(message(offset.bytes)?.contains("not where its table says") == true)
    }

    @Test func allThePartsTogetherAreCapped() throws {
        let bytes = try [UInt8](FixtureFiles.data("microsoft-forms.xlsx"))
        var roomy = try ZipArchive(bytes, maxTotalSize: 20_000)
        #expect(try XLSXWorkbook(&roomy).sharedStrings.count == 20)
        var tight = try ZipArchive(bytes, maxTotalSize: 2_000)
        #expect(throws: SpreadsheetError.self) { try XLSXWorkbook(&tight) }
    }

    @Test func tooManyEntries() throws {
        var bytes = try [UInt8](FixtureFiles.data("microsoft-forms.xlsx"))
        let end = bytes.count - 22
        bytes[end + 10] = 0x11
        bytes[end + 11] = 0x27   // 10,001
        #expect(message(bytes)?.contains("too many parts") == true)
    }

    @Test func hostileSheets() throws {
        func read(_ xml: String) throws(SpreadsheetError) -> Sheet { try XLSXSheet.read(Array(xml.utf8), workbook: .plain) }
        #expect(throws: SpreadsheetError.self) { try read("<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c>") }
        #expect(throws: SpreadsheetError.self) { try read("<worksheet><sheetData><row r=\"0\"></row></sheetData></worksheet>") }
        #expect(throws: SpreadsheetError.self) { try read("<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>3</v></c></row></sheetData></worksheet>") }
        #expect(throws: SpreadsheetError.self) { try read("<worksheet><sheetData></sheetData></worksheet>") }
        // Far columns in many rows: cells (gaps included) are capped.
        let far = String(repeating: "<row><c r=\"XFD1\"><v>1</v></c></row>", count: 400)
        #expect(throws: SpreadsheetError.self) { try read("<worksheet><sheetData>\(far)</sheetData></worksheet>") }
        // Deep nesting is skipped without recursion.
        let deep = String(repeating: "<a>", count: 100_000) + String(repeating: "</a>", count: 100_000)
        let sheet = try read("<worksheet><sheetData><row><c t=\"inlineStr\"><is>\(deep)<t>x</t></is></c></row></sheetData></worksheet>")
        #expect(sheet.header == ["x"])
    }
}

/// An `.xlsx` fixture with fields of its central directory changed, to make hostile archives.
struct ZipEditing {
    var bytes: [UInt8]

    init(file: String) throws { bytes = try [UInt8](FixtureFiles.data(file)) }

    /// Where the central directory entry for `name` starts.
    private func entry(_ name: String) -> Int {
        let end = bytes.count - 22
        var at = Int(read32(end + 16))
        while read32(at) == 0x0201_4B50 {
            let nameLength = Int(read16(at + 28))
            if Array(bytes[at + 46 ..< at + 46 + nameLength]) == Array(name.utf8) { return at }
            at += 46 + nameLength + Int(read16(at + 30)) + Int(read16(at + 32))
        }
        fatalError("no \(name) in the fixture")
    }

    mutating func set16(_ name: String, at field: Int, _ value: Int) {
        let at = entry(name) + field
        bytes[at] = UInt8(value & 0xFF)
        bytes[at + 1] = UInt8(value >> 8 & 0xFF)
    }

    mutating func set32(_ name: String, at field: Int, _ value: Int) {
        set16(name, at: field, value & 0xFFFF)
        set16(name, at: field + 2, value >> 16 & 0xFFFF)
    }

    private func read16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
    private func read32(_ at: Int) -> Int { read16(at) | read16(at + 2) << 16 }
}
