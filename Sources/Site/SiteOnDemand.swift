import Catalogue
import Foundation
import Parallel

/// One generation of the preview's site, kept as models and made on demand: a page is rendered, an
/// export made, only when a browser asks for it. Byte for byte what `build` writes for the same
/// catalogue, theme and history, through the same page kinds and exports.
///
/// A save makes a new generation from the previous one (`next`): it plans the pages and says which
/// pages and exports the change can reach (`SiteStaleness`), by the same declared reads the
/// incremental render uses, without rendering anything or touching a whole-offer export. The
/// history of changes ("What's new") and the course cards of the listings are made the first time a
/// page or export needs them. Safe to use from many threads.
public final class SiteOnDemand: Sendable {
    let parts: OnDemandParts
    /// The pages of the plan, by path.
    private let pages: [String: SitePlan.Page]
    /// The plan's paths, in order (compared with the next generation's to tell whether it changed).
    private let plannedPaths: [String]
    /// The plan's pages but the course pages (one per course), whose staleness is found one by one.
    fileprivate let otherPages: [(path: String, reads: SiteReads)]
    /// Which courses list each course as a prerequisite (kept with the plan: the prerequisites are the same).
    fileprivate let prerequisiteOwners: PrerequisiteOwners
    /// The preview's memo of per-course pieces, shared with the generations before while "today",
    /// the plan and everything but courses stay the same.
    let fragments: CourseFragments
    /// Counts the work done, for the tests (and the terminal).
    public let work: SiteWork
    private let history: PublishedHistory
    private let edition: Edition
    private let madeAt: Int
    private let base: PageRenderer
    private let changeLog = Locked<ChangeLog?>(nil)
    private let cards = Locked<CardCache?>(nil)
    /// What another module adds to the site (`BuildOptions.addedFiles`: the CPD lead's report), and
    /// those files by path once asked for: made from the whole catalogue, so once per generation.
    private let makeAdded: (@Sendable (Catalogue, Theme, LocalDate) -> [OutputFile])?
    private let added = Locked<[String: Data]?>(nil)
    /// The calendars' document (its VTIMEZONE made once), for the courses' calendars made one course at a time.
    let calendarDocument = Locked<ICalendarDocument?>(nil)

    /// The names of the exports, in `SiteExports.all`'s order.
    public static let exportNames: [String] = SiteExports.all.map(SiteExports.name(of:))

