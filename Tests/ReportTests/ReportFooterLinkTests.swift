import Catalogue
import Foundation
@testable import Site
import TestSupport
import Testing

/// `on_site: linked` puts "CPD report" in every staff page's footer, in the theme's words; the other
/// settings and the partner edition never do.
@Suite("The report's footer link")
struct ReportFooterLinkTests {
    static func pages(_ catalogue: Catalogue) throws -> [String: String] {
        let plan = SitePlan(catalogue)
        let renderer = PageRenderer(catalogue: catalogue, theme: try ReportSample.theme(), today: ReportSample.today(catalogue), plan: plan)
        let wanted = plan.pages.filter { $0.path == "index.html" || $0.path.hasPrefix("courses/") }.prefix(3)
        return Dictionary(uniqueKeysWithValues: wanted.map { ($0.path, renderer.render($0)) })
    }

    @Test("linked: every staff page links to report/index.html; no, unlisted and partners: none does")
    func footer() throws {
        var catalogue = try ReportSample.catalogue()
        let words = SiteStrings.english.text("report.footer_link")
        for choice in ReportSettings.OnSite.allCases {
            catalogue.settings.report.onSite = choice
            for (path, page) in try Self.pages(catalogue) {
                let target = path.contains("/") ? "../report/index.html" : "report/index.html"
                #expect(page.contains("<a href=\"\(target)\">\(words)</a>") == (choice == .linked), "\(choice) \(path)")
            }
            for (path, page) in try Self.pages(catalogue.partnerEdition()) {
                #expect(!page.contains("report/index.html"), "partners \(choice) \(path)")
            }
        }
    }
}
