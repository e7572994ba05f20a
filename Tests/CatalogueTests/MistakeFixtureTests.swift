import Catalogue
import Foundation
import TestSupport
import Testing

/// The mistakes fixture (Tests/Fixtures/mistakes): mistakes an editor makes in the first week, one
/// per file, each expected at an exact file, line and column with the fix it names. Files that are
/// not text (a Word document, a PDF, a picture, a NUL byte) are added to a temporary copy.
@Suite("Diagnostics for the mistakes fixture")
struct MistakeFixtureTests {
    typealias Expected = BrokenFixtureTests.Expected

    /// Every diagnostic, in the loader's order (file, line, column).
    static let expected: [Expected] = [
        Expected("Content/courses/Capitals.MD:0:0", "", "this course file ends in '.MD', so it is not read",
                 suggestion: "rename 'Capitals.MD' to 'capitals.md'"),
        Expected("Content/courses/duplicate-title.md:7:1", "", "'title' is given twice: here on line 7, and on line 2",
                 suggestion: "keep one of them and delete the other"),
        Expected("Content/courses/fence-four-dashes.md:7:1", "", "the line '----' that ends the settings has 4 dashes: the fence must be exactly three dashes: ---",
                 suggestion: "write the line as ---"),
        Expected("Content/courses/fence-long-dash.md:7:1", "", "the line '—' that ends the settings has a long dash (from Word)",
                 suggestion: "write the line as ---"),
        Expected("Content/courses/fence-two-dashes.md:1:1", "", "the line '--' that starts the settings has 2 dashes: the fence must be exactly three dashes: ---",
                 suggestion: "write the line as ---"),
        Expected("Content/courses/first-aid.markdown:0:0", "", "this course file ends in '.markdown', so it is not read",
                 suggestion: "rename 'first-aid.markdown' to 'first-aid.md'"),
        Expected("Content/courses/iframe-video.md:10:1", "body", "an embedded frame (<iframe>) cannot be published",
                 suggestion: "link to it instead: [Watch the video](https://www.youtube.com/watch?v=dQw4w9WgXcQ)"),
        Expected("Content/courses/no-closing-fence.md:6:1", "", "the front matter that starts on line 1 is never closed",
                 suggestion: "add --- on its own line after line 6"),
        Expected("Content/courses/notes.txt:0:0", "", "only .md files are read in courses/, so this file is not published",
                 suggestion: "rename it to notes.md"),
        Expected("Content/courses/nul-byte.md:3:15", "", "the file contains a NUL byte, so it is not a text file",
                 suggestion: "copy the text into a new file in a plain text editor"),
        Expected("Content/courses/pdf-document.md:0:0", "", "this is a PDF document, not a plain text file",
                 suggestion: "copy the text into a new file in a plain text editor"),
        Expected("Content/courses/picture.md:0:0", "", "this is a PNG picture, not a plain text file",
                 suggestion: "give it its own name ending .png"),
        Expected("Content/courses/placeholder-typo.md:7:49", "booking", "unknown placeholder '{cours}' in the link",
                 suggestion: "did you mean {code}?"),
        Expected("Content/courses/prerequisite-no-match.md:7:17", "prerequisites[0]", "unknown course 'level-2-certificate'",
                 suggestion: "the courses in 'Mandatory training' are: fire-safety, first-aid-at-work;"),
        Expected("Content/courses/refresher.md.txt:0:0", "", "this course file ends in '.md.txt', so it is not read",
                 suggestion: "rename 'refresher.md.txt' to 'refresher.md'; in Notepad's Save as, choose 'All files (*.*)'"),
        Expected("Content/courses/script-in-body.md:10:1", "body", "a script (<script>) cannot be published",
                 suggestion: "delete it; to show a video or a form, link to it instead"),
        Expected("Content/courses/session-without-dash.md:11:5", "",
                 "'date', 'start' and 'venue' are each given twice: again from line 11, first from line 8",
                 suggestion: "if line 11 starts a new item of a list (a second session, say), start it with '- '"),
        Expected("Content/courses/template-course.md:3:10", "summary", "'summary' is still the example text of 'prospectus new'",
                 suggestion: "or put back draft: true until the course is ready"),
        Expected("Content/courses/template-course.md:8:1", "body", "the description is still the example text of 'prospectus new'",
                 suggestion: "replace the text below the closing '---' with your own"),
        Expected("Content/courses/unknown-group-no-match.md:5:20", "groups", "unknown group 'office-staff'",
                 suggestion: "the groups are: teachers, teaching-assistants, template-group, unknown-family"),
        Expected("Content/courses/unknown-strand-no-match.md:4:9", "strand", "unknown strand 'Wellbeing'",
                 suggestion: "use one of the strands listed in site.yml: Mandatory training, Teaching and learning"),
        Expected("Content/courses/word-document.md:0:0", "", "this is a Word document, not a plain text file",
                 suggestion: "open it in Word, copy the text into a new file in a plain text editor"),
        Expected("Content/groups/template-group.md:6:10", "summary", "'summary' is still the example text of 'prospectus new'",
                 suggestion: "write your own summary"),
        Expected("Content/groups/template-group.md:8:1", "body", "the description is still the example text of 'prospectus new'"),
        Expected("Content/groups/unknown-family.md:3:9", "family", "unknown family 'Kitchen'",
                 suggestion: "use one of the families listed in site.yml: Teachers, Support staff"),
        Expected("Content/pathways/step-no-match.md:7:34", "steps[0].courses[1]", "unknown course 'paediatric-first-aid-level-3'",
                 suggestion: "the courses in 'Mandatory training' are: fire-safety, first-aid-at-work, prerequisite-no-match;"),
    ]

