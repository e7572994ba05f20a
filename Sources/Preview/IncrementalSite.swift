import CMemory
import Catalogue
import Foundation
import Site

/// The preview's build state between rebuilds: the parse of every content file, the loaded theme and
/// the site served, so that a rebuild parses only the files that changed and forgets only the pages
/// and exports they can change. Nothing is rendered on a rebuild: pages and exports are made when a
/// browser asks for them (`ServedSite`), so a save costs the same whatever the size of the offer.
struct IncrementalSite {
    let generator: SiteGenerator
    /// The history of changes, read for the offer's academic year (again only when the year or the file changes).
    private var history: PublishedHistory?
    /// What `check` warns of the history (none found, new dates already passed), re-checked per save.
    private var historyWarnings = HistoryWarnings()
    private var cache = ContentCache()
    private var theme: Theme?
    /// The theme's files, counted with the content's as `build` and `check` count them.
    private var themeFileCount = 0
    /// What changed since the last successful render (changes accumulate while builds fail).
    private var pending: PreviewChange = .everything
    /// The site served: its models, and the files made from them so far.
    private(set) var served: ServedSite?
    /// Counts the pages rendered and the exports made (the tests' proof that a save makes none).
    let work: SiteWork
    /// Tells this server run's entity tags from another's (a browser may keep one across restarts).
    private let run = String(UInt32.random(in: .min ... .max), radix: 36)
    /// The draft courses' files, found again only when a save may have changed them.
    private var drafts = KnownDrafts()
    private(set) var generation = 0
    private(set) var lastErrors: [Diagnostic] = []

    init(options: BuildOptions, work: SiteWork = SiteWork()) {
        generator = SiteGenerator(options: options)
        self.work = work
    }

    /// The content files that files created, removed or renamed at `paths` come to editing, by the
    /// last listing of the content; nil when it must be listed again (`ContentCache.edits(amongReplaced:root:)`).
    func edits(amongReplaced paths: Set<String>) -> Set<String>? {
        cache.edits(amongReplaced: paths, root: generator.options.content.standardizedFileURL.path)
    }

