import Catalogue
import Foundation
import Parallel

/// What a site is made from: the catalogue as the edition publishes it, and the theme. Either is nil
/// when it could not be loaded; `diagnostics` says why, sorted.
struct SiteSources {
    var catalogue: Catalogue?
    var theme: Theme?
    var diagnostics: [Diagnostic]
    /// The content files and the theme files read (the closing count's "in N files").
    var fileCount: Int
    /// The courses left as drafts, which are not published (`DraftSummary`).
    var drafts: [String] = []
    /// Said first when most sessions fall outside the academic year (`YearChangedByHand`).
    var yearSummary: String?
}

/// Everything one rendering of the site needs.
struct SiteParts {
    var catalogue: Catalogue
    var theme: Theme
    var plan: SitePlan
    var changes: ChangeLog
    var today: LocalDate
}

/// The two steps `build` and `check` share, so that `check` finds exactly what `build` would:
/// reading the sources, and making every file of the site (written by `build`, thrown away by `check`).
extension SiteGenerator {
    /// Loads the content and the theme, and applies the edition and its rules.
    /// With `readAhead`, this year's history file is read as soon as site.yml is.
    func sources(_ timer: inout PhaseTimer, readAhead: HistoryReadAhead? = nil) -> SiteSources {
        var loader = ContentLoader(directory: options.content, displayPath: options.contentDisplay)
        loader.keepsMemoryUntilExit = options.keepsMemoryUntilExit
        if let readAhead { loader.settingsRead = { readAhead.begin(year: $0.academicYear) } }
        // The theme is read and checked on another core while the content loads ("theme" is then
        // only the wait for it, if any).
        let (theme, themeDisplay) = (options.theme, options.themeDisplay)
        let themeLoad = Background { Theme.load(from: theme, displayPath: themeDisplay) }
        let result = timer.time("load") { loader.load() }
        let themeResult = timer.time("theme") { themeLoad.value }
        switch themeResult {
        case .failure(let problems):
            return SiteSources(catalogue: nil, theme: nil, diagnostics: (result.diagnostics + problems.diagnostics).sorted(),
                               fileCount: result.fileCount + problems.fileCount)
        case .success(let theme):
            guard let loaded = result.catalogue, !result.diagnostics.hasErrors else {
                return SiteSources(catalogue: nil, theme: theme, diagnostics: (result.diagnostics + theme.warnings).sorted(),
                                   fileCount: result.fileCount + theme.fileCount)
            }
            let (prepared, added) = options.afterLoading(loaded)
            guard !added.hasErrors else {
                return SiteSources(catalogue: nil, theme: theme, diagnostics: (result.diagnostics + added + theme.warnings).sorted(),
                                   fileCount: result.fileCount + theme.fileCount)
            }
            let (catalogue, found) = prepared.edition(options.edition)
            return SiteSources(catalogue: catalogue, theme: theme, diagnostics: (result.diagnostics + added + found + theme.warnings).sorted(),
                               fileCount: result.fileCount + theme.fileCount, drafts: DraftSummary.files(in: loaded),
                               yearSummary: YearChangedByHand.summary(loaded, diagnostics: result.diagnostics,
                                                                      site: options.contentDisplay + "/site.yml"))
        }
    }

