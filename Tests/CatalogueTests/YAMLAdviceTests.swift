@testable import Catalogue
import Testing

/// YAML syntax errors are reported at their cause, in words an editor can act on, rather than where
/// libyaml gave up (often a line or more later).
@Suite("Advice for YAML syntax mistakes")
struct YAMLAdviceTests {
    /// The one diagnostic for `yaml`: its line, column, message and suggestion.
    func advice(_ yaml: String) -> Diagnostic? {
        let log = FileDiagnostics(file: SourceFile(path: "x.md", text: yaml), lineOffset: 0)
        #expect(log.compose(yaml) == nil, "the YAML should not parse")
        #expect(log.diagnostics.count == 1)
        return log.diagnostics.first
    }

    @Test("a value carried on to a line of its own names the previous line as the file numbers it, after the opening ---")
    func carriedOnValueInFrontMatter() throws {
        // Front matter: the YAML starts on file line 2, after the opening '---'.
        let yaml = "title: Coaching\ncode: MC-101\ngarbage words here\nsummary: A course.\n"
        let log = FileDiagnostics(file: SourceFile(path: "x.md", text: "---\n" + yaml + "---\n"), lineOffset: 1)
        #expect(log.compose(yaml) == nil, "the YAML should not parse")
        let found = try #require(log.diagnostics.first)
        #expect(found.location.line == 4)
        #expect(found.message == "this line seems to carry on the value of line 3")
        #expect(found.suggestion == "join it to the end of line 3, or start it with two spaces")
    }

    @Test("quotes inside a comment are not read as a value: a tab further down is reported on its own line")
    func quotesInComment() throws {
        let yaml = "title: A course\n# Numbers: \"one\" is used for 1, \"other\" for the rest.\nsummary: x\nsessions:\n\t- date: 2026-11-25\n"
        let found = try #require(advice(yaml))
        #expect(found.location.line == 5)
        #expect(found.message == "a tab character is used for indenting")
    }

    @Test("an unclosed quote after a comment with quotes in it is reported on its own line")
    func unclosedQuoteAfterQuotedComment() throws {
        let found = try #require(advice("# Say \"Open\" or 'Full': anything.\ntitle: A course\nsummary: \"A refresher\nstrand: x\n"))
        #expect(found.location.line == 3)
        #expect(found.message == "the quote \" opened here is never closed")
    }

    @Test("a value starting with { and going on after the } asks for quotes, at the value, not an indentation that is right")
    func braceStartsValue() throws {
        let yaml = "status:\n  places_left:\n    # one place\n    one: {count} seat left\n    other: \"{count} seats left\"\n"
        let found = try #require(advice(yaml))
        #expect(found.location.line == 4)
        #expect(found.location.column == 10)
        #expect(found.message == "a value starting with '{' must be in quotes")
        #expect(found.suggestion == "put the whole value in double quotes: \"{count} seat left\"")
    }

    @Test("an unclosed quote is reported on its own line, not where the next key fails")
    func unclosedQuote() throws {
        let found = try #require(advice("title: \"Positive handling\nsummary: A refresher.\nstrand: Safeguarding\n"))
        #expect(found.location.line == 1)
        #expect(found.message == "the quote \" opened here is never closed")
    }

    @Test("a colon inside an unquoted value asks for quotes")
    func colonInValue() throws {
        let found = try #require(advice("title: Safeguarding: the annual update\nsummary: x\n"))
        #expect(found.location.line == 1)
        #expect(found.suggestion?.contains("double quotes") == true)
    }

    @Test("a setting name without its ':' is named")
    func missingColon() throws {
        let found = try #require(advice("title: A course\nsummary A half-day refresher for staff\nstrand: Safeguarding\n"))
        #expect(found.location.line == 2)
        #expect(found.message == "'summary' needs a ':' after it")
    }

    @Test("a list item's setting without a space after ':' is shown on that line")
    func missingSpaceInListItem() throws {
        let found = try #require(advice("sessions:\n  - date:2026-11-25\n    start: \"09:00\"\n"))
        #expect(found.location.line == 2)
        #expect(found.suggestion == "write '- date: 2026-11-25'")
    }

    @Test("curly quotes from Word are named as such")
    func curlyQuotes() throws {
        let found = try #require(advice("title: \u{201C}Positive handling: refresher\u{201D}\nsummary: x\n"))
        #expect(found.message.contains("curly quotes"))
        #expect(found.suggestion == "retype them as straight quotes: \"Positive handling: refresher\"")
    }

