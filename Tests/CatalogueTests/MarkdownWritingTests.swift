import Catalogue
import Foundation
import TestSupport
import Testing

/// Markdown a CPD co-ordinator wrote in descriptions and summaries that plain CommonMark publishes
/// otherwise than meant (#17): each is a message at the thing to fix, with a fix that works.
@Suite("Markdown in descriptions: nothing published wrong in silence")
struct MarkdownWritingTests {
    /// The valid fixture with `files` written over it: its diagnostics and, when it loads, the catalogue.
    func load(_ files: [String: String], picture: String? = nil) throws -> LoadResult {
        try withTemporaryFolder("markdown") { folder in
            let content = try folder.copyFixture("valid")
            for (path, text) in files { _ = try folder.write("Content/" + path, text) }
            if let picture {
                _ = try folder.write("Content/" + picture, bytes: Data(contentsOf: TestPaths.fixture("codes/picture-no-alt/Content/courses/map.png")))
            }
            return ContentLoader(directory: content, displayPath: "Content").load()
        }
    }

    /// A course whose description is `body`, at courses/mandatory/new.md (its summary `summary`).
    func course(_ body: String, summary: String = "A new course.", more: [String] = []) -> [String: String] {
        let lines = ["---", "title: New course", "summary: \(summary)", "strand: Leadership", "groups: all", "format: online"] + more + ["---", body]
        return ["courses/mandatory/new.md": lines.joined(separator: "\n") + "\n"]
    }

    /// Each diagnostic as "code place".
    func found(_ result: LoadResult) -> [String] {
        result.diagnostics.map { "\($0.code.rawValue) \($0.place)" }
    }

    /// The HTML of the new course's description.
    func html(_ result: LoadResult) -> String {
        result.catalogue?.course("new")?.body.html ?? "(not loaded)"
    }

    @Test("a link with spaces in its address is an error at the address whose fix, <…>, publishes the document")
    func spacesInAddress() throws {
        let result = try load(course("Fill in the [booking form](Booking Form 2026.pdf) first.\n"))
        #expect(found(result) == ["link-not-read Content/courses/mandatory/new.md:8:28"])
        let fix = try #require(result.diagnostics.first?.suggestion)
        #expect(fix.contains("[booking form](<Booking Form 2026.pdf>)"))
        let pdf = "%PDF-1.4\n%%EOF\n"
        let fixed = try load(course("Fill in the [booking form](<Booking Form 2026.pdf>) or [this](Booking%20Form%202026.pdf) first.\n")
                                .merging(["courses/mandatory/Booking Form 2026.pdf": pdf]) { $1 })
        #expect(found(fixed) == [])
        #expect(html(fixed).contains("<a href=\"../files/booking-form-2026."))
        #expect(fixed.catalogue?.course("new")?.body.files.count == 1)
    }

