import Testing
@testable import Catalogue

/// Titles and summaries are compared for copies through `comparable`, which does ASCII byte by byte
/// for speed: it must agree with the Unicode way (lowercase, runs of white space as one) everywhere.
@Suite("Text compared for copied courses")
struct ComparableTextTests {
    private func unicodeWay(_ text: String) -> String {
        text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test("ASCII and Unicode text compare as lowercase words joined by single spaces", arguments: [
        "First Aid at Work", "  First   AID\tat\nWork  ", "\r\n", "", "ALL CAPS: 100% [NOW]", "a\u{0B}b\u{0C}c",
        "Ysgol Gymraeg Tân", "ÉCOLE  Élémentaire", "Non\u{00A0}breaking", "tab\t\tand\u{2003}em space", "Zz@[`{",
    ])
    func agrees(_ text: String) {
        #expect(CatalogueValidator.comparable(text) == unicodeWay(text))
    }
}
