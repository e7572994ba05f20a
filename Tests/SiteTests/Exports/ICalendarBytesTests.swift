import Catalogue
import Testing
@testable import Site

/// The writer's byte path (escaping, removing line breaks and folding straight into its buffer)
/// against the rules in their plain form: `ICalendarWriter.fold(_:)` and `escape(_:)`.
@Suite("Exports: iCalendar bytes")
struct ICalendarBytesTests {
    /// What the writer must produce for a TEXT property: the plain escape, then the plain fold.
    static func expectedText(_ name: String, _ value: String) -> String {
        ICalendarWriter.fold(name + ":" + ICalendarWriter.escape(value))
    }

    static func written(_ name: String, _ value: String) -> String {
        var writer = ICalendarWriter()
        writer.text(name, value)
        return writer.output
    }

    /// Values whose folds are hard: long, non-ASCII, a multi-byte character or a combining mark
    /// exactly at a fold point, line breaks, escapes that move the fold points, over-long characters.
    static let values: [String] = {
        var values = [
            "", "short", String(repeating: "x", count: 66), String(repeating: "x", count: 67), String(repeating: "x", count: 68),
            String(repeating: "x", count: 300), String(repeating: "é", count: 120), String(repeating: "€", count: 90),
            String(repeating: "🧑🏽‍🏫", count: 30), "a" + String(repeating: "😀", count: 50), String(repeating: "e\u{301}", count: 60),
            "e" + String(repeating: "\u{301}", count: 50),
            "Line one\r\nline two\rline three\nline four, with; escapes\\ and a tab\tand a bell\u{7} and DEL\u{7F}."
                + String(repeating: " more words", count: 12),
            "CR, control, LF: \r\u{1}\n then CRLF twice \r\n\r\n" + String(repeating: "é", count: 40),
        ]
        // "SUMMARY:" is 8 octets, so the first fold point is after 67 octets of value, then every 74.
        for filler in 60...70 {
            let ascii = String(repeating: "a", count: filler)
            values.append(ascii + "é" + String(repeating: "b", count: 100))
            values.append(ascii + "€" + String(repeating: "b", count: 100))
            values.append(ascii + "😀" + String(repeating: "b", count: 100))
            values.append(ascii + "e\u{301}" + String(repeating: "b", count: 100))
            values.append(ascii + "\u{301}" + String(repeating: "b", count: 100))
            values.append(ascii + ",;\\" + String(repeating: "b", count: 100))
            values.append(ascii + "\r\n" + String(repeating: "b", count: 100))
            values.append(ascii + "🇬🇧🇫🇷" + String(repeating: "b", count: 140) + "é" + String(repeating: "c", count: 80))
        }
        return values
    }()

    @Test("the writer's TEXT lines equal the plain escape and fold")
    func textLines() {
        for value in ICalendarBytesTests.values {
            #expect(ICalendarBytesTests.written("SUMMARY", value) == ICalendarBytesTests.expectedText("SUMMARY", value), "\(value.debugDescription)")
        }
    }

    @Test("the writer's other lines lose their line breaks and fold like the plain fold")
    func propertyLines() {
        for value in ICalendarBytesTests.values {
            var writer = ICalendarWriter()
            writer.property("URL", value, parameter: (name: "X-KIND", value: "a:b"))
            let plain = ICalendarWriter.fold("URL;X-KIND=\"a:b\":" + String(String.UnicodeScalarView(value.unicodeScalars.filter { $0 != "\r" && $0 != "\n" })))
            #expect(writer.output == plain, "\(value.debugDescription)")
        }
    }

