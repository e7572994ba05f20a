import Catalogue
import Foundation
import Terminal
import TestSupport
import Testing

@Suite("SourceFile: decoding and normalising content files")
struct SourceFileTests {
    func decode(_ bytes: [UInt8]) -> Result<SourceFile, Diagnostic> {
        SourceFile.decode(Data(bytes), displayPath: "Content/courses/x.md")
    }

    func decode(_ text: String) -> Result<SourceFile, Diagnostic> { decode(Array(text.utf8)) }

    @Test("plain UTF-8 is read as it is")
    func plainUTF8() throws {
        let file = try decode("title: Café — ok\n").get()
        #expect(file.text == "title: Café — ok\n")
        #expect(file.path == "Content/courses/x.md")
    }

    @Test("a UTF-8 byte-order mark is dropped")
    func byteOrderMark() throws {
        let file = try decode([0xEF, 0xBB, 0xBF] + Array("---\ntitle: x\n".utf8)).get()
        #expect(file.text == "---\ntitle: x\n")
        #expect(file.line(1) == "---")
        #expect(SourceFile(path: "p", text: "\u{FEFF}abc").text == "abc")
    }

    @Test("CRLF and lone CR become LF, and line numbers count them once")
    func lineEndings() throws {
        let file = try decode("---\r\ntitle: x\r\nsummary: y\r\n---\r\nbody\rmore").get()
        #expect(!file.text.contains("\r"))
        #expect(file.text == "---\ntitle: x\nsummary: y\n---\nbody\nmore")
        #expect(file.line(2) == "title: x")
        #expect(file.line(3) == "summary: y")
        #expect(file.line(6) == "more")
        #expect(file.line(7) == nil)
        #expect(file.line(0) == nil)
    }

