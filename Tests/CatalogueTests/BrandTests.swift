@testable import Catalogue
import Foundation
import TestSupport
import Testing

/// The brand colour must pass WCAG AA behind white text; the logo must not be able to run script.
@Suite("Brand colour and logo")
struct BrandTests {
    @Test("contrast ratios follow WCAG 2.2", arguments: [
        ("#000000", 21.0), ("#ffffff", 1.0), ("#1d4f91", 8.14), ("#767676", 4.54),
    ])
    func contrast(hex: String, ratio: Double) throws {
        let colour = try #require(RGBColour(hex: hex))
        #expect(abs(colour.contrast(with: .white) - ratio) < 0.05)
    }

    @Test("a colour that fails is refused at its line, with the nearest darker shade that passes")
    func lowContrastRefused() throws {
        try withTemporaryFolder { folder in
            let content = try folder.copyFixture("valid")
            let site = content.appendingPathComponent("site.yml")
            try (String(contentsOf: site, encoding: .utf8) + "brand:\n  colour: \"#7fb2e5\"\n").write(to: site, atomically: true, encoding: .utf8)
            let result = ContentLoader(directory: content, displayPath: "Content").load()
            #expect(result.catalogue == nil)
            let diagnostic = try #require(result.diagnostics.first { $0.keyPath == "brand.colour" })
            #expect(diagnostic.message.contains("has a contrast of 2.2:1"))
            let suggested = try #require(diagnostic.suggestion?.split(separator: " ").dropFirst().first.map(String.init))
            let colour = try #require(RGBColour(hex: suggested.trimmingCharacters(in: .punctuationCharacters.subtracting(["#"]))))
            #expect(colour.contrast(with: .white) >= 4.5)
        }
    }

    /// The valid fixture as Content/ with a plain SVG logo in it, site.yml naming it as `logo`.
    static func contentWithLogo(_ folder: TemporaryFolder, logo: String) throws -> URL {
        let content = try folder.copyFixture("valid")
        try folder.write("Content/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><circle cx=\"5\" cy=\"5\" r=\"4\"/></svg>")
        let site = content.appendingPathComponent("site.yml")
        try (String(contentsOf: site, encoding: .utf8) + "brand:\n  colour: \"#1d4f91\"\n  logo: \(logo)\n")
            .write(to: site, atomically: true, encoding: .utf8)
        return content
    }

    @Test("a passing colour and a plain SVG logo are accepted")
    func accepted() throws {
        try withTemporaryFolder { folder in
            let content = try Self.contentWithLogo(folder, logo: "logo.svg")
            let result = ContentLoader(directory: content, displayPath: "Content").load()
            #expect(result.diagnostics.map(\.summary) == [])
            #expect(result.catalogue?.settings.brand?.colour == RGBColour(hex: "#1d4f91"))
            #expect(result.catalogue?.settings.brand?.logo?.fileExtension == "svg")
        }
    }

    @Test("a logo written from the content's folder is found when the content is named by a link, its target ending in '/' or not",
          arguments: ["", "/"])
    func logoThroughLink(linkEnding: String) throws {
        try withTemporaryFolder { folder in
            let content = try Self.contentWithLogo(folder, logo: "../Content/logo.svg")
            try FileManager.default.createSymbolicLink(atPath: folder.path("clink").path, withDestinationPath: content.lastPathComponent + linkEnding)
            let result = ContentLoader(directory: WorkingFolder.absoluteURL(folder.path("clink").path), displayPath: "clink").load()
            #expect(result.diagnostics.map(\.summary) == [])
            #expect(result.catalogue?.settings.brand?.logo?.fileExtension == "svg")
        }
    }

    @Test("an SVG that could run script or fetch from elsewhere is refused", arguments: [
        "<svg><script>alert(1)</script></svg>",
        "<svg onload=\"alert(1)\"></svg>",
        "<svg><a href=\"javascript:alert(1)\"><text>x</text></a></svg>",
        "<svg><foreignObject><p>x</p></foreignObject></svg>",
        "<svg><image href=\"https://tracker.example/p.png\"/></svg>",
        "<svg><use xlink:href=\"//evil.example/s.svg#a\"/></svg>",
    ])
    func unsafeSVG(svg: String) {
        guard case .failure = SVGSanitizer.sanitize(Data(svg.utf8)) else {
            Issue.record("accepted: \(svg)")
            return
        }
    }
}