    fileprivate init(parts: OnDemandParts, fragments: CourseFragments, history: PublishedHistory, edition: Edition, madeAt: Int,
                 work: SiteWork, addedFiles: (@Sendable (Catalogue, Theme, LocalDate) -> [OutputFile])? = nil,
                 pagesOf previous: SiteOnDemand? = nil) {
        self.parts = parts
        makeAdded = addedFiles
        self.fragments = fragments
        self.history = history
        self.edition = edition
        self.madeAt = madeAt
        self.work = work
        plannedPaths = parts.plan.pages.map(\.path)
        // A generation with the same pages (`previous`) has them by path already.
        pages = previous?.pages ?? Dictionary(parts.plan.pages.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        otherPages = previous?.otherPages ?? parts.plan.pages.filter { $0.kind != .course }.map { ($0.path, $0.reads) }
        prerequisiteOwners = previous?.prerequisiteOwners ?? PrerequisiteOwners()
        base = previous.map { PageRenderer($0.base, catalogue: parts.catalogue) }
            ?? PageRenderer(catalogue: parts.catalogue, theme: parts.theme, today: parts.today, plan: parts.plan, cardsFor: [])
    }

    /// The exports that may make `path`, the likeliest first: each export writes its files in its
    /// own places (a test holds every export to them), so a path in none of them (a browser's
    /// `apple-touch-icon.png`, a link to a page that is gone) is not found without making any export.
    /// A course's and a session's calendar are made on their own (`calendarFiles(at:)`), by no export.
    public static func exports(thatMayWrite path: String) -> [String] {
        places.filter { $0.holds(path) }.map(\.name)
    }

    /// Where each export writes: its files' exact paths and the folders (or name starts) they are in.
    static let places: [ExportPlaces] = [
        ExportPlaces(CatalogueJSONExport.self, paths: [CatalogueJSON.path, CatalogueJSON.schemaPath]),
        ExportPlaces(CalendarsExport.self, paths: [ICalendarPaths.offer], starts: ["calendars/groups/", "calendars/schools/"]),
        ExportPlaces(CoursesCSVExport.self, paths: [CoursesCSVExport.path]),
        ExportPlaces(SessionsCSVExport.self, paths: [SessionsCSVExport.path]),
        ExportPlaces(SearchIndexExport.self, paths: [SitePath.searchIndex], starts: [SearchIndexExport.folder]),
        ExportPlaces(ChangesExport.self, paths: [ChangeLog.path, ChangesExport.feedPath]),
        ExportPlaces(AtomFeedExport.self, paths: [AtomFeedExport.path]),
        ExportPlaces(SitemapExport.self, paths: [SitemapExport.path]),
        ExportPlaces(CourseFiltersExport.self, starts: [CourseFiltersExport.folder]),
        ExportPlaces(BrandAssetsExport.self, paths: [BrandAssetsExport.stylesheetPath], starts: [BrandAssetsExport.logoStart]),
        ExportPlaces(ContentFilesExport.self, starts: [MediaFolder.shared + "/"]),
    ]

    /// Set once a rebuild that will not reuse this generation's pieces has begun (`retire()`).
    private let retired = Locked(false)

    /// Forgets the per-course pieces kept for the next generations, and keeps none from now on:
    /// this generation is still served while the next is made, but what it makes meanwhile is let
    /// go after each request instead of being held beside the next generation's.
    public func retire() {
        retired.withLock { $0 = true }
        fragments.removeAll()
    }

    /// Keeps pieces again: the rebuild that retired this generation failed, and it is served on.
    public func unretire() {
        retired.withLock { $0 = false }
    }

    /// True once `retire()` was called (and not `unretire()`).
    public var isRetired: Bool { retired.withLock { $0 } }

    /// The memo of per-course pieces, unless this generation is retired.
    private var memo: CourseFragments? { isRetired ? nil : fragments }

    /// True when `path` is a page of the plan.
    public func hasPage(_ path: String) -> Bool { pages[path] != nil }

    /// The paths of every page, in the plan's order.
    public var pagePaths: [String] { plannedPaths }

    /// The theme's files, by path.
    public var assets: [String: Data] { parts.theme.assets }

    /// The file another module adds at `path` (the report at `report/…`), made with the others the
    /// first time one is asked for; nil when none is there.
    public func addedFile(_ path: String) -> Data? { addedFiles[path] }

    private var addedFiles: [String: Data] {
        added.withLock { added in
            if let added { return added }
            let files = (makeAdded?(parts.catalogue, parts.theme, parts.today) ?? []).filter { OutputWriter.isSafeRelativePath($0.path) }
            let made = Dictionary(files.map { ($0.path, $0.data) }, uniquingKeysWith: { first, _ in first })
            added = made
            return made
        }
    }

    /// The paths of the files another module adds (made now if they are not yet).
    public var addedPaths: [String] { Array(addedFiles.keys) }

    /// The page at `path`, rendered now; nil when the plan has no such page.
    public func page(_ path: String) -> Data? {
        guard let planned = pages[path] else { return nil }
        var renderer = base
        if planned.kind == .whatsNew { renderer.changes = changes }
        if planned.reads.listsCourses { renderer.cards = listingCards }
        work.count(.page)
        return Data(renderer.renderBytes(planned))
    }

    /// The files of the export `name` (one of `exportNames`), made now; a failure names a file that
    /// would leave the site.
    ///
    /// The calendars export makes the calendars of the whole offer (the offer's, the groups', the
    /// schools'); each course's and session's calendar is made with its course's (`calendarFiles(at:)`).
    public func export(_ name: String) -> Result<[OutputFile], OutputError> {
        guard let export = SiteExports.all.first(where: { SiteExports.name(of: $0) == name }) else { return .success([]) }
        let context = exportContext(export.reads)
        work.count(.export)
        let files = (export as? CalendarsExport)?.wholeOfferFiles(for: context) ?? export.files(for: context)
        if let unsafe = files.first(where: { !OutputWriter.isSafeRelativePath($0.path) }) {
            return .failure(OutputError(message: "refusing to write '\(unsafe.path)': it would leave the output folder"))
        }
        return .success(files)
    }

    /// What an export that `reads` sees in this generation.
    func exportContext(_ reads: SiteReads) -> ExportContext {
        var context = ExportContext(catalogue: parts.catalogue, today: parts.today,
                                    changes: reads.inputs.contains(.changes) ? changes : ChangeLog(changes: []),
                                    strings: parts.theme.strings, fragments: memo)
        context.madeAt = madeAt
        return context
    }

    /// This build's history of changes, made the first time a page or an export needs it.
    private var changes: ChangeLog {
        changeLog.withLock { log in
            if let log { return log }
            let catalogue = parts.catalogue, year = catalogue.settings.academicYear
            work.count(.changeLog)
            let made = ChangeHistory.updated(history.year == year ? history.previous : nil, year: year, edition: edition,
                                             current: OfferSnapshot(catalogue), today: parts.today).log
            log = made
            return made
        }
    }

    /// Every course's card at the listings' depths, made the first time a listing is asked for
    /// (reused course by course from the generations before through `fragments`).
    private var listingCards: CardCache {
        cards.withLock { cards in
            if let cards { return cards }
            let listings = parts.plan.pages.filter(\.reads.listsCourses)
            work.count(.cards)
            let made = CardCache(catalogue: parts.catalogue, today: parts.today, theme: parts.theme,
                                 depths: Set(listings.map { Links(page: $0.path).depth }.filter { $0 > 0 }), fragments: memo)
            cards = made
            return made
        }
    }
}

/// Where one export writes its files (`SiteOnDemand.places`).
struct ExportPlaces: Sendable {
    let name: String
    let paths: Set<String>
    let starts: [String]

