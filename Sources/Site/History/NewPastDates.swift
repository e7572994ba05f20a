import Catalogue

/// Dates added since the last build (not in the history's offer) that have already passed: almost
/// always a mistyped year or month. Each is a warning at its session, and What's new does not
/// announce it as a new date (`OfferDiff`).
enum NewPastDates {
    /// Each course's session ids in the history's offer, by course slug.
    typealias Known = [String: Set<String>]

    /// The sessions `previous`'s offer knew; nil without a previous history.
    static func known(_ previous: ChangeHistory?) -> Known? {
        previous.map { Dictionary($0.offer.courses.map { ($0.slug, Set($0.sessions.map(\.id))) }, uniquingKeysWith: { first, _ in first }) }
    }

    /// One warning for each session of `catalogue` not in `previous`'s offer whose first day is before
    /// `today` (cancelled ones aside). None without a previous history: a first build claims nothing new.
    static func warnings(_ catalogue: Catalogue, previous: ChangeHistory?, today: LocalDate) -> [Diagnostic] {
        guard let known = known(previous) else { return [] }
        return catalogue.publishedCourses.flatMap { warnings(of: $0, known: known, today: today) }
    }

    /// The warnings of one published course (see `warnings(_:previous:today:)`).
    static func warnings(of course: Course, known: Known, today: LocalDate) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        for item in CourseSession.all(of: course) where item.session.status != .cancelled && item.session.firstDay < today {
            guard !(known[course.slug]?.contains(item.id) ?? false) else { continue }
            let day = SiteStrings.english.shortDate(item.session.firstDay)
            warnings.append(.warning(.newDateInPast, at: item.session.location,
                "this date has already passed: \(day) is before today (\(SiteStrings.english.shortDate(today))), "
                    + "and it is new since the last build: check the year and the month",
                suggestion: "What's new does not announce a date that has passed; if the date is right, leave it"))
        }
        return warnings
    }
}
