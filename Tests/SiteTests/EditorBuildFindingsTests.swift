import Catalogue
import Foundation
@testable import Site
import TestSupport
import Testing

/// What a CPD co-ordinator's walk found on the build side (#17): a past date added without a word and
/// announced as new, drafts left unsaid, a year changed by hand, merge marks, counts that disagree.
@Suite("Editor findings on the build side")
struct EditorBuildFindingsTests {
    func replace(_ file: URL, _ old: String, _ new: String) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        try #require(text.contains(old), "\(file.lastPathComponent) has no '\(old)'")
        try text.replacingOccurrences(of: old, with: new).write(to: file, atomically: true, encoding: .utf8)
    }

    @Test("a new date that has already passed is a warning at its line, and What's new does not announce it")
    func newPastDate() throws {
        try withTemporaryFolder { folder in
            let content = try folder.copyFixture("valid")
            let output = folder.path("Output")
            try #require(build(content: content, output: output, today: Today.tenthOfOctober).succeeded)
            // 3 October 2026 has passed on 10 October; 1 December has not.
            try replace(content.appendingPathComponent("courses/mandatory/first-aid.md"), "sessions:\n",
                        "sessions:\n  - date: 2026-10-03\n    start: \"09:00\"\n  - date: 2026-12-01\n    start: \"09:00\"\n")
            let report = build(content: content, output: output, today: Today.tenthOfOctober)
            try #require(report.succeeded, "\(report.errorSummaries)")
            let warnings = report.diagnostics.filter { $0.code == .newDateInPast }
            #expect(warnings.map { "\($0.location.file):\($0.location.line)" } == ["Content/courses/mandatory/first-aid.md:13"])
            #expect(warnings.first?.message.contains("this date has already passed") == true)
            let log = try String(contentsOf: output.appendingPathComponent("changes.json"), encoding: .utf8)
            #expect(log.contains("Tue 1 Dec 2026"), "the date still to come is announced")
            #expect(!log.contains("3 Oct 2026"), "the past date is announced as new: \(log)")
            let page = try String(contentsOf: output.appendingPathComponent("whats-new.html"), encoding: .utf8)
            #expect(!page.contains("3 Oct 2026"))
        }
    }

    @Test("a first build (no history) claims no date as new, so warns about none")
    func firstBuildNoWarning() throws {
        try withTemporaryFolder { folder in
            let content = try folder.copyFixture("valid")
            let report = build(content: content, output: folder.path("Output"), today: Today.tenthOfOctober)
            #expect(report.diagnostics.filter { $0.code == .newDateInPast }.isEmpty)
        }
    }

    @Test("drafts are named after the build, up to three, then counted")
    func drafts() throws {
        try withTemporaryFolder { folder in
            // The valid fixture's leading-teams.md is a draft.
            let content = try folder.copyFixture("valid")
            let report = build(content: content, output: folder.path("Output"))
            try #require(report.succeeded, "\(report.errorSummaries)")
            #expect(DraftSummary.line(report.drafts) == "1 draft not published: Content/courses/leading-teams.md (remove draft: true to publish it)")
        }
        #expect(DraftSummary.line(["a.md", "b.md", "c.md", "d.md", "e.md"])
                == "5 drafts not published: a.md, b.md, c.md and 2 more (remove draft: true to publish them)")
        #expect(DraftSummary.line([]) == nil)
    }

    @Test("the academic year changed by hand gives one summary naming prospectus rollover")
    func yearChangedByHand() throws {
        try withTemporaryFolder { folder in
            let content = try folder.copyFixture("valid")
            try replace(content.appendingPathComponent("site.yml"), "academic_year: 2026-27", "academic_year: 2027-28")
            let options = BuildOptions(content: content, contentDisplay: "Content", theme: Fixtures.theme, themeDisplay: "Theme",
                                       output: folder.path("Output"), environment: ["SOURCE_DATE_EPOCH": Today.startOfYear])
            let report = SiteGenerator(options: options).check()
            #expect(report.diagnostics.count { $0.code == .sessionOutsideYear } >= YearChangedByHand.fewest)
            let summary = try #require(report.yearSummary)
            #expect(summary.hasPrefix("Content/site.yml: note: "))
            #expect(summary.contains("changed by hand") && summary.contains("prospectus rollover 2027-28"), "\(summary)")
            // The unchanged fixture has none.
            let valid = BuildOptions(content: TestPaths.fixture("valid"), contentDisplay: "Content", theme: Fixtures.theme, themeDisplay: "Theme",
                                     output: folder.path("Output"), environment: ["SOURCE_DATE_EPOCH": Today.startOfYear])
            #expect(SiteGenerator(options: valid).check().yearSummary == nil)
        }
    }

    @Test("merge marks in the history, a course and site.yml are named as such, at the mark's line")
    func conflictMarkers() throws {
        try withTemporaryFolder { folder in
            let content = try folder.copyFixture("valid")
            try replace(content.appendingPathComponent("history/2026-27.json"), "  \"edition\" : \"staff\",\n",
                        "<<<<<<< HEAD\n  \"edition\" : \"staff\",\n=======\n  \"edition\" : \"staff\" ,\n>>>>>>> theirs\n")
            try replace(content.appendingPathComponent("courses/leading-teams.md"), "sessions:\n",
                        "<<<<<<< HEAD\nsessions:\n=======\nsessions:\n>>>>>>> theirs\n")
            try replace(content.appendingPathComponent("site.yml"), "timezone: Europe/London\n",
                        "<<<<<<< HEAD\ntimezone: Europe/London\n=======\ntimezone: Europe/Paris\n>>>>>>> theirs\n")
            let history = ChangeHistory.decode(ChangeHistory.self, Array(try Data(contentsOf: content.appendingPathComponent("history/2026-27.json"))),
                                               file: "Content/history/2026-27.json")
            guard case .failure(let problem) = history else { Issue.record("the history with marks was read"); return }
            #expect(problem.code == .conflictMarkers && problem.location.line == 6, "\(problem)")
            #expect(problem.suggestion?.contains("git checkout --theirs") == true && problem.suggestion?.contains("\"changes\"") == true)
            #expect(!problem.message.contains("double quotes"))
            let report = SiteGenerator(options: BuildOptions(content: content, contentDisplay: "Content", theme: Fixtures.theme, themeDisplay: "Theme",
                                                             output: folder.path("Output"))).check()
            let places = report.diagnostics.filter { $0.code == .conflictMarkers }.map { "\($0.location.file):\($0.location.line):\($0.location.column)" }
            #expect(places.contains("Content/courses/leading-teams.md:8:1"), "\(places)")
            #expect(places.contains("Content/site.yml:4:1"), "\(places)")
        }
    }

    @Test("'=======' alone underlines a Markdown heading, and is not a merge mark")
    func headingUnderline() {
        #expect(ConflictMarkers(in: "Title\n=======\nText\n") == nil)
        #expect(ConflictMarkers(in: "a\n<<<<<<< HEAD\nb\n=======\nc\n>>>>>>> main\n").map { [$0.start, $0.middle, $0.end] } == [2, 4, 6])
    }

    @Test("building from inside the content folder says to run it from the folder above, with the command")
    func runFromAbove() {
        #expect(OutputWriter.runFromAbove("/tmp/x", holds: "site.yml", current: "/tmp/x") == "cd .. && prospectus build --content x")
        #expect(OutputWriter.runFromAbove("/tmp/Content", holds: "site.yml", current: "/tmp/Content/courses") == "cd ../.. && prospectus build")
        #expect(OutputWriter.runFromAbove("/tmp/x", holds: "site.yml", current: "/tmp") == nil)
        // The report's own command, and a folder name the shell reads as one word.
        #expect(OutputWriter.runFromAbove("/tmp/my cpd", holds: "site.yml", command: "report", current: "/tmp/my cpd")
                == "cd .. && prospectus report --content 'my cpd'")
        // The command as it was run, its other options kept and its folders seen from the folder above.
        #expect(OutputWriter.runFromAbove("/tmp/My T", holds: "templates/layout.mustache",
                                          arguments: ["build", "--content", "../My C", "--theme", ".", "--edition", "partners", "--history=h"],
                                          current: "/tmp/My T")
                == "cd .. && prospectus build --content 'My C' --theme 'My T' --edition partners --history 'My T/h'")
        #expect(OutputWriter.runFromAbove("/tmp/-T", holds: "templates/layout.mustache", arguments: ["build", "--content", "../-C"], current: "/tmp/-T")
                == "cd .. && prospectus build --content ./-C --theme ./-T")
        #expect(OutputWriter.runFromAbove("/tmp/cpd", holds: "site.yml", arguments: ["build", "--output", "Output", "--strict"], current: "/tmp/cpd/courses")
                == "cd ../.. && prospectus build --output Output --strict --content cpd")
    }

    @Test("the list of valid groups names the content folder given, not always Content/")
    func realContentFolder() throws {
        try withTemporaryFolder { folder in
            let content = try folder.copyFixture("valid", as: "offer")
            try replace(content.appendingPathComponent("courses/leading-teams.md"), "groups: [middle-leaders]", "groups: [office-staff]")
            let result = ContentLoader(directory: content, displayPath: "cpd/offer").load()
            let unknown = try #require(result.diagnostics.first { $0.code == .unknownGroup })
            #expect(unknown.suggestion?.contains("cpd/offer/groups/") == true, "\(unknown.suggestion ?? "")")
            #expect(unknown.suggestion?.contains("Content/") == false)
        }
    }
}
