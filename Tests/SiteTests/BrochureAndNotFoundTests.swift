import Catalogue
import Foundation
import Testing
@testable import Site

/// The brochure links its courses and says a day once; the 404 page works from any folder.
@Suite("Brochure and 404")
struct BrochureAndNotFoundTests {
    typealias Sample = WhatsOnCalendarsSample

    @Test("course names link to their pages, a day with several venues is said once, and the site's address is printed")
    func brochure() throws {
        let html = try Sample.page(SitePath.brochure, catalogue: try Sample.catalogue())
        #expect(html.contains("<a class=\"brochure__course\" href=\"courses/safeguarding.html\">Safeguarding Update</a>"))
        #expect(html.contains("– 5 Jan</li>"))
        #expect(html.contains("– 12 Jan, 3 Feb</li>"))
        #expect(!html.contains("12 Jan, 12 Jan"))
        #expect(html.contains("Book on the intranet (https://cpd.example.org/trust/)"))
    }

    @Test("with url, the 404 page's links are absolute; its styles are inside it")
    func notFoundWithURL() throws {
        let html = try Sample.page(SitePath.notFound, catalogue: try Sample.catalogue())
        #expect(html.contains("<a href=\"https://cpd.example.org/trust/index.html\">Go to the start of the offer</a>"))
        #expect(html.contains("href=\"https://cpd.example.org/trust/courses/index.html\""))
        #expect(html.contains("href=\"https://cpd.example.org/trust/whats-on.html\""))
        #expect(html.contains("<style>"))
        // Every link of the page is absolute or an email.
        let hrefs = html.matches(of: /<a [^>]*href="([^"]*)"/).map { String($0.output.1) }
        #expect(hrefs.count > 10)
        #expect(hrefs.allSatisfy { $0.hasPrefix("https://cpd.example.org/trust/") || $0.hasPrefix("mailto:") || $0 == "#main" }, "\(hrefs)")
    }

    @Test("without url, the 404 page offers only links that cannot go wrong, and is styled from inside")
    func notFoundWithoutURL() throws {
        let html = try Sample.page(SitePath.notFound, catalogue: try Sample.catalogue(url: nil))
        #expect(html.contains("<style>"))
        #expect(!html.contains("Go to the start of the offer"))
        #expect(!html.contains("href=\"courses/index.html\""))
        #expect(html.contains("href=\"mailto:cpd@three.example\""))
    }
}
