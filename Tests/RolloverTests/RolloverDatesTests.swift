import Catalogue
import Foundation
@testable import Rollover
import TestSupport
import Testing

/// `prospectus rollover` loses no date silently: cohorts running into the new year keep their
/// new-year days, and every date taken out that is still to come is listed by course and date.
@Suite("Rollover dates")
struct RolloverDatesTests {
    static let next = AcademicYear(startYear: 2027)
    /// Tuesday 20 July 2027: the summer holiday has begun, summer courses are still to come.
    static let july: @Sendable (SiteSettings) -> LocalDate = { _ in LocalDate(year: 2027, month: 7, day: 20)! }

    static func text(_ url: URL) throws -> String {
        try #require(String(data: Data(contentsOf: url), encoding: .utf8))
    }

    /// A course with the issue's cohort (`[2027-06-10, 2027-09-20]`), one with its days a line, one in
    /// `{ }`, and a single old-year date.
    static let cohorts = """
        ---
        title: NPQ cohort
        summary: A national professional qualification.
        strand: Leadership
        groups: [teachers]
        format: blended
        sessions:
          - days: [2027-06-10, 2027-09-20]   # the June start
            start: "09:30"
            venue: Room 3
          - days:
              - 2027-05-05
              # the summer day
              - 2027-06-16
              - 2027-10-06   # autumn
            venue: Online
          - { days: [2027-07-01, 2027-07-08, 2027-11-03], venue: Hall }
          - date: 2027-06-30
        ---
        Body.

        """

