import Catalogue
import Foundation
@testable import Report
import Site
import TestSupport
import Testing

/// The gaps and warnings, on a small offer made to have each kind.
@Suite("Gaps and warnings")
struct ReportGapsTests {
    /// The `valid` fixture with a mandatory course whose only date is past, a course with no date,
    /// one with only a date to be confirmed, one that only recurs, and a full date; on 1 Feb 2027.
    static func catalogue(in folder: TemporaryFolder) throws -> Catalogue {
        let content = try folder.copyFixture("valid")
        func course(_ slug: String, _ front: String) throws {
            _ = try folder.write("Content/courses/\(slug).md", "---\n\(front)\n---\nAbout it.\n")
        }
        try course("fire-safety", """
            title: Fire Safety, "Annual" Refresh
            summary: Fire safety.
            strand: Mandatory training
            groups: all
            format: face-to-face
            mandatory: true
            renewal_months: 12
            sessions:
              - { date: 2026-10-05, start: "09:00", end: "12:00", venue: Trust office }
            """)
        try course("reading-research", """
            title: Reading Research
            summary: No date yet.
            strand: Teaching and learning
            groups: [teachers]
            format: face-to-face
            """)
        try course("oracy", """
            title: Oracy
            summary: A date to be confirmed.
            strand: Teaching and learning
            groups: [teachers]
            format: face-to-face
            sessions:
              - { date: 2027-05-10, start: "16:00", end: "17:00", venue: Trust office, status: tbc }
            """)
        try course("network", """
            title: Subject Network
            summary: Recurs.
            strand: Teaching and learning
            groups: [teachers]
            format: face-to-face
            sessions:
              - { recurs: every half-term, start: "16:00", end: "17:00", venue: Trust office }
            """)
        try course("full-day", """
            title: Full Day
            summary: Full.
            strand: Leadership
            groups: [middle-leaders]
            format: face-to-face
            sessions:
              - { date: 2027-03-01, start: "09:00", end: "15:00", venue: Trust office, status: full }
            """)
        return try ReportSample.catalogue(content)
    }

    static let today = LocalDate(year: 2027, month: 2, day: 1)!

    @Test("each kind of gap is found, and nothing else")
    func kinds() throws {
        try withTemporaryFolder("report-gaps") { folder in
            let catalogue = try Self.catalogue(in: folder)
            let data = ReportData(catalogue: catalogue, today: Self.today)
            func subjects(_ kind: Gap.Kind) -> [String] { data.gaps.filter { $0.kind == kind }.map(\.subject) }
            #expect(subjects(.mandatoryWithoutDate).contains("fire-safety"))
            #expect(subjects(.noDates).contains("reading-research"))
            #expect(!subjects(.noDates).contains("fire-safety") && !subjects(.noDates).contains("oracy"))
            #expect(subjects(.onlyToBeConfirmed) == ["oracy"])
            #expect(subjects(.recurringOnly) == ["network"])
            #expect(subjects(.fullDate) == ["full-day"])
            #expect(data.gaps.first { $0.kind == .fullDate }?.date == LocalDate(year: 2027, month: 3, day: 1))
            // Groups with fewer than 5 published courses open to them; with 1 as the fewest, none.
            let thin = catalogue.groups.filter { group in catalogue.publishedCourses.count { $0.isOpen(to: group.slug) } < 5 }
            #expect(!thin.isEmpty && thin.count < catalogue.groups.count)
            #expect(Set(subjects(.thinGroup)) == Set(thin.map(\.slug)))
            var fewer = catalogue
            fewer.settings.report.fewestOpportunities = 1
            #expect(ReportData(catalogue: fewer, today: Self.today).gaps.filter { $0.kind == .thinGroup }.isEmpty)
            // The fixture's ECT programme runs across terms: Teaching and learning has a sustained programme.
            #expect(!subjects(.strandWithoutSustained).isEmpty)
        }
    }

    @Test("gaps.csv quotes a title with a comma and quotes (RFC 4180), in UTF-8 with CRLF")
    func csvQuoting() throws {
        try withTemporaryFolder("report-gaps-csv") { folder in
            let catalogue = try Self.catalogue(in: folder)
            let files = try ReportSample.files(catalogue, today: Self.today)
            let csv = try #require(files["gaps.csv"])
            #expect(csv.hasPrefix("\u{FEFF}Gap,Which,Detail\r\n"))
            #expect(csv.contains("Mandatory course with no date left this year,\"Fire Safety, \"\"Annual\"\" Refresh\",\r\n"))
            #expect(!csv.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
            let mandatory = try #require(files["mandatory.csv"])
            #expect(mandatory.contains("\"Fire Safety, \"\"Annual\"\" Refresh\",Everyone in its groups,every year,"))
        }
    }
}
