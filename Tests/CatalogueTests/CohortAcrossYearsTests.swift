import Catalogue
import Foundation
import TestSupport
import Testing

/// A cohort that starts in the academic year may meet again in the next one (an NPQ, a two-year
/// programme): rollover keeps those days, so they are not a mistake. A date outside the year
/// anywhere else is still a warning, as a mistyped year usually is.
@Suite("Cohorts that go on into the next academic year")
struct CohortAcrossYearsTests {
    func yearWarnings(_ sessions: String) throws -> [String] {
        try withTemporaryFolder("cohort-years") { scratch in
            let content = try scratch.copyFixture("valid")
            try scratch.write("Content/courses/cohort.md", """
                ---
                title: Two-Year Programme
                summary: A cohort that meets across two academic years.
                strand: Leadership
                groups: [teachers]
                format: face-to-face
                sessions:
                \(sessions)
                ---
                """)
            let result = ContentLoader(directory: content, displayPath: "Content").load()
            return result.diagnostics.filter { $0.message.contains("outside the academic year") }.map(\.message)
        }
    }

    @Test("a cohort from June into the next September is not warned about")
    func cohortIntoNextYear() throws {
        #expect(try yearWarnings("  - days: [2027-06-10, 2027-09-20]\n    start: \"09:00\"") == [])
    }

    @Test("a single date after the year, a cohort that starts after it, or a day two years on are still warned about", arguments: [
        "  - date: 2027-09-08",
        "  - days: [2027-09-08, 2027-10-01]",
        "  - days: [2027-06-10, 2028-10-01]",
        "  - days: [2026-06-10, 2026-10-01]",
    ])
    func stillWarned(sessions: String) throws {
        #expect(try yearWarnings(sessions).count == 1)
    }
}
