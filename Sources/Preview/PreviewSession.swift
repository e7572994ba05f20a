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
    ///
    /// `changes`: what the watcher saw. Only contents changed: the content folder is not listed again,
    /// and only the edited files are read. Files created, removed or renamed as well: the same, when
    /// the last listing shows that they come to edits of the files it found (an editor's save by
    /// renaming a new copy over the file), else everything is listed and compared again.
    @discardableResult
    func rebuild(changed paths: [String]?, changes: FileChanges = .anything) -> RebuildReport? {
        let themeRoot = options.build.theme.standardizedFileURL.path
        let themeChanged = paths.map { $0.contains { $0 == themeRoot || $0.hasPrefix(themeRoot + "/") } } ?? true
        let standard = paths.map { Set($0.map { URL(fileURLWithPath: $0).standardizedFileURL.path }) }
        switch changes {
        case .contents:
            return rebuild(themeChanged: themeChanged, edited: standard)
        case .files:
            return rebuild(themeChanged: themeChanged, edited: nil, replaced: standard)
        case .anything:
            return rebuild(themeChanged: themeChanged, edited: nil)
        }
    }

    /// Rebuilds: the content files are compared with their last parse; the theme is loaded again when asked.
    /// `replaced`: paths where files were created, removed or renamed, which count as `edited` when
    /// the site's last listing of the content says they come to edits of files it found.
    @discardableResult
    func rebuild(themeChanged: Bool, edited: Set<String>? = nil, replaced: Set<String>? = nil) -> RebuildReport? {
        let outcome: (RebuildReport, SiteSnapshot)? = state.withLock { site in
            let served = site.served
            // The site served during the rebuild (retired by a full one), when the rebuild failed or
            // found nothing changed, is served on as before: its exports again, kept again.
            defer { if let served, site.served === served { served.rebuildEnded() } }
            let edited = edited ?? replaced.flatMap { site.edits(amongReplaced: $0) }
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
