import Catalogue
import Foundation
import Site
import TestSupport
import Testing

/// The partner schools' edition: only courses offered to partners, at partner prices, booked through the
/// partners' form, and nothing internal (staff-only notes, trust-only sessions, other courses).
@Suite("Partner edition")
struct PartnerEditionTests {
    /// The staff site's address, which nothing in the partner edition may point at.
    static let staffURL = "https://intranet.testbridge.example/cpd/"
    static let partnerURL = "https://partners.testbridge.example/cpd/"

    /// The valid fixture with one partner course (a partner price, a staff note and a trust-only session),
    /// a staff-only page, the staff site's `url`, and the partners' contact, home text and (unless
    /// `partnerURL` is false) address.
    func content(_ folder: TemporaryFolder, partnerURL: Bool = true, partnerLines: String = "") throws -> URL {
        let content = try folder.copyFixture("valid")
        let site = content.appendingPathComponent("site.yml")
        try (String(contentsOf: site, encoding: .utf8) + """
            url: \(Self.staffURL)
            partners:
              title: Partner schools
              booking: "https://partners.testbridge.example/book?course={code}&date={date}"
              contact: partners@testbridge.example
              intro: Welcome, PARTNER-INTRO colleagues.
            \(partnerURL ? "  url: \(Self.partnerURL)" : "")
            \(partnerLines)

            """).write(to: site, atomically: true, encoding: .utf8)
        _ = try folder.write("Content/pages/staff-room.md", """
            ---
            title: Staff room rota
            audience: staff
            ---
            STAFF-ONLY-PAGE: talk to your line manager.

            """)
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
                                   output: output, environment: ["SOURCE_DATE_EPOCH": Today.startOfYear], edition: edition,
                                   history: ScratchHistory.folder(forBuildOf: content, into: output))
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

    @Test("the trust's mandatory rules and its nomination contact stay on the staff site; partners ask their own contact")
    func noTrustRules() throws {
        try withTemporaryFolder { folder in
            let content = try content(folder)
            let course = content.appendingPathComponent("courses/coaching-conversations.md")
            let text = try String(contentsOf: course, encoding: .utf8)
            let changed = text.replacingOccurrences(of: "format: coaching\n", with: """
                format: coaching
                mandatory: nominated
                invitation_contact: trust-nominations@testbridge.example

                """).replacingOccurrences(of: "    venue: Trust office\n---", with: "    venue: Trust office\n    status: invitation\n---")
            #expect(changed != text)
            try changed.write(to: course, atomically: true, encoding: .utf8)
            let staff = build(content, folder.path("Staff"), edition: .staff)
            try #require(staff.succeeded, "\(staff.errorSummaries)")
            let staffPage = try String(contentsOf: folder.path("Staff").appendingPathComponent("courses/coaching-conversations.html"), encoding: .utf8)
            #expect(staffPage.contains("trust-nominations@testbridge.example") && staffPage.contains("nominated"))
            let report = build(content, folder.path("Partners"), edition: .partners)
            try #require(report.succeeded, "\(report.errorSummaries)")
            let page = try String(contentsOf: folder.path("Partners").appendingPathComponent("courses/coaching-conversations.html"), encoding: .utf8)
            #expect(!page.contains("trust-nominations@testbridge.example"))
            #expect(!page.lowercased().contains("nominated") && !page.contains("Mandatory"))
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

    /// Every file of a built edition, as text.
    func files(_ output: URL) throws -> [(path: String, text: String)] {
        try treeSnapshot(output).map { ($0.key, String(decoding: $0.value, as: UTF8.self)) }.sorted { $0.path < $1.path }
    }

    @Test("a staff-only page is left out of the partner edition, and nothing links to it")
    func staffOnlyPage() throws {
        try withTemporaryFolder { folder in
            let content = try content(folder)
            let output = folder.path("Partners"), staff = folder.path("Staff")
            try #require(build(content, output, edition: .partners).succeeded)
            try #require(build(content, staff, edition: .staff).succeeded)
            #expect(FileManager.default.fileExists(atPath: staff.appendingPathComponent("pages/staff-room.html").path))
            #expect(try String(contentsOf: staff.appendingPathComponent("index.html"), encoding: .utf8).contains("pages/staff-room.html"))
            #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("pages/staff-room.html").path))
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("pages/how-to-book.html").path))
            for (path, text) in try files(output) {
                #expect(!text.contains("staff-room"), "\(path) links to the staff-only page")
                #expect(!text.contains("STAFF-ONLY-PAGE") && !text.contains("Staff room rota"), "\(path) has the staff-only page's text")
            }
        }
    }

