import Catalogue
import Foundation

/// The history of changes a build would extend, read only (never written), so that the preview
/// shows the same "What's new" a build would; read again when the year or the file changes.
public struct PublishedHistory: Sendable {
    /// The academic year whose history this is.
    public let year: AcademicYear
    let previous: ChangeHistory?
    /// The history file as it was read (nil when there was none).
    let stamp: [Int]?
}

/// A site rendered into memory for the preview: exactly the files `build` would write, by path.
public struct PreviewSite: Sendable {
    /// Every file of the site (pages, exports, theme assets), by path relative to the site root.
    public let files: [String: Data]
    /// Paths of the files whose bytes differ from the previous render (every path on a full render).
    public let changed: Set<String>
    let catalogue: Catalogue
    let today: LocalDate
    let plannedPaths: [String]
}

/// What a preview render did: how many pages it rendered and how many course pages it reused.
public struct PreviewRenderStats: Sendable {
    public var full: Bool
    public var renderedPages: Int
    public var reusedPages: Int
    /// Per-course pieces of the exports taken from the previous render, and made afresh.
    public var reusedFragments: Int = 0
    public var madeFragments: Int = 0
    /// Seconds per phase, in order.
    public var phases: [(name: String, seconds: Double)]
}

/// What the preview tells the renderer changed since its previous render.
public enum PreviewChange: Sendable {
    /// Anything may have changed (theme, settings, groups, pathways, pages, files added or removed).
    case everything
    /// Only these course files changed.
    case courses(Set<String>)
}

extension SiteGenerator {
    /// The history of changes a build of this catalogue would extend (read only), or the error
    /// naming the history file when it cannot be used.
    public func publishedHistory(for loaded: Catalogue) -> Result<PublishedHistory, Diagnostic> {
        let catalogue = options.edition == .partners ? loaded.partnerEdition() : loaded
        let year = catalogue.settings.academicYear
        return HistoryStart.find(options, year: year, current: OfferSnapshot(catalogue)).map {
            PublishedHistory(year: year, previous: $0.previous, stamp: HistoryFileAccess.stamp($0.file.url))
        }
    }

    /// Whether `history` is still the one a build of `catalogue` would extend: the same academic
    /// year, and the history file unchanged since it was read (a `build` run meanwhile changes it).
    public func isCurrent(_ history: PublishedHistory, for catalogue: Catalogue) -> Bool {
        let year = catalogue.settings.academicYear
        let file = HistoryFile(folder: options.history, folderDisplay: options.historyDisplay, year: year, edition: options.edition)
        return history.year == year && history.stamp == HistoryFileAccess.stamp(file.url)
    }

