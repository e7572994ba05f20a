import Catalogue
import Foundation
import Parallel

/// Where a build reads and writes.
public struct BuildOptions: Sendable {
    public var content: URL
    /// How the content folder is named in messages (`Content`).
    public var contentDisplay: String
    public var theme: URL
    public var themeDisplay: String
    public var output: URL
    public var environment: [String: String]
    /// The staff site, or the partner schools' edition.
    public var edition: Edition
    /// The folder that keeps the history behind "What's new", one file per academic year and
    /// edition: `Content/history` unless given (`--history`). Never inside the output, which a
    /// build replaces and anyone may delete.
    public var history: URL
    /// How the history folder is named in messages (`Content/history`).
    public var historyDisplay: String
    /// True when the output may hold the other edition, which this build replaces (`--replace-edition`);
    /// otherwise such an output is refused (`OutputWriter.editionProblem()`).
    public var replacingEdition = false
    /// Files another module adds to the site as it is made (the CPD lead's report at `report/`, when
    /// site.yml asks for it): from the catalogue as this edition publishes it, the theme and today.
    /// Nil (the default) adds none.
    public var addedFiles: (@Sendable (Catalogue, Theme, LocalDate) -> [OutputFile])?

    /// What a build does with the content once it is loaded, before the edition is made, with what
    /// it finds: the command line gives it the reading of the trust's form downloads (places booked,
    /// `UptakeReader`). Nil: nothing.
    public var loadedStep: (@Sendable (Catalogue, BuildOptions) -> (Catalogue, [Diagnostic]))?

    /// True for a command that exits as soon as the build is done (`prospectus build` and `check`):
    /// what the build made (the catalogue, the cards, the plan) is kept until the process exits
    /// instead of being freed object by object (`KeptUntilExit`). False (the default) frees it.
    public var keepsMemoryUntilExit = false
    /// The command's arguments after `prospectus` (`build --content cpd --edition partners`), for
    /// advice that gives the command to run again from elsewhere; nil when not run from one.
    public var commandLine: [String]?

    /// The history folder's name inside the content folder.
    public static let historyFolderName = ContentLoader.historyFolder

    public init(content: URL, contentDisplay: String, theme: URL, themeDisplay: String, output: URL,
                environment: [String: String] = ProcessInfo.processInfo.environment, edition: Edition = .staff,
                history: URL? = nil, historyDisplay: String? = nil) {
        self.edition = edition
        self.history = history ?? content.appendingPathComponent(Self.historyFolderName)
        self.historyDisplay = historyDisplay ?? (history?.path ?? contentDisplay + "/" + Self.historyFolderName)
        self.content = content
        self.contentDisplay = contentDisplay
        self.theme = theme
        self.themeDisplay = themeDisplay
        self.output = output
        self.environment = environment
    }
}

extension BuildOptions {
    /// The content as loaded, after `loadedStep`, with its diagnostics: what `build`, `check` and
    /// the preview make the site from.
    public func afterLoading(_ catalogue: Catalogue) -> (Catalogue, [Diagnostic]) {
        loadedStep?(catalogue, self) ?? (catalogue, [])
    }
}

/// What a build did: its diagnostics, and when it published, what and how long each phase took.
public struct BuildReport: Sendable {
    public var diagnostics: [Diagnostic]
    public var fileCount: Int
    /// Nil when nothing was published (errors, or a check).
    public var published: Published?
    /// What the build says about its history of changes (where it came from, a new one started).
    public var notices: [BuildNotice] = []
    /// The courses left as drafts, which were not published (`DraftSummary.line`).
    public var drafts: [String] = []
    /// Said before the diagnostics when most sessions fall outside the academic year, whose warnings
    /// are then shown folded (`YearChangedByHand`).
    public var yearSummary: String?

    public struct Published: Sendable {
        public var pages: Int
        public var files: Int
        public var bytes: Int
    }