    @Test("the required-training grid is left out of the partner edition, and nothing links to it")
    func noRequiredGrid() throws {
        try withTemporaryFolder { folder in
            let content = try content(folder)
            let output = folder.path("Partners"), staff = folder.path("Staff")
            try #require(build(content, output, edition: .partners).succeeded)
            try #require(build(content, staff, edition: .staff).succeeded)
            #expect(FileManager.default.fileExists(atPath: staff.appendingPathComponent("required.html").path))
            #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("required.html").path))
            for (path, text) in try files(output) {
                #expect(!text.contains("required.html"), "\(path) links to the required-training grid")
                #expect(!text.contains("Required training by role") && !text.contains("Required training for every role"),
                        "\(path) offers the required-training grid")
            }
        }
    }

    @Test("the partner edition's home text and contact are the partners', never the staff ones")
    func partnerHomeAndContact() throws {
        try withTemporaryFolder { folder in
            let content = try content(folder)
            let output = folder.path("Partners")
            try #require(build(content, output, edition: .partners).succeeded)
            let home = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
            #expect(home.contains("Welcome, PARTNER-INTRO colleagues."))
            #expect(home.contains("mailto:partners@testbridge.example"))
            #expect(!home.contains("everyone who works in our schools"))
            for (path, text) in try files(output) {
                #expect(!text.contains("Testbridge</strong> offer"), "\(path) has the staff home text")
                #expect(!text.contains("\"Trust staff\""), "\(path) names the partner price as the trust staff's")
                #expect(!text.contains("cpd@testbridge.example"), "\(path) has the staff contact")
            }
        }
    }

    @Test("no link or data file of the partner edition points at the staff site's address",
          arguments: [true, false])
    func noStaffAddress(partnerURL: Bool) throws {
        try withTemporaryFolder { folder in
            let content = try content(folder, partnerURL: partnerURL)
            let output = folder.path("Partners"), staff = folder.path("Staff")
            try #require(build(content, output, edition: .partners).succeeded)
            try #require(build(content, staff, edition: .staff).succeeded)
            #expect(try String(contentsOf: staff.appendingPathComponent("offer.ics"), encoding: .utf8).contains(Self.staffURL))
            let host = "intranet.testbridge.example"
            for (path, text) in try files(output) {
                #expect(!text.contains(host), "\(path) points at the staff site")
            }
            let sitemap = output.appendingPathComponent("sitemap.xml")
            if partnerURL {
                #expect(try String(contentsOf: sitemap, encoding: .utf8).contains(Self.partnerURL + "courses/coaching-conversations.html"))
                #expect(try String(contentsOf: output.appendingPathComponent("offer.ics"), encoding: .utf8).contains(Self.partnerURL))
                #expect(try String(contentsOf: output.appendingPathComponent("catalogue.json"), encoding: .utf8).contains(Self.partnerURL))
            } else {
                #expect(!FileManager.default.fileExists(atPath: sitemap.path))
            }
        }
    }

    @Test("partners never get the staff evaluation form: theirs when partners.feedback is set, else no feedback link")
    func partnerFeedback() throws {
        try withTemporaryFolder { folder in
            let output = folder.path("Partners")
            try #require(build(try content(folder), output, edition: .partners).succeeded)
            for (path, text) in try files(output) {
                #expect(!text.contains("forms.testbridge.example/evaluate"), "\(path) links to the staff evaluation form")
                #expect(!text.contains("Tell us how it went"), "\(path) asks for feedback without a partner form")
            }
        }
        try withTemporaryFolder { folder in
            let content = try content(folder, partnerLines: "  feedback: \"https://partners.testbridge.example/evaluate?course={code}\"")
            let output = folder.path("Partners")
            try #require(build(content, output, edition: .partners).succeeded)
            let page = try String(contentsOf: output.appendingPathComponent("courses/coaching-conversations.html"), encoding: .utf8)
            #expect(page.contains("https://partners.testbridge.example/evaluate?course=CC-300"))
            #expect(!page.contains("forms.testbridge.example/evaluate"))
        }
    }

    @Test("the partner brochure tells partners how they book and whom to ask, never the intranet",
          arguments: [true, false])
    func partnerBrochure(partnerURL: Bool) throws {
        try withTemporaryFolder { folder in
            let output = folder.path("Partners")
            try #require(build(try content(folder, partnerURL: partnerURL), output, edition: .partners).succeeded)
            let brochure = try String(contentsOf: output.appendingPathComponent("brochure.html"), encoding: .utf8)
            #expect(!brochure.contains("intranet"))
            #expect(brochure.contains("open the course " + (partnerURL ? "at \(Self.partnerURL)" : "in the partner schools&#39; online offer")))
            #expect(brochure.contains("Questions: partners@testbridge.example."))
        }
    }

    /// Rewrites a file of the content folder.
    func edit(_ content: URL, _ path: String, _ change: (String) -> String) throws {
        let file = content.appendingPathComponent(path)
        try change(String(contentsOf: file, encoding: .utf8)).write(to: file, atomically: true, encoding: .utf8)
    }

    @Test("partner group pages have no \"Required for your role\" and no link to it; its courses are listed by stage")
    func partnerGroupPagesHaveNoRequiredSection() throws {
        try withTemporaryFolder { folder in
            let content = try content(folder)
            try edit(content, "courses/mandatory/first-aid.md") {
                $0.replacingOccurrences(of: "mandatory: true\n", with: "mandatory: true\npartners: true\n")
            }
            let output = folder.path("Partners"), staff = folder.path("Staff")
            try #require(build(content, output, edition: .partners).succeeded)
            try #require(build(content, staff, edition: .staff).succeeded)
            let staffPage = try String(contentsOf: staff.appendingPathComponent("groups/teachers.html"), encoding: .utf8)
            #expect(staffPage.contains("Required for your role") && staffPage.contains("href=\"#required\""))
            let page = try String(contentsOf: output.appendingPathComponent("groups/teachers.html"), encoding: .utf8)
            #expect(page.contains("First Aid at Work"))  // still listed, with the other courses
            #expect(!page.contains("id=\"required\"") && !page.contains("href=\"#required\""))
            for (path, text) in try files(output) {
                #expect(!text.contains("Required for your role"), "\(path) has the staff's required training")
            }
        }
    }

    @Test("a group's staff_notes are shown to trust staff only: no page or data file of the partner edition has them")
    func groupStaffNotes() throws {
        try withTemporaryFolder { folder in
            let content = try content(folder)
            try edit(content, "groups/teachers.md") {
                $0.replacingOccurrences(of: "order: 2\n", with: "order: 2\nstaff_notes: STAFF-GROUP-NOTE your line manager can book for you.\n")
            }
            let output = folder.path("Partners"), staff = folder.path("Staff")
            let built = build(content, output, edition: .partners)
            try #require(built.succeeded, "\(built.errorSummaries)")
            try #require(build(content, staff, edition: .staff).succeeded)
            let staffPage = try String(contentsOf: staff.appendingPathComponent("groups/teachers.html"), encoding: .utf8)
            #expect(staffPage.contains("For trust staff:</strong> STAFF-GROUP-NOTE"))
            for (path, text) in try files(output) {
                #expect(!text.contains("STAFF-GROUP-NOTE"), "\(path) has a group's staff note")
            }
        }
    }

    @Test("links in a partner course's description to staff-only pages, the staff site or the staff contact are warned about at the link; links to left-out pages become plain text")
    func staffLinksInPartnerCourse() throws {
        try withTemporaryFolder { folder in
            let content = try content(folder)
            let line = "See [the staff room](../pages/staff-room.html), [required training](../required.html#teachers), "
                + "[Behaviour Essentials](behaviour-essentials.html), [the intranet](https://intranet.testbridge.example/cpd/pages/how-to-book.html), "
                + "[email us](mailto:CPD@testbridge.example?subject=Coaching) or [how to book](../pages/how-to-book.html)."
            var lineNumber = 0
            try edit(content, "courses/coaching-conversations.md") { text in
                lineNumber = text.split(separator: "\n", omittingEmptySubsequences: false).count
                return text + line + "\n"
            }
            // Each warning is at the link's address, just after "[text](".
            func column(_ text: String) -> Int { line.distance(from: line.startIndex, to: line.range(of: "[" + text + "](")!.upperBound) + 1 }
            let file = "Content/courses/coaching-conversations.md"
            let output = folder.path("Partners"), staff = folder.path("Staff")
            let report = build(content, output, edition: .partners)
            try #require(report.succeeded, "\(report.errorSummaries)")
            let warnings = report.diagnostics.filter { $0.location.file == file && $0.keyPath == "body" }
            #expect(warnings.map(\.place) == ["the staff room", "required training", "Behaviour Essentials", "the intranet", "email us"]
                .map { "\(file):\(lineNumber):\(column($0))" })
            #expect(warnings.allSatisfy { $0.severity == .warning && $0.suggestion?.contains("partners: false") == true })
            #expect(warnings.first?.message.contains("'Staff room rota', a page for trust staff only") == true)
            #expect(warnings.last?.suggestion?.contains("mailto:partners@testbridge.example") == true)

            let staffReport = build(content, staff, edition: .staff)
            try #require(staffReport.succeeded)
            #expect(!staffReport.diagnostics.contains { $0.location.file == file && $0.keyPath == "body" })
            let staffPage = try String(contentsOf: staff.appendingPathComponent("courses/coaching-conversations.html"), encoding: .utf8)
            #expect(staffPage.contains("<a href=\"../pages/staff-room.html\">the staff room</a>"))

            let page = try String(contentsOf: output.appendingPathComponent("courses/coaching-conversations.html"), encoding: .utf8)
            #expect(page.contains("See the staff room, required training, Behaviour Essentials, <a href=\"https://intranet"))
            #expect(page.contains("<a href=\"../pages/how-to-book.html\">how to book</a>"))
            for (path, text) in try files(output) {
                #expect(!text.contains("staff-room.html") && !text.contains("required.html") && !text.contains("behaviour-essentials.html"),
                        "\(path) has a link to a page the partner edition leaves out")
            }
        }
    }
}
