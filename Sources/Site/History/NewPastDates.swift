import Catalogue

/// Dates added since the last build (not in the history's offer) that have already passed: almost
/// always a mistyped year or month. Each is a warning at its session, and What's new does not
/// announce it as a new date (`OfferDiff`).
enum NewPastDates {
    /// One warning for each session of `catalogue` not in `previous`'s offer whose first day is before
    /// `today` (cancelled ones aside). None without a previous history: a first build claims nothing new.
    static func warnings(_ catalogue: Catalogue, previous: ChangeHistory?, today: LocalDate) -> [Diagnostic] {
        guard let previous else { return [] }
        let known = Dictionary(previous.offer.courses.map { ($0.slug, Set($0.sessions.map(\.id))) }, uniquingKeysWith: { first, _ in first })
        var warnings: [Diagnostic] = []
        for course in catalogue.publishedCourses {
            for item in CourseSession.all(of: course) where item.session.status != .cancelled && item.session.firstDay < today {
                guard !(known[course.slug]?.contains(item.id) ?? false) else { continue }
                let day = SiteStrings.english.shortDate(item.session.firstDay)
                warnings.append(.warning(.newDateInPast, at: item.session.location,
                    "this date has already passed: \(day) is before today (\(SiteStrings.english.shortDate(today))), "
                        + "and it is new since the last build: check the year and the month",
                    suggestion: "What's new does not announce a date that has passed; if the date is right, leave it"))
            }
        }
        return warnings
    }
}
