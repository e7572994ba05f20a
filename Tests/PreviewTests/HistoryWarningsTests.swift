import Catalogue
import Foundation
@testable import Preview
import Site
import Testing

/// `serve` reports what `check` reports of the history of changes: a date added since the last build
/// that has already passed (at its session) and a missing history (at its file), on the first build
/// and after each save, which re-checks only the saved courses.
@Suite("The preview's history warnings")
struct HistoryWarningsTests {
    /// What `check` reports: its diagnostics with the warnings among its notices (as the command shows them).
    func checked(_ options: BuildOptions) -> [Diagnostic] {
        let report = SiteGenerator(options: options).check()
        return (report.diagnostics + report.notices.compactMap(\.diagnostic)).sorted()
    }

    /// Monday 30 November 2026: the fixture's 10 November session has passed, and is in its history.
    func options(_ workspace: Workspace) -> BuildOptions {
        var options = workspace.buildOptions()
        options.environment = ["SOURCE_DATE_EPOCH": "1796000000"]
        return options
    }

    @Test("a new date that has passed is reported after the save that adds it, and no longer after the save that mends it")
    func newPastDate() throws {
        let workspace = try Workspace()
        let options = options(workspace)
        let file = "courses/mandatory/first-aid.md"
        let original = try workspace.read(file)
        var site = IncrementalSite(options: options)
        let firstRebuild = site.rebuild(themeChanged: true)
        let first = try #require(firstRebuild)
        #expect(first.succeeded && first.diagnostics == checked(options))

        try workspace.write(file, original.replacingOccurrences(of: "  - date: 2027-02-10", with: "  - date: 2026-10-05\n    venue: Hilltop Academy\n  - date: 2027-02-10"))
        let addedRebuild = site.rebuild(themeChanged: false, edited: [workspace.file(file).standardizedFileURL.path])
        let added = try #require(addedRebuild)
        #expect(added.succeeded && added.diagnostics.contains { $0.code == .newDateInPast })
        #expect(added.diagnostics == checked(options))

        // Another course saved: the first course's warning is kept.
        let other = "courses/coaching-conversations.md"
        try workspace.write(other, try workspace.read(other) + "\nA sentence added.\n")
        let keptRebuild = site.rebuild(themeChanged: false, edited: [workspace.file(other).standardizedFileURL.path])
        let kept = try #require(keptRebuild)
        #expect(kept.diagnostics.contains { $0.code == .newDateInPast } && kept.diagnostics == checked(options))

        try workspace.write(file, original)
        let mendedRebuild = site.rebuild(themeChanged: false, edited: [workspace.file(file).standardizedFileURL.path])
        let mended = try #require(mendedRebuild)
        #expect(mended.succeeded && !mended.diagnostics.contains { $0.code == .newDateInPast })
        #expect(mended.diagnostics == checked(options))
    }

    @Test("content with no history gets the warning check gives")
    func noHistory() throws {
        let workspace = try Workspace()
        try FileManager.default.removeItem(at: workspace.file("history"))
        let options = options(workspace)
        var site = IncrementalSite(options: options)
        let reportRebuild = site.rebuild(themeChanged: true)
        let report = try #require(reportRebuild)
        #expect(report.succeeded && report.diagnostics.map(\.code) == [.historyNotFound])
        #expect(report.diagnostics == checked(options))
    }
}
