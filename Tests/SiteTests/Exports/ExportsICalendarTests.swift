import Catalogue
import Foundation
import Testing
@testable import Site

/// The calendar files: RFC 5545 line rules, escaping, time zone, UIDs, statuses and names.
@Suite("Exports: iCalendar")
struct ExportsICalendarTests {
    /// Content lines after unfolding, and the events as lists of their lines.
    struct Parsed {
        var lines: [String]
        var events: [[String]]

        init(_ text: String) {
            lines = ICalendarWriter.unfold(text).components(separatedBy: "\r\n").filter { !$0.isEmpty }
            events = []
            var current: [String]?
            for line in lines {
                if line == "BEGIN:VEVENT" { current = [] } else if line == "END:VEVENT", let event = current {
                    events.append(event)
                    current = nil
                } else { current?.append(line) }
            }
        }

        /// The value of the first line of `event` whose name (before `;` or `:`) is `name`.
        static func value(_ name: String, in event: [String]) -> String? {
            for line in event {
                guard let colon = line.firstIndex(of: ":") else { continue }
                let head = line[..<colon]
                if head == name || head.hasPrefix(name + ";") { return String(line[line.index(after: colon)...]) }
            }
            return nil
        }

        func event(uidPrefix: String) -> [String]? {
            events.first { Parsed.value("UID", in: $0)?.hasPrefix(uidPrefix) == true }
        }
    }

    static func offer(url: String? = ExportSample.baseURL) throws -> (files: [String: Data], text: String) {
        let files = ExportSample.exports(try ExportSample.catalogue(url: url))
        return (files, try ExportSample.text(files, ICalendarPaths.offer))
    }

