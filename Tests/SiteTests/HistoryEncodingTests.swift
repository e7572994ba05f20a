import Catalogue
import Foundation
@testable import Site
import Testing

/// The history file is written as it goes (`ChangeHistory.encoded()`); its bytes are held to those
/// the encoder and a `JSONValue` tree made before (`encodedThroughValue()`), so that no history
/// file changes when nothing in it did.
@Suite("The history file's bytes")
struct HistoryEncodingTests {
    static let awkward = ["", "plain", "quote \" and \\ backslash", "tab\tnew\nline\r", "control \u{1} \u{1F} del \u{7F}",
                          "</script> & <b>", "Café – “quoted” ✓ 🎓", "slash / and \u{2028} separator"]

    static func history(changes: [Change], courses: [OfferSnapshot.Course]) -> ChangeHistory {
        ChangeHistory(academicYear: AcademicYear(text: "2026-27")!, edition: .partners, offer: OfferSnapshot(courses: courses), changes: changes)
    }

    @Test("empty changes and offer")
    func empty() {
        let history = Self.history(changes: [], courses: [])
        #expect(history.encoded() == history.encodedThroughValue())
    }

    /// Changes and courses with every optional field given and left out, and every kind of text.
    static func everyShape() -> (changes: [Change], courses: [OfferSnapshot.Course]) {
        var changes: [Change] = []
        var courses: [OfferSnapshot.Course] = [OfferSnapshot.Course(slug: "no-sessions", title: "No sessions", sessions: [])]
        for (index, text) in awkward.enumerated() {
            let kind = Change.Kind.allCases[index % Change.Kind.allCases.count]
            changes.append(Change(date: "2026-09-0\(index % 9 + 1)", kind: kind, course: "c\(index)", title: text, detail: text,
                                  session: index.isMultiple(of: 2) ? nil : "c\(index)-\(text)"))
            courses.append(OfferSnapshot.Course(slug: "c\(index)", title: text, sessions: [
                OfferSnapshot.Session(id: "c\(index)-1", first_day: "2026-10-01", start: nil, venue: nil, status: "open"),
                OfferSnapshot.Session(id: "c\(index)-2", first_day: text, start: "09:30", venue: text, status: "full"),
                OfferSnapshot.Session(id: text, first_day: "2027-01-01", start: text, venue: nil, status: text),
            ]))
        }
        return (changes, courses)
    }

    @Test("every field given and left out, with text of every kind")
    func everyShape() {
        let (changes, courses) = Self.everyShape()
        let history = Self.history(changes: changes, courses: courses)
        let bytes = history.encoded()
        #expect(bytes == history.encodedThroughValue())
        // And it reads back as the same history.
        let read = try? JSONDecoder().decode(ChangeHistory.self, from: Data(bytes))
        #expect(read?.changes == changes)
        #expect(read?.offer.courses.map(\.sessions) == courses.map(\.sessions))
    }
}
