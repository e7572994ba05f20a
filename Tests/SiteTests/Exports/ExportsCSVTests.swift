import Catalogue
import Foundation
import Testing
@testable import Site

/// `courses.csv` and `sessions.csv`: BOM, CRLF, RFC 4180 quoting and formula neutralisation.
@Suite("Exports: CSV")
struct ExportsCSVTests {
    /// A strict RFC 4180 reader for the tests: records of fields, CRLF between records.
    static func parse(_ text: String) -> [[String]] {
        var records: [[String]] = [], record: [String] = [], field = ""
        var quoted = false, index = text.unicodeScalars.startIndex
        let scalars = text.unicodeScalars
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if quoted {
                if scalar == "\"" {
                    if next < scalars.endIndex, scalars[next] == "\"" { field += "\""; index = scalars.index(after: next); continue }
                    quoted = false
                } else { field.unicodeScalars.append(scalar) }
            } else if scalar == "\"" && field.isEmpty {
                quoted = true
            } else if scalar == "," {
                record.append(field); field = ""
            } else if scalar == "\r", next < scalars.endIndex, scalars[next] == "\n" {
                record.append(field); records.append(record); record = []; field = ""
                index = scalars.index(after: next)
                continue
            } else { field.unicodeScalars.append(scalar) }
            index = next
        }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
        return records
    }

    static func file(_ path: String) throws -> (data: Data, records: [[String]]) {
        let files = ExportSample.exports(try ExportSample.catalogue())
        let data = try #require(files[path])
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = try #require(String(validating: Array(data.dropFirst(3)), as: UTF8.self))
        return (data, parse(text))
    }

    @Test("cells are quoted when needed, quotes doubled, formulas neutralised; our numbers are left alone")
    func fields() {
        #expect(CSVWriter.field(.text("plain")) == "plain")
        #expect(CSVWriter.field(.text("a,b")) == "\"a,b\"")
        #expect(CSVWriter.field(.text("say \"hi\"")) == "\"say \"\"hi\"\"\"")
        // A quote that carries a combining mark is still a quote to a spreadsheet: quoted and doubled.
        #expect(CSVWriter.field(.text("a\"\u{301}b")) == "\"a\"\"\u{301}b\"")
        #expect(CSVWriter.field(.text("café, crème")) == "\"café, crème\"")
        #expect(CSVWriter.field(.text("two\nlines")) == "\"two\r\nlines\"")
        #expect(CSVWriter.field(.text(ExportSample.formulaTitle)) == "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"")
        #expect(CSVWriter.field(.text("+1")) == "'+1")
        #expect(CSVWriter.field(.text("-2 points")) == "'-2 points")
        #expect(CSVWriter.field(.text("@SUM(A1)")) == "'@SUM(A1)")
        #expect(CSVWriter.field(.text("\tx")) == "'\tx")
        #expect(CSVWriter.field(.text("\rx")) == "\"'\r\nx\"")
        #expect(CSVWriter.field(.text("a=b")) == "a=b")
        #expect(CSVWriter.field(.number("-5")) == "-5")
        #expect(CSVWriter.field(.decimal(1.5)) == "1.5")
        #expect(CSVWriter.field(.integer(nil)) == "")
    }

    @Test("files start with a BOM and use CRLF only", arguments: [CoursesCSVExport.path, SessionsCSVExport.path])
    func encoding(_ path: String) throws {
        let (data, records) = try ExportsCSVTests.file(path)
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let bytes = [UInt8](data)
        #expect(bytes.suffix(2) == [13, 10])
        for (index, byte) in bytes.enumerated() where byte == 10 { #expect(index > 0 && bytes[index - 1] == 13) }
        for (index, byte) in bytes.enumerated() where byte == 13 { #expect(index + 1 < bytes.count && bytes[index + 1] == 10) }
        let width = try #require(records.first).count
        #expect(records.allSatisfy { $0.count == width }, "every record has the header's width")
    }

    @Test("courses.csv: one row per published course, formula titles neutralised")
    func courses() throws {
        let (_, records) = try ExportsCSVTests.file(CoursesCSVExport.path)
        #expect(records[0] == CoursesCSVExport.header)
        let rows = records.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(records[0], $0)) }
        #expect(rows.count == 5)
        #expect(!rows.contains { $0["Slug"] == "draft-course" })
        let formula = try #require(rows.first { $0["Slug"] == "formula" })
        #expect(formula["Title"] == "'" + ExportSample.formulaTitle)
        #expect(formula["Summary"] == "'-2 points; @mention +plus, \"quoted\"")
        let firstAid = try #require(rows.first { $0["Slug"] == "first-aid" })
        #expect(firstAid["Summary"] == ExportSample.firstAidSummary.replacingOccurrences(of: "\n", with: "\r\n"))
        #expect(firstAid["Cost"] == "£45" && firstAid["Partner cost"] == "£60" && firstAid["CPD hours"] == "6")
        #expect(firstAid["Groups"] == "Teachers; Teaching Assistants" && firstAid["Stages"] == "Induction")
        #expect(firstAid["First date"] == "2026-10-14" && firstAid["Last date"] == "2027-06-16" && firstAid["Sessions"] == "4")
        #expect(firstAid["Page"] == "https://cpd.example.org/trust/courses/first-aid.html")
        let ect = try #require(rows.first { $0["Slug"] == "ect-programme" })
        #expect(ect["Groups"] == "All staff" && ect["Prerequisites"] == "First Aid at Work")
    }

    @Test("sessions.csv: one row per session in date order, with status and links")
    func sessions() throws {
        let (_, records) = try ExportsCSVTests.file(SessionsCSVExport.path)
        #expect(records[0] == SessionsCSVExport.header)
        let rows = records.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(records[0], $0)) }
        #expect(rows.count == 7)
        #expect(rows.compactMap { $0["First day"] } == rows.compactMap { $0["First day"] }.sorted())
        let cancelled = try #require(rows.first { $0["Session ID"] == "first-aid-20261209-0900-1" })
        #expect(cancelled["Status"] == "Cancelled" && cancelled["Booking link"] == "")
        let open = try #require(rows.first { $0["Session ID"] == "first-aid-20261014-0900-1" })
        #expect(open["Booking link"] == "https://forms.example.org/book?course=FA-201&date=2026-10-14")
        #expect(open["Venue"] == "Hilltop Academy, Room 4" && open["Places left"] == "3" && open["Term"] == "Autumn")
        #expect(open["Calendar"] == "https://cpd.example.org/trust/calendars/sessions/first-aid-2026-10-14.ics")
        let cohort = try #require(rows.first { $0["Course slug"] == "ect-programme" })
        #expect(cohort["Days"] == "3" && cohort["All days"] == "2026-11-04; 2026-11-18; 2026-12-02" && cohort["Last day"] == "2026-12-02")
        let formula = try #require(rows.first { $0["Course slug"] == "formula" })
        #expect(formula["Course"] == "'" + ExportSample.formulaTitle)
        #expect(formula["Booking link"] == "mailto:cpd@testbridge.example?subject=Booking%20formula")
    }
}