    @Test("every line ends in CRLF and is at most 75 octets; no UTF-8 sequence is split")
    func lineRules() throws {
        let files = ExportSample.exports(try ExportSample.catalogue())
        let calendars = files.filter { $0.key.hasSuffix(".ics") }
        #expect(calendars.count > 5)
        for (path, data) in calendars {
            let bytes = [UInt8](data)
            #expect(bytes.suffix(2) == [13, 10], "\(path) does not end with CRLF")
            var line: [UInt8] = []
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 13 {
                    #expect(index + 1 < bytes.count && bytes[index + 1] == 10, "\(path): CR without LF")
                    #expect(line.count <= 75, "\(path): line of \(line.count) octets")
                    #expect(String(validating: line, as: UTF8.self) != nil, "\(path): a line is not valid UTF-8 on its own")
                    line = []
                    index += 2
                    continue
                }
                #expect(byte != 10, "\(path): LF without CR")
                line.append(byte)
                index += 1
            }
        }
    }

    @Test("folding keeps characters whole, and unfolding restores the line", arguments: [
        String(repeating: "é", count: 120), String(repeating: "€", count: 90), String(repeating: "🧑🏽‍🏫", count: 30),
        "a" + String(repeating: "😀", count: 50), String(repeating: "e\u{301}", count: 60), String(repeating: "x", count: 300), "short",
    ])
    func folding(_ value: String) throws {
        let line = "SUMMARY:" + value
        let folded = ICalendarWriter.fold(line)
        let parts = ExportsICalendarTests.physicalLines(folded)
        var characters = 0
        for (position, part) in parts.enumerated() {
            #expect(part.count <= 75)
            if position > 0 { #expect(part.first == UInt8(ascii: " ")) }
            let text = try #require(String(validating: position > 0 ? part.dropFirst() : part[...], as: UTF8.self), "a line is not UTF-8 on its own")
            characters += text.count
        }
        #expect(characters == line.count, "no character is split across lines")
        #expect((parts.count > 1) == (line.utf8.count > 75))
        #expect(ICalendarWriter.unfold(folded) == line + "\r\n")
    }

    @Test("a single character longer than a line is split between its scalars, still valid UTF-8")
    func overlongCharacter() throws {
        let line = "SUMMARY:e" + String(repeating: "\u{301}", count: 50)
        let folded = ICalendarWriter.fold(line)
        for part in ExportsICalendarTests.physicalLines(folded) {
            #expect(part.count <= 75)
            #expect(String(validating: part, as: UTF8.self) != nil)
        }
        #expect(ICalendarWriter.unfold(folded) == line + "\r\n")
    }

    /// The bytes of each physical line (CRLF removed).
    static func physicalLines(_ text: String) -> [[UInt8]] {
        var lines: [[UInt8]] = [], current: [UInt8] = []
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            if bytes[index] == 13, index + 1 < bytes.count, bytes[index + 1] == 10 {
                lines.append(current); current = []; index += 2
            } else { current.append(bytes[index]); index += 1 }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    @Test("TEXT values escape backslash, semicolon, comma and line breaks")
    func textEscaping() throws {
        #expect(ICalendarWriter.escape("a,b;c\\d\ne\r\nf\rg") == "a\\,b\\;c\\\\d\\ne\\nf\\ng")
        #expect(ICalendarWriter.escape("tab\there\u{7}bell") == "tab\there" + "bell")
        let parsed = Parsed(try ExportsICalendarTests.offer().text)
        let event = try #require(parsed.event(uidPrefix: "first-aid-20261014-0900-1@"))
        #expect(Parsed.value("LOCATION", in: event) == "Hilltop Academy\\, Room 4")
        let description = try #require(Parsed.value("DESCRIPTION", in: event))
        #expect(description.hasPrefix("Three days\\, with assessment\\; bring a pen\\\\pencil.\\nSecond line."))
        let unicode = try #require(parsed.event(uidPrefix: "long-unicode-"))
        #expect(Parsed.value("SUMMARY", in: unicode) == ICalendarWriter.escape(ExportSample.longTitle))
        #expect(Parsed.value("LOCATION", in: unicode) == "Café Zürich\\, Straße 5 — Raum „Ü“")
    }

    @Test("the calendar header and a VTIMEZONE for Europe/London with the right offsets")
    func header() throws {
        let text = try ExportsICalendarTests.offer().text
        let lines = Parsed(text).lines
        #expect(Array(lines.prefix(5)) == ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Prospectus//CPD Offer//EN",
                                           "CALSCALE:GREGORIAN", "METHOD:PUBLISH"])
        #expect(lines.contains("X-WR-CALNAME:Testbridge & Co Learning Trust: CPD Offer 2026/27"))
        #expect(lines.last == "END:VCALENDAR")
        let unfolded = ICalendarWriter.unfold(text)
        #expect(unfolded.contains("""
        BEGIN:VTIMEZONE\r
        TZID:Europe/London\r
        BEGIN:STANDARD\r
        DTSTART:20251026T020000\r
        TZOFFSETFROM:+0100\r
        TZOFFSETTO:+0000\r
        RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r
        TZNAME:GMT\r
        END:STANDARD\r
        BEGIN:DAYLIGHT\r
        DTSTART:20250330T010000\r
        TZOFFSETFROM:+0000\r
        TZOFFSETTO:+0100\r
        RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r
        TZNAME:BST\r
        END:DAYLIGHT\r
        END:VTIMEZONE\r\n
        """))
        let event = try #require(Parsed(text).event(uidPrefix: "first-aid-20261014-0900-1@"))
        #expect(Parsed.value("DTSTART", in: event) == "20261014T090000")
        #expect(event.contains("DTSTART;TZID=Europe/London:20261014T090000"))
        #expect(event.contains("DTEND;TZID=Europe/London:20261014T160000"))
    }

    @Test("Europe/London offsets: BST from the last Sunday of March 01:00 UTC to the last Sunday of October")
    func londonOffsets() {
        let zone = SiteTimeZone("Europe/London")
        let march28 = LocalDate(year: 2027, month: 3, day: 28)!, october31 = LocalDate(year: 2027, month: 10, day: 31)!
        #expect(zone.offset(on: march28, minutes: 30) == 0)
        #expect(zone.offset(on: march28, minutes: 150) == 3600)
        #expect(zone.offset(on: LocalDate(year: 2026, month: 10, day: 14)!, minutes: 540) == 3600)
        #expect(zone.offset(on: LocalDate(year: 2026, month: 12, day: 9)!, minutes: 540) == 0)
        #expect(zone.offset(on: october31, minutes: 30) == 3600)
        #expect(zone.offset(on: october31, minutes: 150) == 0)
        let transitions = zone.transitions(from: 2027, through: 2027)
        #expect(transitions.map(\.instant) == [
            (march28.daysSinceEpoch * 86_400 + 3600), (october31.daysSinceEpoch * 86_400 + 3600),
        ])
        #expect(transitions.map(\.isDaylight) == [true, false])
    }

    @Test("other zones: yearly rules where there are any, one observance where there are none")
    func otherZones() {
        func timezone(_ identifier: String) -> String {
            var writer = ICalendarWriter()
            ICalendarTimeZone(SiteTimeZone(identifier)).write(into: &writer, years: 2026...2027)
            return writer.output
        }
        let newYork = timezone("America/New_York")
        #expect(newYork.contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\r\n"))
        #expect(newYork.contains("RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\r\n"))
        #expect(newYork.contains("TZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400\r\n"))
        let tokyo = timezone("Asia/Tokyo")
        #expect(tokyo.contains("BEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:+0900\r\nTZOFFSETTO:+0900\r\n"))
        #expect(!tokyo.contains("DAYLIGHT"))
    }

    @Test("UIDs are unique in the file and the same in every build")
    func uids() throws {
        let first = Parsed(try ExportsICalendarTests.offer().text).events.compactMap { Parsed.value("UID", in: $0) }
        let second = Parsed(try ExportsICalendarTests.offer().text).events.compactMap { Parsed.value("UID", in: $0) }
        #expect(first == second)
        #expect(Set(first).count == first.count)
        #expect(first.allSatisfy { $0.hasSuffix("@cpd.example.org") })
        #expect(first.contains("first-aid-20261014-0900-1@cpd.example.org"))
        #expect(first.contains("first-aid-20261014-1300-1@cpd.example.org"))
        #expect(first.contains("first-aid-20270616-day-1@cpd.example.org"))
        let withoutURL = Parsed(try ExportsICalendarTests.offer(url: nil).text).events.compactMap { Parsed.value("UID", in: $0) }
        #expect(withoutURL.allSatisfy { $0.hasSuffix("@prospectus.invalid") })
    }

    @Test("statuses: cancelled stays in the file as CANCELLED with a higher SEQUENCE; tbc is TENTATIVE")
    func statuses() throws {
        let parsed = Parsed(try ExportsICalendarTests.offer().text)
        let cancelled = try #require(parsed.event(uidPrefix: "first-aid-20261209-0900-1@"))
        #expect(cancelled.contains("STATUS:CANCELLED"))
        #expect(cancelled.contains("SEQUENCE:1"))
        #expect(Parsed.value("SUMMARY", in: cancelled) == "Cancelled: First Aid at Work")
        let tentative = try #require(parsed.event(uidPrefix: "first-aid-20270616-day-1@"))
        #expect(tentative.contains("STATUS:TENTATIVE"))
        #expect(tentative.contains("SEQUENCE:0"))
        let full = try #require(parsed.event(uidPrefix: "first-aid-20261014-1300-1@"))
        #expect(full.contains("STATUS:CONFIRMED"))
        #expect(Parsed.value("DESCRIPTION", in: full)?.contains("Book:") == false)
    }

    @Test("an untimed session is an all-day event; a cohort is one event per day")
    func allDayAndCohorts() throws {
        let parsed = Parsed(try ExportsICalendarTests.offer().text)
        let untimed = try #require(parsed.event(uidPrefix: "first-aid-20270616-day-1@"))
        #expect(untimed.contains("DTSTART;VALUE=DATE:20270616"))
        #expect(untimed.contains("DTEND;VALUE=DATE:20270617"))
        let cohort = parsed.events.filter { Parsed.value("UID", in: $0)?.hasPrefix("ect-programme-20261104-0930-1-d") == true }
        #expect(cohort.compactMap { Parsed.value("UID", in: $0) } == [
            "ect-programme-20261104-0930-1-d1@cpd.example.org", "ect-programme-20261104-0930-1-d2@cpd.example.org",
            "ect-programme-20261104-0930-1-d3@cpd.example.org",
        ])
        #expect(cohort.map { $0.first { $0.hasPrefix("DTSTART") } } == [
            "DTSTART;TZID=Europe/London:20261104T093000", "DTSTART;TZID=Europe/London:20261118T093000",
            "DTSTART;TZID=Europe/London:20261202T093000",
        ])
        #expect(Parsed.value("SUMMARY", in: cohort[1]) == "Early Career Programme (day 2 of 3)")
    }

    @Test("DTSTAMP is when the file was made (here midnight UTC of the build's day); descriptions carry booking and page links")
    func stampAndLinks() throws {
        let parsed = Parsed(try ExportsICalendarTests.offer().text)
        let event = try #require(parsed.event(uidPrefix: "ect-programme-20261104-0930-1-d3@"))
        #expect(event.contains("DTSTAMP:20260901T000000Z"))
        #expect(event.contains("URL:https://cpd.example.org/trust/courses/ect-programme.html"))
        let description = try #require(Parsed.value("DESCRIPTION", in: event))
        #expect(description.contains("Book: https://forms.example.org/book?course=ect-programme&date=2026-11-04"))
        #expect(description.contains("Course page: https://cpd.example.org/trust/courses/ect-programme.html"))
        let noURL = Parsed(try ExportsICalendarTests.offer(url: nil).text)
        let plain = try #require(noURL.event(uidPrefix: "ect-programme-20261104-0930-1-d3@"))
        #expect(!plain.contains { $0.hasPrefix("URL:") })
        #expect(Parsed.value("DESCRIPTION", in: plain)?.contains("Course page") == false)
    }

    @Test("files: the offer, one per group, one per course with sessions, one per session; no drafts")
    func filesAndPaths() throws {
        let catalogue = try ExportSample.catalogue()
        let files = ExportSample.exports(catalogue)
        let calendars = Set(files.keys.filter { $0.hasSuffix(".ics") })
        #expect(calendars.isSuperset(of: [
            "offer.ics", "calendars/groups/teachers.ics", "calendars/groups/teaching-assistants.ics",
            "calendars/courses/first-aid.ics", "calendars/courses/ect-programme.ics", "calendars/courses/formula.ics",
            "calendars/courses/long-unicode.ics",
            "calendars/sessions/first-aid-2026-10-14.ics", "calendars/sessions/first-aid-2026-10-14-2.ics",
            "calendars/sessions/first-aid-2026-12-09.ics", "calendars/sessions/first-aid-2027-06-16.ics",
            "calendars/sessions/ect-programme-2026-11-04.ics",
        ]))
        #expect(!calendars.contains("calendars/courses/self-study.ics"))
        #expect(!calendars.contains { $0.contains("draft") })
        #expect(files.values.allSatisfy { !String(decoding: $0, as: UTF8.self).contains("Secret Draft") })
        let firstAid = try #require(catalogue.course("first-aid"))
        #expect(ICalendarPaths.sessions(of: firstAid) == [
            "calendars/sessions/first-aid-2026-10-14.ics", "calendars/sessions/first-aid-2026-10-14-2.ics",
            "calendars/sessions/first-aid-2026-12-09.ics", "calendars/sessions/first-aid-2027-06-16.ics",
        ])
        #expect(ICalendarPaths.session(course: "first-aid", firstDay: firstAid.sessions[1].firstDay, ordinal: 2) == "calendars/sessions/first-aid-2026-10-14-2.ics")
        #expect(ICalendarPaths.course(for: firstAid) == "calendars/courses/first-aid.ics")
        #expect(ICalendarPaths.course(for: try #require(catalogue.course("self-study"))) == nil)
        let session = Parsed(try ExportSample.text(files, "calendars/sessions/first-aid-2026-10-14-2.ics"))
        #expect(session.events.compactMap { Parsed.value("UID", in: $0) } == ["first-aid-20261014-1300-1@cpd.example.org"])
    }

    @Test("group calendars hold the courses open to the group, courses for all staff included")
    func groupCalendars() throws {
        let files = ExportSample.exports(try ExportSample.catalogue())
        func uids(_ path: String) throws -> [String] {
            Parsed(try ExportSample.text(files, path)).events.compactMap { Parsed.value("UID", in: $0) }
        }
        let teachers = try uids("calendars/groups/teachers.ics"), assistants = try uids("calendars/groups/teaching-assistants.ics")
        #expect(teachers.contains { $0.hasPrefix("ect-programme-") } && assistants.contains { $0.hasPrefix("ect-programme-") })
        #expect(teachers.contains { $0.hasPrefix("long-unicode-") } && !assistants.contains { $0.hasPrefix("long-unicode-") })
        #expect(!teachers.contains { $0.hasPrefix("formula-") } && assistants.contains { $0.hasPrefix("formula-") })
        #expect(teachers.contains { $0.hasPrefix("first-aid-") } && assistants.contains { $0.hasPrefix("first-aid-") })
    }
}
