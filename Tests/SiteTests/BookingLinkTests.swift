@testable import Catalogue
@testable import Site
import Testing

/// The booking, feedback and interest links a course page offers, per session and per day.
@Suite("Booking links per session")
struct BookingLinkTests {
    let catalogue: Catalogue

    init() throws { catalogue = try Fixtures.catalogue("valid") }

    func views(on epoch: String = Today.startOfYear) -> ViewFactory {
        ViewFactory(catalogue: catalogue, today: Today.date(epoch), page: SitePath.course("x"))
    }

    func course(_ slug: String) throws -> Course { try #require(catalogue.course(slug)) }

    /// The booking link of each session of a course, in date order.
    func bookingLinks(_ slug: String, on epoch: String = Today.startOfYear) throws -> [String?] {
        let course = try course(slug)
        let views = views(on: epoch)
        return course.sessions.map { views.bookingURL(course, $0) }
    }

    @Test("the site template, with the course code, encoded title, first day and start time")
    func siteTemplate() throws {
        #expect(try bookingLinks("annual-safeguarding") == [
            "https://forms.testbridge.example/book?course=SG-101&title=Safeguarding%20Annual%20Update&date=2026-10-07&start=16%3A00",
        ])
    }

    @Test("a title with &, a dash and an accent is percent-encoded into the link")
    func encodedTitle() throws {
        #expect(try bookingLinks("behaviour-essentials") == [
            nil,  // 23 September is cancelled
            "https://forms.testbridge.example/book?course=BE-1&title=Behaviour%20%26%20Routines%20%E2%80%94%20the%20Caf%C3%A9%20Approach&date=2026-10-14&start=16%3A00",
        ])
    }

    @Test("a course without a code books with its slug; a cohort books with its first day")
    func cohortAndSlug() throws {
        #expect(try bookingLinks("ect-programme") == [
            "https://forms.testbridge.example/book?course=ect-programme&title=Early%20Career%20Programme&date=2026-11-04&start=09%3A30",
        ])
    }

    @Test("a course's own booking link overrides the site's, and a closed session has none")
    func courseOverride() throws {
        #expect(try bookingLinks("coaching-conversations") == [
            nil,  // 20 January is closed
            "mailto:coaching@testbridge.example?subject=Booking%20Coaching%20Conversations%20on%202027-03-03",
        ])
    }

    @Test("a full session has no booking link; the open one has")
    func fullSession() throws {
        let links = try bookingLinks("first-aid")
        #expect(links.count == 2)
        #expect(links[0] == nil)
        #expect(links[1] == "https://forms.testbridge.example/book?course=FA-201&title=First%20Aid%20at%20Work&date=2027-02-10&start=09%3A00")
    }

    @Test("a session that has passed has no booking link; one later in the year still has")
    func pastSessions() throws {
        #expect(try bookingLinks("annual-safeguarding", on: Today.tenthOfOctober) == [nil])
        #expect(try bookingLinks("behaviour-essentials", on: Today.tenthOfOctober).last! != nil)
    }

    @Test("a session can be booked on its own day, not the day after")
    func bookingOnTheDay() throws {
        let course = try course("annual-safeguarding")
        let session = try #require(course.sessions.first)
        let onTheDay = ViewFactory(catalogue: catalogue, today: session.firstDay, page: "index.html")
        let dayAfter = ViewFactory(catalogue: catalogue, today: session.firstDay.adding(days: 1), page: "index.html")
        #expect(onTheDay.bookingURL(course, session) != nil)
        #expect(dayAfter.bookingURL(course, session) == nil)
    }

    @Test("no booking template at all: no booking link, even for an open session")
    func noTemplate() throws {
        var settings = catalogue.settings
        settings.booking = nil
        let bare = Catalogue(settings: settings, home: catalogue.home, groups: catalogue.groups, courses: catalogue.courses,
                             pathways: catalogue.pathways, pages: catalogue.pages)
        let views = ViewFactory(catalogue: bare, today: Today.date(Today.startOfYear), page: "index.html")
        let safeguarding = try course("annual-safeguarding")
        let coaching = try course("coaching-conversations")
        #expect(views.bookingURL(safeguarding, safeguarding.sessions[0]) == nil)
        // The course's own template still works.
        #expect(views.bookingURL(coaching, coaching.sessions[1]) != nil)
    }

    @Test("the session rows carry the same links")
    func sessionViews() throws {
        let course = try course("first-aid")
        let rows = CourseSession.all(of: course).map(views().session)
        #expect(rows.map { $0.bookHref != nil } == [false, true])
        #expect(rows.map(\.past) == [false, false])
        // The status tag says how few places are left, so the places column gives the total (said once, not twice).
        #expect(rows[1].status.label == "3 places left")
        #expect(rows[1].places == "12 places")
        let later = CourseSession.all(of: course).map(views(on: "1830000000").session)  // 27 December 2027
        #expect(later.map(\.past) == [true, true])
        #expect(later.allSatisfy { $0.bookHref == nil })
    }

    @Test("the feedback link uses the course code, or the slug")
    func feedbackLink() throws {
        #expect(views().courseView(try course("first-aid")).feedbackHref == "https://forms.testbridge.example/evaluate?course=FA-201")
        #expect(views().courseView(try course("ect-programme")).feedbackHref == "https://forms.testbridge.example/evaluate?course=ect-programme")
    }

    @Test("the interest link appears only when there is nothing left to book")
    func interestLink() throws {
        // No sessions at all.
        #expect(views().courseView(try course("phonics-for-tas")).interestHref
                == "https://forms.testbridge.example/interest?course=phonics-for-tas")
        // A date still to come.
        #expect(views().courseView(try course("annual-safeguarding")).interestHref == nil)
        // Every date has passed.
        #expect(views(on: Today.tenthOfOctober).courseView(try course("annual-safeguarding")).interestHref
                == "https://forms.testbridge.example/interest?course=SG-101")
    }

    @Test("a course page says whether anything can be booked")
    func upcomingBookable() throws {
        #expect(views().courseView(try course("first-aid")).upcomingBookable)
        #expect(!views().courseView(try course("phonics-for-tas")).upcomingBookable)
        #expect(!views(on: Today.tenthOfOctober).courseView(try course("annual-safeguarding")).upcomingBookable)
    }
}
