import Markdown
import Testing

/// `removingLinks(where:)`: the partner edition turns links to pages it leaves out into plain text.
@Suite("MarkdownDocument: removing links, keeping their text")
struct MarkdownUnlinkingTests {
    @Test("only the chosen links lose their tags; their text, other links and images stay")
    func removesChosenLinks() {
        let document = MarkdownRenderer.render("""
            Read [the *rota*](../pages/rota.html?week=1&day=2 "Rota") and [how to book](../pages/how-to-book.html).

            ![Rota](../pages/rota.html?week=1&day=2) <https://example.org/a>
            """)
        let result = document.removingLinks { $0 == "../pages/rota.html?week=1&day=2" }
        #expect(result.html.contains("Read the <em>rota</em> and <a href=\"../pages/how-to-book.html\">how to book</a>."))
        #expect(result.html.contains("<img src=\"../pages/rota.html?week=1&amp;day=2\" alt=\"Rota\" />"))
        #expect(result.html.contains("<a href=\"https://example.org/a\">https://example.org/a</a>"))
        #expect(result.links.map(\.destination) == ["../pages/how-to-book.html", "../pages/rota.html?week=1&day=2", "https://example.org/a"])
        #expect(result.plainText == document.plainText)
    }

    @Test("a document with no chosen link is returned unchanged")
    func unchangedWithoutMatch() {
        let document = MarkdownRenderer.render("[a](a.html) and [b](b.html)")
        #expect(document.removingLinks { _ in false } == document)
    }
}
