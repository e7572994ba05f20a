import Catalogue
import Foundation
@testable import prospectus
import TestSupport
import Testing

/// Every code in the registry (`DiagnosticCode`) is made by a fixture, at the file, line and column
/// given here, through the real `check --format json`; the few no fixture can make are marked in the
/// registry itself (`withoutFixture`), with the reason.
///
/// A case names a fixture folder as it is (`broken`, `warnings`, `hostile`…), or is an overlay:
/// a copy of `Tests/Fixtures/valid` (and of the real theme for `theme: true`), with `removing`
/// deleted, then the files of `Tests/Fixtures/codes/<code>/Content` (and `Theme`) written over it.
@Suite("Every diagnostic code has a fixture")
struct CodeFixtureTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var code: String
        /// `file:line:col` relative to its root, or just `file` for a message about the file as a whole.
        var place: String
        var fixture: String?
        var removing: [String] = []
        var arguments: [String] = []
        var theme = false

        init(_ code: String, in fixture: String, _ place: String) {
            self.code = code
            self.fixture = fixture
            self.place = place
        }

        init(_ code: String, _ place: String, removing: [String] = [], arguments: [String] = [], theme: Bool = false) {
            self.code = code
            self.place = place
            self.removing = removing
            self.arguments = arguments
            self.theme = theme
        }

        var testDescription: String { "\(code) at \(place)" }
    }

    static let cases: [Case] = [
        Case("draft-in-step", in: "warnings", "pathways/draft-step.md:8:15"),
        Case("duplicate-code", in: "broken", "courses/duplicate-code-a.md:3:7"),
        Case("empty-file", in: "broken", "courses/empty.md"),
        Case("empty-step", in: "warnings", "pathways/draft-step.md:6:5"),
        Case("end-before-start", in: "broken", "courses/dates/end-before-start.md:10:10"),
        Case("time-in-the-night", "courses/fixture.md:9:12"),
        Case("group-without-courses", in: "warnings", "groups/caretakers.md"),
        Case("recurs-with-date", "courses/fixture.md:9:11"),
        Case("unknown-school-kind", "courses/fixture.md:7:25"),
        Case("times-of-day-out-of-order", "site.yml:20:19"),
        Case("history-not-found", in: "warnings", "history/2026-27.json"),
        Case("html-in-body", in: "hostile", "courses/script-everywhere.md:27:1"),
        Case("file-missing", "courses/fixture.md:9:32"),
        Case("file-outside-content", "courses/fixture.md:9:19"),
        Case("file-too-large", "courses/fixture.md:8:31"),
        Case("file-wrong-type", "courses/fixture.md:9:18"),
        Case("picture-no-alt", "courses/fixture.md:9:14"),
        Case("picture-alt-without-picture", "courses/fixture.md:7:14"),
        Case("picture-svg-refused", "courses/fixture.md:9:41"),
        Case("picture-alt-meaningless", "courses/fixture.md:9:14"),
        Case("link-not-read", "courses/fixture.md:9:28"),
        Case("link-target-missing", "courses/fixture.md:9:30"),
        Case("markdown-table", "courses/fixture.md:11:1"),
        Case("markdown-strikethrough", "courses/fixture.md:9:5"),
        Case("body-front-matter", "courses/fixture.md:11:1"),
        Case("underlined-heading", "courses/fixture.md:10:1"),
        Case("summary-markdown", "courses/fixture.md:3:19"),
        Case("body-script", in: "mistakes", "courses/script-in-body.md:10:1"),
        Case("body-embed", in: "mistakes", "courses/iframe-video.md:10:1"),
        Case("starter-text", in: "mistakes", "courses/template-course.md:3:10"),
        Case("content-file-wrong-ending", in: "mistakes", "courses/first-aid.markdown"),
        Case("front-matter-fence-dashes", in: "mistakes", "courses/fence-four-dashes.md:7:1"),
        Case("invalid-date", in: "broken", "courses/dates/invalid-dates.md:8:11"),
        Case("invalid-file-name", in: "broken", "courses/First Aid.md"),
        Case("invalid-stage-slug", in: "hostile/_refused", "site.yml:12:13"),
        Case("invalid-time", in: "broken", "courses/dates/invalid-time.md:9:12"),
        Case("missing-setting", in: "broken", "courses/missing-title.md:1:1"),
        Case("no-front-matter", in: "broken", "courses/no-front-matter.md:1:1"),
        Case("no-group", in: "warnings", "courses/no-group.md:5:9"),
        Case("no-renewal-period", in: "warnings", "courses/no-renewal.md:7:12"),
        Case("not-a-number", in: "broken", "courses/wrong-type.md:7:12"),
        Case("number-out-of-range", in: "broken", "courses/dates/no-places.md:9:13"),
        Case("only-session-full", in: "warnings", "courses/only-full.md:10:5"),
        Case("prerequisite-loop", in: "broken", "courses/cycle-b.md:7:17"),
        Case("remote-image", in: "hostile/_refused", "courses/body-data-image.md:8:6"),
        Case("session-outside-year", in: "warnings", "courses/outside-year.md:9:5"),
        Case("unclosed-front-matter", in: "broken", "courses/unclosed.md:4:1"),
        Case("unknown-course", in: "broken", "courses/unknown-prerequisite.md:7:17"),
        Case("unknown-group", in: "broken", "courses/unknown-group.md:5:31"),
        Case("unknown-setting", in: "broken", "pages/typo.md:3:1"),
        Case("unknown-stage", in: "broken", "courses/unknown-stage.md:6:21"),
        Case("unknown-value", in: "broken", "courses/dates/unknown-status.md:9:13"),
        Case("url-control-character", in: "hostile/_refused", "courses/tab-in-scheme.md:7:7"),
        Case("url-forbidden-character", in: "hostile/_refused", "courses/booking-breakout.md:7:10"),
        Case("url-forbidden-scheme", in: "broken", "courses/javascript-booking.md:7:10"),
        Case("url-missing-https", in: "broken", "courses/link-without-scheme.md:7:7"),
        Case("url-protocol-relative", in: "hostile/_refused", "courses/body-protocol-relative.md:8:5"),
        Case("url-unknown-placeholder", in: "broken", "courses/unknown-placeholder.md:7:61"),
        Case("yaml-colon-in-value", in: "broken", "courses/yaml-syntax.md:2:20"),
        Case("site-yml-missing", "site.yml", removing: ["Content/site.yml"]),
        Case("stray-file", "notes.txt"),
        Case("content-outside-folders", "course"),
        Case("not-markdown", "courses/old.rtf"),
        Case("index-name", "courses/index.md"),
        Case("duplicate-slug", "courses/b/fixture.md"),
        Case("utf16-file", "courses/fixture.md"),
        Case("nul-byte", "courses/fixture.md:2:9"),
        Case("file-not-text", "courses/fixture.md"),
        Case("settings-empty", "courses/fixture.md:1:1"),
        Case("settings-only-notes", "courses/fixture.md:1:1"),
        Case("home-page-settings", "index.md:1:1"),
        Case("yaml-anchor", "courses/fixture.md:7:7"),
        Case("duplicate-key", "courses/fixture.md:7:1"),
        Case("yaml-value-ends-with-colon", "courses/fixture.md:7:21"),
        Case("yaml-invisible-character", "courses/fixture.md:7:10"),
        Case("yaml-tab-indent", "courses/fixture.md:8:1"),
        Case("yaml-unclosed-quote", "courses/fixture.md:7:11"),
        Case("yaml-apostrophe-in-quotes", "courses/fixture.md:7:11"),
        Case("yaml-text-after-quote", "courses/fixture.md:7:11"),
        Case("yaml-hash-in-list", "courses/fixture.md:7:21"),
        Case("yaml-unclosed-bracket", "courses/fixture.md:7:9"),
        Case("yaml-text-after-bracket", "courses/fixture.md:7:9"),
        Case("yaml-missing-colon", "courses/fixture.md:7:9"),
        Case("yaml-continued-line", "courses/fixture.md:8:1"),
        Case("yaml-text-in-settings", "courses/fixture.md:7:1"),
        Case("yaml-dash-without-space", "courses/fixture.md:9:3"),
        Case("yaml-colon-without-space", "courses/fixture.md:8:6"),
        Case("yaml-curly-quotes", "courses/fixture.md:7:11"),
        Case("yaml-reserved-first-character", "courses/fixture.md:7:11"),
        Case("yaml-indentation", "courses/fixture.md:9:6"),
        Case("yaml-syntax", "courses/fixture.md:7:7"),
        Case("control-character", "courses/fixture.md:7:16"),
        Case("not-a-mapping", "courses/fixture.md:2:1"),
        Case("wrong-folder", "courses/teachers2.md:3:1"),
        Case("invisible-character-in-key", "courses/fixture.md:7:1"),
        Case("empty-value", "courses/fixture.md:7:10"),
        Case("value-lost-to-note", "courses/fixture.md:7:11"),
        Case("empty-list-item", "courses/fixture.md:8:4"),
        Case("not-text", "courses/fixture.md:7:11"),
        Case("curly-quoted-value", "courses/fixture.md:7:11"),
        Case("value-cut-by-note", "courses/fixture.md:7:22"),
        Case("not-a-whole-number", "courses/fixture.md:7:17"),
        Case("not-a-boolean", "courses/fixture.md:7:11"),
        Case("not-a-list", "courses/fixture.md:7:9"),
        Case("list-item-not-a-name", "courses/fixture.md:7:10"),
        Case("all-mixed-with-groups", "courses/fixture.md:5:10"),
        Case("unknown-strand", "courses/fixture.md:4:9"),
        Case("unknown-family", "groups/fixture.md:3:9"),
        Case("code-too-long", "courses/fixture.md:7:7"),
        Case("self-prerequisite", "courses/fixture.md:7:17"),
        Case("invalid-price", "courses/fixture.md:7:7"),
        Case("date-and-days", "courses/fixture.md:9:11"),
        Case("days-out-of-order", "courses/fixture.md:8:24"),
        Case("empty-days", "courses/fixture.md:8:11"),
        Case("session-without-date", "courses/fixture.md:8:5"),
        Case("end-without-start", "courses/fixture.md:9:10"),
        Case("places-left-over-places", "courses/fixture.md:10:18"),
        Case("duplicate-session", "courses/fixture.md:11:5"),
        Case("duplicate-title", "courses/fixture.md:2:8"),
        Case("duplicate-summary", "courses/fixture.md:3:10"),
        Case("draft-prerequisite", "courses/fixture.md:7:17"),
        Case("url-missing-mailto", "courses/fixture.md:7:10"),
        Case("url-not-absolute", "courses/fixture.md:7:7"),
        Case("url-invalid-mailto", "courses/fixture.md:7:10"),
        Case("url-missing-host", "courses/fixture.md:7:7"),
        Case("url-host-without-dot", "courses/fixture.md:7:7"),
        Case("url-redirect-link", "courses/fixture.md:7:10"),
        Case("venue-is-a-link", "courses/fixture.md:9:20"),
        Case("session-on-bank-holiday", "courses/fixture.md:8:11"),
        Case("url-not-web", "site.yml:18:6"),
        Case("url-unclosed-placeholder", "courses/fixture.md:7:44"),
        Case("link-without-address", "courses/fixture.md:9:16"),
        Case("invalid-email", "site.yml:5:10"),
        Case("invalid-academic-year", "site.yml:3:16"),
        Case("unknown-time-zone", "site.yml:4:11"),
        Case("time-zone-without-summer-time", "site.yml:4:11"),
        Case("training-day-outside-year", "site.yml:18:17"),
        Case("duplicate-stage", "site.yml:13:13"),
        Case("duplicate-school", "site.yml:18:46"),
        Case("school-without-sessions", "site.yml:18:29"),
        Case("no-stages", "site.yml:9:9"),
        Case("terms-out-of-order", "site.yml:20:29"),
        Case("duplicate-strand", "site.yml:18:14"),
        Case("invalid-colour", "site.yml:19:11"),
        Case("colour-contrast", "site.yml:19:11"),
        Case("logo-wrong-type", "site.yml:19:9"),
        Case("logo-outside-content", "site.yml:19:9"),
        Case("logo-missing", "site.yml:19:9"),
        Case("logo-too-large", "site.yml:19:9"),
        Case("logo-not-png", "site.yml:19:9"),
        Case("logo-unsafe-svg", "site.yml:19:9"),
        Case("history-invalid-json", "history/2026-27.json:1:15"),
        Case("history-damaged", "history/2026-27.json:1:1"),
        Case("history-newer-version", "history/2026-27.json"),
        Case("history-wrong-year", "history/2026-27.json"),
        Case("history-unreadable", "history/2026-27.json", removing: ["Content/history/2026-27.json"]),
        Case("content-folder-missing", "", removing: ["Content"]),
        Case("symlink-outside-content", "courses/outside.md"),
        Case("not-utf8", "courses/fixture.md:2:11"),
        Case("front-matter-too-large", "courses/fixture.md:2:1"),
        Case("nesting-too-deep", "courses/fixture.md:7:1"),
        Case("no-partner-courses", "site.yml", arguments: ["--edition", "partners"]),
        Case("partner-link-left-out", "courses/fixture.md:10:15", arguments: ["--edition", "partners"]),
        Case("partner-link-staff-site", "courses/fixture.md:10:16", arguments: ["--edition", "partners"]),
        Case("partner-link-staff-contact", "courses/fixture.md:10:15", arguments: ["--edition", "partners"]),
        Case("history-folder-new", "2026-27.json", arguments: ["--history", "{folder}/NewHistory"]),
        Case("theme-no-templates", "templates", removing: ["Theme/templates"], theme: true),
        Case("template-missing", "templates/course.mustache", removing: ["Theme/templates/course.mustache"], theme: true),
        Case("template-not-utf8", "templates/page.mustache", theme: true),
        Case("template-syntax", "templates/page.mustache:1:4", theme: true),
        Case("template-unknown-name", "templates/page.mustache:8:8", theme: true),
        Case("template-misuse", "templates/course.mustache:73:3", theme: true),
        Case("template-unknown-block", "templates/page.mustache:2:4", theme: true),
        Case("template-unused", "templates/course-old.mustache", theme: true),
        Case("strings-group-as-text", "strings.yml:7:13", theme: true),
        Case("strings-unknown-key", "strings.yml:8:3", theme: true),
        Case("strings-not-text", "strings.yml:9:12", theme: true),
        Case("strings-unknown-placeholder", "strings.yml:31:18", theme: true),
        Case("strings-not-a-language", "strings.yml:2:11", theme: true),
        Case("strings-partial-group", "strings.yml:2:3", theme: true),
        // A date new since the valid fixture's history, and before the real today (the fixture's date has passed for good).
        Case("new-date-in-past", "courses/fixture.md:8:5"),
        Case("conflict-markers", "history/2026-27.json:3:1"),
        // The form downloads (report: in site.yml); a download's place is outside the content: {folder}/Exports/….
        Case("report-duplicate-column", "site.yml:19:21"),
        Case("exports-folder-missing", "site.yml:19:12"),
        Case("exports-folder-published", "site.yml:19:12"),
        Case("download-unreadable", "{folder}/Exports/bookings/bookings.csv:2:1"),
        Case("download-column-missing", "{folder}/Exports/bookings/bookings.csv:1:1"),
        Case("download-unknown-course", "{folder}/Exports/bookings/bookings.csv:2:3"),
        Case("download-no-session", "{folder}/Exports/bookings/bookings.csv:2:4"),
        Case("download-unreadable-date", "{folder}/Exports/bookings/bookings.csv:2:4"),
        Case("download-invalid-rating", "{folder}/Exports/evaluations/evaluations.csv:2:5"),
        Case("exports-folder-unsuitable", "site.yml:19:12"),
        Case("download-duplicate", "{folder}/Exports/bookings/b.csv:2:1"),
    ]

    @Test("each case's fixture gives its code at its place", arguments: cases)
    func produces(_ expected: Case) throws {
        let found = try CodeFixtureTests.check(expected)
        let code = try #require(DiagnosticCode(rawValue: expected.code), "\(expected.code) is not in the registry")
        let matching = found.filter { $0.code == expected.code }
        #expect(matching.contains { $0.place == expected.place },
                "\(expected.code): expected at \(expected.place), found at \(matching.map(\.place)); all: \(found.map { "\($0.code) \($0.place)" })")
        #expect(matching.allSatisfy { $0.severity == code.severity.rawValue })
    }

    @Test("every code has a fixture, or says in the registry why it cannot have one")
    func everyCode() {
        let covered = Set(CodeFixtureTests.cases.map(\.code))
        let without = Set(DiagnosticCode.allCases.filter { $0.withoutFixture != nil }.map(\.rawValue))
        let missing = DiagnosticCode.allCases.map(\.rawValue).filter { !covered.contains($0) && !without.contains($0) }
        #expect(missing.isEmpty, "codes with no fixture: \(missing)")
        #expect(covered.isDisjoint(with: without), "marked without fixture, yet made by one: \(covered.intersection(without).sorted())")
        #expect(covered.allSatisfy { DiagnosticCode(rawValue: $0) != nil })
    }

    /// One diagnostic as the JSON gives it.
    struct Found {
        var code: String
        var severity: String
        var place: String
    }

    /// The diagnostics `check --format json` gives for a case's fixture.
    static func check(_ expected: Case) throws -> [Found] {
        try withTemporaryFolder("codes") { folder in
            let document = try json(of: expected, in: folder)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(document.utf8)) as? [String: Any])
            let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
            return diagnostics.map { entry in
                // A file outside the content and theme (a form download) is given as its path.
                let file = (entry["file"] as? String ?? "?").replacingOccurrences(of: folder.url.standardizedFileURL.path + "/", with: "{folder}/")
                let place = (entry["line"] as? Int).map { "\(file):\($0):\(entry["column"] as? Int ?? 0)" } ?? file
                return Found(code: entry["code"] as? String ?? "?", severity: entry["severity"] as? String ?? "?", place: place)
            }
        }
    }

    /// The JSON document of the real `check` on the case's fixture, made in `folder`.
    static func json(of expected: Case, in folder: TemporaryFolder) throws -> String {
        let manager = FileManager.default
        var content = folder.path("Content")
        var theme = TestPaths.theme
        if let fixture = expected.fixture {
            content = TestPaths.fixture(fixture)
        } else {
            try manager.copyItem(at: TestPaths.fixture("valid"), to: content)
            if expected.theme {
                theme = folder.path("Theme")
                try manager.copyItem(at: TestPaths.theme, to: theme)
            }
            for path in expected.removing { try manager.removeItem(at: folder.path(path)) }
            try overlay(TestPaths.fixtures.appendingPathComponent("codes/\(expected.code)"), onto: folder)
            try generate(expected.code, in: folder)
        }
        let arguments = ["--content", content.path, "--theme", theme.path, "--format", "json"]
            + expected.arguments.map { $0.replacingOccurrences(of: "{folder}", with: folder.url.path) }
        return try Check.parse(arguments).json(output: folder.path("Output").path)
    }

    /// Copies every file under `overlay`'s Content/, Theme/ and Exports/ (form downloads) to the same place in `folder`.
    static func overlay(_ overlay: URL, onto folder: TemporaryFolder) throws {
        let manager = FileManager.default
        for root in ["Content", "Theme", "Exports"] {
            let base = overlay.appendingPathComponent(root)
            guard let walker = manager.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey]) else { continue }
            for case let file as URL in walker where (try? file.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
                let relative = String(file.standardizedFileURL.path.dropFirst(base.standardizedFileURL.path.count + 1))
                try folder.write("\(root)/\(relative)", bytes: try Data(contentsOf: file))
            }
        }
    }

    /// What a fixture folder cannot hold: a link out of the content, files too large to keep.
    static func generate(_ code: String, in folder: TemporaryFolder) throws {
        switch code {
        case "symlink-outside-content":
            let outside = try folder.write("outside.md", "---\ntitle: Outside\n---\n")
            try FileManager.default.createSymbolicLink(at: folder.path("Content/courses/outside.md"), withDestinationURL: outside)
        case "front-matter-too-large":
            try folder.write("Content/courses/fixture.md", "---\ntitle: Big\nsummary: " + String(repeating: "x", count: 4_100_000) + "\n---\n")
        case "logo-too-large":
            try folder.write("Content/logo.png", bytes: Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) + Data(count: 1_100_000))
        default: break
        }
    }
}
