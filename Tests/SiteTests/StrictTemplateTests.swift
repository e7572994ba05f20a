import Catalogue
import Foundation
@testable import Site
import Terminal
import TestSupport
import Terminal
import Testing

/// An unknown name in a template is a build error at the template's file, line and column, with
/// "did you mean" from the fields the view has there (it used to render as nothing on every page).
@Suite("Strict templates: unknown names are build errors")
struct StrictTemplateTests {
    /// A copy of the real theme in a temporary folder with `edits` (file → [(old, new)]) made, and
    /// `run` given the copy.
    func withEditedTheme<T>(_ edits: [String: [(String, String)]], _ run: (URL, TemporaryFolder) throws -> T) throws -> T {
        try withTemporaryFolder { folder in
            let theme = folder.path("Theme")
            try FileManager.default.copyItem(at: Fixtures.theme, to: theme)
            for (file, replacements) in edits {
                let url = theme.appendingPathComponent("templates/\(file)")
                var text = try String(contentsOf: url, encoding: .utf8)
                for (old, new) in replacements {
                    #expect(text.contains(old), "\(file) has no '\(old)' to change")
                    text = text.replacingOccurrences(of: old, with: new)
                }
                try Data(text.utf8).write(to: url)
            }
            return try run(theme, folder)
        }
    }

    /// The diagnostics of loading the theme with `edits`.
    func problems(_ edits: [String: [(String, String)]]) throws -> [Diagnostic] {
        try withEditedTheme(edits) { theme, _ in
            switch Theme.load(from: theme, displayPath: "Theme") {
            case .success: []
            case .failure(let problems): problems.diagnostics
            }
        }
    }

    @Test("the shipped theme uses only names its views have")
    func shippedTheme() throws {
        let theme = try Theme.load(from: Fixtures.theme, displayPath: "Theme").get()
        #expect(Theme.checkTemplates(theme.library, displayPath: "Theme").map(\.summary) == [])
    }

