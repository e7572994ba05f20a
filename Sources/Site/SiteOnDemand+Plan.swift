import Catalogue
import Parallel

extension SitePlan {
    /// The fields of a course no page's existence or place depends on, but for the title, which
    /// orders the course pages: a save that changes only these keeps the plan.
    static let unplannedFields: [CourseField] = [
        CourseField(\.title), CourseField(\.summary), CourseField(\.code), CourseField(\.body), CourseField(\.bodyLinks),
        CourseField(\.titleLocation), CourseField(\.summaryLocation),
    ]

    /// The plan of `catalogue` made from `previous`, the plan of `old`, when only the courses `slugs`
    /// changed and only in `unplannedFields`: the same pages in the same order as `SitePlan(catalogue)`,
    /// with a retitled course's page moved to its new place, without counting every course again
    /// (what the preview's save makes). Nil when a change may reach the plan: then it is made afresh.
    init?(_ catalogue: Catalogue, from previous: SitePlan, of old: Catalogue, changed slugs: Set<String>) {
        let planned = CourseFieldSet.allBut(Self.unplannedFields)
        var moved = Set<String>()
        for slug in slugs {
            guard let before = old.course(slug), let after = catalogue.course(slug), !planned.differ(before, after) else { return nil }
            if before.title != after.title, !after.draft { moved.insert(slug) }
        }
        pages = previous.pages
        guard !moved.isEmpty else { return }
        // Each course page is at its course's place among the published courses, after the pages of
        // the kinds before it: taken out from the old places, last first, then put in at the new, first first.
        guard let start = pages.firstIndex(where: { $0.kind == .course }) else { return nil }
        var from: [Int] = [], to: [(position: Int, slug: String)] = []
        for slug in moved {
            guard let old = old.publishedPosition(of: slug), let new = catalogue.publishedPosition(of: slug),
                  start + old < pages.count, pages[start + old].kind == .course, pages[start + old].subject == slug else { return nil }
            from.append(start + old)
            to.append((start + new, slug))
        }
        var taken: [String: Page] = [:]
        for position in from.sorted(by: >) {
            let page = pages.remove(at: position)
            taken[page.subject] = page
        }
        for (position, slug) in to.sorted(by: { $0.position < $1.position }) { pages.insert(taken[slug]!, at: position) }
    }
}

/// Which courses list each course as a prerequisite, found the first time a save asks and kept by
/// the generations after it while no course's prerequisites change (a kept plan).
final class PrerequisiteOwners: Sendable {
    private let known = Locked<[String: [String]]?>(nil)

    init() {}

    /// The slugs of the courses of `catalogue` that list `slug` as a prerequisite.
    func owners(of slug: String, in catalogue: Catalogue) -> [String] {
        known.withLock { owners in
            if owners == nil {
                var made: [String: [String]] = [:]
                for course in catalogue.courses {
                    for prerequisite in course.prerequisites { made[prerequisite.value, default: []].append(course.slug) }
                }
                owners = made
            }
            return owners?[slug] ?? []
        }
    }
}

extension SiteChange {
    /// The subjects of the course pages this change reaches, as each course page's `reads` would
    /// say (its own course, every field; its prerequisites' titles and drafts), without asking every
    /// course page. For a change between catalogues with the same published courses and the same
    /// prerequisites (`owners`: either's).
    func coursePages(owners: PrerequisiteOwners) -> Set<String> {
        var reached = Set<String>()
        var retitled = Set<String>()
        for (old, new) in courses {
            if let old { reached.insert(old.slug) }
            if let new { reached.insert(new.slug) }
            if let old, let new, !CourseFieldSet.prerequisiteShown.differ(old, new) { continue }
            if let slug = (old ?? new)?.slug { retitled.insert(slug) }
        }
        for slug in retitled { reached.formUnion(owners.owners(of: slug, in: newCatalogue)) }
        return reached
    }
}

extension PageRenderer {
    /// The preview's renderer for `catalogue`, from `previous`'s for a catalogue with the same pages
    /// (a kept plan): the same navigation and words, without asking every kind of page for its
    /// subjects again; its cards made afresh (none, as the preview's base renderer has).
    init(_ previous: PageRenderer, catalogue: Catalogue) {
        self.catalogue = catalogue
        theme = previous.theme
        today = previous.today
        changes = ChangeLog(changes: [])
        navigation = previous.navigation
        offerLinks = previous.offerLinks
        scriptWords = previous.scriptWords
        cards = CardCache(catalogue: catalogue, today: previous.today, theme: previous.theme, depths: [])
    }
}