    @Test("folding at ASCII fold points equals the fold by characters, on many made-up lines")
    func foldAtASCII() {
        // A fixed sequence of made-up lines (the same in every run): mostly ASCII with some
        // multi-byte characters, combining marks and flags, of every length around the fold points.
        var generator = SplitMix(seed: 19)
        let pieces = ["a", "b", " ", ",", "é", "€", "😀", "\u{301}", "🇬🇧", "🧑🏽‍🏫", "Z", "9"]
        var folded = 0, declined = 0
        for length in 60...400 {
            var line = "DESCRIPTION:"
            while line.utf8.count < length {
                let roll = Int(generator.next() % 100)
                line += roll < 88 ? pieces[roll % 4] : pieces[4 + roll % 8]
            }
            var bytes = Array("PREFIX".utf8) + Array(line.utf8)
            let before = bytes
            if ICalendarBytes.foldAtASCII(&bytes, from: 6) {
                folded += 1
                #expect(String(decoding: bytes.dropFirst(6), as: UTF8.self) + "\r\n" == ICalendarWriter.fold(line), "\(line.debugDescription)")
            } else {
                declined += 1
                #expect(bytes == before, "declining leaves the line as it was")
                let asText = String(decoding: bytes.dropFirst(6), as: UTF8.self)
                #expect(ICalendarWriter.fold(asText).utf8.count >= asText.utf8.count)
            }
        }
        // Both ways are exercised.
        #expect(folded > 50 && declined > 50)
    }

    @Test("a fold point next to a multi-byte character, a combining mark or a CRLF is declined")
    func foldPointsDeclined() {
        let lead = String(repeating: "a", count: 74)
        for tail in ["é" + String(repeating: "b", count: 10), "\u{301}" + String(repeating: "b", count: 10), "\r\n" + String(repeating: "b", count: 10)] {
            var bytes = Array((lead + tail).utf8)
            let before = bytes
            #expect(!ICalendarBytes.foldAtASCII(&bytes, from: 0), "\(tail.debugDescription)")
            #expect(bytes == before)
        }
        // "e" then a combining acute accent straddling the fold point: the fold by characters keeps
        // them together, so the writer must not cut between them.
        let accent = "SUMMARY:" + String(repeating: "a", count: 66) + "e\u{301}" + String(repeating: "b", count: 20)
        #expect(ICalendarBytesTests.written("SUMMARY", String(accent.dropFirst(8))) == ICalendarWriter.fold(accent))
        #expect(ICalendarWriter.fold(accent).contains("\r\n e\u{301}"))
    }

    @Test("escaping drops control characters, keeps tabs and writes each line break once")
    func escaping() {
        #expect(ICalendarWriter.escape("a\r\nb\rc\nd") == "a\\nb\\nc\\nd")
        #expect(ICalendarWriter.escape("a\r\u{1}\nb") == "a\\n\\nb", "an LF after a dropped control is a line break of its own")
        #expect(ICalendarWriter.escape("tab\tdel\u{7F}nul\u{0}") == "tab\tdelnul")
        #expect(ICalendarWriter.escape("Café, Zürich; 😀\\") == "Café\\, Zürich\\; 😀\\\\")
        #expect(ICalendarWriter.escape("plain") == "plain")
    }

    @Test("group calendars pick the events of the courses open to each group, as the course lists say")
    func groupMembership() throws {
        let catalogue = try ExportSample.catalogue()
        let document = ICalendarDocument(catalogue: catalogue, madeAt: 0)
        let events = document.eventsJoiningVenues(of: CourseSession.published(in: catalogue))
        let membership = CalendarGroupMembership(catalogue, events: events)
        #expect(catalogue.groups.count > 1)
        var lists: Set<[String]> = []
        for group in catalogue.groups {
            let courses = Set(catalogue.courses(openTo: group.slug).map(\.slug))
            let expected = events.filter { courses.contains($0.course) }.map(\.uid)
            #expect(membership.events(events, openTo: group.slug).map(\.uid) == expected, "\(group.slug)")
            lists.insert(expected)
        }
        #expect(lists.count > 1, "groups differ in what they hold")
        #expect(membership.events(events, openTo: "no-such-group").isEmpty)
    }
}

/// A small deterministic generator (SplitMix64), so the made-up lines are the same in every run.
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
