import Catalogue
import Foundation
import Testing
@testable import Site

/// A small trust of three schools for the What's on, calendar, brochure and 404 tests: a safeguarding
/// hour held at the same time at the three schools, a course twice on one day at two venues, past
/// sessions, and January split between two terms (Spring starts on the 6th).
enum WhatsOnCalendarsSample {
    static let url = "https://cpd.example.org/trust/"
    /// Tuesday 1 December 2026: September's and October's sessions are past.
    static let today = LocalDate(year: 2026, month: 12, day: 1)!

    static func files(url: String?) -> [String: String] {
        [
            "site.yml": """
            title: Three Schools Trust
            offer: CPD Offer 2026/27
            academic_year: 2026-27
            \(url.map { "url: \($0)\n" } ?? "")timezone: Europe/London
            contact: cpd@three.example
            booking: "https://forms.example.org/book?course={code}&date={date}"
            terms:
              - { name: Autumn, starts: 2026-09-01 }
              - { name: Spring, starts: 2027-01-06 }
              - { name: Summer, starts: 2027-04-12 }
            stages:
              - { slug: induction, title: Induction }
            families: [Teachers, Support staff]
            strands:
              - { title: Safeguarding }
            schools: [Castlegate School, Linden Vale School, Harrowfield Primary]
            """,
            "groups/teachers.md": "---\ntitle: Teachers\nfamily: Teachers\nsummary: Class teachers.\n---\n",
            "groups/premises.md": "---\ntitle: Premises staff\nfamily: Support staff\nsummary: Site staff.\n---\n",
            "courses/safeguarding.md": """
            ---
            title: Safeguarding Update
            code: SG-1
            summary: The yearly update.
            strand: Safeguarding
            format: face-to-face
            groups: all
            sessions:
              - { date: 2026-09-16, start: "16:00", end: "17:00", venue: Castlegate School }
              - { date: 2027-01-05, start: "16:00", end: "17:00", venue: "Castlegate School, Library" }
              - { date: 2027-01-05, start: "16:00", end: "17:00", venue: Linden Vale School }
              - { date: 2027-01-05, start: "16:00", end: "17:00", venue: Harrowfield Primary }
            ---
            """,
            "courses/ladders.md": """
            ---
            title: Working at Height
            code: PR-1
            summary: Ladders and steps.
            strand: Safeguarding
            format: face-to-face
            groups: [premises]
            sessions:
              - { date: 2026-10-07, start: "09:00", end: "12:00", venue: Harrowfield Primary }
              - { date: 2027-01-12, start: "09:00", end: "12:00", venue: Harrowfield Primary }
              - { date: 2027-01-12, start: "13:00", end: "16:00", venue: Linden Vale School }
              - { date: 2027-02-03, start: "09:00", end: "12:00", venue: Northfield Training Centre }
            ---
            """,
        ]
    }

    static func catalogue(url: String? = url) throws -> Catalogue { try ExportSample.load(files(url: url)) }

    /// The HTML of the page at `path`, rendered with the project's theme.
    static func page(_ path: String, catalogue: Catalogue) throws -> String {
        let theme = try Theme.load(from: Fixtures.theme, displayPath: "Theme").get()
        let plan = SitePlan(catalogue)
        let planned = try #require(plan.pages.first { $0.path == path }, "no page \(path)")
        return PageRenderer(catalogue: catalogue, theme: theme, today: today, plan: plan).render(planned)
    }

    /// The calendar files, made at `madeAt` (seconds since 1970).
    static func calendars(_ catalogue: Catalogue, madeAt: Int) -> [String: String] {
        var context = ExportContext(catalogue: catalogue, today: today)
        context.madeAt = madeAt
        return Dictionary(uniqueKeysWithValues: CalendarsExport().files(for: context).map { ($0.path, String(decoding: $0.data, as: UTF8.self)) })
    }

    /// The unfolded lines of each VEVENT, one event after another.
    static func events(_ ics: String) -> [[String]] {
        var events: [[String]] = []
        var inside = false
        for line in ICalendarWriter.unfold(ics).components(separatedBy: "\r\n") {
            if line == "BEGIN:VEVENT" { events.append([]); inside = true } else if line == "END:VEVENT" { inside = false } else if inside {
                events[events.count - 1].append(line)
            }
        }
        return events
    }

    /// Every `id="…"` of a page.
    static func ids(_ html: String) -> [String] {
        html.matches(of: /\sid="([^"]*)"/).map { String($0.output.1) }
    }
}
