import Catalogue
import Foundation
import TestSupport
import Testing

/// How a course file's front matter is split and read: each case is one course file added to a copy of
/// the valid fixture, and only that file's diagnostics are looked at.
@Suite("Front matter: splitting and reading YAML")
struct FrontMatterTests {
    /// A course whose front matter is the base settings with `lines` added (or a base key replaced), then `body`.
    static func course(_ lines: [String], replacing: [String] = [], body: String = "") -> String {
        let base = ["title: Extra course", "summary: One sentence.", "strand: Leadership", "groups: all", "format: online"]
            .filter { line in !replacing.contains { line.hasPrefix($0 + ":") } }
        return (["---"] + base + lines + ["---"]).joined(separator: "\n") + "\n" + body
    }

    /// Loads the valid fixture plus `Content/courses/extra.md`; returns the loaded course and that file's diagnostics.
    func load(_ text: String) throws -> (Course?, [Diagnostic]) {
        try withTemporaryFolder { folder in
            let content = try folder.copyFixture("valid")
            try folder.write("Content/courses/extra.md", text)
            let result = ContentLoader(directory: content, displayPath: "Content").load()
            let others = result.diagnostics.filter { $0.location.file != "Content/courses/extra.md" }
            #expect(others.map(\.summary) == [])
            return (result.catalogue?.course("extra"), result.diagnostics.filter { $0.location.file == "Content/courses/extra.md" })
        }
    }

    @Test("values are read as the text the editor wrote")
    func plainValues() throws {
        let (course, diagnostics) = try load(Self.course([
            "provider: no", "accreditation: 2026-10-14", "cost: Free to trust staff", "partner_cost: £12.50",
            "sessions:", "  - date: 2026-10-14", "    start: 09:30", "    end: \"10:00\"",
        ]))
        #expect(diagnostics.map(\.summary) == [])
        let loaded = try #require(course)
        #expect(loaded.provider == "no")                      // not turned into false
        #expect(loaded.accreditation == "2026-10-14")         // not turned into a date
        #expect(loaded.partnerCost == .pence(1250))
        #expect(loaded.sessions.first?.start?.description == "09:30")  // not sexagesimal 570
        #expect(loaded.sessions.first?.end?.description == "10:00")
    }

    @Test("a key written twice is an error on a line that writes it")
    func duplicateKey() throws {
        let (course, diagnostics) = try load(Self.course(["summary: Again."]))
        #expect(course == nil)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.message.contains("'summary' is given twice") == true)
        #expect(diagnostics.first?.location.lineText?.hasPrefix("summary:") == true)
    }

    @Test("YAML anchors and aliases are refused at their place")
    func anchorsRefused() throws {
        let (_, diagnostics) = try load(Self.course(["provider: &who Team Teach", "accreditation: *who"]))
        #expect(diagnostics.map(\.place) == ["Content/courses/extra.md:7:11"])
        #expect(diagnostics.first?.message.contains("anchors and aliases") == true)
    }

    /// Anchors and aliases are refused only where YAML would read them: at the start of a value. An ampersand
    /// inside one value and Markdown-style emphasis inside another are plain text.
    @Test("an ampersand and *emphasis* in plain text are not mistaken for anchors")
    func ampersandAndAsteriskInText() throws {
        let (course, diagnostics) = try load(Self.course(["provider: Health & Safety team", "accreditation: Certificate for *all* staff"]))
        #expect(diagnostics.map(\.summary) == [])
        #expect(course?.accreditation == "Certificate for *all* staff")
    }

    @Test("the text of a block scalar (key: |) is not read for anchors; an alias after it still is")
    func blockScalarText() throws {
        let (course, diagnostics) = try load(Self.course(["provider: Health & Safety team", "accreditation: |",
                                                          "  Tea, *coffee* & cake,", "  &more", "", "  - *list"]))
        #expect(diagnostics.map(\.summary) == [])
        #expect(course?.accreditation == "Tea, *coffee* & cake,\n&more\n\n- *list")
        let (_, after) = try load(Self.course(["accreditation: >-", "  Health & Safety", "provider: *who"]))
        #expect(after.map(\.place) == ["Content/courses/extra.md:9:11"])
    }

