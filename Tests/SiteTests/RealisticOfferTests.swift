import Catalogue
import Foundation
import Site
import TestSupport
import Testing

/// The second content set (examples/realistic-offer): a national-style programme with 90-character
/// titles, cohorts, untimed online courses, invitation-only places, prices by kind of school,
/// recurring dates and a month split across two terms. It must check and build with no warning, and
/// its pages must say what the content means (issue #18).
@Suite("The realistic offer builds with no warnings and says what its content means")
struct RealisticOfferTests {
    static let content = TestPaths.repository.appendingPathComponent("examples/realistic-offer/Content")

    /// Builds the set once per test into a scratch folder, "today" 1 September 2026.
    func built(_ body: (URL) throws -> Void) throws {
        try withTemporaryFolder("realistic-offer") { folder in
            let output = folder.path("Output")
            let options = BuildOptions(content: Self.content, contentDisplay: "Content", theme: Fixtures.theme, themeDisplay: "Theme",
                                       output: output, environment: ["SOURCE_DATE_EPOCH": Today.startOfYear],
                                       history: ScratchHistory.folder(forBuildOf: Self.content, into: output))
            let checked = SiteGenerator(options: options).check()
            #expect(checked.diagnostics.map(\.summary) == [], "check --strict fails")
            let report = SiteGenerator(options: options).build()
            #expect(report.diagnostics.map(\.summary) == [], "build has warnings")
            #expect(report.published != nil)
            try body(output)
        }
    }

    @Test("checks and builds with no warnings; invitation, cohorts, prices, modules and recurring dates read as meant")
    func buildsAndReads() throws {
        try built { output in
            let senco = try read(output, "courses/senco-leadership-cohort.html")
            #expect(senco.contains("By invitation") && senco.contains("mailto:senco-nominations@nisd.example"))
            #expect(!senco.contains(">Book<") && !senco.contains(">Open<"))
            #expect(senco.contains("Termly: dates to be confirmed"))
            #expect(senco.contains("6 days: "))

            let programme = try read(output, "courses/curriculum-coherence.html")
            #expect(programme.contains("<li>Maintained schools: £650</li>") && programme.contains("<li>Independent schools: £900</li>"))
            #expect(programme.contains("<ol class=\"modules\"><li>Where your school is now: evidence and diagnosis</li>"))

            let online = try read(output, "courses/online-data-protection.html")
            #expect(online.contains("Any time — online, at your own pace"))
            #expect(try read(output, "courses/business-leaders-conference.html").contains("School day into evening"))
            #expect(try read(output, "courses/governor-finance.html").contains("<span class=\"sessions__when\">Evening</span>"))

            let whatsOn = try read(output, "whats-on.html")
            let ids = whatsOn.matches(of: /\sid="([^"]+)"/).map { String($0.output.1) }
            #expect(Set(ids).count == ids.count, "duplicate ids on What's on")

            let calendar = try read(output, "offer.ics")
            #expect(!calendar.contains("half-term") && !calendar.contains("dates to be confirmed"))
            let json = try read(output, "catalogue.json")
            #expect(json.contains("\"recurs\": \"every half-term\"") && json.contains("\"kind\": \"maintained\"") && json.contains("\"time_of_day\": \"evening\""))
        }
    }
}
