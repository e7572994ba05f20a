import Catalogue
import Foundation
import Site
import TestSupport
import Testing

/// The partner schools' edition: only courses offered to partners, at partner prices, booked through the
/// partners' form, and nothing internal (staff-only notes, trust-only sessions, other courses).
@Suite("Partner edition")
struct PartnerEditionTests {
    /// The valid fixture with one partner course: a partner price, a staff note and a trust-only session.
    func content(_ folder: TemporaryFolder) throws -> URL {
        let content = try folder.copyFixture("valid")
        let site = content.appendingPathComponent("site.yml")
        try (String(contentsOf: site, encoding: .utf8) + """
            partners:
              title: Partner schools
              booking: "https://partners.testbridge.example/book?course={code}&date={date}"
              contact: partners@testbridge.example

            """).write(to: site, atomically: true, encoding: .utf8)
        let course = content.appendingPathComponent("courses/coaching-conversations.md")
        var text = try String(contentsOf: course, encoding: .utf8)
        text = text.replacingOccurrences(of: "format: coaching\n", with: """
            format: coaching
            partner_cost: 85
            cost: Free to trust staff
            staff_notes: INTERNAL-NOTE cover is funded centrally.

            """)
        text = text.replacingOccurrences(of: "    status: closed\n", with: "    status: closed\n    partners: false\n")
        try text.write(to: course, atomically: true, encoding: .utf8)
        return content
    }

    func build(_ content: URL, _ output: URL, edition: Edition) -> BuildReport {
        let options = BuildOptions(content: content, contentDisplay: "Content", theme: Fixtures.theme, themeDisplay: "Theme",
                                   output: output, environment: ["SOURCE_DATE_EPOCH": Today.startOfYear], edition: edition)
        return SiteGenerator(options: options).build()
    }

    @Test("only partner courses are published, with the partner price and the partners' booking form")
    func onlyPartnerCourses() throws {
        try withTemporaryFolder { folder in
            let content = try content(folder)
            let output = folder.path("Partners")
            let report = build(content, output, edition: .partners)
            try #require(report.succeeded, "\(report.errorSummaries)")
            let courses = try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent("courses").path).sorted()
            #expect(courses == ["coaching-conversations.html", "index.html"])
            let page = try String(contentsOf: output.appendingPathComponent("courses/coaching-conversations.html"), encoding: .utf8)
            #expect(page.contains("£85"))
            #expect(!page.contains("Free to trust staff"))
            #expect(page.contains("https://partners.testbridge.example/book?course=CC-300&amp;date=2027-03-03"))
            #expect(!page.contains("coaching@testbridge.example"))
            #expect(page.contains("partners@testbridge.example"))
        }
    }

    @Test("no internal-only course, note or session reaches any file of the partner edition")
    func nothingInternal() throws {
        try withTemporaryFolder { folder in
            let content = try content(folder)
            let output = folder.path("Partners")
            try #require(build(content, output, edition: .partners).succeeded)
            let staff = folder.path("Staff")
            try #require(build(content, staff, edition: .staff).succeeded)
            let staffPage = try String(contentsOf: staff.appendingPathComponent("courses/coaching-conversations.html"), encoding: .utf8)
            #expect(staffPage.contains("INTERNAL-NOTE"))  // the staff site does show it
            #expect(staffPage.contains("2027-01-20"))
            let internalTitles = try Fixtures.catalogue().publishedCourses.map(\.title).filter { $0 != "Coaching Conversations" }
            for (path, data) in try treeSnapshot(output) {
                let text = String(decoding: data, as: UTF8.self)
                #expect(!text.contains("INTERNAL-NOTE"), "\(path) has the staff note")
                #expect(!text.contains("2027-01-20") && !text.contains("20270120"), "\(path) has the trust-only session")
                for title in internalTitles {
                    let escaped = title.replacingOccurrences(of: "&", with: "&amp;")
                    #expect(!text.contains(escaped) && !text.contains(title), "\(path) mentions \(title)")
                }
            }
        }
    }
}
