import Markdown

/// The whole offer as a typed model: settings, groups, courses (drafts included), pathways and pages,
/// sorted in display order, with the lookups every page needs built once.
public struct Catalogue: Sendable {
    public var settings: SiteSettings
    /// The home-page introduction from `index.md` (may be empty).
    public var home: MarkdownDocument
    /// Groups ordered by family, then `order`, then title.
    public var groups: [StaffGroup]
    /// Every course, drafts included, ordered by title.
    public private(set) var courses: [Course]
    /// Courses that are published (not drafts), ordered by title. Kept, not filtered on each use:
    /// nearly every page and export walks it, and copying courses is not free.
    public private(set) var publishedCourses: [Course]
    public var pathways: [Pathway]
    public var pages: [Page]
    /// The edition this catalogue is published as: `partnerEdition()` gives `.partners`.
    public var edition: Edition = .staff

    private var courseIndex: [String: Int]
    private var groupIndex: [String: Int]
    /// For each group, the positions in `publishedCourses` of the courses open to it: group pages,
    /// listings and exports ask for each group's courses, so they are found once, not by a pass over
    /// every course each time.
    private var openCourses: [String: [Int]]

    public init(settings: SiteSettings, home: MarkdownDocument, groups: [StaffGroup], courses: [Course],
                pathways: [Pathway], pages: [Page]) {
        self.settings = settings
        self.home = home
        let familyOrder = Catalogue.familyOrder(settings: settings, groups: groups)
        self.groups = groups.sorted {
            let lhs = (familyOrder[$0.family] ?? Int.max, $0.order ?? Int.max, $0.title, $0.slug)
            let rhs = (familyOrder[$1.family] ?? Int.max, $1.order ?? Int.max, $1.title, $1.slug)
            return lhs < rhs
        }
        // By title, then slug (unique): the keys sorted, not the courses, whose moves and field reads
        // made this sort a tenth of a preview save at 20,000 courses.
        let keys = courses.map { (title: $0.title, slug: $0.slug) }
        self.courses = keys.indices.sorted { keys[$0] < keys[$1] }.map { courses[$0] }
        publishedCourses = self.courses.filter { !$0.draft }
        self.pathways = pathways.sorted { ($0.order ?? Int.max, $0.title, $0.slug) < ($1.order ?? Int.max, $1.title, $1.slug) }
        self.pages = pages.sorted { ($0.order ?? Int.max, $0.title, $0.slug) < ($1.order ?? Int.max, $1.title, $1.slug) }
        courseIndex = Dictionary(uniqueKeysWithValues: self.courses.enumerated().map { ($1.slug, $0) })
        groupIndex = Dictionary(uniqueKeysWithValues: self.groups.enumerated().map { ($1.slug, $0) })
        openCourses = Catalogue.openCourses(publishedCourses, groups: self.groups)
    }

    private static func openCourses(_ courses: [Course], groups: [StaffGroup]) -> [String: [Int]] {
        var open = Dictionary(uniqueKeysWithValues: groups.map { ($0.slug, [Int]()) })
        for (position, course) in courses.enumerated() {
            switch course.groups {
            case .all:
                for group in groups { open[group.slug]?.append(position) }
            case .some(let slugs):
                // A slug named twice still lists the course once.
                for slug in slugs where open[slug].map({ $0.last != position }) ?? false { open[slug]?.append(position) }
            }
        }
        return open
    }

    /// The positions in `publishedCourses` of the courses open to `group`, in `courses(openTo:)`'s
    /// order; nil for a group the catalogue does not have.
    public func publishedPositions(openTo group: String) -> [Int]? { openCourses[group] }

    public func course(_ slug: String) -> Course? { courseIndex[slug].map { courses[$0] } }
    public func group(_ slug: String) -> StaffGroup? { groupIndex[slug].map { groups[$0] } }

    /// Published courses open to `group` (courses for `all` included).
    public func courses(openTo group: String) -> [Course] {
        guard let positions = openCourses[group] else { return publishedCourses.filter { $0.isOpen(to: group) } }
        return positions.map { publishedCourses[$0] }
    }

    /// Calls `body` with each published course open to `group`, in `courses(openTo:)`'s order, without
    /// copying them into a list: for counting them (the preview plans every group's pages on each save).
    public func forEachCourse(openTo group: String, _ body: (Course) -> Void) {
        guard let positions = openCourses[group] else {
            for index in publishedCourses.indices where publishedCourses[index].isOpen(to: group) { body(publishedCourses[index]) }
            return
        }
        for position in positions { body(publishedCourses[position]) }
    }

    /// Pathways written for `group` (or for all groups).
    public func pathways(for group: String) -> [Pathway] {
        pathways.filter {
            switch $0.groups {
            case .all: return true
            case .some(let slugs): return slugs.contains(group)
            }
        }
    }