    /// Seconds per phase, in pipeline order.
    public var phases: [(name: String, seconds: Double)]
    /// Processor time (user + system, all threads) per phase, by name: on a busy machine a steadier
    /// measure of the work done than wall time.
    public var processorSeconds: [String: Double] = [:]

    public var succeeded: Bool { !diagnostics.hasErrors && published != nil }
}

/// The pipeline: load and check the content, load the theme, plan, render, publish atomically.
public struct SiteGenerator: Sendable {
    public let options: BuildOptions

    public init(options: BuildOptions) { self.options = options }

    /// Everything `build` checks, writing nothing: the content, the theme and the edition's rules
    /// (`sources`), then the site is made as `build` makes it (`make(_:into:)`) and thrown away.
    /// The year's history of changes is found as `build` finds it (with its notices, and from an old
    /// layout's `Output/changes.json` when that is where it still is), and never written.
    public func check() -> BuildReport {
        var timer = PhaseTimer()
        let readAhead = HistoryReadAhead(options)
        let sources = self.sources(&timer, readAhead: readAhead)
        defer { if options.keepsMemoryUntilExit { KeptUntilExit.keep(sources) } }
        var diagnostics = sources.diagnostics
        var notices: [BuildNotice] = []
        if let catalogue = sources.catalogue, let theme = sources.theme {
            let year = catalogue.settings.academicYear
            let today = BuildClock.today(timezone: catalogue.settings.timezone, environment: options.environment)
            let begun = HistoryBegun(options, catalogue: catalogue, year: year, today: today, readAhead: readAhead)
            let plan = timer.time("plan") { SitePlan(catalogue) }
            switch begun.start {
            case .failure(let problem):
                diagnostics.append(problem)
            case .success(let start) where !diagnostics.hasErrors:
                notices = start.notices
                let (history, newPastDates) = begun.updated(start)
                diagnostics = (diagnostics + newPastDates).sorted()
                // What's new as build would render it: this build's changes on top of the history.
                let changes = history.log
                let site = CollectedSite(keeping: false)
                if let failure = make(SiteParts(catalogue: catalogue, theme: theme, plan: plan, changes: changes, today: today),
                                      timer: &timer, into: { try site.write($0) }).failure {
                    diagnostics.append(.error(.siteNotMade, at: SourceLocation(file: options.themeDisplay), "the site could not be made: \(failure)"))
                }
            case .success(let start):
                notices = start.notices
            }
        }
        var report = BuildReport(diagnostics: diagnostics, fileCount: sources.fileCount, published: nil, phases: timer.phases,
                                 processorSeconds: timer.processorSeconds)
        report.notices = notices
        report.drafts = sources.drafts
        report.yearSummary = sources.yearSummary
        return report
    }

