import Catalogue
import Foundation
import TestSupport
import Testing

/// What editors write for the partner edition: a page's `audience`, and `partners:` in site.yml
/// (its own address and home text), each checked with a clear message.
@Suite("Partner edition: audience and partner settings")
struct PartnerEditionSettingsTests {
    /// Loads the valid fixture with `site.yml` lines appended and extra files written.
    func load(siteLines: String = "", files: [String: String] = [:]) throws -> LoadResult {
        try withTemporaryFolder { folder in
            let content = try folder.copyFixture("valid")
            let site = content.appendingPathComponent("site.yml")
            try (String(contentsOf: site, encoding: .utf8) + siteLines).write(to: site, atomically: true, encoding: .utf8)
            for (path, text) in files { _ = try folder.write("Content/" + path, text) }
            return ContentLoader(directory: content, displayPath: "Content").load()
        }
    }

    @Test("a page marked audience: staff is loaded as staff-only; pages default to everyone")
    func audienceRead() throws {
        let result = try load(files: ["pages/staff-room.md": "---\ntitle: Staff room\naudience: staff\n---\nText.\n"])
        #expect(result.diagnostics.map(\.summary) == [])
        let pages = try #require(result.catalogue).pages
        #expect(pages.first { $0.slug == "staff-room" }?.audience == .staff)
        #expect(pages.first { $0.slug == "how-to-book" }?.audience == .everyone)
    }

    @Test("a misspelt audience is an error at its value, naming the right word")
    func audienceTypo() throws {
        let result = try load(files: ["pages/staff-room.md": "---\ntitle: Staff room\naudience: staf\n---\nText.\n"])
        let diagnostic = try #require(result.diagnostics.first { $0.location.file == "Content/pages/staff-room.md" })
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.place == "Content/pages/staff-room.md:3:11")
        #expect(diagnostic.message == "'staf' is not a known audience")
        #expect(diagnostic.suggestion?.contains("staff") == true)
    }

    @Test("partners: url and intro are read; the url gets its final slash")
    func partnerURLAndIntro() throws {
        let result = try load(siteLines: """
            partners:
              url: https://partners.testbridge.example/cpd
              intro: |
                Welcome, **partner schools**.

            """)
        #expect(result.diagnostics.map(\.summary) == [])
        let partners = try #require(result.catalogue?.settings.partners)
        #expect(partners.url == "https://partners.testbridge.example/cpd/")
        #expect(partners.intro?.html.contains("<strong>partner schools</strong>") == true)
    }

    @Test("a partners url that is not a web address, an unsafe intro link and a bad contact are errors")
    func partnerSettingsChecked() throws {
        let result = try load(siteLines: """
            partners:
              url: partners.testbridge.example
              contact: partners at testbridge
              intro: "[Book](javascript:alert(1))"
              intranet: yes

            """)
        let messages = result.diagnostics.filter { $0.severity == .error }.map(\.keyPath).sorted()
        #expect(messages == ["partners.contact", "partners.intranet", "partners.intro", "partners.url"])
    }

    @Test("partners: feedback is read like the staff feedback form, and checked the same way")
    func partnerFeedback() throws {
        let good = try load(siteLines: """
            partners:
              feedback: "https://forms.testbridge.example/partners/evaluate?course={code}"

            """)
        #expect(good.diagnostics.map(\.summary) == [])
        let feedback = try #require(good.catalogue?.settings.partners?.feedback)
        #expect(feedback.description == "https://forms.testbridge.example/partners/evaluate?course={code}")

        let bad = try load(siteLines: """
            partners:
              feedback: "https://forms.testbridge.example/partners/evaluate?course={course}"

            """)
        let diagnostic = try #require(bad.diagnostics.first { $0.keyPath == "partners.feedback" })
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.message.contains("unknown placeholder '{course}'"))
    }
}
