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

    @Test("events sharing a day and a start are ordered by UID as the strings compare, ASCII or not")
    func uidOrder() {
        let uids = ["a", "ab", "abc-2026", "abc-2026-1", "abc-2026-10", "abc-2026-2", "abcdefgh", "abcdefgh-1", "abcdefgi", "abcdefg",
                    "Zed", "zed", "café-1", "cafe-1", "cafe\u{301}-1", "caf", "é", "e", "", "first-aid-20261014-0900-1@x", "first-aid-20261014-0900-1-d2@x"]
        let day = LocalDate(year: 2026, month: 10, day: 14)!
        var events: [ICalendarDocument.PreparedEvent] = []
        for (position, uid) in uids.enumerated() {
            for start in [-1, 540] {
                events.append(ICalendarDocument.PreparedEvent(date: position % 3 == 0 ? day.adding(days: 1) : day, start: start, uid: uid,
                                                              course: "c", venue: nil, text: "\(position)"))
            }
        }
        let expected = events.sorted { a, b in
            if a.date != b.date { return a.date < b.date }
            if a.start != b.start { return a.start < b.start }
            return a.uid < b.uid
        }
        #expect(ICalendarDocument.PreparedEvent.inOrder(events.reversed()).map { "\($0.uid)#\($0.start)" } == expected.map { "\($0.uid)#\($0.start)" })
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
