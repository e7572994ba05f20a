import Catalogue
import Foundation

/// A file of the site, by path relative to the output root.
public struct OutputFile: Sendable {
    public var path: String
    public var data: Data

    public init(path: String, data: Data) {
        self.path = path
        self.data = data
    }

    public init(path: String, text: String) {
        self.init(path: path, data: Data(text.utf8))
    }
}

/// What every export sees: the catalogue and the build's "today".
public struct ExportContext: Sendable {
    public var catalogue: Catalogue
    public var today: LocalDate
    /// The history of changes, this build's first.
    var changes: ChangeLog = ChangeLog(changes: [])
    /// The preview's memo of per-course pieces of output; nil in a full build.
    var fragments: CourseFragments?

    public init(catalogue: Catalogue, today: LocalDate) {
        self.catalogue = catalogue
        self.today = today
    }

    init(catalogue: Catalogue, today: LocalDate, changes: ChangeLog, fragments: CourseFragments? = nil) {
        self.init(catalogue: catalogue, today: today)
        self.changes = changes
        self.fragments = fragments
    }
}

/// Turns the catalogue into files other than the HTML pages: calendars, feeds, data for other systems.
///
/// Each export is a small value type registered in `SiteExports.all`; the generator runs them in parallel.
protocol SiteExport: Sendable {
    func files(for context: ExportContext) -> [OutputFile]
}

/// The exports every build writes, in a fixed order.
enum SiteExports {
    static let all: [any SiteExport] = [
        SearchIndexExport(), BrandAssetsExport(), ChangesExport(),
        CalendarsExport(),
        CatalogueJSONExport(), CoursesCSVExport(), SessionsCSVExport(), AtomFeedExport(), SitemapExport(),
    ]
}
