@testable import Catalogue
import Foundation
@testable import Site
import TestSupport
import Testing

/// The course page's dates (upcoming first, past folded away, cancelled ones inert), whom mandatory
/// training is for, and a group's required training in order of urgency: in the views and in the
/// pages the real theme renders from them.
@Suite("Course page dates and required training")
struct CoursePageViewTests {
    /// A course with two past dates, a cancelled one to come and two open ones, "today" being
    /// 10 October 2026 (`Today.tenthOfOctober`).
    static let datesCourse = """
        ---
        title: Dates Test
        code: DT-1
        summary: A course with dates on both sides of today.
        strand: Mandatory training
        groups: [teaching-assistants]
        format: face-to-face
        mandatory: everyone
        renewal_months: 36
        sessions:
          - { date: 2026-09-16, start: "16:00", end: "17:00", venue: Hilltop Academy }
          - { date: 2026-10-01, start: "16:00", end: "17:00", venue: Hilltop Academy }
          - { date: 2026-10-21, start: "16:00", end: "17:00", venue: Riverside School, status: cancelled }
          - { date: 2026-11-04, start: "16:00", end: "17:00", venue: Riverside School, places: 12, places_left: 4 }
          - { date: 2026-12-02, start: "16:00", end: "17:00", venue: Riverside School, places: 12 }
        ---
        Text.
        """

    /// The valid fixture with the dates course added and first aid for nominated first aiders only.
    func content(_ folder: TemporaryFolder) throws -> URL {
        let content = try folder.copyFixture("valid")
        try folder.write("Content/courses/mandatory/dates-test.md", Self.datesCourse)
        let firstAid = content.appendingPathComponent("courses/mandatory/first-aid.md")
        let text = try String(contentsOf: firstAid, encoding: .utf8)
        try text.replacingOccurrences(of: "mandatory: true\n", with: "mandatory: nominated\n").write(to: firstAid, atomically: true, encoding: .utf8)
        return content
    }

    func catalogue(_ content: URL) throws -> Catalogue {
        let result = ContentLoader(directory: content, displayPath: "Content").load()
        return try #require(result.catalogue, "\(result.diagnostics.map(\.summary))")
    }

    func views(_ catalogue: Catalogue, page: String = SitePath.course("x")) -> ViewFactory {
        ViewFactory(catalogue: catalogue, today: Today.date(Today.tenthOfOctober), page: page)
    }

    /// The built page at `path`, from the edited fixture, on 10 October 2026.
    func page(_ path: String) throws -> String {
        try withTemporaryFolder { folder in
            let content = try content(folder)
            let output = folder.path("Output")
            let report = build(content: content, output: output, today: Today.tenthOfOctober)
            #expect(report.succeeded, "\(report.diagnostics.map(\.summary))")
            return try read(output, path)
        }
    }

    /// The HTML of the dates table's row (`<tr …>…</tr>`) for the date `iso`.
    func row(_ iso: String, in html: String) throws -> String {
        let at = try #require(html.range(of: "<th scope=\"row\"><time datetime=\"\(iso)\">"))
        let start = try #require(html[..<at.lowerBound].range(of: "<tr", options: .backwards))
        let end = try #require(html[at.upperBound...].range(of: "</tr>"))
        return String(html[start.lowerBound..<end.upperBound])
    }

