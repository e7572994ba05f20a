import Catalogue
import Foundation
import Site
import TestSupport
import Testing

/// `check` runs what `build` checks, writing nothing: the content, the theme (`--theme`) and the
/// edition's rules (`--edition`), in the same words (issue #14).
@Suite("Check: the build's checks, writing nothing")
struct CheckTests {
    func options(content: URL, theme: URL = Fixtures.theme, output: URL, edition: Edition = .staff) -> BuildOptions {
        BuildOptions(content: content, contentDisplay: "Content", theme: theme, themeDisplay: "Theme", output: output,
                     environment: ["SOURCE_DATE_EPOCH": Today.startOfYear], edition: edition)
    }

    @Test("a template that does not parse fails check with the message build gives, and nothing is written")
    func brokenTemplate() throws {
        try withTemporaryFolder { folder in
            let theme = folder.path("Theme")
            try FileManager.default.copyItem(at: Fixtures.theme, to: theme)
            let course = theme.appendingPathComponent("templates/course.mustache")
            let text = try String(contentsOf: course, encoding: .utf8)
            try Data(text.replacingOccurrences(of: "{{/page.sessions}}", with: "{{/page.session}}").utf8).write(to: course)
            let options = options(content: Fixtures.url("valid"), theme: theme, output: folder.path("Output"))

            let checked = SiteGenerator(options: options).check()
            #expect(checked.diagnostics.hasErrors)
            #expect(checked.diagnostics.map(\.place) == ["Theme/templates/course.mustache:50:10"])
            #expect(!FileManager.default.fileExists(atPath: folder.path("Output").path))
            let built = SiteGenerator(options: options).build()
            #expect(built.published == nil)
            #expect(checked.diagnostics == built.diagnostics)
        }
    }

    @Test("a missing history is the same warning in check as in build, and check writes no history")
    func missingHistory() throws {
        try withTemporaryFolder { folder in
            let content = try folder.copyFixture("valid")
            try FileManager.default.removeItem(at: content.appendingPathComponent("history"))
            let options = options(content: content, output: folder.path("Output"))
            let checked = SiteGenerator(options: options).check()
            #expect(!checked.diagnostics.hasErrors)
            #expect(checked.notices.map(\.level) == [.warning])
            #expect(checked.notices.first?.message.contains("no history of changes was found") == true)
            #expect(!FileManager.default.fileExists(atPath: content.appendingPathComponent("history").path))
            let built = SiteGenerator(options: options).build()
            #expect(built.notices == checked.notices)
        }
    }

    @Test("a theme folder with no templates fails check, as it fails build")
    func missingTheme() throws {
        try withTemporaryFolder { folder in
            let options = options(content: Fixtures.url("valid"), theme: folder.path("NoTheme"), output: folder.path("Output"))
            let checked = SiteGenerator(options: options).check()
            #expect(checked.diagnostics.map(\.message) == ["the theme has no templates"])
            #expect(checked.diagnostics == SiteGenerator(options: options).build().diagnostics)
        }
    }

    @Test("check --edition partners runs the partner edition's rules, as build --edition partners does")
    func partnerRules() throws {
        try withTemporaryFolder { folder in
            // The valid fixture offers no course to partner schools.
            let partners = options(content: Fixtures.url("valid"), output: folder.path("Partners"), edition: .partners)
            let checked = SiteGenerator(options: partners).check()
            #expect(checked.diagnostics.map(\.message) == ["no course is offered to partner schools, so the partner edition would list none"])
            #expect(checked.diagnostics.map(\.place) == ["Content/site.yml:0:0"])
            let built = SiteGenerator(options: partners).build()
            #expect(built.diagnostics == checked.diagnostics)
            // The staff edition has no such rule.
            let staff = SiteGenerator(options: options(content: Fixtures.url("valid"), output: folder.path("Staff"))).check()
            #expect(staff.diagnostics.isEmpty)
        }
    }

    @Test("a clean check writes nothing and does not look at the output folder")
    func writesNothing() throws {
        try withTemporaryFolder { folder in
            // An output folder that build would refuse (the content folder itself) does not matter to check.
            let content = try folder.copyFixture("valid")
            let before = try treeSnapshot(folder.url)
            let report = SiteGenerator(options: options(content: content, output: content)).check()
            #expect(report.diagnostics.isEmpty)
            #expect(report.published == nil)
            #expect(try treeSnapshot(folder.url) == before)
        }
    }
}
