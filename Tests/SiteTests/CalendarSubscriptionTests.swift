import Catalogue
import Foundation
import Testing
@testable import Site

/// Subscriptions that update: webcal links and addresses from site.yml's url, DTSTAMP the moment the
/// files are made, one event for a course held at several schools at once in a group's calendar.
@Suite("Calendars: subscriptions, DTSTAMP, joined venues")
struct CalendarSubscriptionTests {
    typealias Sample = WhatsOnCalendarsSample

    @Test("with url: a webcal link and the https address to copy for every calendar")
    func webcalWithURL() throws {
        let html = try Sample.page(SitePath.calendars, catalogue: try Sample.catalogue())
        #expect(html.contains("href=\"webcal://cpd.example.org/trust/offer.ics\""))
        #expect(html.contains("href=\"webcal://cpd.example.org/trust/calendars/groups/premises.ics\""))
        #expect(html.contains("href=\"webcal://cpd.example.org/trust/calendars/schools/linden-vale-school.ics\""))
        #expect(html.contains("readonly value=\"https://cpd.example.org/trust/calendars/schools/linden-vale-school.ics\""))
        for app in ["Outlook", "Google Calendar", "Apple Calendar"] { #expect(html.contains("<summary>\(app)")) }
        #expect(html.contains("Subscribe from web") && html.contains("From URL") && html.contains("New calendar subscription"))
        #expect(!html.contains("Upload from file") && !html.contains("An imported file is a copy"))
        // Google and Outlook on the web fetch from the internet: an intranet-only site gets the download as the way round.
        #expect(html.contains("If this site is only on the school network (the intranet), they cannot reach it"))
    }

    @Test("without url: no webcal link and no address, the files linked as they are")
    func noWebcalWithoutURL() throws {
        let html = try Sample.page(SitePath.calendars, catalogue: try Sample.catalogue(url: nil))
        #expect(!html.contains("webcal:"))
        #expect(!html.contains("readonly"))
        #expect(html.contains("href=\"calendars/groups/premises.ics\""))
        // Nothing to subscribe to: every app's steps download and import the file, a copy that does not update.
        let steps = html.matches(of: /<ol>(.*?)<\/ol>/.dotMatchesNewlines()).map { String($0.output.1) }.joined()
        for subscribing in ["Subscribe", "subscription", "paste the address", "From URL", "From internet"] {
            #expect(!steps.contains(subscribing), "a step without url says \(subscribing)")
        }
        #expect(steps.contains("Upload from file") && steps.contains("Import &amp; export") && steps.contains("File, then Import"))
        #expect(html.contains("It does not update") && html.contains("(as <code>url</code> in its settings, site.yml)"))
        #expect(!html.contains("they stay up to date"))
    }

    @Test("every DTSTAMP is the moment the files were made, in UTC")
    func stampIsBuildTime() throws {
        // 6 December 2026 09:30:15 UTC.
        let madeAt = 1_796_549_415
        #expect(ExportFormat.utcStamp(madeAt) == "20261206T093015Z")
        #expect(BuildClock.now(environment: ["SOURCE_DATE_EPOCH": String(madeAt)]) == madeAt)
        let files = Sample.calendars(try Sample.catalogue(), madeAt: madeAt)
        #expect(files.count > 5)
        for (path, text) in files {
            let stamps = Sample.events(text).flatMap { $0.filter { $0.hasPrefix("DTSTAMP") } }
            #expect(!stamps.isEmpty || !text.contains("BEGIN:VEVENT"), "\(path)")
            #expect(stamps.allSatisfy { $0 == "DTSTAMP:20261206T093015Z" }, "\(path): \(Set(stamps))")
        }
    }

    @Test("a group's calendar has one event for a course at the same time at three schools; each school keeps its own")
    func groupFeedJoinsVenues() throws {
        let files = Sample.calendars(try Sample.catalogue(), madeAt: 0)
        let teachers = Sample.events(try #require(files[ICalendarPaths.group("teachers")]))
        let fifth = teachers.filter { $0.contains("DTSTART;TZID=Europe/London:20270105T160000") }
        #expect(fifth.count == 1)
        let event = try #require(fifth.first)
        #expect(event.contains("LOCATION:Castlegate School\\, Library\\; Linden Vale School\\; Harrowfield Primary"))
        #expect(event.contains { $0.hasPrefix("UID:safeguarding-20270105-1600-1700-venues@") })
        #expect(event.contains { $0.hasPrefix("DESCRIPTION:") && $0.contains("At 3 places at the same time") && $0.contains("- Linden Vale School") })
        // The offer's calendar keeps every session; a school's only its own.
        let offer = Sample.events(try #require(files[ICalendarPaths.offer]))
        #expect(offer.filter { $0.contains("DTSTART;TZID=Europe/London:20270105T160000") }.count == 3)
        let linden = Sample.events(try #require(files[ICalendarPaths.school("linden-vale-school")]))
        #expect(linden.map { $0.first { $0.hasPrefix("LOCATION:") } } == ["LOCATION:Linden Vale School", "LOCATION:Linden Vale School"])
        // Different times are not joined.
        let premises = Sample.events(try #require(files[ICalendarPaths.group("premises")]))
        #expect(premises.filter { $0.contains { $0.hasPrefix("DTSTART;TZID=Europe/London:20270112") } }.count == 2)
    }
}
