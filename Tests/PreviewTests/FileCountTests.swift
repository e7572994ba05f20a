import Catalogue
import Foundation
@testable import Preview
import Site
import TestSupport
import Testing

/// `serve` counted only the content's files (108 for the sample) where `check` and `build` count the
/// content's and the theme's (128): the same content must give the same count everywhere.
@Suite("File counts")
struct FileCountTests {
    @Test("the preview counts the files check and build count, and names the drafts")
    func sameCount() throws {
        try withTemporaryFolder { folder in
            let content = try folder.copyFixture("valid")  // its leading-teams.md is a draft
            let options = BuildOptions(content: content, contentDisplay: "Content", theme: TestPaths.theme, themeDisplay: "Theme",
                                       output: folder.path("Output"), environment: ["SOURCE_DATE_EPOCH": PreviewFixtures.epoch])
            let checked = SiteGenerator(options: options).check()
            var preview = IncrementalSite(options: options)
            let rebuilt = preview.rebuild(themeChanged: true)
            let report = try #require(rebuilt)
            #expect(report.succeeded, "\(report.diagnostics)")
            #expect(report.fileCount == checked.fileCount)
            #expect(report.drafts == ["Content/courses/leading-teams.md"])
            #expect(report.drafts == checked.drafts)
        }
    }
}
