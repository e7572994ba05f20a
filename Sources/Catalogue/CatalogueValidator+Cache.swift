/// What the checks found, kept between validations of the same folder so that the preview's save
/// checks again only the courses whose files changed: each course's own checks (its sessions
/// against the academic year, the same session twice, its only session full), its links to pages,
/// and the copied-course index. The checks across the whole catalogue that are cheap (codes,
/// loops, references, schools) still run every time.
package struct ValidationCache: Sendable {
    /// Each course's own warnings, by slug, with the academic year they were made for.
    private var courseWarnings: [String: [Diagnostic]] = [:]
    private var year: AcademicYear?
    /// Each published course's link errors, by slug, for `targets`.
    private var links: [String: [Diagnostic]] = [:]
    private var targets: CatalogueValidator.LinkTargets?
    /// Whether each course is a draft (nil: not in the catalogue): when a changed course's changes,
    /// the pages a link may go to changed.
    private var drafts: [String: Bool] = [:]
    private var copies = CopyIndex()
    private var published = PublishedReach()
    /// How many courses had their own checks run by the last validation (the tests' proof that a
    /// save checks only the edited course).
    package private(set) var checkedCourses = 0

    package init() {}

    /// Starts a validation of `catalogue`: `changed` are the slugs of the courses whose files
    /// changed (nil: anything may have changed); `othersChanged`, a group, pathway or page file.
    mutating func begin(_ catalogue: Catalogue, changed: Set<String>?, othersChanged: Bool) {
        checkedCourses = 0
        let year = catalogue.settings.academicYear
        guard let changed, year == self.year, !othersChanged, targets != nil,
              changed.allSatisfy({ drafts[$0] == catalogue.course($0)?.draft }) else {
            if changed == nil || year != self.year {
                courseWarnings = [:]
                self.year = year
            }
            drafts = Dictionary(catalogue.courses.map { ($0.slug, $0.draft) }, uniquingKeysWith: { first, _ in first })
            targets = CatalogueValidator.LinkTargets(catalogue)
            links = [:]
            return
        }
        // Made again when next asked for, even if that is after saves whose link checks waited.
        for slug in changed { links[slug] = nil }
    }

    /// `course`'s own warnings: kept ones unless its slug is in `changed` (nil: every course changed).
    mutating func warnings(for course: Course, changed: Set<String>?) -> [Diagnostic] {
        if let kept = courseWarnings[course.slug], !(changed.map { $0.contains(course.slug) } ?? true) { return kept }
        checkedCourses += 1
        let made = CatalogueValidator.sessionWarnings(course, year: year!)
        courseWarnings[course.slug] = made
        return made
    }

    /// A published course's link errors: kept ones unless its slug is in `changed` or the pages changed.
    mutating func linkErrors(for course: Course, changed: Set<String>?) -> [Diagnostic] {
        if let kept = links[course.slug], !(changed.map { $0.contains(course.slug) } ?? true) { return kept }
        let made = CatalogueValidator.pageLinks(course, to: targets!)
        links[course.slug] = made
        return made
    }

    /// The venues and groups the published courses reach, counting again only the changed courses.
    mutating func reach(_ catalogue: Catalogue, changed: Set<String>?) -> PublishedReach {
        published.update(catalogue, changed: changed)
        return published
    }

    /// The copied-course warnings of the whole catalogue, comparing again only the changed courses.
    mutating func copiedCourses(_ catalogue: Catalogue, changed: Set<String>?) -> [Diagnostic] {
        copies.update(catalogue, changed: changed)
    }
}
