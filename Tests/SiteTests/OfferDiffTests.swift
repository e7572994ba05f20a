import Catalogue
import Testing
@testable import Site

/// What's new words a new course by the dates staff can still choose: a date already past (a cohort
/// that ran in spring, seen in July) is not one of them.
@Suite("What's new: a new course's dates")
struct OfferDiffTests {
    func detail(_ sessions: [(String, String)]) -> String? {
        let course = OfferSnapshot.Course(slug: "new", title: "New Course", sessions: sessions.enumerated().map {
            OfferSnapshot.Session(id: "s\($0.offset)", first_day: $0.element.0, start: nil, venue: nil, status: $0.element.1)
        })
        let today = LocalDate(iso: "2027-07-27")!
        return OfferDiff.changes(from: OfferSnapshot(courses: []), to: OfferSnapshot(courses: [course]), on: today).first?.detail
    }

    @Test("past and cancelled dates are not counted as dates to choose from")
    func onlyDatesToCome() {
        #expect(detail([("2027-01-20", "open"), ("2027-08-20", "open"), ("2027-08-21", "cancelled")]) == "1 date to choose from")
        #expect(detail([("2027-01-20", "open"), ("2027-07-27", "open"), ("2027-08-20", "full")]) == "2 dates to choose from")
        #expect(detail([("2027-01-20", "open")]) == "No dates still to come")
        #expect(detail([]) == "Dates to be confirmed")
    }
}
