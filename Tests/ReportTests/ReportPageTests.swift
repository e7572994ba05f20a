import Catalogue
import Foundation
@testable import Report
import Site
import TestSupport
import Testing
import Uptake

/// The page: charts with their tables, no script, every section in the contents; and report.json's shape.
@Suite("The report's page and report.json")
struct ReportPageTests {
    /// The text between the first `start` after `from` and the next `end`.
    static func slice(_ text: String, from: String.Index, _ start: String, _ end: String) -> (String, String.Index)? {
        guard let open = text.range(of: start, range: from..<text.endIndex),
              let close = text.range(of: end, range: open.upperBound..<text.endIndex) else { return nil }
        return (String(text[open.upperBound..<close.lowerBound]), close.upperBound)
    }

    static func all(_ text: String, _ start: String, _ end: String) -> [String] {
        var found: [String] = [], index = text.startIndex
        while let (piece, next) = slice(text, from: index, start, end) {
            found.append(piece)
            index = next
        }
        return found
    }

    @Test("every chart is an image with a title and a description, and its table has the same numbers")
    func chartsHaveTables() throws {
        let catalogue = try ReportSample.catalogue()
        let (uptake, _) = try ReportUptakeTests.uptake(catalogue)
        let page = try #require(try ReportSample.files(catalogue, uptake: uptake)["index.html"])
        let figures = Self.all(page, "<figure class=\"chart\"", "</figure>")
        #expect(figures.count >= 6)
        for figure in figures {
            #expect(figure.contains("role=\"img\"") && figure.contains("<title id=") && figure.contains("<desc id="))
            let tableID = try #require(Self.slice(figure, from: figure.startIndex, "<a href=\"#", "\"")?.0)
            let table = try #require(Self.slice(page, from: page.startIndex, "<table id=\"\(tableID)\">", "</table>")?.0, "\(tableID)")
            let rows = Self.all(table, "<tr>", "</tr>").dropFirst()
            let labels = Self.all(figure, "<text x=\"0\"", "</text>").map { $0.components(separatedBy: ">").last ?? "" }
            let values = Self.all(figure, "<text class=\"chart__value\"", "</text>").map { $0.components(separatedBy: ">").last ?? "" }
            #expect(labels.count == values.count && labels.count == rows.count, "\(tableID)")
            for (label, (value, row)) in zip(labels, zip(values, rows)) {
                let header = try #require(Self.slice(row, from: row.startIndex, "<th scope=\"row\">", "</th>")?.0)
                let cells = Self.all(row, "<td", "</td>").map { $0.components(separatedBy: ">").dropFirst().joined(separator: ">") }
                #expect(label.hasPrefix(header.prefix(40)), "\(tableID): \(label) / \(header)")
                #expect(cells.contains { $0 == value || $0.hasPrefix(value + " ") }, "\(tableID): \(value) not in \(row)")
            }
        }
    }

    @Test("no script, nothing from the internet, and every section is in the contents")
    func noScript() throws {
        let catalogue = try ReportSample.catalogue()
        let page = try #require(try ReportSample.files(catalogue)["index.html"])
        #expect(!page.lowercased().contains("<script"))
        #expect(!page.contains("src=\"http") && !page.contains("href=\"http"))
        let sections = Self.all(page, "<section aria-labelledby=\"", "\"")
        #expect(sections.count >= 7)
        for id in sections { #expect(page.contains("<a href=\"#\(id)\">"), "\(id)") }
        // Every table's CSV file is written beside the page.
        let files = try ReportSample.files(catalogue)
        for href in Self.all(page, "<p class=\"csv\"><a href=\"", "\"") { #expect(files[href] != nil, "\(href)") }
    }

    @Test("report.json: version, date, settings, groups and stages with courses and mandatory, access, gaps")
    func jsonShape() throws {
        let catalogue = try ReportSample.catalogue()
        let json = try ReportSample.json(try #require(try ReportSample.files(catalogue)["report.json"]))
        #expect(json["version"] as? Int == 1)
        #expect(json["generated"] as? String == "2026-12-06")
        #expect(json["academic_year"] as? String == catalogue.settings.academicYear.description)
        let settings = try #require(json["settings"] as? [String: Any])
        #expect(settings["fewest_opportunities"] as? Int == 5 && settings["on_site"] as? String == "no")
        for key in ["groups", "stages"] {
            let rows = try #require(json[key] as? [String: [String: Any]])
            #expect(!rows.isEmpty)
            for (_, row) in rows {
                for field in ["courses", "mandatory", "mandatory_everyone", "mandatory_nominated", "dates_to_come", "sustained"] {
                    #expect(row[field] is Int, "\(key).\(field)")
                }
                #expect((row["mandatory"] as? Int ?? 0) <= (row["courses"] as? Int ?? 0))
            }
        }
        #expect(json["access"] is [String: Any] && json["gaps"] is [Any] && json["sessions"] is [Any] && json["evaluations"] is [String: Any])
        #expect(json["schools"] is [Any] && json["mandatory"] is [Any] && json["files"] is [Any])
    }

    @Test("no file of the report holds an email address, not even the site's contact")
    func noEmails() throws {
        let catalogue = try ReportSample.catalogue()
        let (uptake, _) = try ReportUptakeTests.uptake(catalogue)
        let email = try Regex("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}")
        for (path, text) in try ReportSample.files(catalogue, uptake: uptake) {
            #expect(text.firstMatch(of: email) == nil, "\(path)")
            #expect(!text.contains(catalogue.settings.contact), "\(path)")
        }
    }

    @Test("the same inputs give the same bytes")
    func deterministic() throws {
        let catalogue = try ReportSample.catalogue()
        let (uptake, _) = try ReportUptakeTests.uptake(catalogue)
        #expect(try ReportSample.files(catalogue, uptake: uptake) == ReportSample.files(catalogue, uptake: uptake))
    }
}
