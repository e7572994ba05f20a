import Catalogue

/// Where the calendar files live, relative to the output root, so pages can link to them.
///
/// Names are stable: they depend on slugs and dates only, never on the build.
enum ICalendarPaths {
    /// Every published session.
    static let offer = "offer.ics"

    /// `calendars/groups/<group-slug>.ics`: sessions of the courses open to that group (`all` included).
    static func group(_ slug: String) -> String { "calendars/groups/\(slug).ics" }

    /// `calendars/schools/<school-slug>.ics`: the sessions at one school of site.yml's `schools`.
    static func school(_ slug: String) -> String { "calendars/schools/\(slug).ics" }

    /// `calendars/courses/<course-slug>.ics`. Only written for published courses with sessions; see `course(for:)`.
    static func course(_ slug: String) -> String { "calendars/courses/\(slug).ics" }

    /// The course's calendar, or nil when none is written (a draft, or a course without sessions).
    static func course(for course: Course) -> String? {
        course.draft || course.sessions.isEmpty ? nil : self.course(course.slug)
    }

    /// `calendars/sessions/<course-slug>-<yyyy-mm-dd>.ics` for the "add to calendar" link of a
    /// session; the second session of the course on the same first day (`ordinal` 2) gets `-2`, the
    /// third `-3`, and so on (see `SessionOrdinals.sameDay`).
    static func session(course slug: String, firstDay: LocalDate, ordinal: Int) -> String {
        "calendars/sessions/\(slug)-\(firstDay.iso)\(ordinal > 1 ? "-\(ordinal)" : "").ics"
    }

    /// The session files of a course, in the order of `course.sessions`.
    static func sessions(of course: Course) -> [String] {
        CourseSession.all(of: course).map(\.calendarPath)
    }
}
