import Catalogue

/// What `build` and `check` warn of the history of changes, kept for the preview so that `serve`
/// reports what `check` reports: the history's own warnings (no history found) and each date added
/// since the last build that has already passed (`NewPastDates`). A save of some courses re-checks
/// those courses only; anything else (another history, another day, another edition's rules) checks
/// every course again.
public struct HistoryWarnings: Sendable {
    /// What the kept warnings were worked out against.
    private struct Basis: Equatable {
        var year: AcademicYear
        var stamp: [Int]?
        var today: LocalDate
    }

    private var basis: Basis?
    /// Each published course's warnings about new dates that have passed; courses with none are left out.
    private var byCourse: [String: [Diagnostic]] = [:]

    public init() {}

    /// The warnings for `catalogue` (as loaded, before the edition's rules) against `history`.
    /// `changed`: the slugs of the only courses changed since the last call, or nil when anything may have.
    public mutating func update(_ catalogue: Catalogue, history: PublishedHistory, generator: SiteGenerator,
                                changed: Set<String>?) -> [Diagnostic] {
        let options = generator.options
        let today = BuildClock.today(timezone: catalogue.settings.timezone, environment: options.environment)
        let basis = Basis(year: history.year, stamp: history.stamp, today: today)
        guard let known = history.known else {
            self.basis = basis
            byCourse = [:]
            return history.warnings
        }
        if let changed, basis == self.basis, options.edition == .staff {
            for slug in changed {
                let warnings = catalogue.course(slug).map { $0.draft ? [] : NewPastDates.warnings(of: $0, known: known, today: today) } ?? []
                byCourse[slug] = warnings.isEmpty ? nil : warnings
            }
        } else {
            let edition = options.edition == .partners ? catalogue.partnerEdition() : catalogue
            byCourse = [:]
            for course in edition.publishedCourses {
                let warnings = NewPastDates.warnings(of: course, known: known, today: today)
                if !warnings.isEmpty { byCourse[course.slug] = warnings }
            }
        }
        self.basis = basis
        return history.warnings + byCourse.values.joined()
    }
}