    /// The files that are not text: a Word document (a ZIP holding word/), a PDF, a PNG, and text with a NUL byte.
    static let binaries: [(name: String, bytes: [UInt8])] = [
        ("word-document.md", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00] + Array("[Content_Types].xml\u{0}word/document.xml\u{0}".utf8)),
        ("pdf-document.md", Array("%PDF-1.7\n%".utf8) + [0xE2, 0xE3, 0xCF, 0xD3, 0x0A] + Array("1 0 obj\n".utf8)),
        ("picture.md", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D] + Array("IHDR".utf8)),
        ("nul-byte.md", Array("---\ntitle: NUL byte\nsummary: A NUL\u{0} byte.\n---\n".utf8)),
    ]

    static func load() throws -> LoadResult {
        try withTemporaryFolder { folder in
            let content = try folder.copyFixture("mistakes")
            for (name, bytes) in binaries { try folder.write("Content/courses/\(name)", bytes: Data(bytes)) }
            return ContentLoader(directory: content, displayPath: "Content").load()
        }
    }

    @Test("every mistake is reported at its exact file, line and column, and nothing else")
    func exactPlaces() throws {
        let result = try Self.load()
        #expect(result.catalogue == nil)
        #expect(result.diagnostics.map(\.place) == Self.expected.map(\.place))
    }

    @Test("each diagnostic has the expected key path, message and suggestion; only the stray text file is a warning")
    func messagesAndSuggestions() throws {
        let matched = BrokenFixtureTests.checkMessages(try Self.load().diagnostics, against: Self.expected)
        #expect(matched.count == Self.expected.count)
        for (expected, diagnostic) in matched {
            #expect((diagnostic.severity == .warning) == expected.place.hasPrefix("Content/courses/notes.txt"), "\(expected.place)")
        }
    }

    @Test("a file that is not text is never quoted: no line, no byte of it in any message")
    func binaryNeverEchoed() throws {
        let result = try Self.load()
        for (name, _) in Self.binaries {
            let diagnostic = try #require(result.diagnostics.first { $0.location.file == "Content/courses/\(name)" })
            #expect(diagnostic.location.lineText == nil, "\(name)")
            let text = diagnostic.summary
            #expect(!text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0 == "\u{FFFD}" }, "\(text)")
        }
    }

    @Test("a draft may keep the example text of 'prospectus new'; a correct course beside the mistakes has no message")
    func draftKeepsExampleText() throws {
        let result = try Self.load()
        let files = Set(result.diagnostics.map(\.location.file))
        for quiet in ["template-draft.md", "first-aid-at-work.md", "fire-safety.md"] { #expect(!files.contains("Content/courses/\(quiet)")) }
    }
}
