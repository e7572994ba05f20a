import Catalogue
import Spreadsheets
import TestSupport
import Testing
@testable import Uptake

/// What the bookings do to each session: places booked on every session with places, places left
/// worked out while it is open, full with none left; what the editor wrote about status kept.
@Suite("Places from bookings")
struct PlacesFromBookingsTests {
    static let course = """
        ---
        title: Places Test
        code: PT-1
        summary: A course for counting places.
        strand: Leadership
        groups: [teachers]
        format: face-to-face
        partners: true
        sessions:
          - { date: 2027-03-01, start: "09:00", places: 10, places_left: 0 }
          - { date: 2027-03-02, start: "09:00", places: 10, places_left: 9 }
          - { date: 2027-03-03, start: "09:00", places: 2 }
          - { date: 2027-03-04, start: "09:00", places: 10, status: full }
          - { date: 2027-03-05, start: "09:00", places: 10, status: closed }
          - { date: 2027-03-08, start: "09:00" }
          - { date: 2027-03-09, start: "09:00", places: 10 }
          - { date: 2027-03-09, start: "14:00", places: 10 }
        ---

        """

    @Test("each session's places booked and left")
    func sessions() throws {
        let rows = ["01/03/2027", "02/03/2027", "02/03/2027", "03/03/2027", "03/03/2027", "04/03/2027", "05/03/2027", "08/03/2027",
                    "09/03/2027 14:00", "09/03/2027 14:00", "09/03/2027"]
            .enumerated().map { DownloadsFixture.booking($0.offset + 2, "PT-1", $0.element) }
        let result = try DownloadsFixture.read(["bookings/a.csv": Sheet(header: DownloadsFixture.bookingHeader, rows: rows)],
                                               prepare: { folder in _ = try folder.write("Content/courses/places-test.md", Self.course) })
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.summary))")
        let sessions = try #require(result.uptake.booking(result.catalogue).course("places-test")?.sessions)
        let shown = sessions.map { "\($0.firstDay.iso) \($0.start?.description ?? "") \($0.status.rawValue) booked \($0.booked.map(String.init) ?? "-") left \($0.placesLeft.map(String.init) ?? "-")" }
        #expect(shown == [
            "2027-03-01 09:00 open booked 1 left 9",    // full by places_left: 0, opened again by the bookings
            "2027-03-02 09:00 open booked 2 left 8",    // the hand-kept 9 replaced
            "2027-03-03 09:00 full booked 2 left 0",    // full by its bookings
            "2027-03-04 09:00 full booked 1 left -",    // status: full stays
            "2027-03-05 09:00 closed booked 1 left -",  // so does closed
            "2027-03-08 09:00 open booked - left -",    // no places: nothing counted on the page
            "2027-03-09 09:00 open booked 1 left 9",    // two sessions on a day: the time says which
            "2027-03-09 14:00 open booked 2 left 8",
        ])
        // For the report, the two sessions of 9 March share a key: their bookings are added.
        #expect(result.uptake.sessions[SessionKey(course: "places-test", firstDay: LocalDate(iso: "2027-03-09")!)]?.booked == 3)
        // The partner edition never shows the count.
        let partners = result.uptake.booking(result.catalogue).partnerEdition().course("places-test")?.sessions ?? []
        #expect(!partners.isEmpty && partners.allSatisfy { $0.booked == nil })
    }

    @Test("without a booking download the catalogue is as written")
    func noBookings() throws {
        let result = try DownloadsFixture.read([:], prepare: { folder in _ = try folder.write("Content/courses/places-test.md", Self.course) })
        let sessions = try #require(result.uptake.booking(result.catalogue).course("places-test")?.sessions)
        #expect(sessions.allSatisfy { $0.booked == nil })
        #expect(sessions.map(\.placesLeft) == [0, 9, nil, nil, nil, nil, nil, nil])
    }
}
