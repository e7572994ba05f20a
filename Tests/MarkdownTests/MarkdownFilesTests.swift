import Foundation
import Markdown
import Testing

/// `linkingFiles` rewrites the addresses of a body's files in cmark's HTML, and
/// `htmlLabellingFiles` writes a label after each document link.
@Suite("Files in Markdown bodies")
struct MarkdownFilesTests {
    static func file(_ destination: String, path: String, image: Bool, width: Int? = nil, height: Int? = nil) -> MarkdownFile {
        MarkdownFile(source: destination, path: path, href: "../" + path, destinations: [destination], isImage: image,
                     fileExtension: String(path.split(separator: ".").last!), width: width, height: height, data: Data([1, 2, 3]))
    }

    @Test("pictures get the published address, their size and lazy loading; links the published address")
    func linking() {
        let document = MarkdownRenderer.render("![A map](<my map.png> \"Plan\") and [the handout](notes.pdf) and [page](notes.html)\n")
        #expect(document.links.map(\.text) == ["A map", "the handout", "page"])
        let linked = document.linkingFiles([
            Self.file("my map.png", path: "files/my-map.0123456789.png", image: true, width: 4, height: 3),
            Self.file("notes.pdf", path: "files/notes.abcdef0123.pdf", image: false),
        ])
        #expect(linked.html == "<p><img src=\"../files/my-map.0123456789.png\" width=\"4\" height=\"3\" loading=\"lazy\" alt=\"A map\" title=\"Plan\" /> and <a href=\"../files/notes.abcdef0123.pdf\">the handout</a> and <a href=\"notes.html\">page</a></p>\n")
        #expect(linked.files.count == 2)
        let labelled = linked.htmlLabellingFiles { " (\($0.fileExtension.uppercased()), \($0.data.count) B)" }
        #expect(labelled.contains("<a href=\"../files/notes.abcdef0123.pdf\">the handout</a> (PDF, 3 B) and <a href=\"notes.html\">page</a>"))
    }

    @Test("text that looks like a tag is escaped by cmark and never rewritten")
    func escapedText() {
        let document = MarkdownRenderer.render("`<img src=\"x.png\">` and ![x](x.png)\n")
        let linked = document.linkingFiles([Self.file("x.png", path: "files/x.1.png", image: true)])
        #expect(linked.html == "<p><code>&lt;img src=&quot;x.png&quot;&gt;</code> and <img src=\"../files/x.1.png\" loading=\"lazy\" alt=\"x\" /></p>\n")
    }

    @Test("an empty description is seen as empty")
    func emptyAlt() {
        #expect(MarkdownRenderer.render("![](x.png) ![ *b* ](y.png)\n").links.map(\.text) == ["", " b "])
    }
}
