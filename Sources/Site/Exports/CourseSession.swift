import Catalogue

/// A session together with its course and its place among the course's sessions, and the stable
/// names derived from them: the session's id (the base of its calendar UIDs) and its calendar file.
///
/// Names depend only on the course slug, the session's first day and start time, and the order of
/// sessions that share that day, so adding or removing a session on another day never renames one.
struct CourseSession: Sendable {
    /// The course and its sessions' ordinals, shared by the values of all of its sessions: a course
    /// has some thirty fields, and a value holding its own copy cost a reference count for each of
    /// them every time it was copied (sorted, filtered, gathered into a calendar).
    private let shared: Shared
    /// Position in `course.sessions` (0-based).
    let index: Int

    private final class Shared: Sendable {
        let course: Course
        let ordinals: SessionOrdinals

        init(_ course: Course) {
            self.course = course
            ordinals = SessionOrdinals(course.sessions)
        }
    }

    var course: Course { shared.course }
    var session: Session { shared.course.sessions[index] }
    /// 1 for the course's first session with this day and start time, 2 for the second, and so on.
    var sameStartOrdinal: Int { shared.ordinals.sameStart[index] }
    /// 1 for the course's first session on this first day, 2 for the second, and so on.
    var sameDayOrdinal: Int { shared.ordinals.sameDay[index] }

    private init(_ shared: Shared, index: Int) {
        self.shared = shared
        self.index = index
    }

    /// Every session of a course, in the course's order, with their ordinals worked out once.
    static func all(of course: Course) -> [CourseSession] {
        let shared = Shared(course)
        return course.sessions.indices.map { CourseSession(shared, index: $0) }
    }

    /// Every session of every published course, by first day, start, course title and slug.
    static func published(in catalogue: Catalogue) -> [CourseSession] {
        sorted(catalogue.publishedCourses.flatMap(all(of:)))
    }

    /// Sessions in calendar order: first day, start (all-day first), course title, slug, position.
    static func sorted(_ sessions: [CourseSession]) -> [CourseSession] {
        // Sorts positions, not the values: each one carries a whole course, costly to move around.
        let days = sessions.map(\.session.firstDay), starts = sessions.map { $0.session.start?.minutes ?? -1 }
        let order = sessions.indices.sorted { a, b in
            if days[a] != days[b] { return days[a] < days[b] }
            if starts[a] != starts[b] { return starts[a] < starts[b] }
            let first = sessions[a], second = sessions[b]
            return (first.course.title, first.course.slug, first.index) < (second.course.title, second.course.slug, second.index)
        }
        return order.map { sessions[$0] }
    }

    /// `first-aid-20261014-0900-1` (`day` instead of the time for a session without one): unique
    /// within the catalogue, and the same in every build of the same content.
    var id: String {
        let time = session.start.map(ExportFormat.compact) ?? "day"
        return "\(course.slug)-\(ExportFormat.compact(session.firstDay))-\(time)-\(sameStartOrdinal)"
    }

    /// `calendars/sessions/first-aid-2026-10-14.ics` (`-2`, `-3`… for further sessions that day).
    var calendarPath: String { ICalendarPaths.session(course: course.slug, firstDay: session.firstDay, ordinal: sameDayOrdinal) }
}
