import Catalogue
import Foundation
import Testing
@testable import Site

/// `JSONLD.course`: a schema.org Course that is safe inside `<script type="application/ld+json">`.
@Suite("Exports: JSON-LD")
struct ExportsJSONLDTests {
    static func course(_ slug: String, today: LocalDate = ExportSample.firstOfSeptember) throws -> (text: String, object: [String: Any]) {
        let catalogue = try ExportSample.catalogue()
        let text = JSONLD.course(try #require(catalogue.course(slug)), catalogue: catalogue, today: today)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        return (text, object)
    }

    @Test("no raw <, > or & whatever the content, and the text still parses to the same strings")
    func scriptSafe() throws {
        let (text, object) = try ExportsJSONLDTests.course("long-unicode")
        #expect(!text.contains("<") && !text.contains(">") && !text.contains("&"))
        #expect(text.contains("\\u003c/script\\u003e"))
        #expect(object["description"] as? String == ExportSample.scriptSummary)
        #expect(object["name"] as? String == ExportSample.longTitle)
    }

    @Test("a Course with a CourseInstance per session, times with the UTC offset, offers with numeric prices")
    func course() throws {
        let (_, object) = try ExportsJSONLDTests.course("first-aid")
        #expect(object["@context"] as? String == "https://schema.org" && object["@type"] as? String == "Course")
        #expect(object["courseCode"] as? String == "FA-201")
        #expect(object["url"] as? String == "https://cpd.example.org/trust/courses/first-aid.html")
        let instances = try #require(object["hasCourseInstance"] as? [[String: Any]])
        #expect(instances.count == 4)
        #expect(instances.allSatisfy { $0["@type"] as? String == "CourseInstance" && $0["courseMode"] as? String == "Onsite" })
        #expect(instances[0]["startDate"] as? String == "2026-10-14T09:00:00+01:00")
        #expect(instances[0]["endDate"] as? String == "2026-10-14T16:00:00+01:00")
        #expect(instances[2]["startDate"] as? String == "2026-12-09T09:00:00+00:00")
        #expect(instances[2]["eventStatus"] as? String == "https://schema.org/EventCancelled")
        #expect(instances[3]["startDate"] as? String == "2027-06-16")
        #expect((instances[0]["location"] as? [String: Any])?["name"] as? String == "Hilltop Academy, Room 4")
        let offers = try #require(instances[0]["offers"] as? [[String: Any]])
        #expect(offers.map { $0["price"] as? String } == ["45.00", "60.00"])
        #expect(offers.allSatisfy { $0["priceCurrency"] as? String == "GBP" })
        #expect(offers[0]["availability"] as? String == "https://schema.org/InStock")
        #expect(offers[0]["url"] as? String == "https://forms.example.org/book?course=FA-201&date=2026-10-14")
        let (_, ect) = try ExportsJSONLDTests.course("ect-programme")
        #expect(ect["offers"] == nil, "a price written as a phrase has no Offer")
        let cohort = try #require((ect["hasCourseInstance"] as? [[String: Any]])?.first)
        #expect(cohort["startDate"] as? String == "2026-11-04T09:30:00+00:00" && cohort["endDate"] as? String == "2026-12-02T15:30:00+00:00")
        #expect(cohort["courseMode"] as? String == "Blended")
    }

    @Test("sessions that have ended by today are left out")
    func today() throws {
        let (_, later) = try ExportsJSONLDTests.course("first-aid", today: LocalDate(year: 2026, month: 11, day: 1)!)
        #expect((later["hasCourseInstance"] as? [[String: Any]])?.count == 2)
        let (_, end) = try ExportsJSONLDTests.course("first-aid", today: LocalDate(year: 2027, month: 8, day: 1)!)
        #expect(end["hasCourseInstance"] == nil)
    }
}
