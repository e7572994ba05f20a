@testable import Catalogue
import Foundation
import TestSupport
import Testing

/// The logo is read as XML and written again with drawing elements and presentation attributes only:
/// what the old substring checks let through (namespaced scripts, character references, outside
/// fetches in CSS) is refused, at site.yml's `logo:` line, and never copied through.
@Suite("SVG logos are sanitised")
struct SVGSanitizerTests {
    static let open = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">"

    static func problem(_ svg: String) -> SVGSanitizer.Problem? {
        guard case .failure(let problem) = SVGSanitizer.sanitize(Data(svg.utf8)) else { return nil }
        return problem
    }

    /// Every way found by the outside attacker, and more of the same kinds.
    @Test("hostile SVG is refused, whatever the namespace spelling or character references", arguments: [
        // Namespaced script elements.
        "<s:svg xmlns:s=\"http://www.w3.org/2000/svg\"><s:script>alert(1)</s:script></s:svg>",
        "\(open)<s:script xmlns:s=\"http://www.w3.org/2000/svg\">alert(1)</s:script></svg>",
        "\(open)<h:script xmlns:h=\"http://www.w3.org/1999/xhtml\">alert(1)</h:script></svg>",
        "\(open)<script xmlns=\"http://www.w3.org/1999/xhtml\">alert(1)</script></svg>",
        "\(open)<SCRIPT>alert(1)</SCRIPT></svg>",
        "\(open)<handler type=\"application/ecmascript\">alert(1)</handler></svg>",
        // Character references in URLs.
        "\(open)<use href=\"&#106;avascript:alert(1)\"/></svg>",
        "\(open)<use href=\"javascript&#58;alert(1)\"/></svg>",
        "\(open)<use href=\"&#x6A;&#x61;vascript:alert(1)\"/></svg>",
        "\(open)<use href=\" &#104;ttp://evil.example/s.svg#a\"/></svg>",
        // Outside fetches.
        "\(open)<image href=\" http://tracker.example/p.png\"/></svg>",
        "\(open)<use href=\"other.svg#a\"/></svg>",
        "\(open)<use xmlns:x=\"http://www.w3.org/1999/xlink\" x:href=\"https://evil.example/s.svg#a\"/></svg>",
        "\(open)<use xmlns:xlink=\"http://www.w3.org/1999/xlink\" xlink:href=\"//evil.example/s.svg#a\"/></svg>",
        "\(open)<style>@import url(http://evil.example/a.css);</style></svg>",
        "\(open)<style>@import 'http://evil.example/a.css';</style></svg>",
        "\(open)<style>@i\\6d port 'http://evil.example/a.css';</style></svg>",
        "\(open)<style><![CDATA[ rect { fill: url(http://evil.example/p.svg#f) } ]]></style></svg>",
        "\(open)<style>rect { background: ur/**/l(http://evil.example/) }</style></svg>",
        "\(open)<style>@font-face { font-family: x; src: url(https://evil.example/f.woff) }</style></svg>",
        "\(open)<style>rect { fill: image-set(\"http://evil.example/a.png\" 1x) }</style></svg>",
        "\(open)<rect style=\"fill: url(http://evil.example/p.svg#f)\"/></svg>",
        "\(open)<rect style=\"fill: url( 'https://evil.example/p.svg#f' )\"/></svg>",
        "\(open)<rect style=\"width: expression(alert(1))\"/></svg>",
        "\(open)<rect fill=\"url(&#104;ttp://evil.example/p.svg#f)\"/></svg>",
        "\(open)<rect filter=\"url(data:image/svg+xml;base64,PHN2Zz48c2NyaXB0PmFsZXJ0KDEpPC9zY3JpcHQ+PC9zdmc+)\"/></svg>",
        "\(open)<style type=\"text/xsl\">x</style></svg>",
        // Entities and document type declarations.
        "<!DOCTYPE svg [<!ENTITY x \"javascript:alert(1)\">]>\(open)<use href=\"&x;\"/></svg>",
        "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\(open)</svg>",
        "<!doctype svg>\(open)</svg>",
        "\(open)<use href=\"&x;\"/></svg>",
        "<?xml version=\"1.0\" encoding=\"UTF-7\"?>\(open)+ADw-script+AD4-alert(1)+ADw-/script+AD4-</svg>",
        "<?xml-stylesheet href=\"http://evil.example/a.css\"?>\(open)</svg>",
        // xml:base, event handlers, links, embedded content.
        "\(open)<g xml:base=\"http://evil.example/\"><use href=\"#a\"/></g></svg>",
        "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>",
        "<svg xmlns=\"http://www.w3.org/2000/svg\" ONLOAD=\"alert(1)\"/>",
        "\(open)<a href=\"#a\"><text>x</text></a></svg>",
        "\(open)<foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\">x</div></foreignObject></svg>",
        "\(open)<iframe src=\"https://evil.example/\"/></svg>",
        "\(open)<image href=\"data:image/png;base64,iVBORw0KGgo=\"/></svg>",
        "\(open)<use href=\"data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;\"/></svg>",
        "\(open)<filter id=\"f\"><feImage href=\"https://evil.example/a.png\"/></filter></svg>",
        // Animation that could change a link.
        "\(open)<set attributeName=\"href\" to=\"javascript:alert(1)\"/></svg>",
        "\(open)<use href=\"#a\"><animate attributeName=\"href\" values=\"javascript:alert(1)\"/></use></svg>",
        "\(open)<animateTransform attributeName=\"transform\" type=\"rotate\" from=\"0\" to=\"360\" dur=\"1s\"/></svg>",
        // Editor namespaces and anything unknown.
        "\(open)<g xmlns:inkscape=\"http://www.inkscape.org/namespaces/inkscape\" inkscape:label=\"x\"/></svg>",
        "\(open)<metadata/></svg>",
        // Not SVG, not XML.
        "<html><script>alert(1)</script></html>",
        "\(open)<rect></svg>",
        "<svg",
        "",
    ])
    func hostile(svg: String) {
        let problem = Self.problem(svg)
        #expect(problem != nil, "accepted: \(svg)")
        #expect(problem?.suggestion.contains("plain SVG") == true || problem?.suggestion.contains("<!DOCTYPE") == true)
    }

