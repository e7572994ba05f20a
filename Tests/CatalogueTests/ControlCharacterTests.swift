import Catalogue
import Foundation
import TestSupport
import Testing

/// Invisible control characters (C0, DEL, C1) in settings and texts are errors at their own line and
/// column: they used to go raw into <title>, <h1>, attributes, meta descriptions and the CSV exports.
/// Messages name them as U+XXXX and never hold the character itself.
@Suite("Control characters in settings and texts")
struct ControlCharacterTests {
    /// Loads the valid fixture plus `Content/courses/extra.md`; that file's diagnostics.
    func course(_ text: String) throws -> [Diagnostic] {
        let path = "Content/courses/extra.md"
        let diagnostics = try withTemporaryFolder { folder in
            let content = try folder.copyFixture("valid")
            try folder.write(path, text)
            return ContentLoader(directory: content, displayPath: "Content").load().diagnostics
        }
        #expect(diagnostics.filter { $0.location.file != path }.map(\.summary) == [])
        return diagnostics.filter { $0.location.file == path }
    }

    /// Loads the valid fixture with `lines` appended to site.yml (from line 18); site.yml's diagnostics.
    func site(_ lines: String) throws -> [Diagnostic] {
        try withTemporaryFolder { folder in
            let content = try folder.copyFixture("valid")
            let site = content.appendingPathComponent("site.yml")
            try (String(contentsOf: site, encoding: .utf8) + lines).write(to: site, atomically: true, encoding: .utf8)
            return ContentLoader(directory: content, displayPath: "Content").load().diagnostics
                .filter { $0.location.file == "Content/site.yml" }
        }
    }

    /// No message, fix or quoted line holds a control character itself (the quoted line shows ␟ and the like).
    static func noRawControl(_ diagnostics: [Diagnostic]) -> Bool {
        diagnostics.allSatisfy {
            ($0.message + ($0.suggestion ?? "") + ($0.location.lineText ?? "")).unicodeScalars.allSatisfy { $0.value >= 0x20 && !(0x7F...0x9F).contains($0.value) }
        }
    }

    @Test("an escape for a control character in a quoted title is an error at the escape", arguments: [
        (#"title: "\u0000=1""#, "U+0000", #"\u0000"#), (#"title: "\x1F=1""#, "U+001F", #"\x1F"#), (#"title: "Safe\e[31m""#, "U+001B", #"\e"#),
        (#"title: "Tab\vbed""#, "U+000B", #"\v"#), (#"title: "A\u007F""#, "U+007F", #"\u007F"#), (#"title: "C1 \u009B here""#, "U+009B", #"\u009B"#),
        (#"title: "Next\Nline""#, "U+0085", #"\N"#),
    ])
    func escapedInTitle(line: String, name: String, escape: String) throws {
        let text = FrontMatterTests.course([line], replacing: ["title"])
        let diagnostics = try course(text).filter { $0.message.contains("control character") }
        let column = line.distance(from: line.startIndex, to: try #require(line.range(of: escape)).lowerBound) + 1
        #expect(diagnostics.map(\.place) == ["Content/courses/extra.md:6:\(column)"])
        #expect(diagnostics.first?.message == "the title holds an invisible control character (\(name)) at column \(column)")
        #expect(diagnostics.first?.suggestion == "delete '\(escape)' (it is written as an escape in quotes, and is never needed)")
        #expect(diagnostics.first?.keyPath == "title")
        #expect(Self.noRawControl(diagnostics))
    }

    @Test("a control character in a summary, a session's venue or a list item is found wherever the value is read")
    func anySetting() throws {
        let summary = try course(FrontMatterTests.course([#"summary: "\u001f=1""#], replacing: ["summary"]))
        #expect(summary.map(\.place) == ["Content/courses/extra.md:6:11"])
        #expect(summary.first?.message == "the summary holds an invisible control character (U+001F) at column 11")
        let venue = try course(FrontMatterTests.course(["sessions:", #"  - { date: 2026-11-04, start: "09:00", end: "12:00", venue: "Hall\a" }"#]))
        #expect(venue.first?.message.hasPrefix("the venue holds an invisible control character (U+0007)") == true)
        #expect(venue.first?.keyPath == "sessions[0].venue")
        let stages = try course(FrontMatterTests.course([#"stages: [leadership, "lead\bership"]"#]))
        #expect(stages.contains { $0.message == "the stages list holds an invisible control character (U+0008) at column 27" })
    }

    @Test("other messages that quote a value show its control character as U+XXXX, never raw")
    func quotedValues() throws {
        let diagnostics = try course(FrontMatterTests.course(["sessions:", #"  - { date: "2026-11-04\e[2J", start: "09:00", end: "12:00" }"#]))
        #expect(diagnostics.contains { $0.message == "'2026-11-04U+001B[2J' is not a valid date" })
        #expect(Self.noRawControl(diagnostics))
    }

    @Test("a control character typed into front matter (not an escape) is an error at it, not at line 1")
    func rawInFrontMatter() throws {
        let diagnostics = try course(FrontMatterTests.course(["summary: One\u{1F}=1"], replacing: ["summary"]))
        #expect(diagnostics.map(\.place) == ["Content/courses/extra.md:6:13"])
        #expect(diagnostics.first?.message == "the summary holds an invisible control character (U+001F) at column 13")
        #expect(Self.noRawControl(diagnostics))
    }

    @Test("site.yml settings are checked the same way")
    func siteSettings() throws {
        let offer = try site("partners:\n  title: \"CPD \\e[2J\"\n").filter { $0.message.contains("control character") }
        #expect(offer.map(\.place) == ["Content/site.yml:19:15"])
        #expect(offer.first?.message == "the title holds an invisible control character (U+001B) at column 15")
        #expect(offer.first?.keyPath == "partners.title")
        let raw = try site("partners:\n  title: CPD \u{9B}2J\n")
        #expect(raw.map(\.place) == ["Content/site.yml:19:14"])
        #expect(raw.first?.message == "the title holds an invisible control character (U+009B) at column 14")
        #expect(Self.noRawControl(offer + raw))
    }

    @Test("a control character in a Markdown body is an error at its line and column")
    func body() throws {
        let text = FrontMatterTests.course([], body: "First line.\n\nSecond é \u{1F}=1 and \u{7F}.\n")
        let diagnostics = try course(text)
        #expect(diagnostics.map(\.place) == ["Content/courses/extra.md:10:10", "Content/courses/extra.md:10:18"])
        #expect(diagnostics.map(\.message) == ["the text holds an invisible control character (U+001F) at column 10",
                                               "the text holds an invisible control character (U+007F) at column 18"])
        #expect(diagnostics.allSatisfy { $0.severity == .error && $0.keyPath == "body" })
        #expect(diagnostics.first?.location.lineText == "Second é \u{241F}=1 and \u{2421}.")
        #expect(diagnostics.first?.location.caretColumn == 10)
        #expect(Self.noRawControl(diagnostics))
    }

    @Test("tabs and line breaks in texts are not control characters to complain about")
    func tabsAndNewlines() throws {
        let text = FrontMatterTests.course(["summary: |", "  One line.", "  \tAnother."], replacing: ["summary"],
                                           body: "Text\twith a tab.\n")
        #expect(try course(text).map(\.summary) == [])
    }
}