    /// Renders the site into memory, byte for byte what `build` would publish from the same catalogue,
    /// theme and published history.
    ///
    /// With a `previous` render and `.courses(slugs)`, only the pages those courses can change are
    /// rendered again: their own pages, the pages of courses that list them as a prerequisite, and
    /// every listing page; every other course page is reused. The exports are always made again
    /// (they cover the whole catalogue). A changed plan or "today" renders everything.
    ///
    /// `fragments` keeps per-course pieces of the exports between renders, so the exports are
    /// assembled from the previous render's pieces, made again only for the courses that changed.
    public func renderPreview(catalogue loaded: Catalogue, theme: Theme, history: PublishedHistory,
                              previous: PreviewSite?, change: PreviewChange,
                              fragments: CourseFragments = CourseFragments()) -> Result<(PreviewSite, PreviewRenderStats), OutputError> {
        var timer = LapTimer()
        let catalogue = options.edition == .partners ? loaded.partnerEdition() : loaded
        let today = BuildClock.today(timezone: catalogue.settings.timezone, environment: options.environment)
        let plan = SitePlan(catalogue)
        let plannedPaths = plan.pages.map(\.path)
        let changes = ChangeHistory.updated(history.year == catalogue.settings.academicYear ? history.previous : nil,
                                            year: catalogue.settings.academicYear, edition: options.edition,
                                            current: OfferSnapshot(catalogue), today: today).log
        timer.lap("plan")

        // Which pages to render: all, or only what the changed courses can reach.
        var reuse: [String: Data] = [:]
        var pagesToRender = plan.pages
        if let previous, case .courses(let slugs) = change, previous.today == today, Set(previous.plannedPaths) == Set(plannedPaths) {
            // A course's body is shown on its own page only: when nothing else of the changed
            // courses differs, no listing can change either.
            let bodiesOnly = slugs.allSatisfy { slug in
                guard var old = previous.catalogue.course(slug), var new = catalogue.course(slug) else { return false }
                old.body = .empty
                new.body = .empty
                old.bodyLinks = []
                new.bodyLinks = []
                return old == new
            }
            let touched = slugs.compactMap { previous.catalogue.course($0) } + slugs.compactMap { catalogue.course($0) }
            pagesToRender = plan.pages.filter { page in
                switch page.kind {
                case .course(let slug):
                    if slugs.contains(slug) { return true }
                    guard let course = catalogue.course(slug) else { return true }
                    return course.prerequisites.contains { slugs.contains($0.value) }
                case .whatsNew:
                    return true
                // A group, stage or pathway page shows only the courses open to the group, for the
                // stage, or in the pathway's steps (as they were, or are now): others cannot change it.
                case .group(let group):
                    return !bodiesOnly && touched.contains { $0.isOpen(to: group) }
                case .stage(let stage):
                    return !bodiesOnly && touched.contains { $0.isFor(stage: stage) }
                case .pathway(let slug):
                    guard let pathway = catalogue.pathways.first(where: { $0.slug == slug }) else { return true }
                    return !bodiesOnly && pathway.steps.contains { $0.courses.contains { slugs.contains($0.value) } }
                default:
                    return !bodiesOnly
                }
            }
            let rendering = Set(pagesToRender.map(\.path))
            for path in plannedPaths where !rendering.contains(path) {
                guard let data = previous.files[path] else {
                    pagesToRender = plan.pages
                    reuse = [:]
                    break
                }
                reuse[path] = data
            }
        }
        let full = reuse.isEmpty

        var everything = true
        if previous != nil, case .courses = change { everything = false }
        fragments.begin(world: .init(today: today, published: Set(catalogue.publishedCourses.map(\.slug))), everything: everything)
        let renderer = PageRenderer(catalogue: catalogue, theme: theme, today: today, plan: plan, changes: changes,
                                    fragments: fragments, cardsFor: full ? nil : pagesToRender)
        timer.lap("cards")
        // Pages and exports are independent: one queue of work for every core, the exports (few,
        // and the largest) first, each page and export handed out on its own.
        let context = ExportContext(catalogue: catalogue, today: today, changes: changes, strings: theme.strings, fragments: fragments)
        enum Job: Sendable {
            case export(any SiteExport)
            case page(SitePlan.Page)
        }
        enum Done: Sendable {
            case export(name: String, files: [OutputFile], seconds: Double)
            case page(path: String, data: Data)
        }
        let jobs = SiteExports.all.map { Job.export($0) } + pagesToRender.map { Job.page($0) }
        let done = jobs.parallelMap(oneByOne: !full) { job -> Done in
            switch job {
            case .export(let export):
                let start = DispatchTime.now().uptimeNanoseconds
                // The preview serves bytes: turn text into Data here, on every core, not in the
                // single-threaded merge below.
                let files = export.files(for: context).map { OutputFile(path: $0.path, data: $0.data) }
                return .export(name: String(describing: type(of: export)), files: files,
                               seconds: Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            case .page(let page):
                return .page(path: page.path, data: Data(renderer.render(page).utf8))
            }
        }
        var rendered: [(String, Data)] = []
        var timedExports: [(name: String, files: [OutputFile], seconds: Double)] = []
        for result in done {
            switch result {
            case .page(let path, let data): rendered.append((path, data))
            case .export(let name, let files, let seconds): timedExports.append((name, files, seconds))
            }
        }
        let exports = timedExports.flatMap(\.files)
        timer.lap("render and export")
        // Each export's own time (they run alongside the pages, so these overlap the phase above).
        timer.append(timedExports.sorted { $0.seconds > $1.seconds }.prefix(3).map { ("  " + $0.name, $0.seconds) })

        var files: [String: Data] = reuse
        files.reserveCapacity(plannedPaths.count + exports.count + theme.assets.count)
        var order = Set(reuse.keys)
        for (path, data) in rendered { files[path] = data; order.insert(path) }
        for file in exports + theme.assets.map({ OutputFile(path: $0.key, data: $0.value) }) {
            guard order.insert(file.path).inserted else {
                return .failure(OutputError(message: "two parts of the site both want to write '\(file.path)'"))
            }
            guard OutputWriter.isSafeRelativePath(file.path) else {
                return .failure(OutputError(message: "refusing to write '\(file.path)': it would leave the output folder"))
            }
            files[file.path] = file.data
        }
        var changed = Set<String>()
        for (path, data) in files where previous?.files[path] != data { changed.insert(path) }
        if let previous { for path in previous.files.keys where files[path] == nil { changed.insert(path) } }
        timer.lap("compare")
        let site = PreviewSite(files: files, changed: changed, catalogue: catalogue, today: today, plannedPaths: plannedPaths)
        return .success((site, PreviewRenderStats(full: full, renderedPages: rendered.count, reusedPages: reuse.count,
                                                  reusedFragments: fragments.hits, madeFragments: fragments.misses, phases: timer.phases)))
    }
}
