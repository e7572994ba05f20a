import Catalogue
import Foundation
@testable import Terminal
import Testing

@Suite("DiagnosticFormatter and Diagnostic: what editors read")
struct DiagnosticFormatterTests {
    let typo = Diagnostic.error(.unknownGroup,
        at: SourceLocation(file: "Content/courses/first-aid.md", line: 7, column: 20, lineText: "groups: [teachers, teachres]"),
        keyPath: "groups", "unknown group 'teachres'", suggestion: "did you mean 'teachers'?")

    @Test("the one-line summary reads like a compiler's")
    func oneLine() {
        #expect(typo.summary == "Content/courses/first-aid.md:7:20: error: unknown group 'teachres' in groups (did you mean 'teachers'?)")
        let plain = Diagnostic.warning(.noGroup, at: SourceLocation(file: "Content/site.yml"), "a warning")
        #expect(plain.summary == "Content/site.yml: warning: a warning")
    }

    @Test("the caret is placed by display width: an emoji or a CJK character before it takes two cells; the column stays in characters")
    func caretAfterWideCharacters() throws {
        let line = "title: \"📅 研修 {cours}\""
        let diagnostic = Diagnostic.error(.urlUnknownPlaceholder, at: SourceLocation(file: "x.md", line: 2, column: 14, lineText: line), "x")
        let lines = DiagnosticFormatter(colour: false).format(diagnostic).split(separator: "\n").map(String.init)
        // 'title: "' is 8 cells, the emoji 2, a space 1, two CJK characters 4, a space 1: the '{' is at cell 17.
        #expect(lines[2] == "   | " + String(repeating: " ", count: 16) + "^")
        #expect(diagnostic.location.column == 14)
        #expect(DisplayWidth.cells("a❤️b") == 4)
    }

    @Test("control characters in a file's name or the line shown never reach the terminal")
    func controlCharactersShown() throws {
        let diagnostic = Diagnostic.error(.unknownGroup, at: SourceLocation(file: "Content/courses/bad\u{1B}[31m\u{7}.md", line: 2, column: 14,
                                                                              lineText: "groups: [\u{1B}]0;x\u{7}, y]"), "unknown group")
        for colour in [false, true] {
            let text = DiagnosticFormatter(colour: colour).format(diagnostic)
            // Colour is the formatter's own escapes; without it, none at all, and never a bell.
            #expect(!text.unicodeScalars.contains("\u{7}"))
            if !colour { #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "\(text.debugDescription)") }
            #expect(text.contains("badU+001B[31mU+0007.md"), "\(text.debugDescription)")
        }
        let lines = DiagnosticFormatter(colour: false).format(diagnostic).split(separator: "\n").map(String.init)
        #expect(lines[1] == " 2 | groups: [␛]0;x␇, y]")
    }

    @Test("the offending line is quoted with a caret under the column")
    func caretUnderColumn() throws {
        let text = DiagnosticFormatter(colour: false).format(typo)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.count == 3)
        #expect(lines[0] == typo.summary)
        #expect(lines[1] == " 7 | groups: [teachers, teachres]")
        #expect(lines[2] == "   | " + String(repeating: " ", count: 19) + "^")
        // The caret sits under the first letter of the mistake.
        let caret = try #require(lines[2].firstIndex(of: "^"))
        let offset = lines[2].distance(from: lines[2].startIndex, to: caret)
        let quoted = Array(lines[1])
        #expect(String(quoted[offset...]).hasPrefix("teachres"))
    }

    @Test("a file that is not text is a whole-file message: the file alone in the text form, null line and column in JSON")
    func fileNotTextIsWholeFile() throws {
        guard case .failure(let word) = SourceFile.decode(Data([0x50, 0x4B, 3, 4] + Array("word/document.xml".utf8)), displayPath: "Content/courses/x.md") else {
            Issue.record("a Word document was read as text")
            return
        }
        #expect(DiagnosticFormatter(colour: false).format(word).hasPrefix("Content/courses/x.md: error: this is a Word document"))
        #expect(!DiagnosticFormatter(colour: false).format(word).contains("\n"))
        let text = DiagnosticJSON.document([word], files: 1, roots: [DiagnosticJSON.Root(name: "content", display: "Content", path: "/c")])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let entry = try #require((object["diagnostics"] as? [[String: Any]])?.first)
        #expect(entry["code"] as? String == "file-not-text")
        #expect(entry["line"] is NSNull && entry["column"] is NSNull)
    }

