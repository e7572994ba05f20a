@testable import Catalogue
import Foundation
import Testing

@Suite("Trimming values as Foundation does, without NSString for plain text")
struct TextTrimmingTests {
    @Test("the same result as trimmingCharacters(in:) for plain, padded, Unicode and empty text", arguments: [
        "title", " title", "title ", "\ttitle\t", "  two words  ", "\u{A0}non-breaking\u{A0}", "\u{2003}em space", "line\n",
        "\nline", "\r\n", "", " ", "é", " café ", "👩🏽‍🏫", "x\u{301}", "\u{3000}ideographic\u{3000}", "\u{85}next line", "a\u{7F}",
    ])
    func sameAsFoundation(_ text: String) {
        #expect(text.trimmed() == text.trimmingCharacters(in: .whitespaces))
        #expect(text.trimmed(newlines: true) == text.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}

@Suite("Undoing percent-encoding as Foundation does, without NSString for text with no '%'")
struct PercentDecodingTests {
    @Test("the same result as removingPercentEncoding, or the text when that fails", arguments: [
        "my%20map.png", "plain.png", "", "a b", "100%", "%zz", "%E2%80%94", "caf%C3%A9", "café", "x%", "%%", "%41%42", "👩🏽‍🏫", "%FF",
    ])
    func sameAsFoundation(_ text: String) {
        #expect(text.percentDecoded == (text.removingPercentEncoding ?? text))
    }
}
