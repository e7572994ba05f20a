import Catalogue
import Parallel

/// A site-wide input of a page or an export: anything it is made from other than courses.
enum SiteInput: Sendable, Hashable, CaseIterable {
    /// site.yml: titles, terms, stages, links, the brand.
    case settings
    /// The staff groups and their families.
    case groups
    case pathways
    /// The extra pages (`Content/pages/`), which every page's footer lists.
    case pages
    /// The home page's introduction (`index.md`).
    case home
    /// The build's "today", against which dates are judged.
    case today
    /// The history of changes behind "What's new" (made from the offer, so any course change may change it).
    case changes
    /// The theme: templates and assets.
    case theme
}

/// Which courses a page or an export shows.
enum CourseSelection: Sendable, Hashable {
    /// Every course, drafts included.
    case every
    /// Every published course.
    case published
    /// The courses open to a staff group.
    case openTo(String)
    /// The courses for a stage (and those for every stage).
    case forStage(String)
    /// The courses in a pathway's steps.
    case inPathway(String)
    /// One course.
    case course(String)
    /// The courses a course lists as its prerequisites.
    case prerequisitesOf(String)

    /// True when `course` (as it is in `catalogue`) is one of the selection.
    func contains(_ course: Course, in catalogue: Catalogue) -> Bool {
        switch self {
        case .every: return true
        case .published: return !course.draft
        case .openTo(let group): return course.isOpen(to: group)
        case .forStage(let stage): return course.isFor(stage: stage)
        case .inPathway(let slug):
            guard let pathway = catalogue.pathways.first(where: { $0.slug == slug }) else { return true }
            return pathway.steps.contains { $0.courses.contains { $0.value == course.slug } }
        case .course(let slug): return course.slug == slug
        case .prerequisitesOf(let slug):
            guard let owner = catalogue.course(slug) else { return true }
            return owner.prerequisites.contains { $0.value == course.slug }
        }
    }
}

/// One field of `Course.Fields`, by key path, compared and copied without knowing its type.
struct CourseField: Sendable {
    /// The field's key path as written (`\Fields.title`): what tells it from the others.
    fileprivate let name: String
    fileprivate let equal: @Sendable (Course.Fields, Course.Fields) -> Bool
    fileprivate let copy: @Sendable (Course.Fields, inout Course.Fields) -> Void

    init<Value: Equatable & Sendable>(_ path: WritableKeyPath<Course.Fields, Value> & Sendable) {
        name = String(describing: path)
        equal = { $0[keyPath: path] == $1[keyPath: path] }
        copy = { $1[keyPath: path] = $0[keyPath: path] }
    }

    /// The course's description and the links found in it: shown on its own page only.
    static let description: [CourseField] = [CourseField(\.body), CourseField(\.bodyLinks)]
}

/// Which fields of the selected courses a page or an export shows.
enum CourseFieldSet: Sendable {
    /// Every field: compared with `Course.Fields`' own equality, so a new field is included.
    case all
    /// Every field but these: a new field is included too.
    case allBut([CourseField])
    /// Only these (for a page that shows a few fields of other courses, such as a prerequisite's title).
    case only([CourseField])

    /// What listings show: everything but the description, which only the course's own page shows.
    static let listed = CourseFieldSet.allBut(CourseField.description)

    /// What a course page shows of each of its prerequisites: the title, and whether to link it.
    static let prerequisiteShown = CourseFieldSet.only([CourseField(\.title), CourseField(\.draft)])

    /// What tells one set of fields from another: which comparison a `SiteChange` remembers.
    enum Key: Hashable, Sendable {
        case all
        case allBut([String])
        case only([String])
    }

    var key: Key {
        switch self {
        case .all: .all
        case .allBut(let fields): .allBut(fields.map(\.name))
        case .only(let fields): .only(fields.map(\.name))
        }
    }