    @Test("the gutter widens with the line number")
    func wideGutter() {
        let diagnostic = Diagnostic.error(.unknownSetting, at: SourceLocation(file: "f.md", line: 120, column: 1, lineText: "x: 1"), "bad")
        let text = DiagnosticFormatter(colour: false).format(diagnostic)
        #expect(text.hasSuffix("\n 120 | x: 1\n     | ^"))
    }

    @Test("tabs in the quoted line are shown as spaces so the caret still lines up")
    func tabs() {
        let diagnostic = Diagnostic.error(.unknownSetting, at: SourceLocation(file: "f.md", line: 2, column: 3, lineText: "\t\tx"), "tab")
        let text = DiagnosticFormatter(colour: false).format(diagnostic)
        #expect(text.hasSuffix("\n 2 |   x\n   |   ^"))
    }

    @Test("a caret past the end of the line stays at the end")
    func caretClamped() {
        let diagnostic = Diagnostic.error(.unknownSetting, at: SourceLocation(file: "f.md", line: 1, column: 40, lineText: "abc"), "past")
        #expect(DiagnosticFormatter(colour: false).format(diagnostic).hasSuffix("\n 1 | abc\n   |    ^"))
    }

    @Test("a diagnostic about a whole file has no quoted line")
    func wholeFile() {
        let diagnostic = Diagnostic.error(.unknownSetting, at: SourceLocation(file: "Content/courses/First Aid.md"), "bad name", suggestion: "rename it")
        #expect(DiagnosticFormatter(colour: false).format(diagnostic) == "Content/courses/First Aid.md: error: bad name (rename it)")
    }

