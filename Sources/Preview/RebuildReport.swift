import Catalogue

/// What one (re)build of the preview did, for the terminal and the tests.
public struct RebuildReport: Sendable {
    /// The generation the served site now has.
    public var generation: Int
    /// Every diagnostic of the build (errors and warnings), sorted.
    public var diagnostics: [Diagnostic]
    /// True when the site was rendered; false when errors kept the last good site in place.
    public var succeeded: Bool
    /// True when every page was rendered (first build, theme or settings changed, files added or removed).
    public var full: Bool
    /// Content files read and parsed again.
    public var parsedFiles: Int
    /// Pages rendered again, and course pages reused from the previous render.
    public var renderedPages: Int
    public var reusedPages: Int
    /// Per-course pieces of the exports reused from the previous rebuild, and made afresh.
    /// Processor time the rebuild used (all threads), in seconds: steadier than `seconds` on a busy machine.
    public var processorSeconds = 0.0
    public var reusedFragments = 0
    public var madeFragments = 0
    /// Site files whose bytes changed.
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
