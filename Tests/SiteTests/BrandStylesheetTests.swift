import Foundation
import Site
import TestSupport
import Testing

/// The brand colour reaches pages through `assets/brand.css`, never an inline `<style>`, so the site
/// works under the Content-Security-Policy of docs/hosting.md (no `'unsafe-inline'`).
@Suite("Brand colour as a style sheet")
struct BrandStylesheetTests {
    @Test("a brand colour is written to assets/brand.css, linked from every page, with no inline style anywhere")
    func colourInStylesheet() throws {
        try withTemporaryFolder("brand-css") { scratch in
            let content = try scratch.copyFixture("valid")
            let settings = content.appendingPathComponent("site.yml")
            let text = try String(contentsOf: settings, encoding: .utf8)
            try (text + "brand:\n  colour: \"#1f5c4f\"\n").write(to: settings, atomically: true, encoding: .utf8)
            let output = scratch.path("Output")
            let report = build(content: content, output: output)
            #expect(report.succeeded, "\(report.diagnostics.map(\.summary))")

            let css = try read(output, "assets/brand.css")
            #expect(css.contains("--brand:#1f5c4f"))
            #expect(css.contains("--brand-dark:#"))

            let pages = try treeSnapshot(output).filter { $0.key.hasSuffix(".html") }
            #expect(!pages.isEmpty)
            for (path, data) in pages {
                let html = String(decoding: data, as: UTF8.self)
                // The 404 page also inlines the theme's stylesheet, for where its link cannot load (it is
                // shown in any folder); under a strict policy its link, absolute with a url, is used.
                #expect(!html.contains("<style") || path == SitePath.notFound, "\(path) has an inline style element")
                #expect(!html.contains(" style="), "\(path) has a style attribute")
                #expect(html.contains("brand.css?v=1f5c4f\""), "\(path) does not link the brand style sheet")
            }
        }
    }

    @Test("without a brand colour there is no brand style sheet and no link to one")
    func noColourNoStylesheet() throws {
        try withTemporaryFolder("brand-none") { scratch in
            let content = try scratch.copyFixture("valid")
            let output = scratch.path("Output")
            #expect(build(content: content, output: output).succeeded)
            #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("assets/brand.css").path))
            #expect(!(try read(output, "index.html")).contains("brand.css"))
        }
    }
}
