import Catalogue
import Foundation
import JSON
import Site
import Uptake

/// The report's files: `index.html` (the page), `report.json` and a CSV file of each table.
public enum ReportFiles {
    /// The page's name in the report's folder.
    public static let page = "index.html"

    /// Every file of the report of `catalogue` (its published courses), paths relative to the
    /// report's folder, or inside `folder` when given (`report/` in a staff site). None for the
    /// partner edition: the report is for the trust's CPD lead and board only.
    public static func make(catalogue: Catalogue, theme: Theme, uptake: Uptake = .none, today: LocalDate,
                            folder: String? = nil) -> [OutputFile] {
        guard catalogue.edition == .staff else { return [] }
        let data = ReportData(catalogue: catalogue, uptake: uptake, today: today)
        let page = ReportPage(tables: ReportTables(data: data, strings: theme.strings), settings: catalogue.settings)
        let prefix = folder.map { $0 + "/" } ?? ""
        var files = [OutputFile(path: prefix + Self.page, text: theme.renderReport(page.view)),
                     OutputFile(path: prefix + ReportJSON.path, text: ReportJSON.value(data).rendered(.file) + "\n")]
        files += page.allTables.map { OutputFile(path: prefix + $0.csvPath, text: $0.csv) }
        return files
    }

    /// What a build adds to the site (`BuildOptions.addedFiles`): the report at `report/` in a staff
    /// site whose site.yml asks for it (`report: { on_site: unlisted }` or `linked`); nothing otherwise.
    public static func onSite(uptake: @escaping @Sendable (Catalogue) -> Uptake) -> @Sendable (Catalogue, Theme, LocalDate) -> [OutputFile] {
        { catalogue, theme, today in
            guard ReportOnSite.isCarried(by: catalogue) else { return [] }
            return make(catalogue: catalogue, theme: theme, uptake: uptake(catalogue), today: today, folder: ReportOnSite.folder)
        }
    }
}