    @Test("dates still to come are listed first; past ones follow, folded away under 'Past dates (2)'")
    func upcomingBeforePast() throws {
        try withTemporaryFolder { folder in
            let catalogue = try catalogue(try content(folder))
            let view = views(catalogue).courseView(try #require(catalogue.course("dates-test")))
            #expect(view.sessions.map(\.iso) == ["2026-10-21", "2026-11-04", "2026-12-02"])
            #expect(view.pastSessions.map(\.iso) == ["2026-09-16", "2026-10-01"])
            #expect(view.next?.iso == "2026-11-04", "the next date is the first that can be booked, not the cancelled one")
        }
        let html = try page("courses/dates-test.html")
        let upcoming = try #require(html.range(of: "datetime=\"2026-11-04\""))
        let past = try #require(html.range(of: "datetime=\"2026-09-16\""))
        let fold = try #require(html.range(of: "<summary>Past dates (2)</summary>"))
        #expect(upcoming.lowerBound < fold.lowerBound && fold.lowerBound < past.lowerBound)
        #expect(html.contains("<details class=\"past-dates\">"))
    }

    @Test("a cancelled date says so and offers no booking, calendar or plan")
    func cancelledRowIsInert() throws {
        try withTemporaryFolder { folder in
            let catalogue = try catalogue(try content(folder))
            let view = views(catalogue).courseView(try #require(catalogue.course("dates-test")))
            let cancelled = try #require(view.sessions.first)
            #expect(cancelled.cancelled && cancelled.bookHref == nil && cancelled.calendarHref == nil)
            #expect(cancelled.places.isEmpty)
        }
        let html = try page("courses/dates-test.html")
        let cancelled = try row("2026-10-21", in: html)
        #expect(cancelled.contains("sessions__cancelled") && cancelled.contains(">Cancelled<"))
        #expect(!cancelled.contains("Book") && !cancelled.contains("Add to calendar") && !cancelled.contains("data-plan-session"))
        let open = try row("2026-12-02", in: html)
        #expect(open.contains("Book") && open.contains("Add to calendar") && open.contains("data-plan-session"))
    }

    @Test("few places are counted once: the tag says how many are left, the places column the total")
    func placesSaidOnce() throws {
        let html = try page("courses/dates-test.html")
        let few = try row("2026-11-04", in: html)
        #expect(few.contains(">4 places left<") && few.contains(">12 places<") && !few.contains("left of 12"))
    }

    @Test("mandatory training says whom it is for: everyone in the role, or nominated staff only")
    func mandatoryWording() throws {
        try withTemporaryFolder { folder in
            let catalogue = try catalogue(try content(folder))
            let views = views(catalogue)
            let safeguarding = try #require(catalogue.course("annual-safeguarding"))
            let firstAid = try #require(catalogue.course("first-aid"))
            #expect(safeguarding.requiredOf == .everyone && firstAid.requiredOf == .nominated)
            #expect(views.requirement(safeguarding)?.sentence == "Mandatory for everyone in this role")
            #expect(views.requirement(firstAid)?.sentence == "Required for nominated staff only")
            #expect(views.cardView(firstAid).requirement?.tag == "Nominated staff only")
            #expect(views.cardView(safeguarding).requirement?.tag == "Mandatory")
            #expect(views.mandatoryFact(firstAid)?.value == "Nominated staff only, renew every 3 years")
            #expect(views.requirement(try #require(catalogue.course("phonics-for-tas"))) == nil)
        }
        #expect(try page("courses/first-aid.html").contains("<strong>Required for nominated staff only.</strong>"))
        #expect(try page("courses/annual-safeguarding.html").contains("<strong>Mandatory for everyone in this role.</strong>"))
    }

    @Test("a group's required training: everyone's first, the most often renewed first; nominated staff's after")
    func groupOrder() throws {
        try withTemporaryFolder { folder in
            let catalogue = try catalogue(try content(folder))
            let group = views(catalogue, page: SitePath.group("teaching-assistants"))
                .group(try #require(catalogue.group("teaching-assistants")))
            // Annual safeguarding (every year) before the dates test (every 3 years), whatever their titles.
            #expect(group.requiredEveryone.map(\.title) == ["Safeguarding Annual Update", "Dates Test"])
            #expect(group.requiredNominated.map(\.title) == ["First Aid at Work"])
        }
        let html = try page("groups/teaching-assistants.html")
        let order = ["Safeguarding Annual Update", "Dates Test", "Nominated staff only", "First Aid at Work"]
            .map { html.range(of: ">\($0)")?.lowerBound }
        #expect(order.allSatisfy { $0 != nil } && order == order.sorted { $0! < $1! })
    }

    @Test("'mandatory' takes everyone, nominated, true or false; anything else is an error that lists them")
    func mandatorySetting() throws {
        try withTemporaryFolder { folder in
            let content = try content(folder)
            try folder.write("Content/courses/mandatory/dates-test.md",
                             Self.datesCourse.replacingOccurrences(of: "mandatory: everyone", with: "mandatory: nominatd"))
            let result = ContentLoader(directory: content, displayPath: "Content").load()
            let error = try #require(result.diagnostics.first { $0.code == .unknownValue })
            #expect(error.message == "'mandatory' must be everyone, nominated or false, not 'nominatd'")
            #expect(error.suggestion?.hasPrefix("did you mean 'nominated'? write mandatory: everyone") == true)
        }
    }

    @Test("'Coming up' on the home page shows each course once, at its next date")
    func comingUpDistinct() throws {
        try withTemporaryFolder { folder in
            let catalogue = try catalogue(try content(folder))
            let upcoming = views(catalogue, page: SitePath.home).home().upcoming
            #expect(upcoming.count > 2)
            #expect(Set(upcoming.map(\.title)).count == upcoming.count, "\(upcoming.map(\.title))")
            #expect(upcoming.first { $0.title == "Dates Test" }?.iso == "2026-11-04")
        }
    }

    @Test("an offer with no mandatory training has no required-training grid, nor a link to one")
    func noGridWithoutMandatory() throws {
        try withTemporaryFolder { folder in
            let content = try content(folder)
            #expect(SitePlan.hasRequiredGrid(try catalogue(content)))
            for file in ["mandatory/first-aid.md", "mandatory/annual-safeguarding.md", "mandatory/dates-test.md"] {
                let url = content.appendingPathComponent("courses/" + file)
                let text = try String(contentsOf: url, encoding: .utf8)
                try text.replacing(#/mandatory: \w+\n/#, with: "").write(to: url, atomically: true, encoding: .utf8)
            }
            #expect(!SitePlan.hasRequiredGrid(try catalogue(content)))
        }
    }
    @Test("search ranks first only training every member of staff must take, not nominated-only courses for all")
    func searchRanksEveryoneFirst() throws {
        try withTemporaryFolder { folder in
            let content = try content(folder)
            let safeguarding = content.appendingPathComponent("courses/mandatory/annual-safeguarding.md")
            var catalogue = try catalogue(content)
            let annual = try #require(catalogue.courses.first { $0.slug == "annual-safeguarding" })
            #expect(SearchIndexExport.everyoneNeeds(annual))
            let text = try String(contentsOf: safeguarding, encoding: .utf8)
            try text.replacing(#/mandatory: \w+\n/#, with: "mandatory: nominated\n").write(to: safeguarding, atomically: true, encoding: .utf8)
            catalogue = try self.catalogue(content)
            let nominated = try #require(catalogue.courses.first { $0.slug == "annual-safeguarding" })
            #expect(nominated.groups == .all)
            #expect(!SearchIndexExport.everyoneNeeds(nominated))
        }
    }
}
