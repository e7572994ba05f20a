import Catalogue

/// Where the calendar files live, relative to the output root, so pages can link to them.
///
/// Names are stable: they depend on slugs and dates only, never on the build.
enum ICalendarPaths {
    /// Every published session.
    static let offer = "offer.ics"

    /// `calendars/groups/<group-slug>.ics`: sessions of the courses open to that group (`all` included).
    static func group(_ slug: String) -> String { "calendars/groups/\(slug).ics" }

    /// `calendars/courses/<course-slug>.ics`. Only written for published courses with sessions; see `course(for:)`.
    static func course(_ slug: String) -> String { "calendars/courses/\(slug).ics" }

    /// The course's calendar, or nil when none is written (a draft, or a course without sessions).
    static func course(for course: Course) -> String? {
        course.draft || course.sessions.isEmpty ? nil : self.course(course.slug)
    }

    /// `calendars/sessions/<course-slug>-<yyyy-mm-dd>.ics` for the "add to calendar" link of the session
    /// at `index` in `course.sessions`; the second session of the course on the same first day gets
    /// `-2`, the third `-3`, and so on.
    static func session(course: Course, session: Session, index: Int) -> String {
        let earlier = course.sessions.prefix(max(0, min(index, course.sessions.count)))
        let ordinal = earlier.filter { $0.firstDay == session.firstDay }.count + 1
        return "calendars/sessions/\(course.slug)-\(session.firstDay.iso)\(ordinal > 1 ? "-\(ordinal)" : "").ics"
    }

    /// The session files of a course, in the order of `course.sessions`.
    static func sessions(of course: Course) -> [String] {
        course.sessions.enumerated().map { session(course: course, session: $1, index: $0) }
    }
}
