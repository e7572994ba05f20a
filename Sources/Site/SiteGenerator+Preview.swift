import Catalogue
import Foundation
import Parallel

/// The history of changes a build would extend, read only (never written), so that the preview
/// shows the same "What's new" a build would; read again when the year or the file changes.
public struct PublishedHistory: Sendable {
    /// The academic year whose history this is.
    public let year: AcademicYear
    let previous: ChangeHistory?
    /// The history file as it was read (nil when there was none).
    let stamp: [Int]?
    /// What `check` warns of the history itself (none was found), as diagnostics of the file.
    let warnings: [Diagnostic]
    /// The sessions the history's offer knew, by course (nil without a history): what a new date is new to.
    let known: NewPastDates.Known?
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
    /// The paths each export made, so that the next render can reuse an export the change cannot reach.
    let exportPaths: [String: [String]]
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
            PublishedHistory(year: year, previous: $0.previous, stamp: HistoryFileAccess.stamp($0.file.url),
                             warnings: $0.notices.compactMap(\.diagnostic), known: NewPastDates.known($0.previous))
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
    /// theme and published history, through the same render core (`make(_:timer:reusing:fragments:into:)`).
    ///
    /// With a `previous` render and `.courses(slugs)`, only the pages and exports whose declared reads
    /// those courses' changes reach are made again (a change to a course's description alone reaches
    /// its own page only); the rest keep their previous bytes. A changed plan or "today" renders everything.
    ///
    /// `fragments` keeps per-course pieces of the exports between renders, so the exports are
    /// assembled from the previous render's pieces, made again only for the courses that changed.
    public func renderPreview(catalogue loaded: Catalogue, theme: Theme, history: PublishedHistory,
                              previous: PreviewSite?, change: PreviewChange,
                              fragments: CourseFragments = CourseFragments()) -> Result<(PreviewSite, PreviewRenderStats), OutputError> {
        var timer = PhaseTimer()
        let catalogue = options.edition == .partners ? loaded.partnerEdition() : loaded
        let today = BuildClock.today(timezone: catalogue.settings.timezone, environment: options.environment)
        let (plan, changes) = timer.time("plan") {
            (SitePlan(catalogue), ChangeHistory.updated(history.year == catalogue.settings.academicYear ? history.previous : nil,
                                                        year: catalogue.settings.academicYear, edition: options.edition,
                                                        current: OfferSnapshot(catalogue), today: today).log)
        }
        let plannedPaths = plan.pages.map(\.path)

        // What can be reused: only after courses alone changed, on the same day, with the same pages.
        var reusing: PreviousRender?
        if let previous, case .courses(let slugs) = change, previous.today == today, Set(previous.plannedPaths) == Set(plannedPaths) {
            reusing = PreviousRender(files: previous.files, exportPaths: previous.exportPaths,
                                     change: SiteChange(courses: slugs, from: previous.catalogue, to: catalogue))
        }
        let site = CollectedSite(keeping: true)
        let made = make(SiteParts(catalogue: catalogue, theme: theme, plan: plan, changes: changes, today: today), timer: &timer,
                        reusing: reusing, fragments: fragments, into: { try site.write($0) })
        if let failure = made.failure { return .failure(OutputError(message: failure)) }
        let (files, changed) = timer.time("compare") {
            let files = site.files
            var changed = Set<String>()
            for (path, data) in files where previous?.files[path] != data { changed.insert(path) }
            if let previous { for path in previous.files.keys where files[path] == nil { changed.insert(path) } }
            return (files, changed)
        }
        // Each export's own time (they run alongside the pages, so these overlap the phase they follow).
        var phases = timer.phases
        if let position = phases.firstIndex(where: { $0.name == "render and export" }) {
            phases.insert(contentsOf: made.exportSeconds.prefix(3).map { ("  " + $0.name, $0.seconds) }, at: position + 1)
        }
        let rendered = PreviewSite(files: files, changed: changed, catalogue: catalogue, today: today, plannedPaths: plannedPaths,
                                   exportPaths: made.exportPaths)
        return .success((rendered, PreviewRenderStats(full: made.reusedPages == 0, renderedPages: made.renderedPages, reusedPages: made.reusedPages,
                                                      reusedFragments: fragments.hits, madeFragments: fragments.misses, phases: phases)))
    }
}
