import Catalogue
import Foundation
@testable import Report
import Site
import TestSupport
import Testing

/// The report's numbers for the sample offer, checked against the site's own `catalogue.json`,
/// counted here without the report's code.
@Suite("The report's numbers agree with catalogue.json")
struct ReportNumbersTests {
    /// The sample built as the site is, and its `catalogue.json` parsed.
    static func builtCatalogue() throws -> (courses: [[String: Any]], groups: [String]) {
        try withTemporaryFolder("report-sample") { folder in
            let output = folder.path("Output")
            let report = SiteGenerator(options: ReportSample.options(output: output)).build()
            #expect(report.succeeded, "\(report.diagnostics.map(\.summary))")
            let json = try ReportSample.json(String(contentsOf: output.appendingPathComponent("catalogue.json"), encoding: .utf8))
            let courses = try #require(json["courses"] as? [[String: Any]])
            let groups = try #require(json["groups"] as? [[String: Any]]).compactMap { $0["slug"] as? String }
            return (courses, groups)
        }
    }

    @Test("each group's and stage's courses, mandatory courses and dates to come")
    func groupsAndStages() throws {
        let (courses, groups) = try Self.builtCatalogue()
        let catalogue = try ReportSample.catalogue()
        let today = ReportSample.today(catalogue).description
        let report = try ReportSample.json(try #require(try ReportSample.files(catalogue)["report.json"]))
        let reportGroups = try #require(report["groups"] as? [String: [String: Any]])
        #expect(Set(reportGroups.keys) == Set(groups))
        func datesToCome(_ course: [String: Any]) -> Int {
            ((course["sessions"] as? [[String: Any]]) ?? []).count { ($0["status"] as? String) != "cancelled" && ($0["first_day"] as? String ?? "") >= today }
        }
        for slug in groups {
            let open = courses.filter { ($0["open_to_all"] as? Bool) == true || (($0["groups"] as? [String]) ?? []).contains(slug) }
            let row = try #require(reportGroups[slug])
            #expect(row["courses"] as? Int == open.count, "\(slug)")
            #expect(row["mandatory"] as? Int == open.count { ($0["mandatory"] as? Bool) == true }, "\(slug)")
            #expect(row["dates_to_come"] as? Int == open.map(datesToCome).reduce(0, +), "\(slug)")
            let hours = open.compactMap { $0["cpd_hours"] as? Double }.reduce(0, +)
            #expect(abs((row["cpd_hours"] as? Double ?? Double(row["cpd_hours"] as? Int ?? -1)) - hours) < 0.01, "\(slug)")
        }
        #expect(courses.count > 0 && groups.count > 0)
        let reportStages = try #require(report["stages"] as? [String: [String: Any]])
        for stage in catalogue.settings.stages.map(\.slug) {
            let open = courses.filter { ($0["all_stages"] as? Bool) == true || (($0["stages"] as? [String]) ?? []).contains(stage) }
            #expect(reportStages[stage]?["courses"] as? Int == open.count, "\(stage)")
            #expect(reportStages[stage]?["mandatory"] as? Int == open.count { ($0["mandatory"] as? Bool) == true }, "\(stage)")
        }
        // The access shares add up to each group's dates to come.
        let access = try #require(report["access"] as? [String: [String: Any]])
        for slug in groups {
            let byTime = try #require(access[slug]?["by_time"] as? [String: Int])
            #expect(byTime.values.reduce(0, +) == access[slug]?["dates_to_come"] as? Int)
            #expect(access[slug]?["dates_to_come"] as? Int == reportGroups[slug]?["dates_to_come"] as? Int)
        }
    }

    @Test("drafts are never counted")
    func draftsLeftOut() throws {
        var catalogue = try ReportSample.catalogue()
        let before = ReportData(catalogue: catalogue, today: ReportSample.today(catalogue))
        let published = catalogue.publishedCourses.count
        guard let course = catalogue.publishedCourses.first else { return }
        var draft = course
        draft.slug = "a-draft-copy"
        draft.draft = true
        catalogue = Catalogue(settings: catalogue.settings, home: catalogue.home, groups: catalogue.groups,
                              courses: catalogue.courses + [draft], pathways: catalogue.pathways, pages: catalogue.pages)
        #expect(catalogue.publishedCourses.count == published)
        #expect(ReportData(catalogue: catalogue, today: ReportSample.today(catalogue)) == before)
    }
}
