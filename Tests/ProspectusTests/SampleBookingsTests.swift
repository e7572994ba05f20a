import Foundation
@testable import prospectus
import Spreadsheets
import TestSupport
import Testing

/// The sample offer built with its downloads: every session's places booked, counted here again
/// from the downloads without Prospectus's matching, as catalogue.json and the course pages give them.
@Suite("The sample's booked places")
struct SampleBookingsTests {
    /// A date cell as the sample writes it: `25/03/2027` (with a time after it for two sessions on
    /// one day) in a .csv, `2027-03-25` or `2027-03-25T09:30:00` from an .xlsx date cell.
    static func day(_ cell: String) -> String {
        let date = String(cell.prefix { $0 != " " && $0 != "T" })
        let parts = date.split(separator: "/")
        return parts.count == 3 ? "\(parts[2])-\(parts[1])-\(parts[0])" : date
    }

    /// Booking rows by course code (upper case) and day.
    static func bookings() throws -> [String: [String: Int]] {
        var counts: [String: [String: Int]] = [:]
        for (path, sheet) in try SampleBuild.sheets() where path.hasPrefix("bookings/") {
            let code = try #require(sheet.column(named: "Course code")), date = try #require(sheet.column(named: "Session date"))
            for row in sheet.rows {
                counts[row[code].trimmingCharacters(in: .whitespaces).uppercased(), default: [:]][day(row[date]), default: 0] += 1
            }
        }
        return counts
    }

    @Test("catalogue.json's booked counts are the downloads' rows for each session's days; the partner edition has none")
    func counts() throws {
        let bookings = try Self.bookings()
        try withTemporaryFolder("sample-bookings") { folder in
            let output = try SampleBuild.build(into: folder)
            let catalogue = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("catalogue.json"))) as? [String: Any])
            var checked = 0, booked = 0
            for course in try #require(catalogue["courses"] as? [[String: Any]]) {
                let code = (course["code"] as? String ?? course["slug"] as? String ?? "").uppercased()
                let sessions = course["sessions"] as? [[String: Any]] ?? []
                let firstDays = sessions.map { $0["first_day"] as? String ?? "" }
                for session in sessions {
                    let days = session["days"] as? [String] ?? []
                    guard session["places"] is Int else {
                        #expect(session["booked"] is NSNull, "\(code) \(days)")
                        continue
                    }
                    // Two sessions of a course on one day are told apart by time, which this count does not do.
                    guard firstDays.filter({ $0 == days[0] }).count == 1 else { continue }
                    let expected = days.reduce(0) { $0 + (bookings[code]?[$1] ?? 0) }
                    #expect(session["booked"] as? Int == expected, "\(code) \(days[0])")
                    if session["status"] as? String == "open", let places = session["places"] as? Int {
                        #expect(session["places_left"] as? Int == max(0, places - expected), "\(code) \(days[0])")
                    }
                    checked += 1
                    booked += expected
                }
            }
            #expect(checked > 100 && booked > 500, "\(checked) sessions, \(booked) booked")

            let partners = try SampleBuild.build(into: folder, edition: "partners")
            let text = try String(contentsOf: partners.appendingPathComponent("catalogue.json"), encoding: .utf8)
            #expect(text.contains("\"places_left\"") && !text.contains("\"booked\" : 1") && !text.contains("\"booked\" : 2"))
            let page = try String(contentsOf: partners.appendingPathComponent("courses/first-aid-at-work.html"), encoding: .utf8)
            #expect(!page.contains("booked") && page.contains("4 places left"))
        }
    }

    @Test("a session booked to its last place shows as full, a hand-kept places_left is replaced, each row says how many are booked")
    func coursePages() throws {
        try withTemporaryFolder("sample-pages") { folder in
            let output = try SampleBuild.build(into: folder)
            func page(_ slug: String) throws -> String {
                try String(contentsOf: output.appendingPathComponent("courses/\(slug).html"), encoding: .utf8)
            }
            // Paediatric first aid on 2 March 2027: open in the content, all 12 places booked.
            let paediatric = try page("paediatric-first-aid")
            let row = try #require(paediatric.range(of: "datetime=\"2027-03-02\"").map { String(paediatric[$0.lowerBound...].prefix(1500)) })
            #expect(row.contains("12 booked") && row.contains("tag--full"), "\(row)")
            let firstAid = try page("first-aid-at-work")
            #expect(firstAid.contains("12 places · 8 booked <span class=\"tag tag--few\">4 places left</span>"))
        }
    }
}
