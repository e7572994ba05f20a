import Catalogue
import Foundation
import TestSupport
import Testing

/// The broken fixture: one mistake per file, each expected at an exact file, line and column.
///
/// The non-UTF-8 file is added to a temporary copy of the fixture (its Latin-1 byte would not survive
/// being edited as text), so every test here loads that copy.
@Suite("Diagnostics for the broken fixture")
struct BrokenFixtureTests {
    /// What one diagnostic must say: where, at which key, and words its message and suggestion contain.
    struct Expected: CustomStringConvertible {
        var place: String
        var keyPath: String
        var message: String
        var suggestion: String?

        init(_ place: String, _ keyPath: String, _ message: String, suggestion: String? = nil) {
            self.place = place
            self.keyPath = keyPath
            self.message = message
            self.suggestion = suggestion
        }

        var description: String { "\(place) [\(keyPath)] \(message)" }
    }

    /// Every error of the per-file checks, in the loader's order (file, line, column).
    static let expected: [Expected] = [
        Expected("Content/courses/First Aid.md:0:0", "", "the file name 'First Aid.md' cannot be used as a web address",
                 suggestion: "rename it to first-aid.md"),
        Expected("Content/courses/cycle-b.md:7:17", "prerequisites", "prerequisites go round in a loop: cycle-a → cycle-b → cycle-a",
                 suggestion: "remove 'cycle-a' from this course's prerequisites"),
        Expected("Content/courses/dates/end-before-start.md:10:10", "sessions[0].end",
                 "the session ends at 09:00, which is not after it starts (15:00)", suggestion: "24-hour clock"),
        Expected("Content/courses/dates/invalid-dates.md:8:11", "sessions[0].date", "'2026-13-01' is not a valid date",
                 suggestion: "write dates as YYYY-MM-DD, e.g. 2026-10-14"),
        Expected("Content/courses/dates/invalid-dates.md:10:11", "sessions[1].date", "'14/10/2026' is not a valid date",
                 suggestion: "write dates as YYYY-MM-DD: 2026-10-14"),
        Expected("Content/courses/dates/invalid-time.md:9:12", "sessions[0].start", "'9.30am' is not a valid time",
                 suggestion: "\"09:30\""),
        Expected("Content/courses/dates/no-places.md:9:13", "sessions[0].places",
                 "'places' must be between 1 and 100000, not 0", suggestion: "places: 20"),
        Expected("Content/courses/dates/unknown-status.md:9:13", "sessions[0].status", "'postponed' is not a known status",
                 suggestion: "use one of: open, full, closed, cancelled, tbc"),
        Expected("Content/courses/duplicate-code-a.md:3:7", "code", "the code 'DUP-1' is also used by Content/courses/duplicate-code-b.md",
                 suggestion: "give each course its own code"),
        Expected("Content/courses/duplicate-code-b.md:3:7", "code", "is also used by Content/courses/duplicate-code-a.md",
                 suggestion: "give each course its own code"),
        Expected("Content/courses/empty.md:0:0", "", "the file is empty", suggestion: "between two '---' lines"),
        Expected("Content/courses/javascript-booking.md:7:10", "booking", "links may only use http, https or mailto, not 'javascript:'",
                 suggestion: "scripts and embedded data are never allowed"),
        Expected("Content/courses/latin1.md:2:11", "", "the file is not UTF-8 text: byte 0xE9 cannot be read, probably é",
                 suggestion: "UTF-8"),
        Expected("Content/courses/link-without-scheme.md:7:7", "link", "'www.example.org/module/42' has no 'https://'",
                 suggestion: "write it as https://www.example.org/module/42"),
        Expected("Content/courses/missing-title.md:1:1", "title", "'title' is missing", suggestion: "add a line 'title: "),
        Expected("Content/courses/no-front-matter.md:1:1", "", "the file does not start with front matter",
                 suggestion: "add a first line '---'"),
        Expected("Content/courses/script-link-in-body.md:10:10", "body",
                 "link 'javascript:alert(1)': links may only use http, https or mailto, not 'javascript:'",
                 suggestion: "remove this link"),
        Expected("Content/courses/unclosed.md:4:1", "", "the front matter that starts on line 1 is never closed",
                 suggestion: "add --- on its own line after line 4"),
        Expected("Content/courses/unknown-format.md:6:9", "format", "'webinar' is not a known format",
                 suggestion: "did you mean 'live-webinar'?"),
        Expected("Content/courses/unknown-group.md:5:31", "groups", "unknown group 'teachres'", suggestion: "did you mean 'teachers'?"),
        Expected("Content/courses/unknown-placeholder.md:7:61", "booking", "unknown placeholder '{titel}' in the link",
                 suggestion: "did you mean {title}?"),
        Expected("Content/courses/unknown-prerequisite.md:7:17", "prerequisites[0]", "unknown course 'advanced-underwater-basketry'",
                 suggestion: "course file names in Content/courses/"),
        Expected("Content/courses/unknown-stage.md:6:21", "stages[1]", "unknown stage 'early-carer'",
                 suggestion: "did you mean 'early-career'?"),
        Expected("Content/courses/wrong-type.md:7:12", "cpd_hours", "'cpd_hours' must be a number, not 'six'",
                 suggestion: "cpd_hours: 6"),
        Expected("Content/courses/yaml-syntax.md:2:20", "", "this value contains ': ', which YAML reads as a new setting",
                 suggestion: "put the whole value in double quotes"),
        Expected("Content/pages/typo.md:3:1", "sumary", "unknown setting 'sumary'", suggestion: "did you mean 'summary'?"),
        Expected("Content/pathways/unknown-stage-step.md:7:12", "steps[0].stage", "unknown stage 'middle-leadership'",
                 suggestion: "the stages in site.yml are: induction, early-career, leadership"),
    ]