    @Test("{{page.titel}} in course.mustache: an error at its file:line:col, suggesting 'title'")
    func typoInPageTemplate() throws {
        let diagnostics = try problems(["course.mustache": [("<h1>{{page.title}}</h1>", "<h1>{{page.titel}}</h1>")]])
        #expect(diagnostics.map(\.summary) == [
            "Theme/templates/course.mustache:5:12: error: unknown name 'page.titel': CourseView has no field 'titel' (did you mean 'title'?)",
        ])
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.location.lineText == "<h1>{{page.titel}}</h1>")
        #expect(diagnostic.suggestion == "did you mean 'title'?")
        let printed = DiagnosticFormatter(colour: false).format(diagnostic)
        #expect(printed.hasSuffix(" 5 | <h1>{{page.titel}}</h1>\n   |            ^"))
    }

    @Test("build and check fail on the typo, and nothing is published")
    func typoFailsBuildAndCheck() throws {
        try withEditedTheme(["course.mustache": [("<h1>{{page.title}}</h1>", "<h1>{{page.titel}}</h1>")]]) { theme, folder in
            let options = BuildOptions(content: Fixtures.url("valid"), contentDisplay: "Content", theme: theme, themeDisplay: "Theme",
                                       output: folder.path("Output"), environment: ["SOURCE_DATE_EPOCH": Today.startOfYear],
                                       history: ScratchHistory.folder(forBuildOf: Fixtures.url("valid"), into: folder.path("Output")))
            let checked = SiteGenerator(options: options).check()
            #expect(checked.diagnostics.map(\.place) == ["Theme/templates/course.mustache:5:12"])
            let built = SiteGenerator(options: options).build()
            #expect(built.published == nil)
            #expect(built.diagnostics == checked.diagnostics)
            #expect(!FileManager.default.fileExists(atPath: folder.path("Output").path))
        }
    }

    @Test("inside a list's section the element's fields are known, with the page's around them")
    func typoInsideList() throws {
        let diagnostics = try problems(["course.mustache": [("data-label=\"{{dates}}\"", "data-label=\"{{datez}}\""),
                                                           ("<dt>{{label}}</dt>", "<dt>{{lable}}</dt>")]])
        #expect(diagnostics.map(\.summary) == [
            "Theme/templates/course.mustache:42:268: error: unknown name 'datez': neither SessionView nor the page's context (layout, page) around it has a field 'datez' (did you mean 'dates'?)",
            "Theme/templates/course.mustache:108:18: error: unknown name 'lable': neither FactView nor the page's context (layout, page) around it has a field 'lable' (did you mean 'label'?)",
        ])
    }

    @Test("a partial is checked with the view it is rendered with: the course card")
    func typoInPartial() throws {
        let diagnostics = try problems(["partials/course-card.mustache": [("{{summary}}", "{{sumary}}")]])
        #expect(diagnostics.map(\.summary) == [
            "Theme/templates/partials/course-card.mustache:3:30: error: unknown name 'sumary': CourseCardView has no field 'sumary' (did you mean 'summary'?)",
        ])
    }

    @Test("a partial included by a page template is checked where it is included")
    func includedPartial() throws {
        let diagnostics = try withEditedTheme(["page.mustache": [("<h1>{{page.title}}</h1>", "<h1>{{page.title}}</h1>{{> partials/heading}}")]]) { theme, _ in
            try Data("<p>{{page.summary}} {{page.sumary}}</p>\n".utf8).write(to: theme.appendingPathComponent("templates/partials/heading.mustache"))
            guard case .failure(let problems) = Theme.load(from: theme, displayPath: "Theme") else { return [String]() }
            return problems.diagnostics.map(\.summary)
        }
        #expect(diagnostics == [
            "Theme/templates/partials/heading.mustache:1:28: error: unknown name 'page.sumary': PageView has no field 'sumary' (as part of the 'page' template) (did you mean 'summary'?)",
        ])
    }

    @Test("the layout is checked as part of every page template, and a mistake in it is reported once")
    func typoInLayout() throws {
        let diagnostics = try problems(["layout.mustache": [("<span class=\"site-header__org\">{{layout.siteTitle}}</span>",
                                                             "<span class=\"site-header__org\">{{layout.siteTitel}}</span>")]])
        #expect(diagnostics.map(\.summary) == [
            "Theme/templates/layout.mustache:22:47: error: unknown name 'layout.siteTitel': LayoutView has no field 'siteTitel' (as part of every page template) (did you mean 'siteTitle'?)",
        ])
    }

    @Test("valid uses: outer contexts from inside sections, '.', anchored names, transforms")
    func validUses() throws {
        let diagnostics = try problems(["course.mustache": [(
            "<h1>{{page.title}}</h1>",
            "<h1>{{page.title}}</h1>{{#page.sessions}}{{page.title}}{{layout.offer}}{{.dates}}{{#status}}{{label}}{{.tone}}{{/status}}{{#first()}}1{{/first()}}{{index()}}{{/page.sessions}}"
                + "{{#page.code}}{{.}}{{/page.code}}{{count(page.sessions)}}{{#empty(page.facts)}}{{/empty(page.facts)}}{{uppercased(page.title)}}{{#first(page.sessions)}}{{dates}}{{/first(page.sessions)}}"
        )]])
        #expect(diagnostics.map(\.summary) == [])
    }

    @Test("every template the site renders is in TemplateSchemas, and every name there is a template it renders")
    func schemasNameEveryTemplate() throws {
        let theme = try Theme.load(from: Fixtures.theme, displayPath: "Theme").get()
        let templates = Set(theme.library.names).subtracting(["layout"])
        let roots = Set(TemplateSchemas.roots.keys)
        #expect(roots.isSubset(of: templates))
        // The others are partials that templates include (checked where they are included; one that
        // nothing includes is the unused-template warning).
        #expect(templates.subtracting(roots).allSatisfy { $0.hasPrefix("partials/") }, "\(templates.subtracting(roots).sorted())")
        #expect(theme.warnings.isEmpty, "\(theme.warnings.map(\.summary))")
    }
}
