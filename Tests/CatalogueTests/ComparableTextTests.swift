import Testing
@testable import Catalogue

/// Titles and summaries are compared for copies through `comparable`, which does ASCII byte by byte
/// for speed: it must agree with the Unicode way (`comparableUnicode`) on every ASCII text.
@Suite("Text compared for copied courses")
struct ComparableTextTests {
    static let asciiTexts: [String] = [
        "First Aid at Work", "  First   AID\tat\nWork  ", "\r\n", "", "ALL CAPS: 100% [NOW]", "a\u{0B}b\u{0C}c", "Zz@[`{",
        "Level 1-2", "Level 12", "2.5 hours", "C++ basics", "C# basics", "???", " ?!? ", "1 2 3", "a1 2b", "x#+y",
    ] + (0x20...0x7E).map { "a\(Character(Unicode.Scalar(UInt8($0))))1 \(Character(Unicode.Scalar(UInt8($0))))2" }

    @Test("ASCII text compares as the Unicode way compares it", arguments: asciiTexts)
    func agrees(_ text: String) {
        #expect(CatalogueValidator.comparable(text) == CatalogueValidator.comparableUnicode(text))
    }

    @Test("text that is not ASCII: letters, digits and symbols, folded; spaces and punctuation left out", arguments: [
        ("Ysgol Gymraeg Tân", "ysgolgymraegtan"), ("ÉCOLE  Élémentaire", "ecoleelementaire"), ("Non\u{00A0}breaking", "nonbreaking"),
        ("tab\t\tand\u{2003}em space", "tabandemspace"), ("Level 1–2", "level1 2"), ("Phonics 🎨", "phonics🎨"),
    ])
    func unicode(_ text: String, _ expected: String) {
        #expect(CatalogueValidator.comparable(text) == expected)
    }
}
