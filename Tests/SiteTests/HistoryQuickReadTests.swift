import Catalogue
import Foundation
@testable import Site
import Testing

/// A history file in the shape builds write is read without `JSONDecoder` (`HistoryQuickRead`), to
/// the same values; anything else is declined, so `JSONDecoder` reads it and says what is wrong.
@Suite("The history file read without JSONDecoder")
struct HistoryQuickReadTests {
    /// The history `JSONDecoder` reads from `text`, written out again (its bytes compare every value).
    func decoded(_ text: String) -> [UInt8]? {
        (try? JSONDecoder().decode(ChangeHistory.self, from: Data(text.utf8)))?.encoded()
    }

    func quick(_ text: String) -> [UInt8]? {
        HistoryQuickRead.history(Array(text.utf8))?.encoded()
    }

    @Test("what a build writes is read as JSONDecoder reads it: every field given and left out, text of every kind")
    func written() throws {
        let (changes, courses) = HistoryEncodingTests.everyShape()
        for history in [HistoryEncodingTests.history(changes: [], courses: []), HistoryEncodingTests.history(changes: changes, courses: courses)] {
            let bytes = history.encoded()
            let quick = try #require(HistoryQuickRead.history(bytes))
            #expect(quick.encoded() == bytes)
            #expect(quick.version == history.version && quick.academicYear == history.academicYear && quick.edition == history.edition)
            #expect(quick.changes == changes || history.changes.isEmpty)
            #expect(quick.encoded() == (try JSONDecoder().decode(ChangeHistory.self, from: Data(bytes))).encoded())
        }
    }

    static let session = #"{"first_day":"2026-10-01","id":"a-1","status":"open"}"#
    static func file(version: String = "1", session: String = session, change: String = "", extra: String = "") -> String {
        #"{"academic_year":"2026-27","changes":[\#(change)],"edition":"staff","offer":{"courses":[{"sessions":[\#(session)],"slug":"a","title":"A"}]},"version":\#(version)\#(extra)}"#
    }

    @Test("other layouts and escapes JSONDecoder reads are read the same", arguments: [
        file(),
        " \n\t" + file() + "\r\n ",
        #"{"version" : 1 , "offer":{"courses":[]},"edition":"partners","changes":[],"academic_year":"2027-28"}"#,
        file(session: #"{"status":"full","start":null,"venue":null,"id":"a-1","first_day":"2026-10-01"}"#),
        file(session: #"{"status":"full","start":"09:30","venue":"Hall \u00e9 \u00E9 \ud83c\udf93 \/ \" \\ \b\f\n\r\t \u0000","id":"a-1","first_day":"2026-10-01"}"#),
        file(change: #"{"course":"a","date":"2026-09-01","detail":"Caf\u00e9","kind":"session-moved","session":null,"title":"A"}"#),
        file(change: #"{"course":"a","date":"2026-09-01","detail":"d","kind":"course-added","title":"A"},{"course":"b","date":"2026-09-02","detail":"e","kind":"session-full","session":"b-1","title":"B"}"#),
        file(version: "0"), file(version: "-3"), file(version: "99"),
    ])
    func sameAsDecoder(text: String) throws {
        let expected = try #require(decoded(text), "JSONDecoder refused the case itself")
        #expect(quick(text) == expected)
    }

    @Test("anything else is left to JSONDecoder", arguments: [
        file(extra: #","note":"hand-added""#),                                        // a key it does not know
        file(extra: #","edition":"partners""#),                                       // a key twice
        file(session: #"{"first_day":"2026-10-01","id":"a-1","status":"open","extra":1}"#),
        file(session: #"{"first_day":"2026-10-01","id":"a-1","status":"open","id":"a-2"}"#),
        file(session: #"{"first_day":"2026-10-01","id":"a-1"}"#),                     // a value missing
        file(session: #"{"first_day":"2026-10-01","id":7,"status":"open"}"#),          // of another type
        file(session: #"{"first_day":"2026-10-01","id":null,"status":"open"}"#),
        file(session: #"{"first_day":"2026-10-01","id":"a-1","status":"open","start":9}"#),
        file(session: #"{"first_day":"2026-10-01","id":"a-1","status":"open","venue":nul}"#),
        file(version: "1.0"), file(version: "01"), file(version: "1e0"), file(version: "\"1\""), file(version: "99999999999999999999"),
        file(change: #"{"course":"a","date":"2026-09-01","detail":"d","kind":"course-renamed","title":"A"}"#),
        file(session: #"{"first_day":"2026-10-01","id":"\ud83c","status":"open"}"#),  // a lone surrogate
        file(session: #"{"first_day":"2026-10-01","id":"\udf93\ud83c","status":"open"}"#),
        file(session: #"{"first_day":"2026-10-01","id":"\x41","status":"open"}"#),    // not a JSON escape
        file(session: "{\"first_day\":\"2026-10-01\",\"id\":\"tab\there\",\"status\":\"open\"}"), // a raw control character
        "\u{FEFF}" + file(),                                                           // a byte-order mark
        file() + " x", file() + file(), String(file().dropLast()),
        "[" + file() + "]", "", "null",
    ])
    func declined(text: String) {
        #expect(HistoryQuickRead.history(Array(text.utf8)) == nil)
    }

    @Test("bytes that are not UTF-8 are left to JSONDecoder")
    func invalidUTF8() {
        var bytes = Array(Self.file().utf8)
        let at = bytes.firstIndex(of: UInt8(ascii: "A"))!
        bytes[at] = 0xC3
        #expect(HistoryQuickRead.history(bytes) == nil)
        bytes[at] = 0xFF
        #expect(HistoryQuickRead.history(bytes) == nil)
    }
}