    /// True when a page showing these fields could differ between the two versions of a course.
    func differ(_ old: Course, _ new: Course) -> Bool {
        if old == new { return false }
        switch self {
        case .all: return true
        case .allBut(let ignored):
            let before = old.fields
            var after = new.fields
            for field in ignored { field.copy(before, &after) }
            return before != after
        case .only(let fields):
            let before = old.fields, after = new.fields
            return fields.contains { !$0.equal(before, after) }
        }
    }
}

/// What a page or an export is made from: site-wide inputs, and courses (which, and which of their
/// fields). The preview redoes a page or an export only when something it reads changed.
struct SiteReads: Sendable {
    var inputs: Set<SiteInput>
    var courses: [(which: CourseSelection, fields: CourseFieldSet)]

    init(_ inputs: Set<SiteInput>, courses: [(which: CourseSelection, fields: CourseFieldSet)] = []) {
        self.inputs = inputs
        self.courses = courses
    }

    /// What every page reads for its layout (navigation, footer, title, assets), besides its own content.
    static let layout: Set<SiteInput> = [.settings, .pages, .theme]

    /// A page: the layout's inputs, `inputs`, and `courses`.
    static func page(_ inputs: Set<SiteInput> = [], courses: [(which: CourseSelection, fields: CourseFieldSet)] = []) -> SiteReads {
        SiteReads(layout.union(inputs), courses: courses)
    }

    /// True when the page or export shows cards of many courses (so its cards are worth rendering once).
    var listsCourses: Bool {
        courses.contains {
            switch $0.which {
            case .course, .prerequisitesOf: return false
            default: return true
            }
        }
    }

    /// True when `change` can make this page or export differ.
    func isAffected(by change: SiteChange) -> Bool {
        if !inputs.isDisjoint(with: change.inputs) { return true }
        // The fields are compared before the selection is looked through: a body edit reaches no
        // listing, and that is seen without looking for the course in any list.
        return change.courses.indices.contains { position in
            let changed = change.courses[position]
            return courses.contains { which, fields in
                // (A course added or removed differs in every field.)
                if !change.fieldsDiffer(fields, course: position) { return false }
                return changed.old.map { which.contains($0, in: change.oldCatalogue) } ?? false
                    || changed.new.map { which.contains($0, in: change.newCatalogue) } ?? false
            }
        }
    }
}

/// What changed between two renders of the site: site-wide inputs, and courses (each as it was
/// and as it is, nil where it is not in the catalogue).
struct SiteChange: Sendable {
    var inputs: Set<SiteInput>
    /// Fixed once made: `compared` remembers answers by position in it.
    let courses: [(old: Course?, new: Course?)]
    let oldCatalogue: Catalogue
    let newCatalogue: Catalogue
    /// For each changed course (by position in `courses`), whether each set of fields asked about
    /// differs: worked out once, however many pages ask (every listing page asks of the same few sets).
    private let compared = Locked<[Int: [CourseFieldSet.Key: Bool]]>([:])

    /// The change made by editing the courses `slugs` (and nothing else) from `old` to `new`. The
    /// history of changes is made from the offer, so it may change with any course.
    init(courses slugs: Set<String>, from old: Catalogue, to new: Catalogue) {
        courses = slugs.sorted().map { (old.course($0), new.course($0)) }.filter { $0.old != $0.new }
        inputs = courses.isEmpty ? [] : [.changes]
        oldCatalogue = old
        newCatalogue = new
    }

    /// `fields.differ` for the changed course at `position` in `courses` (present in both catalogues).
    func fieldsDiffer(_ fields: CourseFieldSet, course position: Int) -> Bool {
        let key = fields.key
        if let known = compared.withLock({ $0[position]?[key] }) { return known }
        guard let old = courses[position].old, let new = courses[position].new else { return true }
        let differs = fields.differ(old, new)
        compared.withLock { $0[position, default: [:]][key] = differs }
        return differs
    }
}
