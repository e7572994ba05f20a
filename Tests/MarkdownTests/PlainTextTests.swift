import Markdown
import Testing

/// The plain text gathered from cmark's literals, its white space collapsed as it is copied.
@Suite("MarkdownRenderer: plain text copied from the literals")
struct PlainTextTests {
    @Test("a body's plain text: runs of white space as one space, long words and other scripts kept whole")
    func plainText() {
        let body = "Averyveryverylongword   and\ttabs  here\n\nsecond  paragraph éééééééé `code  span`\n\n- item one\n- item\ttwo\n\n    indented   code\n"
        #expect(MarkdownRenderer.render(body).plainText
            == "Averyveryverylongword and tabs here second paragraph éééééééé code span item one item two indented code")
        #expect(MarkdownRenderer.render("   \n\n  ").plainText == "")
        #expect(MarkdownRenderer.render("abcdefghijklmnop").plainText == "abcdefghijklmnop")
    }
}
