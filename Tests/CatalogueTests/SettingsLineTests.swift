@testable import Catalogue
import Testing

@Suite("How a line of front matter reads: the byte path for ASCII and the Character path agree")
struct SettingsLineTests {
    @Test("every line reads the same both ways", arguments: [
        "", " ", "\t", "  \t ", "#", "# note", "  # indented note", "title: A course", "title:", "title:  ", "title:value",
        "two words: x", ": x", ":", "-", "- ", "- item", "-item", "--", "---", "  - nested", "\tkey: v", "key : v", "a:b: c",
        "Tickets are £5", "plain text", "url: https://x.example/a:b", "key:\t", "k:\r", "\r", "text\r", "x\u{0}: y", "a: \u{7F}",
        "é: x", "title: café", "- é", "key:\u{301}",
    ])
    func sameBothWays(_ line: String) {
        let substring = Substring(line)
        #expect(SettingsLine(substring) == SettingsLine(characters: substring))
        let ascii: SettingsLine?? = substring.utf8.withContiguousStorageIfAvailable { SettingsLine(ascii: $0) }
        // Only lines of ASCII without a carriage return take the byte path.
        let tookBytes = ascii.flatMap { $0 } != nil
        #expect(tookBytes == line.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D })
    }
}