    /// The render core, the same for `build`, `check` and the preview: renders the pages and makes
    /// the exports and theme assets, handing each file to `write` as soon as it is made (from many
    /// threads). Phases: "cards" (each course card once), then "render and export" (one queue of
    /// work for every core, the exports — few, and the largest — first, course pages last).
    ///
    /// With `reusing` (the preview), a page or an export whose declared reads (`PageKind.reads`,
    /// `SiteExport.reads`) the change does not touch is not made again: its previous bytes are
    /// handed to `write`. `fragments` is the preview's memo of per-course pieces.
    func make(_ parts: SiteParts, timer: inout PhaseTimer, reusing previous: PreviousRender? = nil, fragments: CourseFragments? = nil,
              into write: @escaping @Sendable (OutputFile) throws -> Void) -> MadeSite {
        var made = MadeSite()
        // Each page and export: made again, or its previous files.
        var pages: [SitePlan.Page] = []
        var exports: [any SiteExport] = []
        var reused: [OutputFile] = []
        for page in parts.plan.pages {
            if let previous, !page.reads.isAffected(by: previous.change), let data = previous.files[page.path] {
                reused.append(OutputFile(path: page.path, data: data))
            } else {
                pages.append(page)
            }
        }
        for export in SiteExports.all {
            let name = SiteExports.name(of: export)
            made.exportPaths[name] = previous?.exportPaths[name]
            if let previous, !export.reads.isAffected(by: previous.change), let paths = previous.exportPaths[name],
               case let files = paths.compactMap({ path in previous.files[path].map { OutputFile(path: path, data: $0) } }),
               files.count == paths.count {
                reused += files
            } else {
                exports.append(export)
            }
        }
        made.renderedPages = pages.count
        made.reusedPages = parts.plan.pages.count - pages.count
        fragments?.begin(world: .init(today: parts.today, published: Set(parts.catalogue.publishedCourses.map(\.slug))),
                         everything: previous == nil)
        let renderer = timer.time("cards") {
            PageRenderer(catalogue: parts.catalogue, theme: parts.theme, today: parts.today, plan: parts.plan, changes: parts.changes,
                         fragments: fragments, cardsFor: previous == nil ? nil : pages)
        }
        let context = {
            var context = ExportContext(catalogue: parts.catalogue, today: parts.today, changes: parts.changes, strings: parts.theme.strings, fragments: fragments)
            context.madeAt = BuildClock.now(environment: options.environment)
            context.plan = parts.plan
            return context
        }()
        enum Job: Sendable {
            case export(any SiteExport)
            case page(SitePlan.Page)
            case files([OutputFile])
        }
        struct Done: Sendable {
            var failure: String?
            var export: (name: String, paths: [String], seconds: Double)?
        }
        @Sendable func written(_ files: [OutputFile]) -> String? {
            for file in files {
                do { try write(file) } catch { return "\(error)" }
            }
            return nil
        }
        let assets = parts.theme.assets.sorted { $0.key < $1.key }.map { OutputFile(path: $0.key, data: $0.value) }
        let added = options.addedFiles?(parts.catalogue, parts.theme, parts.today) ?? []
        // Course pages, the many small ones, go last: the files ready to write (the theme's assets,
        // in the preview the pages kept) and the listings (a group's courses at a stage, a school's
        // sessions) cost more each, and at the end of the queue would leave a core idle.
        // The first page of each kind goes before the others: a listing's pages share whole-offer
        // work that the first page asked for makes (`ListingMemo`: What's on's sessions, a stage's
        // strands), and a listing's second page right behind its first waited, its core idle, for
        // that work (a tenth of a second for What's on at 20,000 courses).
        var kinds = Set<String>(), firsts: [SitePlan.Page] = [], listings: [SitePlan.Page] = [], courses: [SitePlan.Page] = []
        for page in pages {
            if page.kind == .course {
                courses.append(page)
            } else if kinds.insert(page.kind.name).inserted {
                firsts.append(page)
            } else {
                listings.append(page)
            }
        }
        let scheduled = firsts + listings + courses
        let jobs = exports.map { Job.export($0) } + [Job.files(reused + assets + added)] + scheduled.map { Job.page($0) }
        let done = timer.time("render and export") {
            jobs.parallelMap(oneByOne: true) { job -> Done in
                switch job {
                case .export(let export):
                    let start = DispatchTime.now().uptimeNanoseconds
                    let files = export.files(for: context)
                    return Done(failure: written(files), export: (SiteExports.name(of: export), files.map(\.path),
                                                                  Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9))
                case .page(let page):
                    return Done(failure: written([OutputFile(path: page.path, bytes: renderer.renderBytes(page))]))
                case .files(let files):
                    return Done(failure: written(files))
                }
            }
        }
        if options.keepsMemoryUntilExit { KeptUntilExit.keep([renderer, done, pages] as [any Sendable]) }
        made.failure = done.lazy.compactMap(\.failure).first
        for export in done.compactMap(\.export) { made.exportPaths[export.name] = export.paths }
        made.exportSeconds = done.compactMap(\.export).map { ($0.name, $0.seconds) }.sorted { $0.seconds > $1.seconds }
        return made
    }
}

/// What the render core did.
struct MadeSite {
    /// The first file that could not be written, or nil.
    var failure: String?
    var renderedPages = 0
    var reusedPages = 0
    /// The paths each export wrote (by `SiteExports.name(of:)`), so that a later render can reuse them.
    var exportPaths: [String: [String]] = [:]
    /// Each export made, and the seconds it took (they run alongside the pages), slowest first.
    var exportSeconds: [(name: String, seconds: Double)] = []
}

/// A previous render the preview kept, and what changed since it was made.
struct PreviousRender {
    let files: [String: Data]
    let exportPaths: [String: [String]]
    let change: SiteChange
}

/// Where `check` and the preview make the site: each file's path is checked as `StagedSite` checks it
/// (inside the site, wanted by one part only); the preview keeps the bytes, `check` drops them.
final class CollectedSite: Sendable {
    private let keeping: Bool
    private let collected = Locked([String: Data]())

    init(keeping: Bool) { self.keeping = keeping }

    func write(_ file: OutputFile) throws {
        guard OutputWriter.isSafeRelativePath(file.path) else {
            throw OutputError(message: "refusing to write '\(file.path)': it would leave the output folder")
        }
        // The bytes are made here, on the caller's thread, not under the lock.
        let data = keeping ? file.data : Data()
        guard collected.withLock({ $0.updateValue(data, forKey: file.path) == nil }) else {
            throw OutputError(message: "two parts of the site both want to write '\(file.path)'")
        }
    }

    /// Every file written, by path (empty bytes when not keeping).
    var files: [String: Data] { collected.withLock { $0 } }
}
