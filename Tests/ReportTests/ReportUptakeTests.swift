import Catalogue
import Foundation
@testable import Report
import Site
import TestSupport
import Testing
import Uptake

/// Bookings and evaluations in the report, from an `Uptake` made here (the downloads' reading is
/// the Uptake module's): each number in report.json and the CSV files is the one put in.
@Suite("Uptake and evaluations in the report")
struct ReportUptakeTests {
    /// Two real sessions of the sample with places, bookings on them, and evaluations of their courses.
    static func uptake(_ catalogue: Catalogue) throws -> (Uptake, [(course: Course, session: Session, booked: Int)]) {
        let chosen = Array(catalogue.publishedCourses.compactMap { course in
            course.sessions.first { ($0.places ?? 0) >= 4 }.map { (course, $0) }
        }.prefix(2))
        try #require(chosen.count == 2)
        let groups = catalogue.groups.map(\.slug)
        var uptake = Uptake()
        var expected: [(Course, Session, Int)] = []
        for (index, (course, session)) in chosen.enumerated() {
            let booked = 3 + index
            uptake.sessions[SessionKey(course: course.slug, firstDay: session.firstDay)] =
                SessionUptake(booked: booked, byGroup: [groups[index]: booked - 1, "": 1])
            expected.append((course, session, booked))
        }
        uptake.evaluations[chosen[0].0.slug] = EvaluationSummary(responses: 4, rated: 3, ratingTotal: 13)
        uptake.files = [ExportFileSummary(kind: .bookings, path: "Exports/bookings/autumn.csv", rows: 9, matched: 7),
                        ExportFileSummary(kind: .evaluations, path: "Exports/evaluations/autumn.xlsx", rows: 4, matched: 4)]
        return (uptake, expected)
    }

    @Test("booked counts, fill rates, bookings by group, evaluations and downloads")
    func numbers() throws {
        let catalogue = try ReportSample.catalogue()
        let (uptake, expected) = try Self.uptake(catalogue)
        let files = try ReportSample.files(catalogue, uptake: uptake)
        let json = try ReportSample.json(try #require(files["report.json"]))
        let sessions = try #require(json["sessions"] as? [[String: Any]])
        // Every session that gives its places has a row (0 booked when no download names it).
        let withPlaces = catalogue.publishedCourses.flatMap(\.sessions).count { $0.status != .cancelled && $0.places != nil }
        #expect(sessions.count == withPlaces)
        #expect(sessions.count { ($0["booked"] as? Int ?? 0) > 0 } == expected.count)
        for (course, session, booked) in expected {
            let row = try #require(sessions.first { $0["course"] as? String == course.slug && $0["date"] as? String == session.firstDay.description })
            #expect(row["booked"] as? Int == booked)
            let places = try #require(session.places)
            let rate = try #require(row["fill_rate"] as? Double)
            #expect(abs(rate - Double(booked) / Double(places)) < 0.006)
        }
        // Each strand's places and bookings, added up here from the sessions put in.
        var strands: [String: (places: Int, booked: Int)] = [:]
        for course in catalogue.publishedCourses {
            for session in course.sessions where session.status != .cancelled {
                if let places = session.places { strands[course.strand, default: (0, 0)].places += places }
            }
        }
        for (course, _, booked) in expected { strands[course.strand, default: (0, 0)].booked += booked }
        let fill = try #require(json["fill_by_strand"] as? [String: [String: Any]])
        #expect(Set(fill.keys) == Set(strands.keys))
        for (strand, sums) in strands {
            #expect(fill[strand]?["places"] as? Int == sums.places, "\(strand)")
            #expect(fill[strand]?["booked"] as? Int == sums.booked, "\(strand)")
        }
        let byGroup = try #require(json["group_bookings"] as? [String: Int])
        #expect(byGroup[""] == 2)
        #expect(byGroup.values.reduce(0, +) == expected.map(\.booked).reduce(0, +))
        let evaluations = try #require(json["evaluations"] as? [String: [String: Any]])
        let evaluation = try #require(evaluations[expected[0].course.slug])
        #expect(evaluation["responses"] as? Int == 4)
        #expect(evaluation["rated"] as? Int == 3)
        #expect(abs((evaluation["mean_rating"] as? Double ?? 0) - 4.33) < 0.001)
        let downloads = try #require(json["files"] as? [[String: Any]])
        #expect(downloads.map { $0["matched"] as? Int } == [7, 4])
        // The CSV files hold the same numbers, and the page shows the sections.
        let csv = try #require(files["sessions.csv"])
        #expect(csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 1 + withPlaces)
        #expect(try #require(files["evaluations.csv"]).contains(",4,3,4.33\r\n"))
        let page = try #require(files["index.html"])
        for id in ["uptake", "evaluations", "downloads", "fill-by-strand-chart", "sessions-table", "bookings-by-group-chart", "evaluations-chart"] {
            #expect(page.contains("id=\"\(id)\""), "\(id)")
        }
    }

    @Test("without downloads the uptake section says how to add them, and no uptake table is written")
    func noDownloads() throws {
        let catalogue = try ReportSample.catalogue()
        let files = try ReportSample.files(catalogue)
        #expect(files["sessions.csv"] == nil && files["evaluations.csv"] == nil)
        let page = try #require(files["index.html"])
        #expect(page.contains(SiteStrings.english.reportText("report.uptake.none").replacingOccurrences(of: "'", with: "&#39;")))
    }
}