    @Test("what was found is named: the element, its line, and why")
    func messages() throws {
        let script = try #require(Self.problem("\(Self.open)\n<s:script xmlns:s=\"http://www.w3.org/2000/svg\">x</s:script></svg>"))
        #expect(script.message == "it contains a <s:script> element on line 2, which could run a script")
        let xhtml = try #require(Self.problem("\(Self.open)<h:script xmlns:h=\"http://www.w3.org/1999/xhtml\">x</h:script></svg>"))
        #expect(xhtml.message == "it contains a <h:script> element from another vocabulary (http://www.w3.org/1999/xhtml) on line 1, which could run a script")
        let link = try #require(Self.problem("\(Self.open)<use href=\"&#106;avascript:alert(1)\"/></svg>"))
        #expect(link.message == "the <use> element on line 1 links to 'javascript:alert(1)'; only links inside the logo (href=\"#id\") are allowed")
        let css = try #require(Self.problem("\(Self.open)<style>@import url(http://evil.example/a.css);</style></svg>"))
        #expect(css.message.hasPrefix("the <style> element ending on line 1 holds a CSS at-rule"))
        let doctype = try #require(Self.problem("<?xml version=\"1.0\"?>\n<!DOCTYPE svg>\(Self.open)</svg>"))
        #expect(doctype.message.contains("document type declaration (<!DOCTYPE …>) on line 2"))
        #expect(script.suggestion.hasPrefix("export the logo again as plain SVG without scripts"))
    }

