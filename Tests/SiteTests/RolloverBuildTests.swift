import Catalogue
import Foundation
import Rollover
import Site
import TestSupport
import Testing

/// Content rolled over by `prospectus rollover` builds into a site with no errors.
@Suite("Building rolled-over content")
struct RolloverBuildTests {
    @Test("the sample Content, rolled over in July with a cohort running into the new year, builds with no errors and shows the cohort's new-year day")
    func rolledOverSampleBuilds() throws {
        try withTemporaryFolder { folder in
            let content = folder.path("Content")
            try FileManager.default.copyItem(at: TestPaths.repository.appendingPathComponent("Content"), to: content)
            try folder.write("Content/courses/npq-cohort.md", """
                ---
                title: NPQ cohort
                summary: A national professional qualification.
                strand: National Professional Qualifications
                groups: all
                format: blended
                sessions:
                  - days: [2027-06-10, 2027-09-20]
                    start: "09:30"
                    end: "15:30"
                    venue: Online (live)
                ---
                A cohort that starts in June and goes on in September.

                """)
            let rolled = folder.path("Content-2027-28")
            let july: @Sendable (SiteSettings) -> LocalDate = { _ in LocalDate(year: 2027, month: 7, day: 20)! }
            _ = try ContentRollover(content: content, contentDisplay: "Content", to: AcademicYear(startYear: 2027), today: july)
                .run(into: .folder(rolled), destinationDisplay: "Content-2027-28").get()

            // "Today" is 1 September 2026, before every date of the new year.
            let output = folder.path("Output")
            let report = build(content: rolled, output: output)
            #expect(report.errorSummaries == [])
            #expect(report.succeeded)
            let page = try read(output, "courses/npq-cohort.html")
            #expect(page.contains("20 September 2027"))
            #expect(!page.contains("10 June 2027"))
        }
    }
}
