import Catalogue
import Foundation
@testable import Site
import TestSupport
import Testing

/// What a designer working from the docs alone did wrong, each once a site published with exit 0:
/// a misspelt block, a deleted template the site renders from Swift, a leftover template.
extension StrictTemplateTests {
    /// The theme's diagnostics (errors and warnings) after `change` is made to its templates folder.
    func diagnostics(_ change: (URL) throws -> Void) throws -> [Diagnostic] {
        try withEditedTheme([:]) { theme, _ in
            try change(theme.appendingPathComponent("templates"))
            switch Theme.load(from: theme, displayPath: "Theme") {
            case .success(let loaded): return loaded.warnings
            case .failure(let problems): return problems.diagnostics
            }
        }
    }

    @Test("{{$mian}} in page.mustache: an error at the override, suggesting 'main'; names inside it are checked")
    func misspeltBlock() throws {
        let diagnostics = try problems(["page.mustache": [("{{$main}}", "{{$mian}}"), ("{{/main}}", "{{/mian}}"),
                                                          ("<h1>{{page.title}}</h1>", "<h1>{{page.titel}}</h1>")]])
        #expect(diagnostics.map(\.summary) == [
            "Theme/templates/page.mustache:2:4: error: '{{$mian}}' overrides a block the 'layout' template does not have, so what it holds is never shown (did you mean 'main'?)",
            "Theme/templates/page.mustache:3:12: error: unknown name 'page.titel': PageView has no field 'titel' (did you mean 'title'?)",
        ])
    }

    @Test("a deleted course card (rendered from Swift, included by no template) is an error saying where the default theme is")
    func deletedCourseCard() throws {
        let found = try diagnostics { try FileManager.default.removeItem(at: $0.appendingPathComponent("partials/course-card.mustache")) }
        #expect(found.map(\.summary) == [
            "Theme/templates/partials/course-card.mustache: error: the theme has no 'partials/course-card' template "
                + "(copy templates/partials/course-card.mustache from the default theme, the Theme/ folder of the Prospectus repository)",
        ])
        #expect(Set(Theme.requiredTemplates) == Set(TemplateSchemas.roots.keys).union(["layout"]))
    }

    @Test("a deleted layout is one error, not one per page template that fills it in")
    func deletedLayout() throws {
        let found = try diagnostics { try FileManager.default.removeItem(at: $0.appendingPathComponent("layout.mustache")) }
        #expect(found.map(\.summary) == [
            "Theme/templates/layout.mustache: error: the theme has no 'layout' template "
                + "(copy templates/layout.mustache from the default theme, the Theme/ folder of the Prospectus repository)",
        ])
    }

    @Test("a template no page renders and no template includes is a warning at its file")
    func unusedTemplates() throws {
        let found = try diagnostics { templates in
            try Data("{{<layout}}{{$main}}{{page.titel}}{{/main}}{{/layout}}\n".utf8).write(to: templates.appendingPathComponent("course-old.mustache"))
            try Data("<li>{{titel}}</li>\n".utf8).write(to: templates.appendingPathComponent("partials/course-card-new.mustache"))
        }
        #expect(found.map(\.summary) == [
            "Theme/templates/course-old.mustache: warning: the template 'course-old' is not used by any page (delete it, or include it with {{> course-old}})",
            "Theme/templates/partials/course-card-new.mustache: warning: the template 'partials/course-card-new' is not used by any page (delete it, or include it with {{> partials/course-card-new}})",
        ])
    }
}

extension StrictTemplateTests {
    @Test("a bare {{title}} inside a session's section suggests the dotted name an outer context has")
    func bareNameSuggestsDotted() throws {
        let diagnostics = try problems(["course.mustache": [("<th scope=\"row\"><time", "<th scope=\"row\">{{title}}<time")]])
        #expect(diagnostics.map(\.summary) == [
            "Theme/templates/course.mustache:43:27: error: unknown name 'title': neither SessionView nor the page's context (layout, page) around it has a field 'title' (did you mean 'page.title'?)",
        ])
    }

    @Test("{{page.title}} in the layout names every page template whose view lacks it, and suggests the layout's field")
    func pageNameInLayout() throws {
        let diagnostics = try problems(["layout.mustache": [("<title>{{layout.pageTitle}}", "<title>{{page.title}}")]])
        #expect(diagnostics.map(\.summary) == [
            "Theme/templates/layout.mustache:6:15: error: unknown name 'page.title': BrochureView has no field 'title' (as part of the 'brochure', 'calendars', 'courses', "
                + "'groups', 'home', 'pathways', 'required', 'whats-new' and 'whats-on' templates, whose views lack it) (did you mean 'layout.pageTitle' or 'layout.siteTitle'?)",
        ])
    }
}

extension StrictTemplateTests {
    @Test("the closing count counts the theme's files with the content's, and a leftover template fails only --strict")
    func countAndStrict() throws {
        try withEditedTheme([:]) { theme, folder in
            try Data("{{page.titel}}\n".utf8).write(to: theme.appendingPathComponent("templates/course-old.mustache"))
            let options = BuildOptions(content: Fixtures.url("valid"), contentDisplay: "Content", theme: theme, themeDisplay: "Theme",
                                       output: folder.path("Output"), environment: ["SOURCE_DATE_EPOCH": Today.startOfYear],
                                       history: ScratchHistory.folder(forBuildOf: Fixtures.url("valid"), into: folder.path("Output")))
            let checked = SiteGenerator(options: options).check()
            let content = ContentLoader(directory: Fixtures.url("valid"), displayPath: "Content").load().fileCount
            let templates = try FileManager.default.subpathsOfDirectory(atPath: theme.appendingPathComponent("templates").path)
                .filter { $0.hasSuffix(".mustache") }.count
            #expect(checked.fileCount == content + templates + 1)
            #expect(checked.diagnostics.map(\.summary) == [
                "Theme/templates/course-old.mustache: warning: the template 'course-old' is not used by any page (delete it, or include it with {{> course-old}})",
            ])
        }
    }
}
