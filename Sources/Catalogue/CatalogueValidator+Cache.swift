/// What the checks found, kept between validations of the same folder so that the preview's save
/// checks again only the courses whose files changed: each course's own checks (its sessions
/// against the academic year, the same session twice, its only session full), its links to pages,
/// and the copied-course index. The checks across the whole catalogue (codes, loops, draft
/// references) keep what they found while no changed course changed a field they read; the
/// groups and schools no published course reaches are worked out from the kept reach each time.
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
    /// The catalogue validated last, and the one before it while a validation runs (`end()` lets it go).
    private var latest: Catalogue?
    private var before: Catalogue?
    /// True while a validation may keep what the last one found: only courses changed, the same ones.
    private var reusable = false
    /// What each whole-catalogue check found last time it ran.
    private var found: [WholeCheck: [Diagnostic]] = [:]
    /// Every course's own warnings, and every published course's link errors, in one list each.
    private var everyWarning: [Diagnostic]?
    private var everyLink: [Diagnostic]?
    /// The slugs of the courses changed in this validation, and their link errors as they were.
    private var changing: Set<String> = []
    private var replacedLinks: [String: [Diagnostic]] = [:]

    /// How many courses had their own checks run by the last validation (the tests' proof that a
    /// save checks only the edited course).
    package private(set) var checkedCourses = 0
    /// How many of the kept whole-catalogue checks (codes, loops, drafts) the last validation ran
    /// again (the tests' proof that a body edit runs none).
    package private(set) var rerunChecks = 0

    package init() {}

    /// Starts a validation of `catalogue`: `changed` are the slugs of the courses whose files
    /// changed (nil: anything may have changed); `othersChanged`, a group, pathway or page file.
    mutating func begin(_ catalogue: Catalogue, changed: Set<String>?, othersChanged: Bool) {
        checkedCourses = 0
        rerunChecks = 0
        let year = catalogue.settings.academicYear
        before = latest
        latest = catalogue
        changing = changed ?? []
        reusable = false
        guard let changed, year == self.year, !othersChanged, targets != nil,
              changed.allSatisfy({ drafts[$0] == catalogue.course($0)?.draft }) else {
            found = [:]
            everyWarning = nil
            everyLink = nil
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
        replacedLinks = [:]
        for slug in changed { replacedLinks[slug] = links.removeValue(forKey: slug) }
        // The same courses, only some of them changed.
        if let before, before.courses.count == catalogue.courses.count {
            reusable = changed.allSatisfy { before.course($0) != nil && catalogue.course($0) != nil }
        }
        if !reusable {
            found = [:]
            everyWarning = nil
            everyLink = nil
        }
    }

    /// Ends a validation: the catalogue validated before this one is let go (the preview would
    /// otherwise hold a whole old catalogue, every course's text, until the next save).
    mutating func end() {
        before = nil
    }

    /// True while the cache holds the catalogue validated before the last one (only during a validation).
    package var holdsPreviousCatalogue: Bool { before != nil }

    /// The whole-catalogue checks whose findings are kept.
    enum WholeCheck: Hashable {
        case codes, loops, drafts
    }

    /// What `check` found last time, unless `differs` says a changed course changed in a way it
    /// reads (given the course as it was, as it is, and what the check found): then it runs again.
    mutating func kept(_ check: WholeCheck, _ catalogue: Catalogue, unless differs: (Course, Course, [Diagnostic]) -> Bool,
                       run: () -> [Diagnostic]) -> [Diagnostic] {
        if reusable, let kept = found[check], let before,
           !changing.contains(where: { differs(before.course($0)!, catalogue.course($0)!, kept) }) {
            return kept
        }
        rerunChecks += 1
        let made = run()
        found[check] = made
        return made
    }

    /// The checks a validation of an incomplete catalogue leaves out are not kept.
    mutating func skipped() {
        found[.drafts] = nil
        everyLink = nil
    }

    /// Every course's own warnings (`warnings(for:changed:)`), in the catalogue's order; kept whole
    /// while the changed courses' warnings stay the same (the list is sorted with the others).
    mutating func everyCourseWarnings(_ catalogue: Catalogue, changed: Set<String>?) -> [Diagnostic] {
        let year = year!
        let made = every(everyWarning, of: catalogue.courses, in: catalogue, changed: changed, was: { $0.courseWarnings[$1] },
                         fresh: { CatalogueValidator.sessionWarnings($0, year: year) },
                         keep: { $0.courseWarnings[$1] = $2; $0.checkedCourses += 1 }) {
            $0.warnings(for: $1, changed: $2)
        }
        everyWarning = made
        return made
    }

    /// Every published course's link errors (`linkErrors(for:changed:)`), kept whole like `everyCourseWarnings`.
    mutating func everyLinkError(_ catalogue: Catalogue, changed: Set<String>?) -> [Diagnostic] {
        let targets = targets!
        let made = every(everyLink, of: catalogue.publishedCourses, in: catalogue, changed: changed, was: { $0.replacedLinks[$1] },
                         fresh: { $0.draft ? nil : CatalogueValidator.pageLinks($0, to: targets) },
                         keep: { $0.links[$1] = $2 }) {
            $1.draft ? nil : $0.linkErrors(for: $1, changed: $2)
        }
        everyLink = made
        return made
    }

    /// What `each` finds for every one of `courses`, in order: `kept` when the changed courses'
    /// findings are what they `was` (nil from `each`: the course has none to compare). When every
    /// course is checked (`changed` nil: a build, or a reload that may have changed anything), each
    /// course's findings are made by `fresh` on every core, then kept in order by `keep`: `fresh`
    /// must be what `each` makes of a course that changed.
    private mutating func every(_ kept: [Diagnostic]?, of courses: [Course], in catalogue: Catalogue, changed: Set<String>?,
                                was: (ValidationCache, String) -> [Diagnostic]?,
                                fresh: @Sendable (Course) -> [Diagnostic]?,
                                keep: (inout ValidationCache, String, [Diagnostic]) -> Void,
                                each: (inout ValidationCache, Course, Set<String>?) -> [Diagnostic]?) -> [Diagnostic] {
        var asked = changed
        if reusable, let kept {
            var same = true
            for slug in changing {
                let before = was(self, slug)
                if let course = catalogue.course(slug), let now = each(&self, course, changed), now != before { same = false }
            }
            if same { return kept }
            asked = []
        }
        var every: [Diagnostic] = []
        guard asked == nil else {
            for course in courses { every += each(&self, course, asked) ?? [] }
            return every
        }
        for (course, found) in zip(courses, courses.parallelMap(fresh)) {
            guard let found else { continue }
            keep(&self, course.slug, found)
            every += found
        }
        return every
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
    /// `made`: every course's reach, when every course may have changed (`changed` nil), as
    /// `WholeChecks` counts it.
    mutating func reach(_ catalogue: Catalogue, changed: Set<String>?, made: PublishedReach? = nil) -> PublishedReach {
        if let changed {
            published.update(catalogue, changed: changed)
        } else {
            published = made ?? PublishedReach(catalogue)
        }
        return published
    }

    /// The copied-course warnings of the whole catalogue, comparing again only the changed courses.
    /// `made`: every course's index, when every course may have changed (`changed` nil), as
    /// `WholeChecks` makes it.
    mutating func copiedCourses(_ catalogue: Catalogue, changed: Set<String>?, made: CopyIndex? = nil) -> [Diagnostic] {
        guard let changed else {
            copies = made ?? CopyIndex(catalogue)
            return copies.warnings
        }
        return copies.update(catalogue, changed: changed)
    }
}