    /// Builds and publishes the site. On any error the existing output is left exactly as it was.
    ///
    /// From reading the published site (for what changed) to swapping the new one in, the build
    /// holds the output folder's lock and its history folder's (`OutputLock`): a second build into
    /// the same folder, or keeping the same history, calls `waiting` and waits for it, then builds
    /// on the site and the history the first one saved.
    public func build(waiting: () -> Void = {}) -> BuildReport {
        var timer = PhaseTimer()
        /// The report of a build that published nothing.
        func unpublished(_ diagnostics: [Diagnostic], files: Int) -> BuildReport {
            BuildReport(diagnostics: diagnostics, fileCount: files, published: nil, phases: timer.phases, processorSeconds: timer.processorSeconds)
        }
        var writer = OutputWriter(output: options.output, protecting: [options.content, options.theme])
        writer.edition = options.edition
        writer.replacingEdition = options.replacingEdition
        writer.history = options.history
        writer.arguments = options.commandLine
        if let problem = writer.problem() {
            return unpublished([.error(.outputRefused, at: SourceLocation(file: options.output.path), problem)], files: 0)
        }
        // The history is read ahead without the lock, and read again under it (`HistoryStart.find`).
        let readAhead = HistoryReadAhead(options)
        let result = sources(&timer, readAhead: readAhead)
        defer { if options.keepsMemoryUntilExit { KeptUntilExit.keep(result) } }
        var diagnostics = result.diagnostics
        guard let catalogue = result.catalogue, let theme = result.theme, !diagnostics.hasErrors else {
            return unpublished(diagnostics, files: result.fileCount)
        }
        func notWritten(_ error: any Error) -> Diagnostic {
            .error(.outputNotWritten, at: SourceLocation(file: options.output.path), "the site could not be written: \(error)")
        }

        let today = BuildClock.today(timezone: catalogue.settings.timezone, environment: options.environment)
        let lock: OutputLock
        do {
            lock = try writer.lock(waiting: waiting)
        } catch {
            return unpublished(diagnostics + [notWritten(error)], files: result.fileCount)
        }
        defer { lock.release() }
        // What changed since the offer the history last saw, added to this year's history.
        let year = catalogue.settings.academicYear
        let begun = HistoryBegun(options, catalogue: catalogue, year: year, today: today, readAhead: readAhead)
        let plan = timer.time("plan") { SitePlan(catalogue) }
        let start: HistoryStart
        switch begun.start {
        case .success(let found): start = found
        case .failure(let problem): return unpublished(diagnostics + [problem], files: result.fileCount)
        }
        let (history, newPastDates) = begun.updated(start)
        diagnostics = (diagnostics + newPastDates).sorted()
        let changes = history.log
        defer { if options.keepsMemoryUntilExit { KeptUntilExit.keep([plan, history] as [any Sendable]) } }
        // Pages and exports are written into the staging folder as soon as each is made (render and
        // export include their writing), so the site is never held in memory whole; "write" is then
        // only the marker and the swap.
        let site: StagedSite
        do {
            site = try writer.stage(holding: lock)
        } catch {
            return unpublished(diagnostics + [notWritten(error)], files: result.fileCount)
        }
        // The history's text is made while the pages render: on one core, it would otherwise be a
        // wait of its own after them (a third of a second at 20,000 courses).
        let encodedHistory = Background { history.encoded() }
        let failure = make(SiteParts(catalogue: catalogue, theme: theme, plan: plan, changes: changes, today: today),
                           timer: &timer, into: { try site.write($0) }).failure
        do {
            if let failure { throw OutputError(message: failure) }
            // The history is saved before the site is swapped in: if saving fails nothing is
            // published (the next build finds the same changes); if publishing fails after it, the
            // next build publishes the changes the history already dated.
            let saved = [start.archived.flatMap { $0.file.write($0.history) }, start.file.write(encoded: encodedHistory.value)].compactMap { $0 }
            if !saved.isEmpty {
                site.abandon()
                return unpublished(diagnostics + saved, files: result.fileCount)
            }
            let files = site.count
            let bytes = try timer.time("write") { try site.publish() }
            var report = BuildReport(diagnostics: diagnostics, fileCount: result.fileCount,
                                     published: .init(pages: plan.pages.count, files: files, bytes: bytes), phases: timer.phases,
                                     processorSeconds: timer.processorSeconds)
            report.notices = start.notices
            if let left = site.leftBehindNote { report.notices.append(BuildNotice(.note, file: options.output.path, left)) }
            report.drafts = result.drafts
            report.yearSummary = result.yearSummary
            // The editor has a file to commit: say so, since nothing else on screen would.
            // Counted, not subtracted: entries past their keeping time leave the history as new ones come.
            let found = history.changes.count { !(start.previous?.changes.contains($0) ?? false) }
            if found > 0 {
                report.notices.append(BuildNotice(.note, file: start.file.display,
                    "What's new: \(found) new \(found == 1 ? "change" : "changes") recorded in this file",
                    suggestion: "keep it: commit it with the content, or back it up"))
            }
            return report
        } catch {
            site.abandon()
            return unpublished(diagnostics + [notWritten(error)], files: result.fileCount)
        }
    }
}
