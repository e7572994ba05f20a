import Catalogue

/// Finds what a download's row names: a published course by its code or slug (any case, spaces at
/// either end ignored), a session of it by any of its days, and a staff group by title or slug.
struct CourseFinder {
    private var courses: [String: Course] = [:]
    private var drafts: [String: Course] = [:]
    private var groups: [String: String] = [:]
    /// Published courses by title: a form whose choices are the courses' titles.
    private var titles: [String: Course] = [:]
    /// Every published course's code (or slug, for one without), for "did you mean".
    let references: [String]

    init(_ catalogue: Catalogue) {
        // Codes first, so a code wins over another course's slug.
        for course in catalogue.publishedCourses {
            if let code = course.code?.value { courses[CourseFinder.key(code)] = courses[CourseFinder.key(code)] ?? course }
        }
        for course in catalogue.publishedCourses { courses[CourseFinder.key(course.slug)] = courses[CourseFinder.key(course.slug)] ?? course }
        for course in catalogue.publishedCourses { titles[CourseFinder.key(course.title)] = titles[CourseFinder.key(course.title)] ?? course }
        for course in catalogue.courses where course.draft {
            for name in [course.code?.value, course.slug].compactMap({ $0 }) { drafts[CourseFinder.key(name)] = course }
        }
        for group in catalogue.groups {
            groups[CourseFinder.key(group.slug)] = group.slug
            groups[CourseFinder.key(group.title)] = groups[CourseFinder.key(group.title)] ?? group.slug
        }
        references = catalogue.publishedCourses.map(\.reference)
    }

    static func key(_ text: String) -> String { text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() }

    /// The course a code cell names: by code or slug; else by a code that starts a form's choice
    /// ("MT-EFA-01 – Emergency First Aid at Work", "PH-01: Paediatric First Aid"); else by title.
    func course(_ code: String) -> Course? {
        let key = CourseFinder.key(code)
        if let course = courses[key] { return course }
        if let first = key.split(whereSeparator: { $0 == " " || $0 == ":" || $0 == "\t" }).first,
           first.count < key.count, let course = courses[String(first)] {
            return course
        }
        return titles[key]
    }

    /// A draft course of that code, which is not published and so takes no bookings.
    func draft(_ code: String) -> Course? { drafts[CourseFinder.key(code)] }

    /// The slug of the group a cell names; "" for none or one that is not known.
    func group(_ cell: String) -> String { groups[CourseFinder.key(cell)] ?? "" }

    /// The session of `course` that meets on `day` (a cohort on any of its days); of two that
    /// meet that day, the one starting at `time` when the cell gave one, else the first.
    static func session(of course: Course, on day: LocalDate, at time: LocalTime?) -> Session? {
        let meeting = course.sessions.filter { $0.days.contains(day) }
        if meeting.count > 1, let time, let starting = meeting.first(where: { $0.start == time }) { return starting }
        return meeting.first
    }

    /// "PH-01 has dates on 12 Jan 2027 and 3 Mar 2027": where a row's date should have been.
    static func datesHint(_ course: Course) -> String {
        let days = course.sessions.map(\.firstDay)
        guard !days.isEmpty else { return "\(course.reference) has no dates in the offer; add the session to the course, or check the code" }
        let shown = days.prefix(6).map(dayText)
        let list = shown.count == 1 ? shown[0] : shown.dropLast().joined(separator: ", ") + " and " + shown[shown.count - 1]
        return "\(course.reference) has \(days.count == 1 ? "a date" : "dates") on \(list)\(days.count > 6 ? " (and \(days.count - 6) more)" : "")"
            + (course.sessions.contains { $0.days.count > 1 } ? " (a cohort's row may give any of its days)" : "")
    }

    /// `12 Jan 2027`.
    static func dayText(_ day: LocalDate) -> String {
        "\(day.day) \(LocalDate.monthNames[day.month - 1].prefix(3)) \(day.year)"
    }
}
