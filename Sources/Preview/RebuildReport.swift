import Catalogue

/// What one (re)build of the preview did, for the terminal and the tests.
public struct RebuildReport: Sendable {
    /// The generation the served site now has.
    public var generation: Int
    /// Every diagnostic of the build (errors and warnings), sorted.
    public var diagnostics: [Diagnostic]
    /// True when the site was rendered; false when errors kept the last good site in place.
    public var succeeded: Bool
    /// True when nothing of the previous site was kept (first build, theme or settings changed, files added or removed).
    public var full: Bool
    /// Content files read and parsed again.
    public var parsedFiles: Int
    /// The pages of the site.
    public var pages = 0
    /// Pages rendered while rebuilding: none, as pages are rendered when a browser asks for them.
    public var renderedPages: Int
    /// Pages kept from the previous site (the change cannot reach them), and pages it can reach,
    /// which are rendered again when asked for.
    public var reusedPages: Int
    public var stalePages = 0
    /// Exports the change can reach, made again when asked for (`SiteOnDemand.exportNames`).
    public var staleExports: [String] = []
    /// Processor time the rebuild used (all threads), in seconds: steadier than `seconds` on a busy machine.
    public var processorSeconds = 0.0
    /// Site files the change can reach: the stale pages, and the files the stale exports had made
    /// (every page on a full rebuild).
    public var changedPaths: [String]
    /// Files read: the content folder's and the theme's, counted as `build` and `check` count them.
    public var fileCount: Int
    /// From the start of the rebuild to the new site being served.
    public var seconds: Double
    /// Seconds per phase (load, theme, then the render's phases).
    public var phases: [(name: String, seconds: Double)]

    /// The courses left as drafts, which are not published (`DraftSummary.line`).
    public var drafts: [String] = []

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
}