    init(_ export: any SiteExport.Type, paths: Set<String> = [], starts: [String] = []) {
        name = String(describing: export)
        self.paths = paths
        self.starts = starts
    }

    func holds(_ path: String) -> Bool {
        paths.contains(path) || starts.contains { path.hasPrefix($0) && path.count > $0.count }
    }
}

/// The site-wide parts of a generation (the catalogue as the edition publishes it, the theme, the plan, "today").
struct OnDemandParts: Sendable {
    var catalogue: Catalogue
    var theme: Theme
    var plan: SitePlan
    var today: LocalDate
}

/// What changed between two generations of the preview: every file, or these pages and exports.
public struct SiteStaleness: Sendable {
    /// True when nothing of the previous generation can be kept.
    public var everything: Bool
    /// Pages the change can reach, by path.
    public var pages: Set<String>
    /// Exports the change can reach, by name (`SiteOnDemand.exportNames`).
    public var exports: Set<String>

    public static let all = SiteStaleness(everything: true, pages: [], exports: [])
}

extension SiteGenerator {
    /// The preview's next generation of the site, and what it changed since `previous`: only the
    /// pages and exports whose declared reads (`PageKind.reads`, `SiteExport.reads`) the change
    /// reaches. Nothing is rendered here. With no previous generation, a `.everything` change, a
    /// changed plan or a new day, everything is stale and the course pieces are made afresh.
    public func onDemand(catalogue loaded: Catalogue, theme: Theme, history: PublishedHistory, previous: SiteOnDemand?,
                         change: PreviewChange, work: SiteWork = SiteWork()) -> (SiteOnDemand, SiteStaleness) {
        let catalogue = options.edition == .partners ? loaded.partnerEdition() : loaded
        let today = BuildClock.today(timezone: catalogue.settings.timezone, environment: options.environment)
        // Only courses changed, and none in a way the plan reads: the previous plan, as it would be made.
        var kept: SitePlan?
        if let previous, case .courses(let slugs) = change, previous.parts.today == today {
            kept = SitePlan(catalogue, from: previous.parts.plan, of: previous.parts.catalogue, changed: slugs)
        }
        let plan = kept ?? SitePlan(catalogue)
        let parts = OnDemandParts(catalogue: catalogue, theme: theme, plan: plan, today: today)
        var staleness = SiteStaleness.all
        var fragments = CourseFragments()
        // The same pages (a new title may reorder the courses: then compared as sets).
        func samePages(_ old: SitePlan) -> Bool {
            kept != nil || old.pages.elementsEqual(plan.pages, by: { $0.path == $1.path })
                || (old.pages.count == plan.pages.count && Set(old.pages.map(\.path)) == Set(plan.pages.map(\.path)))
        }
        if let previous, case .courses(let slugs) = change, previous.parts.today == today, samePages(previous.parts.plan) {
            let siteChange = SiteChange(courses: slugs, from: previous.parts.catalogue, to: catalogue)
            // With the plan kept, the course pages are asked all at once: there is one per course.
            var pages = Set<String>()
            if kept != nil {
                for page in previous.otherPages where page.reads.isAffected(by: siteChange) { pages.insert(page.path) }
                for slug in siteChange.coursePages(owners: previous.prerequisiteOwners) where catalogue.course(slug).map({ !$0.draft }) ?? false { pages.insert(SitePath.course(slug)) }
            } else {
                pages = Set(plan.pages.filter { $0.reads.isAffected(by: siteChange) }.map(\.path))
            }
            staleness = SiteStaleness(everything: false, pages: pages,
                                      exports: Set(SiteExports.all.filter { $0.reads.isAffected(by: siteChange) }.map(SiteExports.name(of:))))
            fragments = previous.fragments
        }
        let made = SiteOnDemand(parts: parts, fragments: fragments, history: history, edition: options.edition,
                                madeAt: BuildClock.now(environment: options.environment), work: work, addedFiles: options.addedFiles,
                                pagesOf: kept != nil ? previous : nil)
        return (made, staleness)
    }
}

/// Counts what a preview made, by kind: the tests' proof that a save does no whole-offer work.
public final class SiteWork: Sendable {
    public enum Kind: Sendable, Hashable {
        /// A page rendered.
        case page
        /// An export made (all of its files).
        case export
        /// The history of changes worked out.
        case changeLog
        /// Every course's card for the listings.
        case cards
        /// One course's calendars (its own and its sessions').
        case courseCalendars
        /// The content folder listed again, and every file in it looked at (the preview's rebuild
        /// after a file was added, removed or renamed).
        case contentListing
    }

    private let counts = Locked([Kind: Int]())

    public init() {}

    package func count(_ kind: Kind) { counts.withLock { $0[kind, default: 0] += 1 } }

    /// How many of `kind` were made since this counter was made.
    public subscript(_ kind: Kind) -> Int { counts.withLock { $0[kind, default: 0] } }
}