    /// A copy of the broken fixture with the Latin-1 file added: `title: Café course` saved as ISO-8859-1.
    static func load() throws -> LoadResult {
        try withTemporaryFolder { folder in
            let content = try folder.copyFixture("broken")
            var bytes = Data("---\ntitle: Caf".utf8)
            bytes.append(0xE9)  // é in Latin-1: not valid UTF-8
            bytes.append(contentsOf: Data(" course\nsummary: Saved in the wrong encoding.\n---\n".utf8))
            try folder.write("Content/courses/latin1.md", bytes: bytes)
            return ContentLoader(directory: content, displayPath: "Content").load()
        }
    }

    @Test("no catalogue is produced, and every diagnostic is an error")
    func failsWithErrorsOnly() throws {
        let result = try Self.load()
        #expect(result.catalogue == nil)
        #expect(result.diagnostics.hasErrors)
        #expect(result.diagnostics.allSatisfy { $0.severity == .error })
        // site.yml + 2 groups + 24 readable course files + 1 pathway + 1 page (First Aid.md is refused, not read)
        #expect(result.fileCount == 29)
    }

    @Test("every per-file mistake is reported at its exact file, line and column, and nothing else")
    func exactPlaces() throws {
        let result = try Self.load()
        #expect(result.diagnostics.map(\.place) == Self.expected.map(\.place))
    }

    @Test("each diagnostic has the expected key path, message and suggestion")
    func messagesAndSuggestions() throws {
        Self.checkMessages(try Self.load().diagnostics, against: Self.expected)
    }

    /// Each of `expected` is one diagnostic at its place, with its key path, message and suggestion;
    /// returns the diagnostics found, by expectation, for further checks.
    @discardableResult
    static func checkMessages(_ diagnostics: [Diagnostic], against expected: [Expected]) -> [(Expected, Diagnostic)] {
        var matched: [(Expected, Diagnostic)] = []
        for expected in expected {
            let found = diagnostics.filter { $0.place == expected.place }
            guard let diagnostic = found.first else {
                Issue.record("missing diagnostic: \(expected)")
                continue
            }
            #expect(found.count == 1, "\(expected.place)")
            #expect(diagnostic.keyPath == expected.keyPath, "\(expected.place)")
            #expect(diagnostic.message.contains(expected.message), "\(expected.place): \(diagnostic.message)")
            if let suggestion = expected.suggestion {
                #expect(diagnostic.suggestion?.contains(suggestion) == true,
                        "\(expected.place): \(diagnostic.suggestion ?? "no suggestion")")
            }
            matched.append((expected, diagnostic))
        }
        return matched
    }

    @Test("every content file in the fixture is reported; none is silently skipped")
    func noFileSkipped() throws {
        let result = try Self.load()
        let reported = Set(result.diagnostics.map(\.location.file))
        let enumerator = try #require(FileManager.default.enumerator(atPath: Fixtures.url("broken").path))
        var unreported: [String] = []
        #expect(reported.contains("Content/courses/latin1.md"))  // the file added to the copy
        for case let path as String in enumerator where path.hasSuffix(".md") {
            let name = (path as NSString).lastPathComponent
            // The two groups are correct; the loop is reported once, where it closes (cycle-b.md).
            let correctOnTheirOwn = ["teachers.md", "teaching-assistants.md", "cycle-a.md"]
            if !correctOnTheirOwn.contains(name), !reported.contains("Content/" + path) { unreported.append(path) }
        }
        #expect(unreported == [])
    }

    @Test("the lines quoted under each diagnostic are the lines of the file")
    func quotedLines() throws {
        let result = try Self.load()
        let byPlace = Dictionary(result.diagnostics.map { ($0.place, $0) }, uniquingKeysWith: { first, _ in first })
        #expect(byPlace["Content/courses/unknown-group.md:5:31"]?.location.lineText == "groups: [teaching-assistants, teachres]")
        #expect(byPlace["Content/courses/dates/invalid-dates.md:10:11"]?.location.lineText == "  - date: 14/10/2026")
        #expect(byPlace["Content/courses/script-link-in-body.md:10:10"]?.location.lineText
                == "Then [x](javascript:alert(1)) inside a sentence.")
        #expect(byPlace["Content/courses/yaml-syntax.md:2:20"]?.location.lineText == "title: Safeguarding: the annual update")
    }

    /// The content format promises "every problem in the content is reported at once": the checks across
    /// files run even though other files have errors.
    @Test("the duplicate code and the prerequisite loop are reported together with the other errors")
    func crossFileErrorsReportedAtOnce() throws {
        let result = try Self.load()
        #expect(result.diagnostics.contains {
            $0.place == "Content/courses/duplicate-code-b.md:3:7" && $0.message.contains("also used by")
        })
        #expect(result.diagnostics.contains {
            $0.place == "Content/courses/cycle-b.md:7:17" && $0.message.contains("loop")
        })
    }
}
