@testable import Catalogue
import Foundation
import TestSupport
import Testing

/// What a CPD co-ordinator's second walk through the checks found passing in silence, or pointing at
/// the wrong place: a time zone without summer time, a copied course, a note cutting a value, a
/// date that does not exist written day first, a session listed twice, the size limits of files.
@Suite("Co-ordinator walk: mistakes that passed in silence")
struct CoordinatorWalkTests {
    /// Loads the valid fixture with `site.yml`'s `timezone` line replaced (when given), lines added
    /// to it, and `files` written; every diagnostic.
    func load(timezone: String? = nil, siteLines: String = "", files: [String: String] = [:]) throws -> [Diagnostic] {
        try withTemporaryFolder("walk") { folder in
            let content = try folder.copyFixture("valid")
            let site = content.appendingPathComponent("site.yml")
            var text = try String(contentsOf: site, encoding: .utf8)
            if let timezone { text = text.replacingOccurrences(of: "timezone: Europe/London", with: "timezone: \(timezone)") }
            try (text + siteLines).write(to: site, atomically: true, encoding: .utf8)
            for (path, text) in files { _ = try folder.write("Content/" + path, text) }
            return ContentLoader(directory: content, displayPath: "Content").load().diagnostics
        }
    }

    /// A course file: front matter of `lines`, then `body`.
    static func file(_ lines: [String], body: String = "Text.\n") -> String {
        (["---"] + lines + ["---"]).joined(separator: "\n") + "\n" + body
    }

    static let rest = ["strand: Leadership", "groups: all", "format: online"]

    @Test("GMT, UTC and other fixed zones at the UK's offsets are a warning suggesting Europe/London", arguments: ["GMT", "UTC", "Etc/GMT", "Etc/UTC", "Etc/GMT-1", "Zulu"])
    func fixedZone(_ zone: String) throws {
        let found = try load(timezone: zone)
        #expect(found.map(\.code) == [.timeZoneWithoutSummerTime])
        #expect(found.first?.place == "Content/site.yml:4:11")
        #expect(found.first?.severity == .warning)
        #expect(found.first?.suggestion?.contains("timezone: Europe/London") == true)
    }

    @Test("BST, London, a wrong case and UK are errors suggesting Europe/London", arguments: ["BST", "London", "Europe/london", "europe/london", "UK"])
    func notAZoneName(_ zone: String) throws {
        let found = try load(timezone: zone)
        #expect(found.map(\.code) == [.unknownTimeZone])
        #expect(found.first?.place == "Content/site.yml:4:11")
        #expect(found.first?.suggestion?.contains("'Europe/London'") == true)
    }

    @Test("Europe/London and the zones that keep the UK's time pass", arguments: ["Europe/London", "GB", "Europe/Belfast", "Europe/Paris"])
    func ukZones(_ zone: String) throws {
        #expect(try load(timezone: zone).map(\.summary) == [])
    }

