/// The venues the published courses' sessions name and the groups the published courses are open
/// to, counted course by course so that a save changing one course updates the counts by that
/// course alone: what the checks for schools with no session and groups with no course read.
struct PublishedReach: Sendable {
    private struct Contribution: Sendable {
        var venues: [String] = []
        var groups: [String] = []
        var everyone = 0
    }

    private var contributions: [String: Contribution] = [:]
    /// How many published sessions name each venue.
    private(set) var venues: [String: Int] = [:]
    /// How many published courses are open to each group.
    private(set) var groups: [String: Int] = [:]
    /// How many published courses are open to everyone.
    private(set) var everyone = 0

    init() {}

    /// Every course of `catalogue` counted.
    init(_ catalogue: Catalogue) {
        for course in catalogue.courses { add(course) }
    }

    /// Takes in the courses whose slugs are in `changed`.
    mutating func update(_ catalogue: Catalogue, changed: Set<String>) {
        for slug in changed {
            remove(slug)
            if let course = catalogue.course(slug) { add(course) }
        }
    }

    private mutating func add(_ course: Course) {
        guard !course.draft else { return }
        var made = Contribution()
        made.venues = course.sessions.compactMap(\.venue)
        switch course.groups {
        case .all: made.everyone = 1
        case .some(let slugs): made.groups = slugs
        }
        for venue in made.venues { venues[venue, default: 0] += 1 }
        for group in made.groups { groups[group, default: 0] += 1 }
        everyone += made.everyone
        if let earlier = contributions[course.slug] {
            // Two courses with one slug (an error elsewhere): both counted, both taken away together.
            made.venues += earlier.venues
            made.groups += earlier.groups
            made.everyone += earlier.everyone
        }
        contributions[course.slug] = made
    }

    private mutating func remove(_ slug: String) {
        guard let gone = contributions.removeValue(forKey: slug) else { return }
        for venue in gone.venues { venues[venue] = venues[venue].flatMap { $0 > 1 ? $0 - 1 : nil } }
        for group in gone.groups { groups[group] = groups[group].flatMap { $0 > 1 ? $0 - 1 : nil } }
        everyone -= gone.everyone
    }
}
