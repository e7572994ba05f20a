import Catalogue
import Foundation
import JSON
@testable import Site
import Testing

/// The history files and `changes.json` are written by `JSONValue` (the one JSON writer) since they
/// stopped going through `JSONEncoder`: the bytes must be those `JSONEncoder` wrote, or every
/// history kept beside the content would change on the next build.
@Suite("One JSON writer")
struct JSONWriterTests {
    static func encoderBytes<Value: Encodable>(_ value: Value) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(value))
    }

    static let awkward = "Safeguarding: \"level 2\" / back\\slash\ttab\u{1}é 👩🏽‍🏫 \u{2028}<b>&\u{7F}"

    static let history: ChangeHistory = {
        let sessions = [
            OfferSnapshot.Session(id: "first-aid-2026-10-14", first_day: "2026-10-14", start: "09:30", venue: awkward, status: "open"),
            OfferSnapshot.Session(id: "first-aid-2026-11-02", first_day: "2026-11-02", start: nil, venue: nil, status: "full"),
        ]
        let offer = OfferSnapshot(courses: [
            OfferSnapshot.Course(slug: "first-aid", title: awkward, sessions: sessions),
            OfferSnapshot.Course(slug: "no-dates", title: "No dates", sessions: []),
        ])
        let changes = [
            Change(date: "2026-09-01", kind: .sessionMoved, course: "first-aid", title: awkward, detail: "14 → 15 Oct", session: "first-aid-2026-10-14"),
            Change(date: "2026-08-30", kind: .courseAdded, course: "no-dates", title: "No dates", detail: ""),
        ]
        return ChangeHistory(academicYear: AcademicYear(startYear: 2026), edition: .staff, offer: offer, changes: changes)
    }()

    @Test("a history file is written byte for byte as JSONEncoder wrote it")
    func historyFile() throws {
        #expect(Self.history.encoded() == (try Self.encoderBytes(Self.history)) + [0x0A])
        let empty = ChangeHistory(academicYear: AcademicYear(startYear: 2026), edition: .partners,
                                  offer: OfferSnapshot(courses: []), changes: [])
        #expect(empty.encoded() == (try Self.encoderBytes(empty)) + [0x0A])
    }

    @Test("changes.json is written byte for byte as JSONEncoder wrote it, empty or not")
    func changesFile() throws {
        #expect(Array(Self.history.log.json()) == (try Self.encoderBytes(Self.history.log)))
        let empty = ChangeLog(changes: [])
        #expect(Array(empty.json()) == (try Self.encoderBytes(empty)))
        #expect(String(decoding: empty.json(), as: UTF8.self) == "{\n  \"changes\" : [\n\n  ],\n  \"version\" : 1\n}")
    }

    @Test("what the writer writes reads back as the value written")
    func roundTrip() throws {
        let read = try JSONDecoder().decode(ChangeHistory.self, from: Data(Self.history.encoded()))
        #expect(read.changes == Self.history.changes)
        #expect(read.offer.courses.map(\.sessions) == Self.history.offer.courses.map(\.sessions))
    }
}
