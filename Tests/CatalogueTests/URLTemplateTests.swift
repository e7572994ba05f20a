import Catalogue
import Foundation
import TestSupport
import Testing

@Suite("URLTemplate: booking, feedback and interest links")
struct URLTemplateTests {
    func template(_ text: String) throws -> URLTemplate {
        try URLTemplate.parse(text).get()
    }

    @Test("placeholders are replaced by their values")
    func expansion() throws {
        let booking = try template("https://forms.example.org/book?course={code}&slug={slug}&date={date}&start={start}")
        let url = booking.expand(["code": "PH-201", "slug": "positive-handling", "date": "2026-10-14", "start": "09:00"])
        #expect(url == "https://forms.example.org/book?course=PH-201&slug=positive-handling&date=2026-10-14&start=09%3A00")
        #expect(booking.uses("code") && booking.uses("start"))
        #expect(!booking.uses("title"))
        #expect(booking.description == "https://forms.example.org/book?course={code}&slug={slug}&date={date}&start={start}")
    }

    @Test("values are percent-encoded: spaces, &, quotes, #, non-ASCII")
    func percentEncoding() throws {
        let booking = try template("https://forms.example.org/book?title={title}&next=1")
        let url = booking.expand(["title": #"Safe & Sound: "Café" day #2 <b>/?="#])
        #expect(url == "https://forms.example.org/book?title=Safe%20%26%20Sound%3A%20%22Caf%C3%A9%22%20day%20%232%20%3Cb%3E%2F%3F%3D&next=1")
    }

    @Test("percentEncode keeps only RFC 3986 unreserved characters")
    func unreservedCharacters() {
        #expect(URLTemplate.percentEncode("AZaz09-._~") == "AZaz09-._~")
        #expect(URLTemplate.percentEncode("a+b") == "a%2Bb")
        #expect(URLTemplate.percentEncode("100%") == "100%25")
        #expect(URLTemplate.percentEncode("é") == "%C3%A9")
        #expect(URLTemplate.percentEncode("—") == "%E2%80%94")
        #expect(URLTemplate.percentEncode("👩‍🏫") == "%F0%9F%91%A9%E2%80%8D%F0%9F%8F%AB")
        #expect(URLTemplate.percentEncode("\n") == "%0A")
        #expect(URLTemplate.percentEncode("") == "")
    }

    @Test("a value cannot break out of the URL or into the HTML")
    func injectionIsNeutralised() throws {
        let booking = try template("https://forms.example.org/book?title={title}")
        let url = booking.expand(["title": "x\" onmouseover=\"alert(1)&evil=1#frag"])
        #expect(!url.contains("\""))
        #expect(!url.contains(" "))
        #expect(url.components(separatedBy: "&").count == 1)
        #expect(!url.contains("#"))
    }

    @Test("a missing value becomes empty")
    func missingValue() throws {
        #expect(try template("https://forms.example.org/?d={date}&c={code}").expand(["code": "X"]) == "https://forms.example.org/?d=&c=X")
    }

    @Test("literal spaces in the template (common in mailto subjects) are encoded")
    func literalSpaces() throws {
        let booking = try template("mailto:cpd@example.org?subject=Booking {title} on {date}")
        #expect(booking.expand(["title": "First Aid", "date": "2026-10-14"])
                == "mailto:cpd@example.org?subject=Booking%20First%20Aid%20on%202026-10-14")
    }

    @Test("a template without placeholders is used as it is")
    func noPlaceholders() throws {
        #expect(try template("mailto:cpd@example.org").expand(["code": "X"]) == "mailto:cpd@example.org")
    }

    @Test("an unknown placeholder is refused, suggesting the nearest")
    func unknownPlaceholder() {
        guard case .failure(let problem) = URLTemplate.parse("https://forms.example.org/?t={titel}") else {
            Issue.record("an unknown placeholder was accepted")
            return
        }
        #expect(problem.message == "unknown placeholder '{titel}' in the link")
        #expect(problem.suggestion == "did you mean {title}?")
        #expect(problem.quoted == "{titel}")
    }

    @Test("a course's link has the course's and the session's values, encoded as expand(_:) encodes them")
    func courseExpansion() throws {
        let content = try withTemporaryFolder("url-template") { scratch in
            let content = try scratch.copyFixture("valid")
            try scratch.write("Content/courses/tricky.md", "---\ntitle: 'Safe & Sound: \"Café\" day #2 <b>/?=~'\ncode: PH/201 é\n"
                + "summary: One sentence.\nstrand: Leadership\ngroups: [teachers]\nformat: face-to-face\nsessions:\n"
                + "  - date: 2026-11-04\n    start: '09:30'\n  - date: 2027-01-20\n---\nText.\n")
            return ContentLoader(directory: content, displayPath: "Content").load()
        }
        let course = try #require(content.catalogue?.course("tricky"), "does not load: \(content.diagnostics.map(\.summary))")
        let every = try template("https://forms.example.org/{title}/book?c={code}&s={slug}&d={date}&t={start}&again={title}{code}")
        for session in course.sessions.map(Optional.some) + [nil] {
            let values = ["code": course.reference, "slug": course.slug, "title": course.title,
                          "date": session?.firstDay.iso ?? "", "start": session?.start?.description ?? ""]
            #expect(every.expand(for: course, session: session) == every.expand(values))
        }
        #expect(every.expand(for: course, session: course.sessions[0])
            == "https://forms.example.org/Safe%20%26%20Sound%3A%20%22Caf%C3%A9%22%20day%20%232%20%3Cb%3E%2F%3F%3D~/book?c=PH%2F201%20%C3%A9"
            + "&s=tricky&d=2026-11-04&t=09%3A30&again=Safe%20%26%20Sound%3A%20%22Caf%C3%A9%22%20day%20%232%20%3Cb%3E%2F%3F%3D~PH%2F201%20%C3%A9")
        #expect(try template("mailto:cpd@example.org?subject={title}").expand(for: course, session: nil)
            == "mailto:cpd@example.org?subject=Safe%20%26%20Sound%3A%20%22Caf%C3%A9%22%20day%20%232%20%3Cb%3E%2F%3F%3D~")
    }

    @Test("an unknown placeholder with no near match lists the allowed ones")
    func unknownPlaceholderNoMatch() {
        guard case .failure(let problem) = URLTemplate.parse("https://forms.example.org/?x={venue}") else {
            Issue.record("an unknown placeholder was accepted")
            return
        }
        #expect(problem.message == "unknown placeholder '{venue}' in the link")
        #expect(problem.suggestion == "use one of {code}, {slug}, {title}, {date}, {start}")
    }

    @Test("an unclosed brace is refused")
    func unclosedBrace() {
        guard case .failure(let problem) = URLTemplate.parse("https://forms.example.org/?c={code") else {
            Issue.record("an unclosed brace was accepted")
            return
        }
        #expect(problem.message == "the '{' in the link is never closed")
    }

    @Test("an unsafe template is refused before its placeholders are read", arguments: [
        "javascript:alert('{code}')", "data:text/html,{title}", "forms.example.org/book?c={code}", "//forms.example.org/{code}",
    ])
    func unsafeTemplate(text: String) {
        guard case .failure = URLTemplate.parse(text) else {
            Issue.record("'\(text)' was accepted")
            return
        }
    }
}