    /// Families in display order, with their groups.
    public var families: [(name: String, groups: [StaffGroup])] {
        var result: [(name: String, groups: [StaffGroup])] = []
        for group in groups {
            if let last = result.indices.last, result[last].name == group.family {
                result[last].groups.append(group)
            } else {
                result.append((group.family, [group]))
            }
        }
        return result
    }

    /// Strands that have published courses, in site.yml order (then alphabetical), with their courses.
    public var strands: [(strand: Strand, courses: [Course])] {
        var byTitle: [String: [Course]] = [:]
        for course in courses where !course.draft { byTitle[course.strand, default: []].append(course) }
        var ordered = settings.strands.filter { byTitle[$0.title] != nil }
        let declared = Set(settings.strands.map(\.title))
        ordered += byTitle.keys.filter { !declared.contains($0) }.sorted().map { Strand(title: $0, summary: nil) }
        return ordered.map { ($0, byTitle[$0.title] ?? []) }
    }

    private static func familyOrder(settings: SiteSettings, groups: [StaffGroup]) -> [String: Int] {
        var order: [String: Int] = [:]
        for (index, family) in settings.families.enumerated() where order[family] == nil { order[family] = index }
        let undeclared = Set(groups.map(\.family)).subtracting(order.keys).sorted()
        for family in undeclared { order[family] = order.count }
        return order
    }
}

extension Catalogue {
    /// This catalogue with `changed` put in place of the courses of the same slugs: the same as a
    /// catalogue made afresh from the new set of courses, without sorting and indexing every course
    /// again (what the preview's save makes). Nil when it cannot be done so (a slug not in the
    /// catalogue or named twice, a course turned draft or published, its groups changed): the
    /// catalogue must then be made afresh.
    package func replacingCourses(_ changed: [Course]) -> Catalogue? {
        guard Set(changed.map(\.slug)).count == changed.count else { return nil }
        var result = self
        for course in changed {
            guard let position = result.courseIndex[course.slug] else { return nil }
            let old = result.courses[position]
            guard old.draft == course.draft, old.groups == course.groups else { return nil }
            guard result.replace(at: position, with: course) else { return nil }
        }
        return result
    }

    /// The place of the published course `slug` in `publishedCourses`; nil when it is a draft or not in the catalogue.
    package func publishedPosition(of slug: String) -> Int? {
        guard let course = course(slug), !course.draft else { return nil }
        let position = Catalogue.place(of: (course.title, course.slug), in: publishedCourses)
        return position < publishedCourses.count && publishedCourses[position].slug == slug ? position : nil
    }

    /// Where a course of `title` and `slug` goes in `list` (sorted by title, then slug).
    private static func place(of key: (title: String, slug: String), in list: [Course]) -> Int {
        var low = 0, high = list.count
        while low < high {
            let middle = (low + high) / 2
            if (list[middle].title, list[middle].slug) < key { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Puts `course` in place of the course at `position`, moved to where its title sorts it.
    private mutating func replace(at position: Int, with course: Course) -> Bool {
        let old = courses[position]
        // The same title: the same places, and no lookup changes.
        if old.title == course.title {
            courses[position] = course
            guard !old.draft else { return true }
            guard let from = publishedPosition(of: old.slug) else { return false }
            publishedCourses[from] = course
            return true
        }
        courses.remove(at: position)
        let target = Catalogue.place(of: (course.title, course.slug), in: courses)
        courses.insert(course, at: target)
        for index in min(position, target)...max(position, target) { courseIndex[courses[index].slug] = index }
        guard !old.draft else { return true }
        let from = Catalogue.place(of: (old.title, old.slug), in: publishedCourses)
        guard from < publishedCourses.count, publishedCourses[from].slug == old.slug else { return false }
        publishedCourses.remove(at: from)
        let to = Catalogue.place(of: (course.title, course.slug), in: publishedCourses)
        publishedCourses.insert(course, at: to)
        guard from != to else { return true }
        // The positions between the two places shift by one; each group's list stays in order.
        func shifted(_ index: Int) -> Int {
            from < to ? (index > from && index <= to ? index - 1 : index) : (index >= to && index < from ? index + 1 : index)
        }
        openCourses = openCourses.mapValues { list in
            guard let listed = list.firstIndex(of: from) else { return list.map(shifted) }
            var list = list
            list.remove(at: listed)
            list = list.map(shifted)
            var low = 0, high = list.count
            while low < high {
                let middle = (low + high) / 2
                if list[middle] < to { low = middle + 1 } else { high = middle }
            }
            list.insert(to, at: low)
            return list
        }
        return true
    }
}
