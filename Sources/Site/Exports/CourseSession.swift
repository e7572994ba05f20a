import Catalogue

/// A session together with its course and its place among the course's sessions, and the stable
/// names derived from them: the session's id (the base of its calendar UIDs) and its calendar file.
///
/// Names depend only on the course slug, the session's first day and start time, and the order of
/// sessions that share that day, so adding or removing a session on another day never renames one.
struct CourseSession: Sendable {
    /// The course and its sessions' ordinals, shared by the values of all of its sessions: a value
    /// holding its own course, session (its days, venue, location…) and ordinals cost a reference
    /// count for each every time it was copied (sorted, filtered, gathered into a calendar); now one.
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
        let courses = catalogue.publishedCourses
        // Sessions that share a day and a start are ordered by their course's title and slug: each
        // course's place in that order is found once, and the sort compares numbers (many sessions
        // share a day and a start, and comparing two titles costs more than the rest of the sort).
        let byName = courses.indices.sorted { (courses[$0].title, courses[$0].slug) < (courses[$1].title, courses[$1].slug) }
        var ranks = [Int](repeating: 0, count: courses.count)
        for (place, position) in byName.enumerated() {
            let previous = place > 0 ? byName[place - 1] : nil
            let same = previous.map { courses[$0].title == courses[position].title && courses[$0].slug == courses[position].slug } ?? false
            ranks[position] = same ? ranks[previous!] : place
        }
        var sessions: [CourseSession] = [], courseRanks: [Int] = []
        for (position, course) in courses.enumerated() where !course.sessions.isEmpty {
            sessions += all(of: course)
            courseRanks += repeatElement(ranks[position], count: course.sessions.count)
        }
        return sorted(sessions, courseRanks: courseRanks)
    }

    /// Sessions in calendar order: first day, start (all-day first), course title, slug, position.
    static func sorted(_ sessions: [CourseSession]) -> [CourseSession] {
        // Sorts positions, not the values.
        let days = sessions.map { $0.session.firstDay }, starts = sessions.map { $0.session.start?.minutes ?? -1 }
        let order = sessions.indices.sorted { a, b in
            if days[a] != days[b] { return days[a] < days[b] }
            if starts[a] != starts[b] { return starts[a] < starts[b] }
            let first = sessions[a], second = sessions[b]
            return (first.course.title, first.course.slug, first.index) < (second.course.title, second.course.slug, second.index)
        }
        return order.map { sessions[$0] }
    }

    /// `sorted(_:)`, with each session's course's place in the order of titles and slugs
    /// (`courseRanks`, equal for courses of the same title and slug).
    private static func sorted(_ sessions: [CourseSession], courseRanks: [Int]) -> [CourseSession] {
        let days = sessions.map { $0.session.firstDay }, starts = sessions.map { $0.session.start?.minutes ?? -1 }
        let order = sessions.indices.sorted { a, b in
            if days[a] != days[b] { return days[a] < days[b] }
            if starts[a] != starts[b] { return starts[a] < starts[b] }
            if courseRanks[a] != courseRanks[b] { return courseRanks[a] < courseRanks[b] }
            return sessions[a].index < sessions[b].index
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
