import Foundation
import TestSupport
import Testing
@testable import Site

/// The formula guard of `courses.csv` and `sessions.csv` decides on the first Unicode scalar, after
/// any whitespace, control or format characters: a trigger that carries a combining mark, a joiner or
/// a variation selector is still a trigger to a spreadsheet, and so is one after a space or a tab.
@Suite("Exports: CSV formula guard")
struct CSVFormulaGuardTests {
    /// The cell as a spreadsheet reads it: the field without its RFC 4180 quotes.
    static func unquoted(_ field: String) -> String {
        guard field.hasPrefix("\""), field.hasSuffix("\""), field.unicodeScalars.count >= 2 else { return field }
        var scalars = field.unicodeScalars
        scalars.removeFirst()
        scalars.removeLast()
        return String(scalars).replacingOccurrences(of: "\"\"", with: "\"")
    }

    @Test("a trigger followed by a mark that joins it into one character is still neutralised", arguments: [
        "=\u{301}1+1", "+\u{200D}cmd", "-\u{FE0F}2+3", "@\u{308}SUM(A1)", "=\u{20E3}HYPERLINK(\"http://evil.example\")",
        "＝1+1", "＠SUM(A1)",
    ])
    func joinedTriggers(value: String) {
        #expect(Self.unquoted(CSVWriter.field(.text(value))).unicodeScalars.first == "'", "\(value.debugDescription)")
    }

    @Test("whitespace, control and format characters before a trigger do not hide it", arguments: [
        " =1+1", "\t=1+1", "\r@SUM(A1)", "\n=1", "  +cmd", "\u{A0}=1", "\u{3000}-1", "\u{200B}=1", "\u{FEFF}@x", "\u{1}=1",
        "\u{202E}=1", " \t \u{2028}=1",
    ])
    func hiddenTriggers(value: String) {
        #expect(Self.unquoted(CSVWriter.field(.text(value))).unicodeScalars.first == "'", "\(value.debugDescription)")
    }

    @Test("characters that show as nothing before a trigger, and the small, raised and lowered forms of one, are caught", arguments: [
        "\u{34F}=1", "\u{3164}=1", "\u{115F}+1", "\u{FFA0}-1", "\u{2800}@x", "\u{301}=1",
        "\u{FE66}1+1", "\u{FE62}cmd", "\u{FE63}2", "\u{FE6B}SUM(A1)", "\u{207C}1", "\u{208C}1", "\u{207A}1",
    ])
    func invisibleAndCompatibilityForms(value: String) {
        #expect(Self.unquoted(CSVWriter.field(.text(value))).unicodeScalars.first == "'", "\(value.debugDescription)")
    }

    @Test("text that merely contains a trigger, or starts with a space, is left as it is", arguments: [
        "a=b", " plain", "Year 7 - 9", "x@school.example", "", "é=1",
    ])
    func harmless(value: String) {
        #expect(Self.unquoted(CSVWriter.field(.text(value))) == value)
    }

    /// Random strings that start with a trigger, perhaps after whitespace or control characters, and
    /// go on with anything (marks that would join the trigger into one character first, often).
    @Test("property: every cell whose first visible scalar is a trigger is written with a leading '")
    func randomTriggers() {
        var generator = SplitMix64(seed: 0xC5F0_4A11)
        let triggers: [Unicode.Scalar] = ["=", "+", "-", "@", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}",
                                          "\u{FE66}", "\u{FE62}", "\u{FE63}", "\u{FE6B}", "\u{207C}", "\u{208C}"]
        let leading: [Unicode.Scalar] = [" ", "\t", "\r", "\n", "\u{0B}", "\u{0C}", "\u{1}", "\u{1F}", "\u{7F}", "\u{85}", "\u{A0}",
                                         "\u{2000}", "\u{2028}", "\u{3000}", "\u{200B}", "\u{200E}", "\u{202E}", "\u{2066}", "\u{FEFF}",
                                         "\u{34F}", "\u{3164}", "\u{115F}", "\u{FFA0}", "\u{2800}"]
        let joiners: [Unicode.Scalar] = ["\u{300}", "\u{301}", "\u{308}", "\u{20E3}", "\u{200D}", "\u{200C}", "\u{FE00}", "\u{FE0F}",
                                         "\u{E0100}", "\u{1F3FB}", "\u{34F}"]
        for _ in 0..<5_000 {
            var value = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...3, using: &generator) { value.append(leading.randomElement(using: &generator)!) }
            value.append(triggers.randomElement(using: &generator)!)
            for _ in 0..<Int.random(in: 0...8, using: &generator) {
                if Bool.random(using: &generator) {
                    value.append(joiners.randomElement(using: &generator)!)
                } else {
                    // Any scalar: ASCII most of the time, then anything up to the last plane.
                    let bound: UInt32 = Bool.random(using: &generator) ? 0x7F : 0x10_FFFF
                    if let scalar = Unicode.Scalar(UInt32.random(in: 0...bound, using: &generator)) { value.append(scalar) }
                }
            }
            let text = String(value)
            let cell = Self.unquoted(CSVWriter.field(.text(text)))
            #expect(cell.unicodeScalars.first == "'", "\(text.debugDescription) was written as \(cell.debugDescription)")
        }
    }
}
