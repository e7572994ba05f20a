import Catalogue
import Foundation
@testable import Site
import Testing

/// The offer's and the groups' calendars gather their events course by course, not from every
/// session in calendar order: the events, joined venues included, and their order must be the same.
@Suite("Calendars gathered course by course")
struct CalendarCourseOrderTests {
    /// The sample, with a course held at the same times at several venues (some cancelled or
    /// full), on one day and on several, beside sessions of its own.
    static func catalogue() throws -> Catalogue {
        var files = ExportSample.files(url: ExportSample.baseURL)
        files["courses/safeguarding-hour.md"] = """
        ---
        title: Safeguarding hour
        summary: The termly update, at every school at once.
        strand: Mandatory training
        groups: all
        format: face-to-face
        sessions:
          - { date: 2026-10-07, start: "15:30", end: "16:30", venue: Hilltop Academy, status: full }
          - { date: 2026-10-07, start: "15:30", end: "16:30", venue: Riverside School }
          - { date: 2026-10-07, start: "15:30", end: "16:30", venue: Online (live), status: cancelled }
          - { date: 2026-10-07, start: "09:00", end: "10:00", venue: Hilltop Academy }
          - { days: [2027-01-13, 2027-01-20], start: "15:30", end: "16:30", venue: Hilltop Academy }
          - { days: [2027-01-13, 2027-01-20], start: "15:30", end: "16:30", venue: Riverside School, status: tbc }
          - { date: 2027-03-03, venue: Riverside School }
          - { date: 2027-03-03, venue: Hilltop Academy, status: cancelled }
        ---
        """
        // Courses of the same title (and titles that differ only in case or accents) with
        // sessions at the same day and start as others.
        for (slug, title) in [("twin-a", "Safeguarding hour"), ("twin-b", "Safeguarding hour"), ("accent", "Café hour"),
                              ("plain", "Cafe hour"), ("upper", "SAFEGUARDING HOUR")] {
            files["courses/\(slug).md"] = """
            ---
            title: \(title)
            summary: Same time as others.
            strand: Mandatory training
            groups: all
            format: face-to-face
            sessions:
              - { date: 2026-10-07, start: "15:30", end: "16:30", venue: Hilltop Academy }
              - { date: 2026-10-07, start: "15:30", end: "16:30", venue: Riverside School }
              - { date: 2027-03-03, venue: Riverside School }
            ---
            """
        }
        return try ExportSample.load(files)
    }

    @Test("every published session in calendar order: courses ranked by title and slug once, as comparing them gives")
    func sessionOrder() throws {
        let catalogue = try Self.catalogue()
        let published = CourseSession.published(in: catalogue)
        let compared = CourseSession.sorted(catalogue.publishedCourses.flatMap { CourseSession.all(of: $0) })
        #expect(published.count == compared.count)
        #expect(published.map { "\($0.course.slug)#\($0.index)" } == compared.map { "\($0.course.slug)#\($0.index)" })
    }

    @Test("every event, and every event with venues joined, in the same order as from the sessions in calendar order")
    func sameEvents() throws {
        let catalogue = try Self.catalogue()
        let document = ICalendarDocument(catalogue: catalogue, madeAt: 0, preparing: catalogue.publishedCourses)
        let sessions = CourseSession.published(in: catalogue)
        let joined = document.eventsJoiningVenues(ofCourses: catalogue.publishedCourses)
        #expect(joined.map(\.text) == document.eventsJoiningVenues(of: sessions).map(\.text))
        #expect(joined.contains { $0.uid.contains("-venues") }, "some venues are joined")
        #expect(document.events(ofCourses: catalogue.publishedCourses).map(\.text) == document.events(of: sessions).map(\.text))
        // Without events prepared up front, the same.
        let plain = ICalendarDocument(catalogue: catalogue, madeAt: 0)
        #expect(plain.eventsJoiningVenues(ofCourses: catalogue.publishedCourses).map(\.text) == joined.map(\.text))
        #expect(plain.events(ofCourses: catalogue.publishedCourses).map(\.text) == document.events(of: sessions).map(\.text))
    }
}