    @Test("an ampersand alone is plain text")
    func ampersandAlone() throws {
        let (course, diagnostics) = try load(Self.course(["provider: Health & Safety team"]))
        #expect(diagnostics.map(\.summary) == [])
        #expect(course?.provider == "Health & Safety team")
    }

    @Test("the body starts after the closing line, and body links are placed by file line")
    func bodyLineNumbers() throws {
        let (_, diagnostics) = try load(Self.course([], body: "Intro.\n\n- [ok](https://example.org)\n- [bad](ftp://example.org/x)\n"))
        // 7 front-matter lines (with the fences), then the body: the bad link is on body line 4, file line 11, and the caret is on its address.
        #expect(diagnostics.map(\.place) == ["Content/courses/extra.md:11:9"])
        #expect(diagnostics.first?.keyPath == "body")
    }

    @Test("'...' also closes the front matter")
    func dotsClose() throws {
        let text = Self.course([]).replacingOccurrences(of: "format: online\n---", with: "format: online\n...")
        let (course, diagnostics) = try load(text)
        #expect(diagnostics.map(\.summary) == [])
        #expect(course != nil)
    }

    @Test("front matter with only blank lines is an error")
    func emptyFrontMatter() throws {
        let (course, diagnostics) = try load("---\n\n---\nBody.\n")
        #expect(course == nil)
        #expect(diagnostics.map(\.message) == ["the front matter between the '---' lines is empty"])
    }

    @Test("front matter that is a list, not settings, is an error")
    func notAMapping() throws {
        let (course, diagnostics) = try load("---\n- title\n- summary\n---\n")
        #expect(course == nil)
        #expect(diagnostics.map(\.place) == ["Content/courses/extra.md:2:1"])
        #expect(diagnostics.first?.message.hasPrefix("the front matter must be a set of 'key: value' lines") == true)
    }

    @Test("a required value written empty is reported as empty, at its own line")
    func emptyRequiredValue() throws {
        let (course, diagnostics) = try load(Self.course(["title:"], replacing: ["title"]))
        #expect(course == nil)
        #expect(diagnostics.map(\.message) == ["'title' is empty"])
    }

    @Test("unknown keys inside a session are reported with the session's key path")
    func unknownSessionKey() throws {
        let (_, diagnostics) = try load(Self.course(["sessions:", "  - date: 2026-10-14", "    venu: Hall"]))
        #expect(diagnostics.map(\.place) == ["Content/courses/extra.md:9:5"])
        #expect(diagnostics.first?.keyPath == "sessions[0].venu")
        #expect(diagnostics.first?.suggestion == "did you mean 'venue'?")
    }

    @Test("a session with both date and days, or neither, is an error")
    func dateAndDays() throws {
        let (_, both) = try load(Self.course(["sessions:", "  - date: 2026-10-14", "    days: [2026-10-15]"]))
        #expect(both.map(\.keyPath) == ["sessions[0].days"])
        let (_, neither) = try load(Self.course(["sessions:", "  - venue: Hall"]))
        #expect(neither.map(\.message) == ["the session has no date"])
        #expect(neither.map(\.place) == ["Content/courses/extra.md:8:5"])
    }

    @Test("the days of a cohort must be in order")
    func daysInOrder() throws {
        let (_, diagnostics) = try load(Self.course(["sessions:", "  - days: [2026-11-18, 2026-11-04]"]))
        #expect(diagnostics.map(\.place) == ["Content/courses/extra.md:8:24"])
        #expect(diagnostics.first?.keyPath == "sessions[0].days[1]")
    }

    @Test("places_left cannot be more than places; no places left makes a session full")
    func placesLeft() throws {
        let (_, tooMany) = try load(Self.course(["sessions:", "  - date: 2026-10-14", "    places: 10", "    places_left: 12"]))
        #expect(tooMany.map(\.message) == ["places_left (12) is more than places (10)"])
        let (course, none) = try load(Self.course(["sessions:", "  - date: 2026-10-14", "    places: 10", "    places_left: 0",
                                                   "  - date: 2026-11-14"]))
        #expect(none.isEmpty)
        #expect(course?.sessions.first?.status == .full)
    }
}
