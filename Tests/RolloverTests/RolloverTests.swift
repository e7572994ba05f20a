import Catalogue
import Foundation
@testable import Rollover
import TestSupport
import Testing

/// `prospectus rollover`: next year's content from this year's, edited as text.
@Suite("Rollover")
struct RolloverTests {
    /// The sample offer at the top of the repository.
    static let sampleContent = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()   // CatalogueTests
        .deletingLastPathComponent()   // Tests
        .deletingLastPathComponent()   // the package
        .appendingPathComponent("Content")

    static let next = AcademicYear(startYear: 2027)
    /// "Today" once the old year is over: nothing taken out is still to come.
    static let afterTheYear: @Sendable (SiteSettings) -> LocalDate = { _ in LocalDate(year: 2027, month: 9, day: 1)! }

    /// Every file of a folder and its bytes, to prove a folder was not touched.
    static func snapshot(_ folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        for relative in FileManager.default.subpaths(atPath: folder.path) ?? [] {
            var isDirectory: ObjCBool = false
            let path = folder.appendingPathComponent(relative).path
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[relative] = FileManager.default.contents(atPath: path)
            }
        }
        return files
    }

    static func text(_ url: URL) throws -> String {
        try #require(String(data: Data(contentsOf: url), encoding: .utf8))
    }

    // MARK: The sample content

    @Test("the sample Content rolls over into a new folder that loads with no errors and no sessions, leaving Content as it was")
    func sampleIntoNewFolder() throws {
        try withTemporaryFolder { folder in
            let before = Self.snapshot(Self.sampleContent)
            let original = ContentLoader(directory: Self.sampleContent, displayPath: "Content").load()
            let originalCatalogue = try #require(original.catalogue)
            let target = folder.url.appendingPathComponent("Content-2027-28")

            let result = ContentRollover(content: Self.sampleContent, contentDisplay: "Content", to: Self.next, today: Self.afterTheYear)
                .run(into: .folder(target), destinationDisplay: "Content-2027-28")
            let report = try result.get()

            // The original is byte-for-byte unchanged, and nothing was left beside the new folder.
            #expect(Self.snapshot(Self.sampleContent) == before)
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["Content-2027-28"])

            let loaded = ContentLoader(directory: target, displayPath: "Content-2027-28").load()
            #expect(loaded.diagnostics.filter { $0.severity == .error }.map(\.summary) == [])
            let catalogue = try #require(loaded.catalogue)
            #expect(catalogue.settings.academicYear == Self.next)
            #expect(catalogue.settings.offer == originalCatalogue.settings.offer.replacingOccurrences(of: "2026/27", with: "2027/28"))
            #expect(catalogue.courses.allSatisfy { $0.sessions.isEmpty })
            #expect(catalogue.courses.map(\.slug).sorted() == originalCatalogue.courses.map(\.slug).sorted())
            #expect(catalogue.groups.count == originalCatalogue.groups.count)
            #expect(catalogue.pathways.count == originalCatalogue.pathways.count)
            #expect(catalogue.pages.count == originalCatalogue.pages.count)
            #expect(catalogue.settings.trainingDays.isEmpty)
            // Every file is there, and only site.yml and courses with sessions changed.
            let after = Self.snapshot(target)
            #expect(Set(after.keys) == Set(before.keys))
            let changed = Set(after.keys.filter { after[$0] != before[$0] })
            #expect(changed == Set(report.filesChanged))
            #expect(changed.contains("site.yml"))
            #expect(changed.subtracting(["site.yml"]).allSatisfy { $0.hasPrefix("courses/") })

            // The report counts what happened.
            let withSessions = originalCatalogue.courses.filter { !$0.sessions.isEmpty }
            #expect(report.courses.count == originalCatalogue.courses.count)
            #expect(report.sessionsRemoved == originalCatalogue.courses.reduce(0) { $0 + $1.sessions.count })
            #expect(report.filesChanged.count == withSessions.count + 1)
            // A session that recurs ("every half-term") has no date to go out of date: it is kept.
            #expect(report.coursesToBeConfirmed.count == originalCatalogue.courses.filter(\.recurring.isEmpty).count)
            #expect(report.filesCopied == before.count)
            #expect(report.settings.first { $0.setting == "academic_year" } == RolloverSettingChange(setting: "academic_year", old: "2026-27", new: "2027-28"))
            #expect(report.mentions.map(\.description).contains("Content-2027-28/index.md:1 (text): 2026/27"))
            #expect(report.mentions.map(\.description).contains("Content-2027-28/courses/teaching-and-learning/research-enquiry-group.md:35 (text): 2026/27"))
            let text = report.text
            #expect(text.contains("academic_year"))
            #expect(text.contains("2026-27 → 2027-28"))
            #expect(text.contains("Next steps:"))
            #expect(text.contains("Set training_days"))
            #expect(text.contains("prospectus check --content Content-2027-28"))
            #expect(text.contains("build it with prospectus build --content Content-2027-28, or rename Content-2027-28 to Content (keep"))
            // Run from inside the content folder (--content .), with a destination that needs quoting:
            // no advice to rename the folder it runs in, and the commands run from the folder above
            // (where the theme is), so they work when pasted.
            var fromInside = report
            fromInside.contentDisplay = "."
            fromInside.destinationDisplay = "../Content 2027-28"
            #expect(fromInside.text.contains("Run cd .. && prospectus check --content 'Content 2027-28'"), "\(fromInside.text)")
            #expect(fromInside.text.contains("build it with cd .. && prospectus build --content 'Content 2027-28'."), "\(fromInside.text)")
            #expect(!fromInside.text.contains("rename"))
            // A new folder elsewhere is given as it was.
            fromInside.destinationDisplay = "/srv/cpd/Content-2027-28"
            #expect(fromInside.text.contains("Run prospectus check --content /srv/cpd/Content-2027-28"), "\(fromInside.text)")
        }
    }

    @Test("site.yml keeps its comments and layout: only the year, the offer, the terms and the training days change")
    func settingsEditedAsText() throws {
        try withTemporaryFolder { folder in
            let target = folder.url.appendingPathComponent("next")
            _ = try ContentRollover(content: Self.sampleContent, to: Self.next, today: Self.afterTheYear).run(into: .folder(target), destinationDisplay: "next").get()
            let old = try Self.text(Self.sampleContent.appendingPathComponent("site.yml")).split(separator: "\n", omittingEmptySubsequences: false)
            let new = try Self.text(target.appendingPathComponent("site.yml"))
            let newLines = Set(new.split(separator: "\n", omittingEmptySubsequences: false))
            for line in old {
                if let hash = line.firstIndex(of: "#") {
                    #expect(new.contains(line[hash...]), "comment lost: \(line)")
                }
                let edited = ["academic_year:", "offer:", "training_days:"].contains { line.hasPrefix($0) } || line.contains("starts:")
                if !edited { #expect(newLines.contains(line), "line changed: \(line)") }
            }
            #expect(new.contains("academic_year: 2027-28\n"))
            #expect(new.contains("offer: CPLD Offer 2027/28\n"))
            // Monday 4 Jan 2027 → Monday 3 Jan 2028; Monday 12 Apr 2027 → Monday 10 Apr 2028;
            // Tuesday 1 Sep 2026's weekday a year on (31 Aug 2027) is before 2027-28: 1 Sep 2027.
            #expect(new.contains("  - { name: Autumn, starts: 2027-09-01 }\n"))
            #expect(new.contains("  - { name: Spring, starts: 2028-01-03 }\n"))
            #expect(new.contains("  - { name: Summer, starts: 2028-04-10 }\n"))
            #expect(new.contains("\n# training_days: [2026-09-01, 2026-09-02, 2027-01-04, 2027-06-25]   # INSET days across the trust\n"))
            #expect(!newLines.contains { $0.hasPrefix("training_days:") })
        }
    }

    @Test("a course's sessions block goes, from its key to the next setting, and everything around it stays as written")
    func courseEditedAsText() throws {
        try withTemporaryFolder { folder in
            let content = try folder.copyFixture("valid")
            // sessions in the middle of the settings, with a comment of its own and one for the next setting
            try folder.write("Content/courses/middle.md", """
                ---
                title: Middle   # the title
                summary: Sessions in the middle.
                strand: Teaching and learning
                groups: [teachers]
                sessions:   # this year's dates
                  - date: 2026-10-14
                    # a note inside the list
                    venue: Room 1

                  - { date: 2027-03-03, venue: Room 2 }

                # how it is delivered
                format: face-to-face
                ---
                Text with sessions: in it.

                """)
            let target = folder.url.appendingPathComponent("next")
            _ = try ContentRollover(content: content, to: Self.next, today: Self.afterTheYear).run(into: .folder(target), destinationDisplay: "next").get()
            #expect(try Self.text(target.appendingPathComponent("courses/middle.md")) == """
                ---
                title: Middle   # the title
                summary: Sessions in the middle.
                strand: Teaching and learning
                groups: [teachers]
                # sessions: dates for 2027-28 to be confirmed

                # how it is delivered
                format: face-to-face
                ---
                Text with sessions: in it.

                """)

            // Sessions last: everything up to the closing '---' goes.
            for path in ["courses/mandatory/first-aid.md", "courses/coaching-conversations.md"] {
                let lines = try Self.text(content.appendingPathComponent(path)).split(separator: "\n", omittingEmptySubsequences: false)
                let start = try #require(lines.firstIndex { $0.hasPrefix("sessions:") })
                let end = try #require(lines[(start + 1)...].firstIndex { $0 == "---" })
                let expected = (lines[..<start] + ["# sessions: dates for 2027-28 to be confirmed"] + lines[end...]).joined(separator: "\n")
                #expect(try Self.text(target.appendingPathComponent(path)) == expected)
            }
        }
    }

    // MARK: Refusals

    @Test("a year that is not the next one is refused unless forced; the same or an earlier year always")
    func wrongYear() throws {
        try withTemporaryFolder { folder in
            let target = folder.url.appendingPathComponent("later")
            let refused = ContentRollover(content: Self.sampleContent, to: AcademicYear(startYear: 2028), today: Self.afterTheYear)
                .run(into: .folder(target), destinationDisplay: "later")
            guard case .failure(let error) = refused else { Issue.record("a rollover two years on was not refused"); return }
            #expect(error.message.contains("the next year is 2027-28, not 2028-29"))
            #expect(error.suggestion?.contains("--force") == true)
            #expect(!FileManager.default.fileExists(atPath: target.path))

            for year in [2026, 2025] {
                let same = ContentRollover(content: Self.sampleContent, to: AcademicYear(startYear: year), force: true, today: Self.afterTheYear)
                    .run(into: .folder(target), destinationDisplay: "later")
                guard case .failure = same else { Issue.record("a rollover to \(year) was not refused"); return }
            }

            let forced = try ContentRollover(content: Self.sampleContent, to: AcademicYear(startYear: 2028), force: true, today: Self.afterTheYear)
                .run(into: .folder(target), destinationDisplay: "later").get()
            #expect(forced.to == AcademicYear(startYear: 2028))
            let catalogue = try #require(ContentLoader(directory: target).load().catalogue)
            #expect(catalogue.settings.academicYear == AcademicYear(startYear: 2028))
            // Monday 4 Jan 2027, two years on: Monday 1 Jan 2029, 3 days from 4 Jan (Monday 8 Jan is 4).
            #expect(catalogue.settings.terms.map(\.starts.iso).contains("2029-01-01"))
        }
    }

    @Test("a target folder that exists and is not empty is refused and left alone; an empty one is used")
    func existingFolder() throws {
        try withTemporaryFolder { folder in
            let target = folder.url.appendingPathComponent("Content-2027-28")
            try folder.write("Content-2027-28/notes.txt", "mine")
            let refused = ContentRollover(content: Self.sampleContent, to: Self.next, today: Self.afterTheYear).run(into: .folder(target), destinationDisplay: "Content-2027-28")
            guard case .failure(let error) = refused else { Issue.record("a non-empty folder was not refused"); return }
            #expect(error.message == "Content-2027-28 already exists and is not empty; nothing was written")
            #expect(try FileManager.default.contentsOfDirectory(atPath: target.path) == ["notes.txt"])
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["Content-2027-28"])

            try FileManager.default.removeItem(at: target.appendingPathComponent("notes.txt"))
            _ = try ContentRollover(content: Self.sampleContent, to: Self.next, today: Self.afterTheYear).run(into: .folder(target), destinationDisplay: "Content-2027-28").get()
            #expect(FileManager.default.fileExists(atPath: target.appendingPathComponent("site.yml").path))
        }
    }

    @Test("a target that is a link (to nothing or to an empty folder), or under a file or a link to nothing, is refused before any work, and nothing is made")
    func targetBlocked() throws {
        try withTemporaryFolder { folder in
            try folder.write("notes.txt", "mine")
            try FileManager.default.createDirectory(at: folder.path("empty"), withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(atPath: folder.path("dl").path, withDestinationPath: "gone")
            try FileManager.default.createSymbolicLink(atPath: folder.path("el").path, withDestinationPath: "empty")
            let before = try treeSnapshot(folder.url)
            let cases = [("dl", "dl is a symbolic link (to 'gone', which does not exist): "), ("el", "el is a symbolic link (to 'empty'): "),
                         ("notes.txt/next", "notes.txt/next cannot be made: '\(folder.path("notes.txt").path)' is a file, not a folder"),
                         ("dl/next", "dl/next cannot be made: '\(folder.path("dl").path)' is a symbolic link to 'gone', which does not exist")]
            for (target, said) in cases {
                let refused = ContentRollover(content: Self.sampleContent, to: Self.next, today: Self.afterTheYear)
                    .run(into: .folder(folder.path(target)), destinationDisplay: target)
                guard case .failure(let error) = refused else { Issue.record("\(target) was not refused"); continue }
                #expect(error.message.hasPrefix(said), "\(error.message)")
                #expect(error.diagnostics.isEmpty)
            }
            #expect(try treeSnapshot(folder.url) == before)
        }
    }

    @Test("the content folder itself, or a folder inside it, is refused as a target")
    func targetInsideContent() throws {
        try withTemporaryFolder { folder in
            let content = try folder.copyFixture("valid")
            let before = Self.snapshot(content)
            for target in [content, content.appendingPathComponent("next")] {
                let result = ContentRollover(content: content, to: Self.next, today: Self.afterTheYear).run(into: .folder(target), destinationDisplay: "x")
                guard case .failure = result else { Issue.record("\(target.path) was not refused"); continue }
            }
            #expect(Self.snapshot(content) == before)
        }
    }

    @Test("a target inside a site or report Prospectus writes, or inside a theme, is refused: it would be published, then deleted",
          arguments: [("Output/next", "a folder Prospectus writes"), ("olink/next", "a folder Prospectus writes"), ("Theme/next", "inside the theme")])
    func targetInsideAnOutputOrTheme(place: String, said: String) throws {
        try withTemporaryFolder { folder in
            let content = try folder.copyFixture("valid")
            try folder.write("Output/.prospectus-output", "This folder is generated by Prospectus. It is replaced on every build.\n")
            try folder.write("Theme/templates/layout.mustache", "{{{body}}}")
            try FileManager.default.createSymbolicLink(atPath: folder.path("olink").path, withDestinationPath: "Output")
            let before = try treeSnapshot(folder.url)
            let result = ContentRollover(content: content, to: Self.next, today: Self.afterTheYear).run(into: .folder(folder.path(place)), destinationDisplay: place)
            guard case .failure(let error) = result else { Issue.record("\(place) was not refused"); return }
            #expect(error.message.contains(said), "\(error.message)")
            #expect(try treeSnapshot(folder.url) == before)
        }
    }

    @Test("content with errors is refused with its diagnostics, and nothing is written")
    func contentWithErrors() throws {
        try withTemporaryFolder { folder in
            let content = try folder.copyFixture("valid")
            try folder.write("Content/courses/broken.md", "---\ntitle: Broken\n---\n")
            let target = folder.url.appendingPathComponent("next")
            let result = ContentRollover(content: content, contentDisplay: "Content", to: Self.next, today: Self.afterTheYear).run(into: .folder(target), destinationDisplay: "next")
            guard case .failure(let error) = result else { Issue.record("content with errors was rolled over"); return }
            #expect(error.message.hasPrefix("Content has"))
            #expect(!error.diagnostics.isEmpty)
            #expect(!FileManager.default.fileExists(atPath: target.path))
        }
    }

    // MARK: In place, dry run, sessions in the new year

    @Test("in place: the content folder itself is rolled over, file by file, with no temporary files left")
    func inPlace() throws {
        try withTemporaryFolder { folder in
            let content = folder.url.appendingPathComponent("Content")
            try FileManager.default.copyItem(at: Self.sampleContent, to: content)
            let before = Self.snapshot(content)
            let report = try ContentRollover(content: content, contentDisplay: "Content", to: Self.next, today: Self.afterTheYear)
                .run(into: .inPlace, destinationDisplay: "Content").get()
            #expect(report.inPlace)
            #expect(report.text.hasPrefix("Rolled over Content from 2026-27 to 2027-28, in place."))
            let after = Self.snapshot(content)
            #expect(Set(after.keys) == Set(before.keys))
            #expect(Set(after.keys.filter { after[$0] != before[$0] }) == Set(report.filesChanged))
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["Content"])
            let catalogue = try #require(ContentLoader(directory: content).load().catalogue)
            #expect(catalogue.settings.academicYear == Self.next)
            #expect(catalogue.courses.allSatisfy { $0.sessions.isEmpty })

            // A second rollover to the same year is refused: the content is already for 2027-28.
            guard case .failure(let error) = ContentRollover(content: content, contentDisplay: "Content", to: Self.next, today: Self.afterTheYear)
                .run(into: .inPlace, destinationDisplay: "Content") else { Issue.record("rolled over twice"); return }
            #expect(error.message == "Content is already for 2027-28")
        }
    }

    @Test("a dry run reports the same and writes nothing")
    func dryRun() throws {
        try withTemporaryFolder { folder in
            let content = try folder.copyFixture("valid")
            let before = Self.snapshot(content)
            let target = folder.url.appendingPathComponent("next")
            let report = try ContentRollover(content: content, to: Self.next, today: Self.afterTheYear).run(into: .folder(target), destinationDisplay: "next", dryRun: true).get()
            #expect(report.text.hasPrefix("Dry run:"))
            #expect(report.sessionsRemoved > 0)
            #expect(!FileManager.default.fileExists(atPath: target.path))
            let inPlace = try ContentRollover(content: content, to: Self.next, today: Self.afterTheYear).run(into: .inPlace, destinationDisplay: "Content", dryRun: true).get()
            #expect(inPlace.sessionsRemoved == report.sessionsRemoved)
            #expect(Self.snapshot(content) == before)
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["Content"])
        }
    }

    @Test("sessions already dated in the new year stay, and a cohort running into it keeps its new-year day; the past ones go, item by item, in a CRLF file with a BOM")
    func keepsNewYearSessions() throws {
        try withTemporaryFolder { folder in
            let content = try folder.copyFixture("valid")
            let course = """
            ---
            title: Oracy workshop
            summary: Talk in the classroom.
            strand: Teaching and learning
            groups: [teachers]
            format: face-to-face
            sessions:
              # autumn
              - date: 2026-10-14
                start: "09:00"
                venue: Room 1
              -
                date: 2027-10-13   # already booked for next year
                venue: Room 2
              - days: [2027-06-02, 2027-09-20]
                venue: Room 3
            # kept: a note about the draft setting
            draft: false
            ---
            Text.

            """
            let bytes = Data([0xEF, 0xBB, 0xBF]) + Data(course.replacingOccurrences(of: "\n", with: "\r\n").utf8)
            try folder.write("Content/courses/oracy.md", bytes: bytes)
            let target = folder.url.appendingPathComponent("next")
            let report = try ContentRollover(content: content, to: Self.next, today: Self.afterTheYear).run(into: .folder(target), destinationDisplay: "next").get()
            let oracy = try #require(report.courses.first { $0.slug == "oracy" })
            #expect(oracy.sessionsRemoved == 1)
            #expect(oracy.sessionsKept == 2)
            #expect(!oracy.datesToBeConfirmed)
            #expect(report.text.contains("next/courses/oracy.md: 2 kept, 1 removed"))
            #expect(report.text.contains("next/courses/oracy.md: took out 2027-06-02; kept 2027-09-20"))

            let written = try Data(contentsOf: target.appendingPathComponent("courses/oracy.md"))
            #expect(written.starts(with: [0xEF, 0xBB, 0xBF]))
            let text = String(decoding: written.dropFirst(3), as: UTF8.self)
            #expect(text == """
            ---
            title: Oracy workshop
            summary: Talk in the classroom.
            strand: Teaching and learning
            groups: [teachers]
            format: face-to-face
            sessions:
              # autumn
              -
                date: 2027-10-13   # already booked for next year
                venue: Room 2
              - days: [2027-09-20]
                venue: Room 3
            # kept: a note about the draft setting
            draft: false
            ---
            Text.

            """.replacingOccurrences(of: "\n", with: "\r\n"))
            let catalogue = try #require(ContentLoader(directory: target).load().catalogue)
            #expect(catalogue.course("oracy")?.sessions.map(\.firstDay.iso).sorted() == ["2027-09-20", "2027-10-13"])
        }
    }

    // MARK: Dates and years

    @Test("a date moves to the same weekday nearest the same date a year on")
    func sameWeekday() {
        let monday = LocalDate(year: 2027, month: 1, day: 4)!
        #expect(monday.sameWeekday(yearsLater: 1).iso == "2028-01-03")
        #expect(monday.sameWeekday(yearsLater: 1).weekday == monday.weekday)
        // Across a 29 February: 2028-03-06 (Monday) + 364 = 2029-03-05.
        #expect(LocalDate(year: 2028, month: 3, day: 6)!.sameWeekday(yearsLater: 1).iso == "2029-03-05")
        #expect(LocalDate(year: 2028, month: 2, day: 29)!.sameWeekday(yearsLater: 1).weekday == 2)
        // The autumn term's start is kept inside the new academic year.
        let (moved, note) = SettingsRollover.move(LocalDate(year: 2026, month: 9, day: 1)!, years: 1, into: Self.next)
        #expect(moved.iso == "2027-09-01")
        #expect(note == "Tue 31 Aug 2027, the same weekday, is outside 2027-28")
    }

    @Test("the year is replaced in each way it is written, and only as a whole number")
    func yearForms() {
        let old = AcademicYear(startYear: 2026)
        let (text, count) = Self.next.replacingMentions(
            of: old, in: "Offer 2026/27 · 2026-27 · 2026\u{2013}27 · 2026-2027 · 2026/2027 · 12026-27 · 2026-275")
        #expect(text == "Offer 2027/28 · 2027-28 · 2027\u{2013}28 · 2027-2028 · 2027/2028 · 12026-27 · 2026-275")
        #expect(count == 5)
        #expect(Self.next.written(like: "2026/27") == "2027/28")
        #expect(Self.next.written(like: "2026-2027") == "2027-2028")
        #expect(old.isMentioned(in: "for 2026/27."))
        #expect(!old.isMentioned(in: "on 2026-10-14"))
    }

    @Test("the default folder is beside the content folder, named after it and the year")
    func defaultFolder() {
        let folder = ContentRollover.defaultFolder(for: URL(fileURLWithPath: "/srv/cpd/Content"), year: Self.next)
        #expect(folder.path == "/srv/cpd/Content-2027-28")
    }
}
