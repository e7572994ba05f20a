import Catalogue
import CMemory
import Foundation
import Site
import Parallel

/// Ties the parts of a running preview together: rebuilds (one at a time) into the served snapshot,
/// then tells the open pages and whoever listens (the terminal, the tests).
final class PreviewSession: Sendable {
    let options: PreviewOptions
    private let state: Locked<IncrementalSite>
    private let current = Locked(SiteSnapshot.empty)
    let events = ReloadEvents()
    private let listener: @Sendable (RebuildReport) -> Void

    init(options: PreviewOptions, work: SiteWork = SiteWork(), listener: @escaping @Sendable (RebuildReport) -> Void) {
        self.options = options
        self.state = Locked(IncrementalSite(options: options.build, work: work))
        self.listener = listener
    }

    var snapshot: SiteSnapshot { current.withLock { $0 } }

    /// Rebuilds after `paths` changed (the theme too when nil); returns nil when nothing relevant changed.
    @discardableResult
    ///
    /// `editsOnly`: the watcher saw only existing files' contents change; the content folder is then
    /// not listed again, and only the edited files are read.
    func rebuild(changed paths: [String]?, editsOnly: Bool = false) -> RebuildReport? {
        let themeRoot = options.build.theme.standardizedFileURL.path
        let themeChanged = paths.map { $0.contains { $0 == themeRoot || $0.hasPrefix(themeRoot + "/") } } ?? true
        let edited = editsOnly ? paths.map { Set($0.map { URL(fileURLWithPath: $0).standardizedFileURL.path }) } : nil
        return rebuild(themeChanged: themeChanged, edited: edited)
    }

    /// Rebuilds: the content files are compared with their last parse; the theme is loaded again when asked.
    @discardableResult
    func rebuild(themeChanged: Bool, edited: Set<String>? = nil) -> RebuildReport? {
        let outcome: (RebuildReport, SiteSnapshot)? = state.withLock { site in
            let served = site.served
            // The site served during the rebuild (retired by a full one), when the rebuild failed or
            // found nothing changed, is served on as before: its exports again, kept again.
            defer { if let served, site.served === served { served.rebuildEnded() } }
            guard let report = site.rebuild(themeChanged: themeChanged, edited: edited) else { return nil }
            let snapshot = SiteSnapshot(generation: report.generation, site: site.served, errors: site.lastErrors,
                                        made: Int(Date().timeIntervalSince1970))
            current.withLock { $0 = snapshot }
            return (report, snapshot)
        }
        guard let (report, snapshot) = outcome else { return nil }
        events.publish(snapshot.generation)
        listener(report)
        // A full rebuild let go of the last generation (and printing the report, of its text), and a
        // failed one of what it loaded: that memory goes back to the system rather than staying with
        // the server.
        if report.full || !report.succeeded { prospectus_release_free_memory() }
        return report
    }
}
