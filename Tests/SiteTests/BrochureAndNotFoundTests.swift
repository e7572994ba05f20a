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
        // Each date with its time and venue; one held at three schools at once is one line.
        #expect(html.contains("<li>Tue 5 Jan, 16:00 to 17:00, Castlegate School, Library; Linden Vale School; Harrowfield Primary</li>"))
        #expect(html.contains("<li>Tue 12 Jan, 09:00 to 12:00, Harrowfield Primary</li><li>Tue 12 Jan, 13:00 to 16:00, Linden Vale School</li>"))
        #expect(html.contains("<li>Wed 3 Feb, 09:00 to 12:00, Northfield Training Centre</li>"))
        #expect(!html.contains("12 Jan, 12 Jan") && !html.contains("16 Sep"), "a past date is listed")
        #expect(html.contains("Book on the intranet (https://cpd.example.org/trust/)"))
        // On paper the course codes lead to the courses, found at the site's address in the booking line.
        #expect(html.contains("Working at Height</a> <span class=\"muted\">PR-1</span>"))
    }

    @Test("the brochure says in words which dates are full, by invitation or cancelled, and counts the dates it leaves out")
    func brochureStatuses() throws {
        var files = Sample.files(url: Sample.url)
        let ladders = try #require(files["courses/ladders.md"])
        files["courses/ladders.md"] = ladders
            .replacingOccurrences(of: "{ date: 2027-01-12, start: \"09:00\", end: \"12:00\", venue: Harrowfield Primary }",
                                  with: "{ date: 2027-01-12, start: \"09:00\", end: \"12:00\", venue: Harrowfield Primary, status: full }")
            .replacingOccurrences(of: "{ date: 2027-01-12, start: \"13:00\", end: \"16:00\", venue: Linden Vale School }",
                                  with: "{ date: 2027-01-12, start: \"13:00\", end: \"16:00\", venue: Linden Vale School, status: cancelled }")
            .replacingOccurrences(of: "{ date: 2027-02-03, start: \"09:00\", end: \"12:00\", venue: Northfield Training Centre }",
                                  with: "{ date: 2027-02-03, start: \"09:00\", end: \"12:00\", venue: Northfield Training Centre, status: invitation }")
        let safeguarding = try #require(files["courses/safeguarding.md"])
        let more = (1...5).map { "  - { date: 2027-03-0\($0), start: \"16:00\", end: \"17:00\", venue: Linden Vale School }\n" }.joined()
        files["courses/safeguarding.md"] = safeguarding.replacingOccurrences(of: "venue: Harrowfield Primary }\n---", with: "venue: Harrowfield Primary }\n" + more + "---")
        #expect(files["courses/safeguarding.md"] != safeguarding)
        let html = try Sample.page(SitePath.brochure, catalogue: try ExportSample.load(files))
        #expect(html.contains("<li>Tue 12 Jan, 09:00 to 12:00, Harrowfield Primary – <strong class=\"brochure__status\">Full</strong></li>"))
        #expect(html.contains("<li class=\"brochure__date--cancelled\">Tue 12 Jan, 13:00 to 16:00, Linden Vale School – <strong class=\"brochure__status\">Cancelled</strong></li>"))
        #expect(html.contains("Wed 3 Feb, 09:00 to 12:00, Northfield Training Centre – <strong class=\"brochure__status\">By invitation</strong>"))
        // Six dates to come: four listed, the other two counted.
        #expect(html.contains("<li class=\"brochure__more\">2 more dates on the course page</li>"))
        #expect(html.contains("Wed 3 Mar") && !html.contains("Fri 5 Mar"))
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
        // So is every asset it loads (stylesheets, the feed); it loads no script, needing none.
        let assets = html.matches(of: /<(?:link|script|img) [^>]*(?:href|src)="([^"]*)"/).map { String($0.output.1) }
        #expect(assets.count >= 2 && assets.allSatisfy { $0.hasPrefix("https://cpd.example.org/trust/") }, "\(assets)")
        #expect(!html.contains("<script src"), "the 404 page loads a script")
    }

    @Test("without url, the 404 page offers only links that cannot go wrong, and is styled from inside")
    func notFoundWithoutURL() throws {
        let html = try Sample.page(SitePath.notFound, catalogue: try Sample.catalogue(url: nil))
        #expect(html.contains("<style>"))
        #expect(!html.contains("Go to the start of the offer"))
        #expect(!html.contains("href=\"courses/index.html\""))
        #expect(html.contains("href=\"mailto:cpd@three.example\""))
        // No script: a relative one is missing from a sub-folder, and the page needs none.
        #expect(!html.contains("<script src"), "the 404 page loads a script that a sub-folder cannot find")
        #expect(!html.contains("site.js"))
        // Nor a home link or pictures that go astray from a sub-folder, nor an empty "Calendars and data".
        #expect(html.contains("<span class=\"site-header__brand\">") && !html.contains("class=\"site-header__brand\" href"))
        #expect(!html.contains("rel=\"icon\"") && !html.contains("Calendars and data"))
    }

    @Test("on paper a cohort names every day it meets, not a first-to-last span")
    func brochureCohortDays() throws {
        var files = Sample.files(url: Sample.url)
        let ladders = try #require(files["courses/ladders.md"])
        files["courses/ladders.md"] = ladders.replacingOccurrences(
            of: "{ date: 2027-02-03, start: \"09:00\", end: \"12:00\", venue: Northfield Training Centre }",
            with: "{ days: [2027-02-03, 2027-03-10, 2027-06-16], start: \"09:00\", end: \"12:00\", venue: Northfield Training Centre }")
        #expect(files["courses/ladders.md"] != ladders)
        let html = try Sample.page(SitePath.brochure, catalogue: try ExportSample.load(files))
        #expect(html.contains("<li>3 days: Wed 3 Feb, Wed 10 Mar and Wed 16 Jun, 09:00 to 12:00, Northfield Training Centre</li>"), "\(html)")
        #expect(!html.contains("Wed 3 Feb to Wed 16 Jun"))
    }
}