    /// A list of thousands of unknown names pasted on one line is thousands of errors; the editor
    /// needs the first ones and the count, not pages of the same message.
    @Test("at most 100 diagnostics of one file are printed, then a line counting the rest")
    func perFileLimit() {
        let many = (1...250).map { Diagnostic.error(.unknownSetting, at: SourceLocation(file: "Content/courses/a.md", line: 2, column: $0), "unknown course 'x\($0)'") }
            + [Diagnostic.warning(.noGroup, at: SourceLocation(file: "Content/courses/a.md", line: 9, column: 1), "a warning")]
        let few = (1...3).map { Diagnostic.error(.unknownSetting, at: SourceLocation(file: "Content/courses/b.md", line: $0, column: 1), "bad") }
        let printed = DiagnosticFormatter(colour: false).format(many + few)
        #expect(printed.count == 100 + 1 + 3)
        #expect(printed[99] == many[99].summary)
        #expect(printed[100] == "Content/courses/a.md: … and 150 more errors and 1 more warning in this file, not shown here (fix the ones above first)")
        #expect(Array(printed[101...]) == few.map(\.summary))
        #expect(DiagnosticLimit.entries(few, perFile: 2) == [.diagnostic(few[0]), .diagnostic(few[1]), .omitted(file: "Content/courses/b.md", errors: 1, warnings: 0)])
        #expect(DiagnosticLimit.omittedText(file: "f.md", errors: 12_345, warnings: 0)
                == "f.md: … and 12,345 more errors in this file, not shown here (fix the ones above first)")
        // Up to the limit, nothing is left out and nothing is added.
        #expect(DiagnosticFormatter(colour: false).format(Array(many.prefix(100))) == many.prefix(100).map(\.summary))
    }

    @Test("colour only when asked for")
    func colour() {
        #expect(!DiagnosticFormatter(colour: false).format(typo).contains("\u{1B}"))
        let coloured = DiagnosticFormatter(colour: true).format(typo)
        #expect(coloured.contains("\u{1B}[1;31merror:\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[1;32m^\u{1B}[0m"))
    }

    @Test("the closing count", arguments: [
        (3, 2, 41, "3 errors, 2 warnings in 41 files"),
        (1, 1, 1, "1 error, 1 warning in 1 file"),
        (0, 0, 2, "0 errors, 0 warnings in 2 files"),
        (0, 1, 0, "0 errors, 1 warning in 0 files"),
    ])
    func summaryWording(errors: Int, warnings: Int, files: Int, expected: String) {
        let diagnostics = (0..<errors).map { Diagnostic.error(.unknownSetting, at: SourceLocation(file: "e\($0)"), "e") }
            + (0..<warnings).map { Diagnostic.warning(.noGroup, at: SourceLocation(file: "w\($0)"), "w") }
        #expect(DiagnosticFormatter.summary(diagnostics, files: files) == expected)
    }

    @Test("JSON has every field of every diagnostic, and the counts")
    func json() throws {
        let warning = Diagnostic.warning(.noGroup, at: SourceLocation(file: "Content/groups/caretakers.md", line: 1, column: 1), "no course")
        let whole = Diagnostic.error(.invalidFileName, at: SourceLocation(file: "Content/courses/First Aid.md"), "bad name")
        let roots = [DiagnosticJSON.Root(name: "content", display: "Content", path: "/srv/cpd/Content")]
        let text = DiagnosticJSON.document([typo, warning, whole], files: 41, roots: roots)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["version"] as? Int == 2)
        #expect(object["files"] as? Int == 41)
        #expect(object["errors"] as? Int == 2)
        #expect(object["warnings"] as? Int == 1)
        #expect((object["roots"] as? [String: String]) == ["content": "/srv/cpd/Content"])
        let entries = try #require(object["diagnostics"] as? [[String: Any]])
        #expect(entries.count == 3)
        let first = entries[0]
        #expect(first["code"] as? String == "unknown-group")
        #expect(first["root"] as? String == "content")
        #expect(first["file"] as? String == "courses/first-aid.md")
        #expect(first["path"] as? String == "Content/courses/first-aid.md")
        #expect(first["line"] as? Int == 7)
        #expect(first["column"] as? Int == 20)
        #expect(first["utf16Column"] as? Int == 20)
        #expect(first["severity"] as? String == "error")
        #expect(first["keyPath"] as? String == "groups")
        #expect(first["message"] as? String == "unknown group 'teachres'")
        #expect(first["suggestion"] as? String == "did you mean 'teachers'?")
        #expect(entries[1]["severity"] as? String == "warning")
        #expect(entries[1]["keyPath"] as? String == "")
        #expect(entries[1]["suggestion"] is NSNull)
        // A message about the file as a whole has no line or column: null, never 0.
        for key in ["line", "column", "endLine", "endColumn", "utf16Column", "utf16EndColumn"] {
            #expect(entries[2][key] is NSNull, "\(key)")
        }
        // Slashes in paths are written as they are, for people reading the JSON.
        #expect(text.contains(#""path" : "Content/courses/first-aid.md""#))
    }

    @Test("a file outside every root keeps the path as shown, with root null; the root itself is the empty file")
    func roots() {
        let roots = [DiagnosticJSON.Root(name: "content", display: "Content", path: "/c"),
                     DiagnosticJSON.Root(name: "theme", display: "Theme", path: "/t"),
                     DiagnosticJSON.Root(name: "history", display: "Content/history-elsewhere", path: "/h")]
        #expect(DiagnosticJSON.relative("Theme/templates/course.mustache", roots: roots) == ("theme", "templates/course.mustache"))
        #expect(DiagnosticJSON.relative("Content-2027/site.yml", roots: roots) == (nil, "Content-2027/site.yml"))
        #expect(DiagnosticJSON.relative("Content", roots: roots) == ("content", ""))
        #expect(DiagnosticJSON.relative("Content/history-elsewhere/2026-27.json", roots: roots) == ("history", "2026-27.json"))
    }

    @Test("JSON for no diagnostics is still a document")
    func emptyJSON() throws {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(DiagnosticJSON.document([], files: 3).utf8)) as? [String: Any])
        #expect((object["diagnostics"] as? [Any])?.isEmpty == true)
        #expect(object["files"] as? Int == 3)
    }

    @Test("diagnostics sort by file, line, column, then errors before warnings")
    func sorting() {
        func at(_ file: String, _ line: Int, _ column: Int, _ severity: Diagnostic.Severity) -> Diagnostic {
            Diagnostic(severity, severity == .error ? .unknownSetting : .noGroup, at: SourceLocation(file: file, line: line, column: column), "m")
        }
        let sorted = [
            at("b.md", 1, 1, .error), at("a.md", 10, 1, .error), at("a.md", 2, 5, .warning), at("a.md", 2, 5, .error), at("a.md", 2, 1, .warning),
        ].sorted()
        #expect(sorted.map { "\($0.location.file):\($0.location.line):\($0.location.column):\($0.severity.rawValue)" } == [
            "a.md:2:1:warning", "a.md:2:5:error", "a.md:2:5:warning", "a.md:10:1:error", "b.md:1:1:error",
        ])
    }

    @Test("error and warning counts")
    func counts() {
        let list = [typo, typo, Diagnostic.warning(.noGroup, at: SourceLocation(file: "x"), "w")]
        #expect(list.errorCount == 2)
        #expect(list.warningCount == 1)
        #expect(list.hasErrors)
        #expect(![Diagnostic.warning(.noGroup, at: SourceLocation(file: "x"), "w")].hasErrors)
    }
}
