import Catalogue
import Foundation
import Testing
@testable import Site

/// A small content folder written for the export tests, with the awkward cases the exports must
/// survive: punctuation that needs escaping, a formula-like title, long multi-byte text, a cohort,
/// sessions on both sides of the clocks changing, cancelled, to-be-confirmed and untimed sessions,
/// two sessions on one day, and a draft that must appear nowhere.
enum ExportSample {
    static let baseURL = "https://cpd.example.org/trust/"
    static let formulaTitle = "=HYPERLINK(\"http://evil.example\",\"click\")"
    static let longTitle = "Ünïcödé café training — “smart quotes” and emoji 🧑🏽‍🏫 for teachers in Zürich, Kraków and Reykjavík"
    static let scriptSummary = "Closing tags </script><script>alert(1)</script> & <b>bold</b> must stay text."
    static let firstAidSummary = "Three days, with assessment; bring a pen\\pencil.\nSecond line."

    static func files(url: String?) -> [String: String] {
        [
            "site.yml": """
            title: Testbridge & Co Learning Trust
            offer: CPD Offer 2026/27
            academic_year: 2026-27
            \(url.map { "url: \($0)\n" } ?? "")timezone: Europe/London
            contact: cpd@testbridge.example
            booking: "https://forms.example.org/book?course={code}&date={date}"
            feedback: "https://forms.example.org/evaluate?course={code}"
            terms:
              - { name: Autumn, starts: 2026-09-01 }
              - { name: Spring, starts: 2027-01-04 }
              - { name: Summer, starts: 2027-04-12 }
            stages:
              - { slug: induction, title: Induction }
              - { slug: early-career, title: Early career }
            families: [Teachers, Support staff]
            strands:
              - { title: Mandatory training, summary: Required training. }
              - { title: Teaching and learning }
            """,
            "groups/teachers.md": """
            ---
            title: Teachers
            family: Teachers
            summary: Class and subject teachers.
            ---
            Everyone who teaches.
            """,
            "groups/teaching-assistants.md": """
            ---
            title: Teaching Assistants
            family: Support staff
            summary: TAs and HLTAs.
            ---
            """,
            "courses/first-aid.md": """
            ---
            title: First Aid at Work
            code: FA-201
            summary: "Three days, with assessment; bring a pen\\\\pencil.\\nSecond line."
            strand: Mandatory training
            groups: [teachers, teaching-assistants]
            stages: [induction]
            format: face-to-face
            mandatory: true
            renewal_months: 36
            cpd_hours: 6
            cost: 45
            partner_cost: 60
            sessions:
              - date: 2026-10-14
                start: "09:00"
                end: "16:00"
                venue: Hilltop Academy, Room 4
                places: 12
                places_left: 3
              - date: 2026-10-14
                start: "13:00"
                end: "15:00"
                venue: Riverside School
                status: full
              - date: 2026-12-09
                start: "09:00"
                end: "12:00"
                venue: Riverside School
                status: cancelled
              - date: 2027-06-16
                venue: Hilltop Academy
                status: tbc
            ---
            Bring comfortable clothes.
            """,
            "courses/ect-programme.md": """
            ---
            title: Early Career Programme
            summary: The two-year programme.
            strand: Teaching and learning
            groups: all
            format: blended
            cost: Free to trust staff
            prerequisites: [first-aid, draft-course]
            sessions:
              - days: [2026-11-04, 2026-11-18, 2026-12-02]
                start: "09:30"
                end: "15:30"
                venue: Online (live)
            ---
            """,
            "courses/formula.md": """
            ---
            title: '\(formulaTitle)'
            summary: "-2 points; @mention +plus, \\"quoted\\""
            strand: Teaching and learning
            groups: [teaching-assistants]
            format: online
            booking: "mailto:cpd@testbridge.example?subject=Booking {code}"
            sessions:
              - date: 2027-02-10
                start: "10:00"
                end: "11:00"
            ---
            """,
            "courses/long-unicode.md": """
            ---
            title: \(longTitle)
            summary: '\(scriptSummary)'
            strand: Teaching and learning
            groups: [teachers]
            format: face-to-face
            cost: 0
            sessions:
              - date: 2027-03-28
                start: "09:00"
                end: "10:00"
                venue: Café Zürich, Straße 5 — Raum „Ü“
            ---
            """,
            "courses/self-study.md": """
            ---
            title: Self-study Module
            summary: Any time.
            strand: Teaching and learning
            groups: [teachers]
            format: self-study
            link: https://learning.example.org/m/1
            ---
            """,
            "courses/draft-course.md": """
            ---
            title: Secret Draft Course
            summary: Not ready.
            strand: Teaching and learning
            groups: all
            format: face-to-face
            draft: true
            sessions:
              - date: 2026-10-20
                start: "09:00"
                end: "10:00"
            ---
            """,
            "pathways/starting-out.md": """
            ---
            title: Starting out
            summary: The first year.
            groups: [teachers]
            steps:
              - title: First term
                stage: induction
                courses: [first-aid, draft-course]
              - title: Later
                courses: [ect-programme]
            ---
            """,
            "pages/how-to-book.md": """
            ---
            title: How to book
            ---
            Use the button.
            """,
        ]
    }

    /// The sample catalogue, with the site URL (default) or without one.
    static func catalogue(url: String? = baseURL) throws -> Catalogue { try load(files(url: url)) }

    /// The catalogue of content files (path: text), written to a scratch folder and loaded.
    static func load(_ files: [String: String]) throws -> Catalogue {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("prospectus-export-tests-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (path, text) in files {
            let file = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data((text + "\n").utf8).write(to: file)
        }
        let result = ContentLoader(directory: folder, displayPath: "Content").load()
        return try #require(result.catalogue, "sample content does not load: \(result.diagnostics.map { "\($0)" })")
    }

    static let firstOfSeptember = LocalDate(year: 2026, month: 9, day: 1)!

    /// The data exports under test (other exports registered in `SiteExports.all` are not theirs to judge).
    static let exports: [any SiteExport] = [
        CalendarsExport(), CatalogueJSONExport(), CoursesCSVExport(), SessionsCSVExport(), AtomFeedExport(), SitemapExport(),
    ]

    /// Every file the data exports write, by path; `madeAt` (seconds since 1970) is the calendars'
    /// DTSTAMP, midnight UTC of `today` when not given.
    static func exports(_ catalogue: Catalogue, today: LocalDate = firstOfSeptember, madeAt: Int? = nil) -> [String: Data] {
        var context = ExportContext(catalogue: catalogue, today: today)
        if let madeAt { context.madeAt = madeAt }
        var files: [String: Data] = [:]
        for export in exports {
            for file in export.files(for: context) {
                #expect(files[file.path] == nil, "two exports write \(file.path)")
                files[file.path] = file.data
            }
        }
        return files
    }

    /// The text of one file.
    static func text(_ files: [String: Data], _ path: String) throws -> String {
        let data = try #require(files[path], "no file \(path)")
        return try #require(String(data: data, encoding: .utf8), "\(path) is not UTF-8")
    }
}
