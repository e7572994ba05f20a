import Catalogue
import Foundation
import Testing
@testable import Site

/// What's on starts at the build's "today", folds the past away, filters by staff group and school
/// (with links for readers without JavaScript), and never repeats an id.
@Suite("What's on: from today, filters, ids")
struct WhatsOnTests {
    typealias Sample = WhatsOnCalendarsSample

    @Test("the sessions start at today; the past ones are folded apart, with their count")
    func startsToday() throws {
        let catalogue = try Sample.catalogue()
        let view = ViewFactory(catalogue: catalogue, today: Sample.today, page: SitePath.whatsOn).whatsOn()
        let upcoming = view.terms.flatMap(\.months).flatMap(\.sessions)
        let past = view.past.flatMap(\.sessions)
        #expect(upcoming.map(\.iso).first == "2027-01-05")
        #expect(upcoming.allSatisfy { $0.iso >= Sample.today.iso })
        #expect(past.map(\.iso) == ["2026-09-16", "2026-10-07"])
        #expect(view.count == "6 sessions" && view.pastCount == "2 sessions")
        let html = try Sample.page(SitePath.whatsOn, catalogue: catalogue)
        #expect(html.contains("Sessions from today, <time datetime=\"2026-12-01\">Tuesday 1 December 2026</time>"))
        // The past is after every upcoming session, folded in a <details>.
        let fold = try #require(html.range(of: "<details class=\"whats-on__fold\" id=\"past\""))
        let firstPast = try #require(html.range(of: "datetime=\"2026-09-16\""))
        let lastUpcoming = try #require(html.range(of: "datetime=\"2027-02-03\""))
        #expect(lastUpcoming.lowerBound < fold.lowerBound && fold.lowerBound < firstPast.lowerBound)
    }

    @Test("months after the next are folded under their name and count")
    func laterMonthsFolded() throws {
        let view = ViewFactory(catalogue: try Sample.catalogue(), today: Sample.today, page: SitePath.whatsOn).whatsOn()
        let months = view.terms.flatMap(\.months)
        #expect(months.map(\.name) == ["January 2027", "January 2027", "February 2027"])
        #expect(months.map(\.folded) == [false, false, true])
        #expect(months.last?.count == "1 session")
    }

    @Test("the filter lists the staff groups and schools; without JavaScript, links to group pages and each school's list")
    func filterAndFallback() throws {
        let catalogue = try Sample.catalogue()
        let html = try Sample.page(SitePath.whatsOn, catalogue: catalogue)
        #expect(html.contains("<form class=\"whats-on-filter js-only\" hidden data-whats-on-filter"))
        #expect(html.contains("<option value=\"premises\">Premises staff</option>"))
        #expect(html.contains("<option value=\"linden-vale-school\">Linden Vale School</option>"))
        #expect(html.contains("<a href=\"groups/premises.html\">Premises staff</a>"))
        #expect(html.contains("<a href=\"whats-on/harrowfield-primary.html\">What's on at Harrowfield Primary</a>"))
        // Rows carry what the filter matches.
        #expect(html.contains("<tr data-groups=\"all\" data-school=\"castlegate-school\">"))
        #expect(html.contains("<tr data-groups=\"premises\" data-school=\"\">"))
        // A school's own page lists only its sessions, and links back to the whole list.
        let school = try Sample.page(SitePath.whatsOnSchool("harrowfield-primary"), catalogue: catalogue)
        #expect(school.contains("What's on at Harrowfield Primary"))
        #expect(school.contains("<a href=\"../whats-on.html\">"))
        #expect(!school.contains("Linden Vale School</td>") && !school.contains("Northfield Training Centre"))
        #expect(school.components(separatedBy: "data-school=\"harrowfield-primary\"").count - 1 == 3)
    }

    @Test("a month split across two terms gives no duplicate id")
    func uniqueIDs() throws {
        let html = try Sample.page(SitePath.whatsOn, catalogue: try Sample.catalogue())
        let ids = Sample.ids(html)
        #expect(ids.count == Set(ids).count, "\(ids.filter { id in ids.filter { $0 == id }.count > 1 })")
        #expect(ids.contains("month-2027-01") && ids.contains("month-2027-01-spring"))
    }
}