    /// Rebuilds; nil when nothing that the site depends on changed (no new generation).
    /// `edited`: the only content files whose contents changed, when the watcher knows (see
    /// `ContentLoader.load(cache:edited:)`).
    mutating func rebuild(themeChanged: Bool, edited: Set<String>? = nil) -> RebuildReport? {
        let started = DispatchTime.now().uptimeNanoseconds
        let startedProcessor = ProcessorTime.now()
        var timer = LapTimer()
        let options = generator.options
        // Files added, removed or renamed (the watcher cannot say which were edited), a file other
        // than a course's edited, or a new theme: likely every file is read again and every page and
        // export is stale, so the site served now keeps nothing more (`retire`) before the next is made.
        let courses = options.content.standardizedFileURL.path + "/" + ContentLoader.Kind.courses.rawValue + "/"
        if generation > 0, themeChanged || !(edited?.allSatisfy { $0.hasPrefix(courses) } ?? false) {
            retireServed()
        }
        var loader = ContentLoader(directory: options.content, displayPath: options.contentDisplay)
        loader.recordsListing = true
        var result = loader.load(cache: &cache, edited: edited)
        let change = cache.lastChange
        if change.listed { work.count(.contentListing) }
        if let loaded = result.catalogue, !result.diagnostics.hasErrors {
            let (prepared, added) = options.afterLoading(loaded)
            result.catalogue = added.hasErrors ? nil : prepared
            result.diagnostics = (result.diagnostics + added).sorted()
        }
        timer.lap("load")
        var diagnostics = result.diagnostics
        if themeChanged || theme == nil {
            switch Theme.load(from: options.theme, displayPath: options.themeDisplay) {
            case .success(let loaded):
                theme = loaded
                themeFileCount = loaded.fileCount
            case .failure(let problems):
                theme = nil
                themeFileCount = problems.fileCount
                diagnostics = (diagnostics + problems.diagnostics).sorted()
            }
            pending = .everything
        }
        if let theme, !theme.warnings.isEmpty { diagnostics = (diagnostics + theme.warnings).sorted() }
        timer.lap("theme")
        if change.isEmpty, !themeChanged, generation > 0 { return nil }
        if change.everything || change.otherFiles {
            // Found only now (a course file that changed the names every file is checked against).
            if generation > 0, !(served?.site.isRetired ?? true) { retireServed() }
            pending = .everything
        } else if case .courses(let slugs) = pending {
            pending = .courses(slugs.union(change.courses))
        }

        generation += 1
        var report = RebuildReport(generation: generation, diagnostics: diagnostics, succeeded: false, full: false,
                                   parsedFiles: change.parsedFiles, renderedPages: 0, reusedPages: 0, changedPaths: [],
                                   fileCount: result.fileCount + themeFileCount, seconds: 0, phases: [])
        if let catalogue = result.catalogue {
            report.drafts = drafts.files(in: catalogue, change: change)
        } else {
            // Changes made while the content does not load are not in the next save's change.
            drafts = KnownDrafts()
        }
        if let catalogue = result.catalogue, history.map({ !generator.isCurrent($0, for: catalogue) }) ?? true {
            switch generator.publishedHistory(for: catalogue) {
            case .success(let read): history = read
            case .failure(let problem):
                history = nil
                report.diagnostics.append(problem)
            }
        }
        if let catalogue = result.catalogue, let theme, let history, !report.diagnostics.hasErrors {
            var changedCourses: Set<String>?
            if case .courses(let slugs) = pending { changedCourses = slugs }
            let historyWarnings = self.historyWarnings.update(catalogue, history: history, generator: generator, changed: changedCourses)
            if !historyWarnings.isEmpty { report.diagnostics = (report.diagnostics + historyWarnings).sorted() }
            let rendered = work[.page]
            let (next, staleness) = generator.onDemand(catalogue: catalogue, theme: theme, history: history, previous: served?.site,
                                                       change: pending, work: work)
            let changed = staleness.everything ? nil : served?.forgotten(by: staleness)
            served = served.map { $0.next(next, staleness: staleness) } ?? ServedSite(site: next, run: run)
            pending = .courses([])
            report.succeeded = true
            report.full = staleness.everything
            report.pages = next.pagePaths.count
            report.reusedPages = staleness.everything ? 0 : next.pagePaths.count - staleness.pages.count
            report.stalePages = staleness.everything ? next.pagePaths.count : staleness.pages.count
            report.staleExports = staleness.everything ? SiteOnDemand.exportNames : SiteOnDemand.exportNames.filter(staleness.exports.contains)
            report.renderedPages = work[.page] - rendered
            report.changedPaths = (changed ?? Set(next.pagePaths)).sorted()
            timer.lap("plan")
        } else if !report.diagnostics.hasErrors {
            report.diagnostics.append(.error(.contentNotLoaded, at: SourceLocation(file: options.contentDisplay), "the content could not be loaded"))
        }
        lastErrors = report.succeeded ? [] : report.errors
        report.phases = timer.phases
        report.seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        report.processorSeconds = ProcessorTime.now() - startedProcessor
        return report
    }
}

extension IncrementalSite {
    /// The site served now keeps nothing more, and what it kept goes back to the system.
    fileprivate func retireServed() {
        served?.retire()
        prospectus_release_free_memory()
    }
}

/// The files of the catalogue's draft courses (`DraftSummary.files`) as last found, and the slugs
/// of those courses: a save of courses that neither were nor are drafts keeps the list.
struct KnownDrafts {
    private var files: [String]?
    private var slugs = Set<String>()

    mutating func files(in catalogue: Catalogue, change: ContentChange) -> [String] {
        if let files, !change.everything, !change.otherFiles,
           change.courses.allSatisfy({ slug in catalogue.course(slug).map { !$0.draft && !slugs.contains(slug) } ?? false }) {
            return files
        }
        let found = DraftSummary.files(in: catalogue)
        files = found
        slugs = Set(catalogue.courses.lazy.filter(\.draft).map(\.slug))
        return found
    }
}
