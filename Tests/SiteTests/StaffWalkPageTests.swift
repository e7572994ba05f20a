import Catalogue
import Foundation
import Testing
@testable import Site

/// What a staff walk found on course pages, cards, group pages and every page's head (#18): a school
/// filter on a course's dates, recurring dates among those to come, a card that says "no dates" once,
/// the group page's contents first, and a tab icon.
@Suite("Course, card, group and layout leftovers from the staff walk")
struct StaffWalkPageTests {
    typealias Sample = WhatsOnCalendarsSample

    /// The three-school sample with a course at one school only, one that recurs beside fixed dates,
    /// one whose dates are all past, and mandatory training for the premises staff.
    static func catalogue() throws -> Catalogue {
        var files = Sample.files(url: nil)
        files["courses/first-aid.md"] = """
            ---
            title: First Aid at Work
            code: FA-1
            summary: Three days.
            strand: Safeguarding
            format: face-to-face
            groups: [premises]
            mandatory: everyone
            sessions:
              - { date: 2027-03-03, start: "09:00", end: "16:00", venue: Castlegate School }
              - { date: 2027-03-10, start: "09:00", end: "16:00", venue: Northfield Training Centre }
            ---
            """
        files["courses/network.md"] = """
            ---
            title: Music Network
            code: MU-1
            summary: Meets each half-term.
            strand: Safeguarding
            format: face-to-face
            groups: [teachers]
            sessions:
              - { date: 2026-10-14, start: "16:00", end: "17:00", venue: Castlegate School }
              - { date: 2027-01-20, start: "16:00", end: "17:00", venue: Castlegate School }
              - { recurs: every half-term, start: "16:00", end: "17:00", venue: Online }
            ---
            """
        files["courses/over.md"] = """
            ---
            title: Autumn Only
            code: AU-1
            summary: Held in the autumn.
            strand: Safeguarding
            format: face-to-face
            groups: [teachers]
            sessions:
              - { date: 2026-10-21, start: "16:00", end: "17:00", venue: Castlegate School }
            ---
            """
        return try ExportSample.load(files)
    }

    func views(_ catalogue: Catalogue, _ page: String) -> ViewFactory {
        ViewFactory(catalogue: catalogue, today: Sample.today, page: page)
    }

    @Test("a course with dates to come at several schools offers a school filter (JavaScript only) and each school's What's on")
    func schoolFilter() throws {
        let catalogue = try Self.catalogue()
        let view = views(catalogue, SitePath.course("safeguarding")).courseView(try #require(catalogue.course("safeguarding")))
        // Its past date at Castlegate counts too little: Castlegate is listed for its date to come.
        #expect(view.schools.map(\.value) == ["castlegate-school", "linden-vale-school", "harrowfield-primary"])
        #expect(view.sessions.map(\.school) == ["castlegate-school", "linden-vale-school", "harrowfield-primary"])
        let html = try Sample.page(SitePath.course("safeguarding"), catalogue: catalogue)
        #expect(html.contains("<form class=\"whats-on-filter course-dates__filter js-only\" hidden data-whats-on-filter data-course-dates>"))
        #expect(html.contains("<option value=\"harrowfield-primary\">Harrowfield Primary</option>"))
        #expect(html.contains("role=\"status\" data-whats-on-count"))
        #expect(html.contains("data-school=\"linden-vale-school\""))
        // Without JavaScript: each school's own What's on.
        #expect(html.contains("<a href=\"../whats-on/linden-vale-school.html\">What's on at Linden Vale School</a>"))
        // Dates at one school and a training centre: nothing to choose between, no filter.
        let one = try Sample.page(SitePath.course("first-aid"), catalogue: catalogue)
        #expect(!one.contains("data-whats-on-filter") && !one.contains("course-dates__schools"))
        #expect(views(catalogue, SitePath.course("first-aid")).courseView(try #require(catalogue.course("first-aid"))).schools.isEmpty)
    }

    @Test("dates that recur are listed with the dates to come, before the folded past ones")
    func recurringWithUpcoming() throws {
        let html = try Sample.page(SitePath.course("network"), catalogue: try Self.catalogue())
        let recurring = try #require(html.range(of: "<strong>Every half-term: dates to be confirmed</strong>"))
        let table = try #require(html.range(of: "datetime=\"2027-01-20\""))
        let past = try #require(html.range(of: "<details class=\"past-dates\">"))
        #expect(table.lowerBound < recurring.lowerBound && recurring.lowerBound < past.lowerBound)
    }

    @Test("a card with no more dates says so once, with no 'No dates' tag beside it")
    func noDatesOnce() throws {
        let catalogue = try Self.catalogue()
        let next = views(catalogue, SitePath.courses).nextDate(try #require(catalogue.course("over")))
        #expect(next.text == "No more dates this year" && next.status == nil)
        let html = try Sample.page(SitePath.courses, catalogue: catalogue)
        #expect(html.contains("<dd>No more dates this year</dd>"))
        #expect(!html.contains(">No dates<"))
    }

    @Test("a group page's contents come before its required training and course lists")
    func groupContentsFirst() throws {
        let html = try Sample.page(SitePath.group("premises"), catalogue: try Self.catalogue())
        let contents = try #require(html.range(of: "<nav class=\"contents\""))
        let required = try #require(html.range(of: "<section class=\"required\""))
        let lead = try #require(html.range(of: "<p class=\"lead\">"))
        #expect(lead.lowerBound < contents.lowerBound && contents.lowerBound < required.lowerBound)
    }

    @Test("every page links a tab icon by a relative address: the theme's own")
    func tabIcon() throws {
        let plain = try Self.catalogue()
        #expect(try Sample.page(SitePath.home, catalogue: plain).contains("<link rel=\"icon\" href=\"assets/favicon.svg\" type=\"image/svg+xml\">"))
        #expect(try Sample.page(SitePath.course("over"), catalogue: plain).contains("<link rel=\"icon\" href=\"../assets/favicon.svg\""))
        let theme = try Theme.load(from: Fixtures.theme, displayPath: "Theme").get()
        #expect(theme.assets[BrandAssetsExport.themeIconPath] != nil, "the theme ships its own icon")
    }
}
