import Catalogue
import Foundation
@testable import Site
import Terminal
import TestSupport
import Testing

/// Loading a theme: templates compiled once, mistakes reported like content mistakes (file, line,
/// column, the line itself), asset fingerprints computed once.
@Suite("Loading the theme")
struct ThemeTests {
    /// A copy of the real theme in a temporary folder, changed by `edit`, then loaded.
    func loadEdited(_ edit: (URL) throws -> Void) throws -> Result<Theme, ThemeProblems> {
        try withTemporaryFolder { folder in
            let theme = folder.path("Theme")
            try FileManager.default.copyItem(at: Fixtures.theme, to: theme)
            try edit(theme.appendingPathComponent("templates"))
            return Theme.load(from: theme, displayPath: "Theme")
        }
    }

    @Test("the real theme loads")
    func realTheme() throws {
        let theme = try Theme.load(from: Fixtures.theme, displayPath: "Theme").get()
        #expect(Set(Theme.requiredTemplates).isSubset(of: Set(theme.library.names)))
        #expect(theme.library.names.contains("partials/course-card"))
    }

    @Test("a template mistake is a diagnostic at its file, line and column, quoting the line")
    func syntaxError() throws {
        let result = try loadEdited { templates in
            let url = templates.appendingPathComponent("course.mustache")
            var text = try String(contentsOf: url, encoding: .utf8)
            text = text.replacingOccurrences(of: "{{/page.sessions}}", with: "{{/page.session}}")
            try Data(text.utf8).write(to: url)
        }
        guard case .failure(let problems) = result else {
            Issue.record("a broken template must not load")
            return
        }
        let diagnostic = try #require(problems.diagnostics.first)
        #expect(problems.diagnostics.count == 1)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.location.file == "Theme/templates/course.mustache")
        #expect(diagnostic.location.line == 50)
        #expect(diagnostic.location.column == 10)
        #expect(diagnostic.location.lineText == "      {{/page.session}}")
        #expect(diagnostic.message == "the template cannot be parsed: '{{/page.session}}' does not close '{{#page.sessions}}', opened on line 41 and not closed yet; close that first")
        let printed = DiagnosticFormatter(colour: false).format(diagnostic)
        #expect(printed.hasPrefix("Theme/templates/course.mustache:50:10: error: the template cannot be parsed"))
        #expect(printed.hasSuffix(" 50 |       {{/page.session}}\n    |          ^"))
    }

    @Test("every broken template is reported, and a missing one by name")
    func severalProblems() throws {
        let result = try loadEdited { templates in
            try Data("{{#a}}\n".utf8).write(to: templates.appendingPathComponent("home.mustache"))
            try Data("{{<layout}}{{$main}}{{madeup(page.x)}}{{/main}}{{/layout}}\n".utf8)
                .write(to: templates.appendingPathComponent("plan.mustache"))
            try FileManager.default.removeItem(at: templates.appendingPathComponent("search.mustache"))
        }
        guard case .failure(let problems) = result else {
            Issue.record("a broken theme must not load")
            return
        }
        let summaries = problems.diagnostics.map(\.summary)
        #expect(summaries.count == 3, "\(summaries)")
        #expect(summaries.contains { $0.hasPrefix("Theme/templates/home.mustache:1:1: error: the template cannot be parsed: '{{#a}}' is never closed") })
        #expect(summaries.contains { $0.hasPrefix("Theme/templates/plan.mustache:1:21: error: the template cannot be parsed: unknown transform 'madeup()'") })
        #expect(summaries.contains { $0.hasPrefix("Theme/templates/search.mustache: error: the theme has no 'search' template") })
    }

    @Test("asset fingerprints: a hash of the file's bytes, the same on every call, nil for other paths")
    func fingerprints() throws {
        let theme = try Theme.load(from: Fixtures.theme, displayPath: "Theme").get()
        let css = try Data(contentsOf: Fixtures.theme.appendingPathComponent("assets/site.css"))
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in css { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        #expect(theme.fingerprint("assets/site.css") == String(String(hash, radix: 16).prefix(10)))
        #expect(theme.fingerprint("assets/site.css") == theme.fingerprint("assets/site.css"))
        #expect(theme.fingerprint("assets/site.js") != theme.fingerprint("assets/site.css"))
        #expect(theme.fingerprint("assets/missing.css") == nil)
    }
}