    @Test("a cohort whose days run from June into the new year keeps its new-year days, however its list is written, and the report says which days went")
    func cohortAcrossTheYear() throws {
        try withTemporaryFolder { folder in
            let content = try folder.copyFixture("valid")
            try folder.write("Content/courses/npq.md", Self.cohorts)
            let target = folder.url.appendingPathComponent("next")
            let report = try ContentRollover(content: content, to: Self.next, today: RolloverTests.afterTheYear)
                .run(into: .folder(target), destinationDisplay: "next").get()

            #expect(try Self.text(target.appendingPathComponent("courses/npq.md")) == """
                ---
                title: NPQ cohort
                summary: A national professional qualification.
                strand: Leadership
                groups: [teachers]
                format: blended
                sessions:
                  - days: [2027-09-20]   # the June start
                    start: "09:30"
                    venue: Room 3
                  - days:
                      - 2027-10-06   # autumn
                    venue: Online
                  - { days: [2027-11-03], venue: Hall }
                ---
                Body.

                """)
            let text = report.text
            #expect(text.contains("next/courses/npq.md: 3 kept, 1 removed"))
            #expect(text.contains("Cohorts that go on into 2027-28, kept with their days before 2027-09-01 taken out:"))
            #expect(text.contains("  next/courses/npq.md: took out 2027-06-10; kept 2027-09-20"))
            #expect(text.contains("  next/courses/npq.md: took out 2027-05-05, 2027-06-16; kept 2027-10-06"))
            #expect(text.contains("  next/courses/npq.md: took out 2027-07-01, 2027-07-08; kept 2027-11-03"))

            // The new content parses and checks: no errors, and the cohorts meet on their new-year days.
            let loaded = ContentLoader(directory: target, displayPath: "next").load()
            #expect(loaded.diagnostics.filter { $0.severity == .error }.map(\.summary) == [])
            let course = try #require(loaded.catalogue?.course("npq"))
            #expect(course.sessions.map { $0.days.map(\.iso) } == [["2027-09-20"], ["2027-10-06"], ["2027-11-03"]])
        }
    }

    @Test("sessions written as one list in [ ] with an old-year and a new-year date are left whole and reported, never lost")
    func flowSessionsLeftWhole() throws {
        try withTemporaryFolder { folder in
            let content = try folder.copyFixture("valid")
            let course = """
                ---
                title: Flow sessions
                summary: Sessions in one list.
                strand: Leadership
                groups: [teachers]
                format: face-to-face
                sessions: [{ date: 2027-03-03, venue: Room 1 }, { date: 2027-10-13, venue: Room 2 }]
                ---
                Body.

                """
            try folder.write("Content/courses/flow.md", course)
            let target = folder.url.appendingPathComponent("next")
            let report = try ContentRollover(content: content, to: Self.next, today: RolloverTests.afterTheYear)
                .run(into: .folder(target), destinationDisplay: "next").get()
            #expect(try Self.text(target.appendingPathComponent("courses/flow.md")) == course)
            #expect(report.text.contains("next/courses/flow.md: its sessions are written as one list in [ ], so the past ones could not be taken out one by one"))
        }
    }

    @Test("a course whose settings are one { } mapping is rolled over without a crash (its keys share a line)")
    func flowFrontMatter() throws {
        try withTemporaryFolder { folder in
            let content = try folder.copyFixture("valid")
            try folder.write("Content/courses/flow-map.md", """
                ---
                { title: Flow map, summary: One line., strand: Leadership, groups: [teachers], format: face-to-face, sessions: [{ date: 2027-03-03 }] }
                ---
                Body.

                """)
            let target = folder.url.appendingPathComponent("next")
            let result = ContentRollover(content: content, to: Self.next, today: RolloverTests.afterTheYear)
                .run(into: .folder(target), destinationDisplay: "next")
            if case .failure(let problem) = result { Issue.record("rollover refused: \(problem)") }
            if case .success(let report) = result {
                #expect(report.text.contains("flow-map.md: its settings are written in { } rather than one per line"), "\(report.text)")
            }
        }
    }

    /// A summer course rolled over on 20 July: one date past, two still to come, and a cohort that
    /// started before the holiday and goes on in the autumn.
    static let summer = """
        ---
        title: Summer school
        summary: Holiday teaching.
        strand: Teaching and learning
        groups: [teachers]
        format: face-to-face
        sessions:
          - date: 2027-07-15
          - date: 2027-07-22
          - days: [2027-07-28, 2027-10-01]
          - date: 2027-08-28
        ---
        Body.

        """

    @Test("rolled over in July, every date taken out that is still to come is listed by course and date, with when to publish")
    func upcomingListed() throws {
        try withTemporaryFolder { folder in
            let content = try folder.copyFixture("valid")
            try folder.write("Content/courses/summer.md", Self.summer)
            let target = folder.url.appendingPathComponent("next")
            let report = try ContentRollover(content: content, contentDisplay: "Content", to: Self.next, today: Self.july)
                .run(into: .folder(target), destinationDisplay: "next").get()
            let text = report.text
            #expect(text.contains("Sessions still to come that were taken out (today is 2027-07-20):"))
            #expect(text.contains("\n  Content/courses/summer.md: 2027-07-22, 2027-07-28 (a day of a cohort kept in the new year), 2027-08-28\n"))
            #expect(text.contains("These 3 dates are still to come: publish the rolled-over offer after 2027-08-28, or keep them by going on building from Content (which still has them) until then."))
            #expect(text.contains("still to come") && text.contains("3 dates taken out had not happened yet: see below"))
            #expect(text.contains("When the new offer is ready, and not before 2027-08-29 (dates still to come are listed above), build it with"))
            // The date already past is not among them.
            #expect(!text.contains("2027-07-15"))
            // The new folder has the cohort's autumn day, and Content still has every date.
            let rolled = try #require(ContentLoader(directory: target).load().catalogue?.course("summer"))
            #expect(rolled.sessions.map { $0.days.map(\.iso) } == [["2027-10-01"]])
            #expect(try Self.text(content.appendingPathComponent("courses/summer.md")) == Self.summer)
        }
    }

    @Test("in place, taking out dates still to come is refused with the dates listed, unless --remove-upcoming; a dry run says so")
    func upcomingInPlace() throws {
        try withTemporaryFolder { folder in
            let content = try folder.copyFixture("valid")
            try folder.write("Content/courses/summer.md", Self.summer)
            let before = RolloverTests.snapshot(content)

            let refused = ContentRollover(content: content, contentDisplay: "Content", to: Self.next, today: Self.july)
                .run(into: .inPlace, destinationDisplay: "Content")
            guard case .failure(let error) = refused else { Issue.record("an in-place rollover took out dates still to come"); return }
            #expect(error.message.contains("would take out 3 dates still to come (today is 2027-07-20)"))
            #expect(error.message.contains("\n  Content/courses/summer.md: 2027-07-22, 2027-07-28 (a day of a cohort kept in the new year), 2027-08-28"))
            #expect(error.suggestion?.contains("publish the new folder after 2027-08-28") == true)
            #expect(error.suggestion?.contains("--remove-upcoming") == true)
            #expect(RolloverTests.snapshot(content) == before)

            let dryRun = try ContentRollover(content: content, contentDisplay: "Content", to: Self.next, today: Self.july)
                .run(into: .inPlace, destinationDisplay: "Content", dryRun: true).get()
            #expect(dryRun.text.contains("a rollover in place would be refused"))
            #expect(RolloverTests.snapshot(content) == before)

            let forced = try ContentRollover(content: content, contentDisplay: "Content", to: Self.next, removeUpcoming: true, today: Self.july)
                .run(into: .inPlace, destinationDisplay: "Content").get()
            #expect(forced.text.contains("are no longer in Content (--remove-upcoming): the next build takes them off the published site."))
            #expect(try #require(ContentLoader(directory: content).load().catalogue).settings.academicYear == Self.next)
        }
    }

    @Test("rolled over after the year has ended, nothing is still to come and the report says nothing of it")
    func nothingUpcoming() throws {
        try withTemporaryFolder { folder in
            let content = try folder.copyFixture("valid")
            try folder.write("Content/courses/summer.md", Self.summer)
            let report = try ContentRollover(content: content, to: Self.next, today: RolloverTests.afterTheYear)
                .run(into: .inPlace, destinationDisplay: "Content").get()
            #expect(!report.text.contains("still to come"))
        }
    }
}
