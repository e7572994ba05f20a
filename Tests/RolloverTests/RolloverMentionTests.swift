import Catalogue
import Foundation
@testable import Rollover
import TestSupport
import Testing

/// `prospectus rollover` lists every line that still names the old year, wherever it is and however
/// it is written, with the setting it belongs to.
@Suite("Rollover mentions of the old year")
struct RolloverMentionTests {
    /// The 1-based number of the first line of `file` (inside `folder`) that contains `needle`.
    static func line(of needle: String, in file: URL) throws -> Int {
        let lines = try #require(String(data: Data(contentsOf: file), encoding: .utf8)).split(separator: "\n", omittingEmptySubsequences: false)
        return try #require(lines.firstIndex { $0.contains(needle) }) + 1
    }

    @Test("titles, summaries, descriptions, group, pathway and page files and site.yml: each form of the old year is listed by file, line and setting")
    func everyPlace() throws {
        try withTemporaryFolder { folder in
            let content = try folder.copyFixture("valid")
            try folder.write("Content/courses/curriculum-review.md", """
                ---
                title: Curriculum review 2026-27
                summary: What changes from 2026 to 2027.
                strand: Leadership
                groups: [teachers]
                format: face-to-face
                ---
                Runs across 2026\u{2013}2027, as agreed.
                Not the year: 2026-10-14, 12026-27, 2026-275.

                """)
            try folder.write("Content/groups/teachers.md", """
                ---
                title: Teachers
                family: Teachers
                summary: Class and subject teachers in 2026/27.
                order: 2
                ---
                Everyone who teaches in 2026 - 27.

                """)
            try folder.write("Content/pathways/early-career.md", """
                ---
                title: Early career pathway
                summary: From induction through the first two years.
                groups: [early-career-teachers]
                order: 2
                steps:
                  - title: Starting out in 2026/2027
                    stage: induction
                    courses: [annual-safeguarding, behaviour-essentials]
                ---
                Follow the steps in order.

                """)
            try folder.write("Content/pages/how-to-book.md", """
                ---
                title: How to book for 2026 \u{2014} 27
                ---
                Booking opens in June.

                """)
            let site = try String(contentsOf: content.appendingPathComponent("site.yml"), encoding: .utf8)
            try folder.write("Content/site.yml", site.replacingOccurrences(
                of: "  - { title: Leadership }", with: "  - { title: Leadership, summary: Leading in 2026-2027. }"))

            let target = folder.url.appendingPathComponent("next")
            let report = try ContentRollover(content: content, to: AcademicYear(startYear: 2027), today: RolloverTests.afterTheYear)
                .run(into: .folder(target), destinationDisplay: "next").get()
            let course = target.appendingPathComponent("courses/curriculum-review.md")
            let expected = [
                "next/site.yml:\(try Self.line(of: "Leading in", in: target.appendingPathComponent("site.yml"))) (strands): 2026-2027",
                "next/courses/curriculum-review.md:2 (title): 2026-27",
                "next/courses/curriculum-review.md:3 (summary): 2026 to 2027",
                "next/courses/curriculum-review.md:8 (text): 2026\u{2013}2027",
                "next/groups/teachers.md:4 (summary): 2026/27",
                "next/groups/teachers.md:7 (text): 2026 - 27",
                "next/pathways/early-career.md:7 (steps): 2026/2027",
                "next/pages/how-to-book.md:2 (title): 2026 \u{2014} 27",
            ]
            let listed = report.mentions.map(\.description)
            for mention in expected { #expect(listed.contains(mention), "not listed: \(mention)") }
            // A date, or a longer number, is not the year.
            #expect(!listed.contains { $0.hasPrefix("next/courses/curriculum-review.md:9") })
            #expect(try Self.line(of: "Not the year", in: course) == 9)
            // The offer was changed, so it no longer names the old year; every mention is in the report's text.
            #expect(!listed.contains { $0.contains("(offer)") })
            for mention in expected { #expect(report.text.contains("  \(mention)\n")) }
        }
    }

    @Test("the year is found, and replaced, in each way it is written")
    func forms() {
        let old = AcademicYear(startYear: 2026)
        let next = AcademicYear(startYear: 2027)
        #expect(old.mentions(in: "2026 to 2027 and 2026 \u{2013} 27") == ["2026 \u{2013} 27", "2026 to 2027"])
        #expect(old.mentions(in: "2026\u{2014}27") == ["2026\u{2014}27"])
        #expect(old.mentions(in: "from 2026-10-14 to 2027-07-20") == [])
        let (text, count) = next.replacingMentions(of: old, in: "CPD offer 2026 to 2027 (2026 / 27)")
        #expect(text == "CPD offer 2027 to 2028 (2027 / 28)")
        #expect(count == 2)
    }
}