    @Test("a copied course (same title or summary, written in another case or spacing) warns at each, naming the other's line")
    func copiedCourse() throws {
        let copy = Self.file(["title: first  AID at work", "summary: Three-day first aid qualification."] + Self.rest)
        let found = try load(files: ["courses/copy.md": copy]).filter { $0.code == .duplicateTitle || $0.code == .duplicateSummary }
        #expect(found.map { "\($0.code.rawValue) \($0.place)" }.sorted() == [
            "duplicate-summary Content/courses/copy.md:3:10", "duplicate-summary Content/courses/mandatory/first-aid.md:4:10",
            "duplicate-title Content/courses/copy.md:2:8", "duplicate-title Content/courses/mandatory/first-aid.md:2:8",
        ])
        let title = try #require(found.first { $0.code == .duplicateTitle && $0.location.file.hasSuffix("copy.md") })
        #expect(title.message == "'first  AID at work' is also the title of another course, in Content/courses/mandatory/first-aid.md:2:8 ('First Aid at Work')")
        let original = try #require(found.first { $0.code == .duplicateTitle && $0.location.file.hasSuffix("first-aid.md") })
        #expect(original.message == "'First Aid at Work' is also the title of another course, in Content/courses/copy.md:2:8 ('first  AID at work')")
        #expect(title.suggestion == "if one was copied from the other, change the title and summary of the copy to say what that course is")
        #expect(found.allSatisfy { $0.severity == .warning })
    }

    @Test("a copy is found whatever its capitals, accents, punctuation and spacing; another course's title is not a copy",
          arguments: [("FIRST AID AT WORK!", true), ("First-Aid at Work.", true), ("Fírst Áid at Wörk", true), ("first aid – at work", true),
                      ("FirstAid at Work", true), ("First\u{200B}Aid at Work", true),
                      ("First Aid at Work 2", false), ("First Aid at Home", false), ("First Aider at Work", false), ("First Aid at Work 🎨", false)])
    func copiedTitleForms(title: String, copied: Bool) throws {
        let copy = Self.file(["title: \"\(title)\"", "summary: A summary of its own."] + Self.rest)
        let found = try load(files: ["courses/copy.md": copy]).filter { $0.code == .duplicateTitle }
        #expect(found.map(\.place).sorted() == (copied ? ["Content/courses/copy.md:2:8", "Content/courses/mandatory/first-aid.md:2:8"] : []))
    }

    @Test("several copies: four named, more counted, each written another way quoted after its place")
    func severalCopies() throws {
        func copy(_ title: String) -> String { Self.file(["title: \"\(title)\"", "summary: A summary of its own."] + Self.rest) }
        let four = try load(files: ["courses/copy-1.md": copy("FIRST AID AT WORK"), "courses/copy-2.md": copy("First Aid at Work"),
                                    "courses/copy-3.md": copy("First-Aid at Work"), "courses/copy-4.md": copy("first aid at work")])
            .filter { $0.code == .duplicateTitle }
        let original = try #require(four.first { $0.location.file.hasSuffix("first-aid.md") })
        #expect(original.message == "'First Aid at Work' is also the title of other courses, in Content/courses/copy-1.md:2:8 ('FIRST AID AT WORK'), "
            + "Content/courses/copy-2.md:2:8, Content/courses/copy-3.md:2:8 ('First-Aid at Work') and Content/courses/copy-4.md:2:8 ('first aid at work')")
        #expect(original.suggestion == "if they were copied from one course, change the title and summary of each copy to say what that course is")
        let five = try load(files: ["courses/copy-1.md": copy("First Aid at Work"), "courses/copy-2.md": copy("First Aid at Work"),
                                    "courses/copy-3.md": copy("First Aid at Work"), "courses/copy-4.md": copy("First Aid at Work"),
                                    "courses/copy-5.md": copy("First Aid at Work")]).filter { $0.code == .duplicateTitle }
        #expect(five.first { $0.location.file.hasSuffix("first-aid.md") }?.message == "'First Aid at Work' is also the title of other courses, in "
            + "Content/courses/copy-1.md:2:8, Content/courses/copy-2.md:2:8, Content/courses/copy-3.md:2:8 and 2 more")
    }

    @Test("the compared text: letters, digits and symbols, lowercase, without accents, spaces or punctuation; digits apart stay apart")
    func comparableText() {
        func same(_ a: String, _ b: String) -> Bool { CatalogueValidator.comparable(a) == CatalogueValidator.comparable(b) }
        #expect(CatalogueValidator.comparable("  Mánual  Handling! ") == "manualhandling")
        #expect(same("cafe-culture", "Café culture."))
        #expect(same("Co-ordinator training", "Coordinator training") && same("Don't Panic", "Dont panic") && same("E-Safety", "eSafety"))
        #expect(same("Ｆｉｒｓｔ Aid", "first aid") && same("汉字 书写", "汉字书写") && same("الرِّيَاضِيَات", "الرياضيات"))
        #expect(!same("Level 1-2", "Level 12") && !same("2.5 hours", "25 hours") && !same("Year 7", "Year 8"))
        #expect(!same("C++ basics", "C basics") && !same("C# basics", "C basics") && !same("C# basics", "C++ basics"))
        #expect(!same("Phonics 🎨", "Phonics") && !same("🎨", "🎵"))
        // Text with no letter, digit or symbol is compared as written.
        #expect(same("🎨", "🎨") && same("???", "???") && same("???", " ??? ") && !same("???", "!!!") && !same("???", ""))
        #expect(CatalogueValidator.comparable("") == "" && CatalogueValidator.comparable(" \t") == "")
    }

    @Test("a draft copy is not compared: it is still being written")
    func draftCopy() throws {
        let copy = Self.file(["title: First Aid at Work", "summary: Three-day first aid qualification.", "draft: true"] + Self.rest)
        #expect(try load(files: ["courses/copy.md": copy]).map(\.summary) == [])
    }

    @Test("a plain value followed by ' # …' warns at the '#', with both fixes")
    func cutNote() throws {
        let course = Self.file(["title: Paediatric First Aid # Level 2", "summary: One sentence."] + Self.rest
                               + ["provider: Red Cross # Level 2", "accreditation: Ofqual #2"])
        let found = try load(files: ["courses/extra.md": course])
        #expect(found.map { "\($0.code.rawValue) \($0.place) \($0.keyPath)" } == [
            "value-cut-by-note Content/courses/extra.md:2:29 title",
            "value-cut-by-note Content/courses/extra.md:7:21 provider",
            "value-cut-by-note Content/courses/extra.md:8:23 accreditation",
        ])
        let title = try #require(found.first)
        #expect(title.message == "the text from '# Level 2' on is read as a note, so it will not be published")
        #expect(title.suggestion == "to keep it, put the whole value in double quotes: \"Paediatric First Aid # Level 2\"; if it is a note, leave two spaces before the #")
        #expect(title.location.endColumn == 38)
    }

    @Test("notes written as notes, whole-line notes, quoted values and a colour lost to '#' give no cut-note warning")
    func notesLeftAlone() throws {
        let course = FrontMatterTests.course(["# a note on its own line", "provider: Red Cross   # two spaces: a note",
                                              "accreditation: \"Level # 2\"", "cpd_hours: 3  # hours"], body: "Text.\n")
        #expect(try load(files: ["courses/extra.md": course]).map(\.summary) == [])
        let lost = try load(siteLines: "brand:\n  colour: #1f5c4f\n")
        #expect(lost.map(\.code) == [.valueLostToNote])
    }

    @Test("a note cutting a value in site.yml is found too")
    func cutNoteInSiteSettings() throws {
        let found = try load(siteLines: "partners:\n  title: Partner # schools\n")
        #expect(found.map { "\($0.code.rawValue) \($0.place) \($0.keyPath)" } == ["value-cut-by-note Content/site.yml:19:18 partners.title"])
    }

    @Test("a day-first date that does not exist says both mistakes at once, and suggests only real dates",
          arguments: [("31/09/2026", "September 2026 has only 30 days", "2026-09-30"), ("29/02/2027", "February 2027 has only 28 days", "2027-02-28"),
                      ("2026-09-31", "September 2026 has 30 days", "")])
    func impossibleDate(_ written: String, _ days: String, _ last: String) throws {
        let course = FrontMatterTests.course(["sessions:", "  - date: \(written)"], body: "Text.\n")
        let found = try load(files: ["courses/extra.md": course])
        let date = try #require(found.first { $0.code == .invalidDate })
        #expect(date.place == "Content/courses/extra.md:8:11")
        let suggestion = date.suggestion ?? ""
        #expect(suggestion.contains(days), "\(suggestion)")
        if !last.isEmpty {
            #expect(suggestion.contains("YYYY-MM-DD") && suggestion.contains(last), "\(suggestion)")
        }
        #expect(!suggestion.contains("2026-09-31") && !suggestion.contains("2027-02-29"), "\(suggestion)")
    }

    @Test("a date written month first that is a real date the other way round is named as such")
    func monthFirst() throws {
        let course = FrontMatterTests.course(["sessions:", "  - date: 09/14/2026"], body: "Text.\n")
        let date = try #require(try load(files: ["courses/extra.md": course]).first { $0.code == .invalidDate })
        #expect(date.suggestion == "dates are written YYYY-MM-DD (year, month, day): 2026-09-14 if you meant 14 September")
    }

    @Test("a session listed twice warns at the later one naming the earlier line; another venue at the same time is silent")
    func sameSession() throws {
        let course = FrontMatterTests.course([
            "sessions:",
            "  - { date: 2026-11-04, start: \"09:00\", venue: Main Hall }",
            "  - { date: 2026-11-04, start: \"09:00\", venue: Oak School }",
            "  - { date: 2026-11-04, start: \"09:00\", venue: main  hall }",
        ], body: "Text.\n")
        let found = try load(files: ["courses/extra.md": course])
        #expect(found.map { "\($0.code.rawValue) \($0.place)" } == ["duplicate-session Content/courses/extra.md:10:5"])
        #expect(found.first?.message == "the session on 2026-11-04 at 09:00 in main  hall is listed twice: it is the same as the session on line 8")
    }

    @Test("files: in site.yml sets the size limits; a wrong value is an error with the fix")
    func sizeLimits() throws {
        let picture = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"><!--" + String(repeating: "x", count: 1500) + "--></svg>"
        let body = FrontMatterTests.course([], body: "![Plan](plan.svg)\n")
        let found = try load(siteLines: "files: { max_picture_kb: 1, max_document_mb: 5 }\n",
                             files: ["courses/extra.md": body, "courses/plan.svg": picture])
        #expect(found.map { "\($0.code.rawValue) \($0.place)" } == ["file-too-large Content/courses/extra.md:8:9"])
        #expect(found.first?.message == "the picture 'plan.svg' is 2 KB; a picture may be at most 1 KB")
        #expect(found.first?.suggestion?.hasSuffix("; the limit is files: max_picture_kb in site.yml") == true)
        #expect(try load(siteLines: "files: { max_picture_kb: 10 }\n", files: ["courses/extra.md": body, "courses/plan.svg": picture])
            .map(\.summary) == [])

        let wrong = try load(siteLines: "files:\n  max_picture_kb: 500 KB\n  max_document_mb: 0\n  max_pdf_mb: 3\n")
        #expect(wrong.map { "\($0.code.rawValue) \($0.place)" } == [
            "not-a-whole-number Content/site.yml:19:19", "number-out-of-range Content/site.yml:20:20", "unknown-setting Content/site.yml:21:3",
        ])
        #expect(wrong.first?.suggestion == "write just the number: max_picture_kb: 500")
    }
}
