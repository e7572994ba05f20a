@testable import Catalogue
import Testing

/// The byte searches loading uses in place of walking a view's indices give the same answers.
@Suite("Byte searches: the same answers as the views'")
struct ByteSearchTests {
    static let texts = ["", "\n", "a", "a\n", "\na", "a\n\nb\n", "é—\nx\u{301}\n\n", "no line feed at all", "\n\n\n", "tab\there\n"]

    @Test("lines at line feeds are the pieces of splitting the bytes", arguments: ByteSearchTests.texts)
    func lines(_ text: String) {
        let expected = text.utf8.split(separator: 10, omittingEmptySubsequences: false).map { String(Substring($0)) }
        #expect(text.linesAtLineFeeds().map(String.init) == expected)
        // A piece of a larger string too.
        let inner = ("x\n" + text + "\ny").dropFirst(2).dropLast(2)
        #expect(String(inner).linesAtLineFeeds().map(String.init) == expected)
    }

    @Test("firstIndex(ofByte:) answers as firstIndex(of:)", arguments: ByteSearchTests.texts)
    func firstIndex(_ text: String) {
        for byte: UInt8 in [10, 9, 97, 0xC3, 0x80, 0] {
            for start in [text.utf8.startIndex, text.utf8.index(text.utf8.startIndex, offsetBy: min(1, text.utf8.count))] {
                let rest = text.utf8[start...]
                #expect(rest.firstIndex(ofByte: byte) == rest.firstIndex(of: byte))
            }
        }
    }

    @Test("containsByte answers as contains", arguments: ByteSearchTests.texts)
    func contains(_ text: String) {
        for byte: UInt8 in [10, 9, 97, 0xC3, 0x80, 0] {
            #expect(text.utf8.containsByte(byte) == text.utf8.contains(byte))
            #expect(text.dropFirst().utf8.containsByte(byte) == text.dropFirst().utf8.contains(byte))
            #expect(Array(text.utf8).containsByte(byte) == Array(text.utf8).contains(byte))
        }
    }
}

/// The byte check for control characters in a body finds exactly what a walk of its scalars finds.
@Suite("Control characters found in bytes")
struct ControlCharacterBytesTests {
    @Test("the same answer as the scalars' for every character from U+0000 to U+00FF, alone and in text")
    func everyLowCharacter() {
        for value in UInt32(0)...0xFF {
            let scalar = Unicode.Scalar(value)!
            for text in [String(Character(scalar)), "é—x" + String(Character(scalar)) + "ÿ\u{100}"] {
                #expect(ControlCharacters.holdsForbidden(text) == text.unicodeScalars.contains(where: ControlCharacters.isForbidden), "U+\(value)")
            }
        }
    }
}
