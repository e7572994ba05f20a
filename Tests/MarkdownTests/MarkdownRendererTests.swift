import Markdown
import Testing

@Suite("MarkdownRenderer: safe HTML, heading levels, links and plain text")
struct MarkdownRendererTests {
    // MARK: Safety

    @Test("raw HTML blocks and inline HTML are omitted")
    func rawHTMLIsOmitted() {
        let document = MarkdownRenderer.render("""
            <script>alert("block")</script>

            Hello <b onclick="steal()">bold</b> world.

            <iframe src="https://evil.example"></iframe>
            """)
        #expect(!document.html.contains("<script"))
        #expect(!document.html.contains("alert("))
        #expect(!document.html.contains("<b"))
        #expect(!document.html.contains("onclick"))
        #expect(!document.html.contains("<iframe"))
        // The ordinary text around the HTML is still there.
        #expect(document.html.contains("Hello"))
        #expect(document.html.contains("world."))
    }

    @Test("a javascript: link keeps its text but loses its address", arguments: [
        "javascript:alert(1)", "JavaScript:alert(1)", "vbscript:msgbox(1)", "data:text/html;base64,PHNjcmlwdD4=",
    ])
    func unsafeLinkIsEmptied(destination: String) {
        let document = MarkdownRenderer.render("Click [here](\(destination)) now.")
        #expect(document.html.contains(#"<a href="">here</a>"#))
        #expect(!document.html.lowercased().contains("script:"))
        #expect(!document.html.contains("data:"))
        // The original destination is still reported, so the loader can point at it.
        #expect(document.links.map(\.destination) == [destination])
    }

    @Test("a javascript: image source is emptied too")
    func unsafeImageIsEmptied() {
        let document = MarkdownRenderer.render("![logo](javascript:alert(1))")
        #expect(document.html.contains(#"src="""#))
        #expect(!document.html.contains("javascript"))
        #expect(document.links.first?.isImage == true)
    }

    @Test("safe links are kept as written")
    func safeLinksAreKept() {
        let document = MarkdownRenderer.render("[a](https://example.org/a?x=1&y=2) [b](mailto:cpd@example.org) [c](../pages/how-to-book.html#cover)")
        #expect(document.html.contains(#"href="https://example.org/a?x=1&amp;y=2""#))
        #expect(document.html.contains(#"href="mailto:cpd@example.org""#))
        #expect(document.html.contains(#"href="../pages/how-to-book.html#cover""#))
    }

    // MARK: Headings

    @Test("a body whose top heading is h1 is shifted so that it becomes h2")
    func headingsShiftFromH1() {
        let document = MarkdownRenderer.render("# Outcomes\n\n## Day one\n\n### Morning\n")
        #expect(document.html.contains("<h2>Outcomes</h2>"))
        #expect(document.html.contains("<h3>Day one</h3>"))
        #expect(document.html.contains("<h4>Morning</h4>"))
        #expect(!document.html.contains("<h1"))
    }

    @Test("a body that already starts at h2 is left alone")
    func headingsFromH2AreUnchanged() {
        let document = MarkdownRenderer.render("## What you will learn\n\n### Before you come\n")
        #expect(document.html.contains("<h2>What you will learn</h2>"))
        #expect(document.html.contains("<h3>Before you come</h3>"))
    }

    /// The renderer's contract: the body's highest heading becomes an <h2>, up or down, so the page never skips
    /// from its h1 title straight to h3.
    @Test("a body whose top heading is h3 is shifted up so that it becomes h2")
    func headingsShiftUpToH2() {
        let document = MarkdownRenderer.render("### Outcomes\n\n#### Day one\n")
        #expect(document.html.contains("<h2>Outcomes</h2>"))
        #expect(document.html.contains("<h3>Day one</h3>"))
    }

    @Test("shifted headings never go past h6")
    func headingsAreCappedAtH6() {
        let document = MarkdownRenderer.render("# Top\n\n###### Deepest\n")
        #expect(document.html.contains("<h2>Top</h2>"))
        #expect(document.html.contains("<h6>Deepest</h6>"))
        #expect(!document.html.contains("<h7"))
    }

    @Test("a setext heading counts as h1 too")
    func setextHeadingIsShifted() {
        let document = MarkdownRenderer.render("Outcomes\n========\n\nText.\n")
        #expect(document.html.contains("<h2>Outcomes</h2>"))
        #expect(!document.html.contains("<h1"))
    }

    // MARK: Links

    @Test("links and images are listed in order with their line and column in the body")
    func linksAreListedWithPositions() {
        let document = MarkdownRenderer.render("""
            First line with [one](https://example.org/1).

            - item
            - see [two](pages/two.html) and ![pic](images/p.png)

            > quoted [three](mailto:a@example.org)
            """)
        #expect(document.links.map(\.destination) == [
            "https://example.org/1", "pages/two.html", "images/p.png", "mailto:a@example.org",
        ])
        #expect(document.links.map(\.line) == [1, 4, 4, 6])
        #expect(document.links.map(\.column) == [17, 7, 33, 10])
        #expect(document.links.map(\.isImage) == [false, false, true, false])
    }

    @Test("autolinks are listed too")
    func autolinksAreListed() {
        let document = MarkdownRenderer.render("Write to <cpd@example.org> or see <https://example.org>.")
        #expect(document.links.map(\.destination) == ["mailto:cpd@example.org", "https://example.org"])
    }

    // MARK: Plain text

    @Test("plain text drops markup and collapses whitespace")
    func plainTextExtraction() {
        let document = MarkdownRenderer.render("""
            # Outcomes

            Some *emphasis*,   **strong** and `code`
            over two lines.

            - first
            - second

            ```
            let x = 1
            ```
            """)
        #expect(document.plainText == "Outcomes Some emphasis, strong and code over two lines. first second let x = 1")
    }

    @Test("plain text includes link text but not the address")
    func plainTextOfLinks() {
        let document = MarkdownRenderer.render("Read [the policy](https://example.org/secret-address) first.")
        #expect(document.plainText == "Read the policy first.")
    }

    @Test("an empty or blank body renders to the empty document", arguments: ["", "   ", "\n\n\t\n"])
    func blankBodyIsEmpty(source: String) {
        let document = MarkdownRenderer.render(source)
        #expect(document == .empty)
        #expect(document.isEmpty)
    }

    @Test("typographic quotes and dashes (smart punctuation)")
    func smartPunctuation() {
        let document = MarkdownRenderer.render(#"It's "quoted" -- and --- done."#)
        #expect(document.plainText == "It\u{2019}s \u{201C}quoted\u{201D} \u{2013} and \u{2014} done.")
    }
}
