import Foundation
@testable import Preview
import Site
import Testing

/// The preview takes up a change to the theme's words as it does a template's.
@Suite("The preview and the theme's words")
struct ThemeStringsPreviewTests {
    @Test("an edit of strings.yml shows on the next rebuild, equal to a full build; a typo is reported")
    func stringsEdit() async throws {
        try await withPreview(watch: false) { workspace, server, _ in
            let strings = workspace.theme.appendingPathComponent(SiteStrings.fileName)
            try Data("navigation:\n  whats_on: Events\n".utf8).write(to: strings)
            let report = try #require(server.rebuildNow(themeChanged: true))
            #expect(report.succeeded, "\(report.diagnostics)")
            let home = String(decoding: try #require(server.snapshot.data(at: "index.html")), as: UTF8.self)
            #expect(home.contains(">Events<"))
            #expect(!home.contains(">What&#39;s on<"))
            #expect(Dictionary(uniqueKeysWithValues: server.snapshot.paths.map { ($0, server.snapshot.data(at: $0)!) })
                    == (try IncrementalTests().fullBuild(workspace)))

            try Data("navigation:\n  whats_onn: Events\n".utf8).write(to: strings)
            let broken = try #require(server.rebuildNow(themeChanged: true))
            #expect(!broken.succeeded)
            #expect(broken.errors.map(\.summary).contains { $0.contains("did you mean 'navigation.whats_on'?") })
        }
    }
}
