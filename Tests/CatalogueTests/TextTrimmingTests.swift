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