    @Test("a CRLF content file reports mistakes at the right line and column")
    func crlfContentFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let content = try folder.copyFixture("valid")
        let text = "---\ntitle: CRLF course\nsummary: Saved on Windows.\nstrand: Leadership\ngroups: [teachres]\nformat: online\n---\nBody.\n"
        try folder.write("Content/courses/windows.md", bytes: Data(([0xEF, 0xBB, 0xBF] as [UInt8]) + Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)))
        let result = ContentLoader(directory: content, displayPath: "Content").load()
        #expect(result.diagnostics.map(\.place) == ["Content/courses/windows.md:5:10"])
        #expect(result.diagnostics.first?.location.lineText == "groups: [teachres]")
        #expect(result.diagnostics.first?.suggestion == "did you mean 'teachers'?")
    }

    @Test("UTF-16 is refused, in either byte order", arguments: [[UInt8(0xFF), 0xFE], [0xFE, 0xFF]])
    func utf16Refused(bom: [UInt8]) throws {
        guard case .failure(let diagnostic) = decode(bom + [0x74, 0x00, 0x69, 0x00]) else {
            Issue.record("UTF-16 was accepted")
            return
        }
        #expect(diagnostic.message == "the file is saved as UTF-16, not UTF-8")
        #expect(diagnostic.place == "Content/courses/x.md:0:0")
        #expect(diagnostic.severity == .error)
    }

    @Test("invalid UTF-8 is reported at the line and column of the first bad byte")
    func invalidUTF8() throws {
        guard case .failure(let diagnostic) = decode(Array("ab\ncd".utf8) + [0xFF] + Array("x\n".utf8)) else {
            Issue.record("invalid UTF-8 was accepted")
            return
        }
        #expect(diagnostic.place == "Content/courses/x.md:2:3")
        #expect(diagnostic.message == "the file is not UTF-8 text: byte 0xFF cannot be read")
        #expect(diagnostic.suggestion?.contains("UTF-8") == true)
    }

    @Test("columns count characters, not bytes")
    func invalidUTF8AfterMultibyteCharacters() throws {
        // "é —" is 3 characters but 6 bytes: the bad byte is in column 5 of line 3.
        guard case .failure(let diagnostic) = decode(Array("one\ntwo\né — ".utf8) + [0x96] + Array(" three".utf8)) else {
            Issue.record("invalid UTF-8 was accepted")
            return
        }
        #expect(diagnostic.place == "Content/courses/x.md:3:5")
        #expect(diagnostic.message.contains("byte 0x96"))
    }

    /// A bad byte right after a valid multi-byte character is placed at its own column, not further on.
    @Test("a bad byte right after a multi-byte character is reported at its own column")
    func invalidUTF8RightAfterMultibyteCharacter() throws {
        guard case .failure(let diagnostic) = decode(Array("ab\nc".utf8) + [0xC3, 0xA9, 0xFF] + Array("x\n".utf8)) else {
            Issue.record("invalid UTF-8 was accepted")
            return
        }
        #expect(diagnostic.place == "Content/courses/x.md:2:3")
        #expect(diagnostic.message == "the file is not UTF-8 text: byte 0xFF cannot be read")
        #expect(diagnostic.location.lineText == "cé\u{FFFD}x")
    }

    @Test("invalid UTF-8 after a byte-order mark: the mark does not count as a column")
    func invalidUTF8AfterBOM() throws {
        guard case .failure(let diagnostic) = decode([0xEF, 0xBB, 0xBF, 0x61, 0x62, 0xE9, 0x0A]) else {
            Issue.record("invalid UTF-8 was accepted")
            return
        }
        #expect(diagnostic.place == "Content/courses/x.md:1:3")
        #expect(diagnostic.message.contains("0xE9"))
    }

    @Test("a multi-byte sequence cut short at the end of the file is reported")
    func truncatedSequence() throws {
        guard case .failure(let diagnostic) = decode(Array(Array("one\ntwo €".utf8).dropLast(1))) else {
            Issue.record("a truncated sequence was accepted")
            return
        }
        #expect(diagnostic.place == "Content/courses/x.md:2:5")
        #expect(diagnostic.message.contains("0xE2"))
    }

    @Test("a NUL byte means the file is not text")
    func nulByte() throws {
        guard case .failure(let diagnostic) = decode(Array("a\nbc".utf8) + [0] + Array("d".utf8)) else {
            Issue.record("a NUL byte was accepted")
            return
        }
        #expect(diagnostic.place == "Content/courses/x.md:2:3")
        #expect(diagnostic.message.hasPrefix("the file contains a NUL byte, so it is not a text file"))
        #expect(diagnostic.location.lineText == nil)
    }

    @Test("location(line:column:) quotes the line")
    func locationQuotesLine() {
        let file = SourceFile(path: "f.md", text: "one\ntwo\nthree")
        let location = file.location(line: 2, column: 3)
        #expect(location.lineText == "two")
        #expect(location.description == "f.md:2:3")
        #expect(file.location(line: 9, column: 1).lineText == nil)
    }

    @Test("location(line:byteColumn:) turns cmark's byte columns into character columns")
    func byteColumns() {
        let file = SourceFile(path: "f.md", text: "plain [x](a)\nCafé crème [x](a)\n😀 [x](a)\nshort")
        #expect(file.location(line: 1, byteColumn: 7).column == 7)            // ASCII: the same
        #expect(file.location(line: 2, byteColumn: 14).column == 12)          // é is 2 bytes, twice
        #expect(file.location(line: 2, byteColumn: 14).lineText == "Café crème [x](a)")
        #expect(file.location(line: 3, byteColumn: 6).column == 3)            // an emoji is 4 bytes, one column
        #expect(file.location(line: 2, byteColumn: 1).column == 1)
        #expect(file.location(line: 4, byteColumn: 99).column == 6)           // past the end: the end of the line
        #expect(SourceFile(path: "a.md", text: "all ascii").location(line: 1, byteColumn: 5).column == 5)
    }

    @Test("byte columns far along a long line of mixed scalars, past many checkpoints, count every scalar once")
    func byteColumnsOnALongLine() {
        let pieces = ["a", "é", "—", "😀", "[x](y) "]
        var line = "", expected: [(byte: Int, column: Int)] = []
        for index in 0..<3_000 {
            expected.append((line.utf8.count + 1, line.unicodeScalars.count + 1))
            line += pieces[index % pieces.count]
        }
        let file = SourceFile(path: "long.md", text: "first line ü\n" + line + "\nlast")
        for (byte, column) in expected where byte % 7 == 1 || byte > line.utf8.count - 40 {
            #expect(file.location(line: 2, byteColumn: byte).column == column, "byte \(byte)")
        }
    }

    @Test("an unsafe link after accented text is reported at its own column, with the caret on it")
    func unsafeLinkAfterAccents() throws {
        let text = "---\ntitle: Café\nsummary: Crème.\nstrand: Leadership\ngroups: all\nformat: online\n---\n\nCafé crème [x](javascript:alert(1)) — fin.\n"
        let result = try withTemporaryFolder { folder in
            let content = try folder.copyFixture("valid")
            try folder.write("Content/courses/accents.md", text)
            return ContentLoader(directory: content, displayPath: "Content").load()
        }
        let diagnostic = try #require(result.diagnostics.first { $0.keyPath == "body" })
        #expect(diagnostic.place == "Content/courses/accents.md:9:16")
        #expect(try quotedAtCaret(diagnostic).hasPrefix("javascript:alert(1)) — fin."))
        #expect(diagnostic.location.endColumn == 35)
    }

    /// The caret's place in a formatted diagnostic: the text of the quoted line from the caret on.
    func quotedAtCaret(_ diagnostic: Diagnostic) throws -> String {
        let text = DiagnosticFormatter(colour: false).format(diagnostic)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
        try #require(lines.count == 3)
        let caret = try #require(lines[2].firstIndex(of: "^"))
        return String(lines[1][caret...])
    }

    /// Each diagnostic used to carry its own copy of its whole line: one line listing 100,000 unknown
    /// prerequisites held 100,000 copies of a 2 MB line. Now a long line is quoted as a window
    /// around the column, the same size wherever the column is, and the caret still points at it.
    @Test("a long line is quoted as a window around the column, with the caret on the column", arguments: [false, true])
    func longLineWindow(accented: Bool) throws {
        let items = (0..<5_000).map { accented ? "cöurse-é\($0)" : "course-\($0)" }
        let line = "prerequisites: [" + items.joined(separator: ", ") + "]"
        let file = SourceFile(path: "f.md", text: "---\n" + line + "\n---\nBody.\n")
        for target in [0, 1, 2, 1_000, 4_998, 4_999] {
            // The column counts Unicode scalars, as the YAML parser's marks do.
            let before = "prerequisites: [" + items[..<target].map { $0 + ", " }.joined()
            let column = before.unicodeScalars.count + 1
            let location = file.location(line: 2, column: column)
            #expect(location.column == column)
            #expect(location.description == "f.md:2:\(column)")
            let quoted = try #require(location.lineText)
            #expect(quoted.unicodeScalars.count <= 122, "item \(target): \(quoted.unicodeScalars.count) characters quoted")
            #expect(quoted.hasPrefix("…") == (target > 2), "item \(target): \(quoted)")
            #expect(quoted.hasSuffix("…") == (target < 4_990), "item \(target): \(quoted)")
            #expect(try quotedAtCaret(.error(.unknownSetting, at: location, "x")).hasPrefix(items[target] + (target < 4_999 ? "," : "]")), "item \(target): \(quoted)")
        }
        // Past the end of the line: the caret sits just after its last character.
        let end = file.location(line: 2, column: line.unicodeScalars.count + 50)
        #expect(try quotedAtCaret(.error(.unknownSetting, at: end, "x")) == "")
        #expect(end.lineText?.hasSuffix("]") == true)
    }

    @Test("a short line is quoted whole, whatever the column")
    func shortLineWhole() throws {
        let line = String(repeating: "é", count: 60) + ": " + String(repeating: "x", count: 58)
        let file = SourceFile(path: "f.md", text: line + "\n")
        for column in [1, 61, 120, 121] {
            let location = file.location(line: 1, column: column)
            #expect(location.lineText == line)
            #expect(location.caretColumn == min(column, 121))
        }
    }

    @Test("a long line given whole to SourceLocation (a template's) is cut the same way")
    func longLineGivenWhole() throws {
        let line = String(repeating: "{{a}} ", count: 1_000) + "{{#b}}" + String(repeating: " x", count: 1_000)
        let column = 6_000 + 1
        let location = SourceLocation(file: "t.mustache", line: 3, column: column, lineText: line)
        #expect(location.column == column)
        #expect(try #require(location.lineText).count <= 122)
        #expect(try quotedAtCaret(.error(.unknownSetting, at: location, "x")).hasPrefix("{{#b}} x x"))
    }

    @Test("a missing file is an error naming it")
    func missingFile() {
        let url = URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)/x.md")
        guard case .failure(let diagnostic) = SourceFile.read(at: url, displayPath: "Content/x.md") else {
            Issue.record("a missing file was read")
            return
        }
        #expect(diagnostic.location.file == "Content/x.md")
        #expect(diagnostic.message.hasPrefix("cannot read the file"))
    }
}