    @Test("a space before '(' and a link with no ')' are errors with the link written right")
    func spaceBeforeParenthesisAndUnclosed() throws {
        let result = try load(course("Read the [HSE guidance] (https://www.hse.gov.uk/msd/) and [the form](https://forms.example.org/x first.\n"))
        #expect(found(result) == ["link-not-read Content/courses/mandatory/new.md:8:24", "link-not-read Content/courses/mandatory/new.md:8:70"])
        #expect(result.diagnostics.map { $0.suggestion ?? "" } == ["remove the space: [HSE guidance](https://www.hse.gov.uk/msd/)",
                                                                     "end the address with ')': [the form](https://forms.example.org/x)"])
    }

    @Test("brackets in prose and code are not links: nothing is said")
    func proseBrackets() throws {
        let result = try load(course("He wrote [sic] (in 2019) and `[a](b c)`.\n\n    [x](y z)\n\n```\n[x] (https://example.org)\n| a | b |\n|---|---|\n```\n"))
        #expect(found(result) == [])
    }

    @Test("a link to a course's .md file goes to its page, from the file's folder or from Content/, in both editions")
    func linkToContentFile() throws {
        let body = "See [First aid](first-aid.md#who), [Behaviour](courses/teaching/behaviour-essentials.md) and [booking](../../pages/how-to-book.md).\n"
        let result = try load(course(body, more: ["partners: true"]))
        #expect(found(result) == [])
        #expect(html(result).contains("<a href=\"first-aid.html#who\">First aid</a>"))
        #expect(html(result).contains("<a href=\"behaviour-essentials.html\">Behaviour</a>"))
        #expect(html(result).contains("<a href=\"../pages/how-to-book.html\">booking</a>"))
        // First aid is not offered to partners: the partner edition warns and shows the text only.
        let partners = try #require(result.catalogue).edition(.partners)
        #expect(partners.diagnostics.map { "\($0.code.rawValue) \($0.place)" }.contains("partner-link-left-out Content/courses/mandatory/new.md:9:17"))
        #expect(partners.catalogue.course("new")?.body.html.contains("first-aid.html") == false)
    }

    @Test("a link to a .md file that is not there is an error at its address with did-you-mean")
    func linkToMissingContentFile() throws {
        let result = try load(course("See [First aid](first-aide.md).\n"))
        #expect(found(result) == ["link-target-missing Content/courses/mandatory/new.md:8:17"])
        #expect(result.diagnostics.first?.suggestion?.hasPrefix("did you mean 'first-aid.md'?") == true)
    }

    @Test("a link to the .html page of a course that does not exist, or is a draft, is an error")
    func linkToMissingCourse() throws {
        let result = try load(course("See [old](old-course.html), [teams](leading-teams.html) and [aid](first-aid.html).\n"))
        #expect(found(result) == ["link-target-missing Content/courses/mandatory/new.md:8:11", "link-target-missing Content/courses/mandatory/new.md:8:37"])
        #expect(result.diagnostics.last?.message.contains("draft") == true)
    }

    @Test("an email address without mailto: is an error whose fix adds it")
    func emailWithoutMailto() throws {
        let result = try load(course("[Email Sarah Jones](sarah.jones@northfield-trust.example)\n"))
        #expect(found(result) == ["url-missing-mailto Content/courses/mandatory/new.md:8:21"])
        #expect(result.diagnostics.first?.suggestion?.contains("mailto:sarah.jones@northfield-trust.example") == true)
    }

    @Test("bare web addresses become links, without the full stop or bracket after them")
    func bareAddresses() throws {
        let result = try load(course("More information: https://www.hse.gov.uk/msd/index.htm. (See https://example.org/a_(b).) Not `https://code.example.org`.\n"))
        #expect(found(result) == [])
        #expect(html(result) == "<p>More information: <a href=\"https://www.hse.gov.uk/msd/index.htm\">https://www.hse.gov.uk/msd/index.htm</a>. "
            + "(See <a href=\"https://example.org/a_(b)\">https://example.org/a_(b)</a>.) Not <code>https://code.example.org</code>.</p>\n")
    }

    @Test("a bare scheme with no site name, or inside a word, stays text")
    func bareAddressNeedsASite() throws {
        let result = try load(course("Broken: http:// and xhttps://example.org and https://localhost\n"))
        #expect(found(result) == [])
        #expect(!html(result).contains("<a"))
    }

    @Test("a table is an error, ~~ a warning, each with what to write instead")
    func tableAndStrikethrough() throws {
        let result = try load(course("Dates:\n\n| Date | Venue |\n|------|-------|\n| 3 March | Leeds |\n\nWas ~~£40~~ now £30.\n"))
        #expect(found(result) == ["markdown-table Content/courses/mandatory/new.md:10:1", "markdown-strikethrough Content/courses/mandatory/new.md:14:5"])
        #expect(result.diagnostics.first?.suggestion?.contains("sessions:") == true)
    }

    @Test("Markdown in a summary warns at its first mark, sending formatting to the description")
    func summaryMarkdown() throws {
        let result = try load(course("Text.\n", summary: "Now with **extra** practical time and a [new handbook](https://example.org/h)"))
        #expect(found(result) == ["summary-markdown Content/courses/mandatory/new.md:3:19"])
        #expect(result.diagnostics.first?.suggestion?.contains("description") == true)
        #expect(try load(course("Text.\n", summary: "Safe lifting (for staff); 2*3 = 6_000 [approx.] and snake_case_name.")).diagnostics.isEmpty)
    }

    @Test("a picture described as 'image', 'photo' or by its file name is an error; so is picture_alt: photo",
          arguments: ["image", "Picture", "photo", "fire-plan.png", "fire-plan"])
    func meaninglessDescription(_ alt: String) throws {
        let result = try load(course("![\(alt)](fire-plan.png)\n", more: ["picture: fire-plan.png", "picture_alt: photo"]),
                              picture: "courses/mandatory/fire-plan.png")
        #expect(found(result) == ["picture-alt-meaningless Content/courses/mandatory/new.md:8:14", "picture-alt-meaningless Content/courses/mandatory/new.md:10:3"])
        let fixed = try load(course("![Site plan: the assembly point is the front car park](fire-plan.png)\n",
                                    more: ["picture: fire-plan.png", "picture_alt: Site plan of the school"]), picture: "courses/mandatory/fire-plan.png")
        #expect(found(fixed) == [])
    }

    @Test("a second course's settings pasted into a description is an error at its '---' line")
    func pastedCourse() throws {
        let body = "Text of the first course.\n\n---\ntitle: Second course\ncode: SC-1\nsummary: Another.\n---\nIts text.\n"
        let result = try load(course(body))
        #expect(found(result) == ["body-front-matter Content/courses/mandatory/new.md:10:1"])
    }

    @Test("'---' right under a paragraph warns (a heading was made); an underlined heading meant as one is silent")
    func underlinedParagraph() throws {
        let body = "Places are limited so book early.\n---\n\nWho should attend\n-----------------\n\nAims\n===\n\nSome words here.\n===\n"
        let result = try load(course(body))
        #expect(found(result) == ["underlined-heading Content/courses/mandatory/new.md:9:1", "underlined-heading Content/courses/mandatory/new.md:18:1"])
        #expect(result.diagnostics.first?.suggestion?.hasPrefix("leave a blank line before ---") == true)
    }

    @Test("a file written with a leading '/' gets the path that finds it as its fix")
    func leadingSlash() throws {
        let result = try load(course("Download the [checklist](/files/checklist.pdf).\n").merging(["files/checklist.pdf": "%PDF-1.4\n%%EOF\n"]) { $1 })
        #expect(found(result) == ["file-outside-content Content/courses/mandatory/new.md:8:26"])
        #expect(result.diagnostics.first?.suggestion == "the file is in the content folder: write [checklist](files/checklist.pdf)")
        let fixed = try load(course("Download the [checklist](files/checklist.pdf).\n").merging(["files/checklist.pdf": "%PDF-1.4\n%%EOF\n"]) { $1 })
        #expect(found(fixed) == [])
    }
    @Test("a link to a page without its '.html' is an error whose fix adds it; a '../files/' picture's fix names the file in files/")
    func secondWalkLinks() throws {
        let bare = try load(course("See [first aid](first-aid) and [booking](../pages/how-to-book#when).\n"))
        let missing = bare.diagnostics.filter { $0.code == .linkTargetMissing }
        #expect(missing.map(\.place) == ["Content/courses/mandatory/new.md:8:17", "Content/courses/mandatory/new.md:8:42"], "\(found(bare))")
        #expect(missing.map(\.suggestion) == ["write first-aid.html", "write ../pages/how-to-book.html#when"])
        let fixed = try load(course("See [first aid](first-aid.html) and [booking](../pages/how-to-book.html#when).\n"))
        #expect(fixed.diagnostics.isEmpty, "\(found(fixed))")

        let picture = try load(course("![A plan of the hall](../files/plan.png)\n"), picture: "files/plan.png")
        let wrongFolder = picture.diagnostics.filter { $0.code == .fileMissing }
        #expect(wrongFolder.first?.suggestion == "the file is in Content/files/: write files/plan.png", "\(wrongFolder.map(\.summary))")
        let followed = try load(course("![A plan of the hall](files/plan.png)\n"), picture: "files/plan.png")
        #expect(followed.diagnostics.isEmpty, "\(found(followed))")
        let nowhere = try load(course("![A plan of the hall](files/nothing.png)\n"))
        #expect(nowhere.diagnostics.first { $0.code == .fileMissing }?.suggestion?.components(separatedBy: "Content/files/").count == 2,
                "the shared folder is offered once: \(nowhere.diagnostics.map(\.summary))")
    }
}