    @Test("a plain logo is written again: same drawing, comments and CDATA gone, links inside kept")
    func rewritten() throws {
        let svg = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- Generator: an editor -->
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10" role="img" aria-label="Trust &amp; partners">
              <title>Northfield &lt;Trust&gt;</title>
              <defs><linearGradient id="g"><stop offset="0" stop-color="#1d4f91"/></linearGradient>
              <style><![CDATA[ .a { fill: url(#g); } ]]></style></defs>
              <circle class="a" cx="5" cy="5" r="4" style="stroke: url('#g'); stroke-width: 0.5"/>
              <use xlink:href="#c"/>
            </svg>
            """
        let result = try SVGSanitizer.sanitize(Data(svg.utf8)).get()
        let text = try #require(String(data: result, encoding: .utf8))
        #expect(text.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" aria-label=\"Trust &amp; partners\" role=\"img\" viewBox=\"0 0 10 10\">"))
        #expect(text.contains("<title>Northfield &lt;Trust&gt;</title>"))
        #expect(text.contains("<style> .a { fill: url(#g); } </style>"))
        #expect(text.contains("<use href=\"#c\"/>"))
        #expect(!text.contains("Generator") && !text.contains("CDATA") && !text.contains("xlink"))
        // Written again, it reads the same.
        #expect(try SVGSanitizer.sanitize(result).get() == result)
    }

    @Test("href and xlink:href on one element are written as one href (the one browsers follow), and both are checked")
    func bothHrefs() throws {
        let svg = "\(Self.open)<use xmlns:xlink=\"http://www.w3.org/1999/xlink\" href=\"#a\" xlink:href=\"#b\"/></svg>"
        let result = try SVGSanitizer.sanitize(Data(svg.utf8)).get()
        #expect(String(data: result, encoding: .utf8)?.contains("<use href=\"#a\"/>") == true)
        #expect(try SVGSanitizer.sanitize(result).get() == result)
        #expect(Self.problem("\(Self.open)<use xmlns:xlink=\"http://www.w3.org/1999/xlink\" href=\"#a\" xlink:href=\"http://x.example/\"/></svg>") != nil)
    }

    @Test("a logo without the SVG namespace is given it")
    func namespaceAdded() throws {
        let result = try SVGSanitizer.sanitize(Data("<svg viewBox=\"0 0 1 1\"><rect width=\"1\" height=\"1\"/></svg>".utf8)).get()
        #expect(String(data: result, encoding: .utf8) == "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"><rect height=\"1\" width=\"1\"/></svg>")
    }

    @Test("a hostile logo is an error at site.yml's logo: line, and nothing is published")
    func errorAtLogoLine() throws {
        try withTemporaryFolder { folder in
            let content = try folder.copyFixture("valid")
            try folder.write("Content/logo.svg", "\(Self.open)<s:script xmlns:s=\"http://www.w3.org/2000/svg\">alert(1)</s:script></svg>")
            let site = content.appendingPathComponent("site.yml")
            let before = try String(contentsOf: site, encoding: .utf8)
            try (before + "brand:\n  logo: logo.svg\n").write(to: site, atomically: true, encoding: .utf8)
            let result = ContentLoader(directory: content, displayPath: "Content").load()
            #expect(result.catalogue == nil)
            let diagnostic = try #require(result.diagnostics.first { $0.keyPath == "brand.logo" })
            let line = before.split(separator: "\n", omittingEmptySubsequences: false).count + 1
            #expect(diagnostic.place == "Content/site.yml:\(line):9")
            #expect(diagnostic.message == "the logo cannot be used: it contains a <s:script> element on line 1, which could run a script")
            #expect(diagnostic.suggestion?.hasPrefix("export the logo again as plain SVG") == true)
        }
    }

    @Test("an accepted logo is published as the sanitised bytes, not the file's own")
    func publishedSanitised() throws {
        try withTemporaryFolder { folder in
            let content = try folder.copyFixture("valid")
            try folder.write("Content/logo.svg", "<!-- x -->\(Self.open)<circle cx=\"5\" cy=\"5\" r=\"4\"/></svg>")
            let site = content.appendingPathComponent("site.yml")
            try (String(contentsOf: site, encoding: .utf8) + "brand:\n  logo: logo.svg\n").write(to: site, atomically: true, encoding: .utf8)
            let result = ContentLoader(directory: content, displayPath: "Content").load()
            let logo = try #require(result.catalogue?.settings.brand?.logo)
            #expect(String(data: logo.data, encoding: .utf8) == "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><circle cx=\"5\" cy=\"5\" r=\"4\"/></svg>")
        }
    }
}