    @Test("a tab used for indenting is named")
    func tabIndent() throws {
        let found = try #require(advice("sessions:\n\t- date: 2026-11-25\n"))
        #expect(found.location.line == 2)
        #expect(found.message == "a tab character is used for indenting")
    }

    @Test("every tabbed line is reported at once, each with the exact spaces it needs and the line it lines up with")
    func everyTab() throws {
        let yaml = "title: A course\nsessions:\n  - date: 2026-11-25\n\tstart: \"09:00\"\n\tend: \"12:00\"\nlink:\n\thttps://a.example\n"
        let log = FileDiagnostics(file: SourceFile(path: "x.md", text: "---\n" + yaml + "---\n"), lineOffset: 1)
        #expect(log.compose(yaml) == nil)
        #expect(log.diagnostics.map(\.location.line) == [5, 6, 8])
        #expect(log.diagnostics.map { $0.suggestion ?? "" } == [
            "YAML allows only spaces for indenting: replace the indent with 4 spaces, to line up with 'date:' on line 4",
            "YAML allows only spaces for indenting: replace the indent with 4 spaces, to line up with 'start:' on line 5",
            "YAML allows only spaces for indenting: replace the indent with 2 spaces, 2 more than 'link:' on line 7, which it belongs to",
        ])
    }

    @Test("a setting left with one space in front (an uncommented note) is named as such, not as a ': ' in a value",
          arguments: ["mandatory: true\n renewal_months: 24 # months: 12, 24 or 36\n", "summary: x\n sessions:\n  - date: 2026-11-25\n"])
    func leadingSpace(_ yaml: String) throws {
        let found = try #require(advice("title: A course\n" + yaml))
        #expect(found.location.line == 3)
        #expect(found.location.column == 1)
        #expect(found.code == .yamlIndentation)
        #expect(found.message.hasPrefix("this line starts with a space"))
        #expect(found.suggestion?.hasPrefix("delete the space at the start of the line") == true)
    }

    @Test("a non-breaking space pasted from Word is found at its column")
    func nonBreakingSpace() throws {
        let found = try #require(advice("title:\u{00A0}A course\nsummary: x: y\n"))
        #expect(found.location.line == 1)
        #expect(found.location.column == 7)
        #expect(found.message.contains("non-breaking space"))
    }

    @Test("page text read as settings means the closing '---' is missing")
    func missingClosingFence() throws {
        let found = try #require(advice("title: A course\nsummary: x\n\nThis course helps new staff to settle in quickly.\n"))
        #expect(found.location.line == 4)
        #expect(found.suggestion?.contains("add a line '---'") == true)
    }

    @Test("anchors are refused only at the start of a value")
    func anchors() {
        let fine = FileDiagnostics(file: SourceFile(path: "x.md", text: ""), lineOffset: 0)
        #expect(fine.compose("provider: Health & Safety &More\naccreditation: for *all* staff\n") != nil)
        #expect(fine.diagnostics.isEmpty)
        let refused = FileDiagnostics(file: SourceFile(path: "x.md", text: ""), lineOffset: 0)
        #expect(refused.compose("a: &x [1, 2]\nb: *x\n") == nil)
        #expect(refused.diagnostics.first?.message.contains("anchors and aliases") == true)
    }
}

/// Numbers and dates written the way people write them get a corrected example.
@Suite("Hints for values in the wrong form")
struct ValueHintTests {
    @Test("a number with its unit keeps the number in the hint", arguments: [
        ("cpd_hours", "3.5 hours", "write just the number: cpd_hours: 3.5"),
        ("renewal_months", "2 years", "write the number of months: renewal_months: 24"),
        ("places", "twenty", "write it in figures, e.g. places: 20"),
    ])
    func numberHints(key: String, text: String, expected: String) {
        #expect(MappingReader.numberHint(key, text, example: "20", whole: key != "cpd_hours") == expected)
    }

    @Test("dates in letter style, with Word's dashes, and ranges", arguments: [
        ("25/11/2026", "write dates as YYYY-MM-DD: 2026-11-25"),
        ("2026-9-1", "write the month and day with two digits: 2026-09-01"),
        ("25 November 2026", "write dates as YYYY-MM-DD: 2026-11-25"),
        ("2026\u{2013}11\u{2013}25", "the value has a long dash (–, from Word): write an ordinary hyphen, 2026-11-25"),
        ("2026-11-25 to 2026-11-26", "for a session on several days write days: [2026-11-25, 2026-11-26] instead of date"),
    ])
    func dateHints(text: String, expected: String) {
        #expect(DateHints.hint(for: text) == expected)
    }
}
