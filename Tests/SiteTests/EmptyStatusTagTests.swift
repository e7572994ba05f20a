import Catalogue
import Foundation
@testable import Site
import TestSupport
import Testing

/// `open: ""` is how the docs say to show no text: then no page may show an empty coloured tag.
@Suite("A status with no text shows no tag")
struct EmptyStatusTagTests {
    @Test("every status and change label empty: the sample builds with no empty tag on any page")
    func noEmptyTags() throws {
        try withTemporaryFolder("empty-tags") { folder in
            let theme = folder.path("Theme")
            try FileManager.default.copyItem(at: Fixtures.theme, to: theme)
            let statuses = DefaultStrings.entries.map(\.key).filter { $0.hasPrefix("status.") && !$0.hasPrefix("status.places_left") }
            let changes = DefaultStrings.entries.map(\.key).filter { $0.hasPrefix("changes.") }
            let strings = "status:\n" + statuses.map { "  \($0.dropFirst("status.".count)): \"\"\n" }.joined()
                + "  places_left:\n    one: \"\"\n    other: \"\"\n"
                + "changes:\n" + changes.map { "  \($0.dropFirst("changes.".count)): \"\"\n" }.joined()
            try Data(strings.utf8).write(to: theme.appendingPathComponent(SiteStrings.fileName))
            let content = TestPaths.repository.appendingPathComponent("Content")
            let output = folder.path("Output")
            let report = SiteGenerator(options: BuildOptions(
                content: content, contentDisplay: "Content", theme: theme, themeDisplay: "Theme", output: output,
                environment: ["SOURCE_DATE_EPOCH": Today.tenthOfOctober], edition: .staff,
                history: ScratchHistory.folder(forBuildOf: content, into: output))).build()
            #expect(report.succeeded, "\(report.diagnostics.map(\.summary))")
            let pages = ThemeWordsBuildTests.texts(under: output, [".html"])
            #expect(pages.count > 50)
            let emptyTag = /<span class="tag tag--[a-z-]*"><\/span>/
            let found = pages.filter { $0.value.contains(emptyTag) }.keys.sorted()
            #expect(found.count == 0, "empty tags on \(found.count) pages, e.g. \(found.prefix(3))")
        }
    }
}
