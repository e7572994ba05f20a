import Catalogue
import Foundation
import Testing
@testable import Site

/// Session ids and calendar file names count the course's earlier sessions on the same day (and at
/// the same start). Rescanning the earlier sessions for every session made a course with 5,000
/// sessions take 10 s to build; the ordinals are now worked out in one pass per course.
@Suite("Exports: session ordinals")
struct SessionOrdinalsTests {
    /// The definition, as it was computed before: count the earlier sessions that match.
    static func rescanned(_ sessions: [Session]) -> (sameStart: [Int], sameDay: [Int]) {
        let sameStart = sessions.indices.map { index in
            sessions[..<index].filter { $0.firstDay == sessions[index].firstDay && $0.start == sessions[index].start }.count + 1
        }
        let sameDay = sessions.indices.map { index in sessions[..<index].filter { $0.firstDay == sessions[index].firstDay }.count + 1 }
        return (sameStart, sameDay)
    }

    /// A course of the valid fixture with `count` sessions on a few days and a few start times
    /// (some all-day), in a scrambled order, so that many share a day, and many a day and start.
    static func crowdedCourse(_ count: Int) throws -> Course {
        var course = try #require(try Fixtures.catalogue().course("first-aid"))
        let template = course.sessions[0]
        var state: UInt64 = 12_345
        course.sessions = (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            var session = template
            session.days = [LocalDate(year: 2026, month: 10, day: 1 + Int(state >> 33) % 5)!]
            session.start = Int(state >> 40) % 4 == 0 ? nil : LocalTime(hour: 9 + Int(state >> 45) % 3, minute: 0)
            return session
        }
        return course
    }

    @Test("a course with few sessions, counted by comparing them, gets the ordinals rescanning gives")
    func fewSessions() throws {
        for count in 0...(SessionOrdinals.fewSessions + 2) {
            let course = try Self.crowdedCourse(count)
            let expected = Self.rescanned(course.sessions)
            let ordinals = SessionOrdinals(course.sessions)
            #expect(ordinals.sameStart == expected.sameStart, "\(count) sessions")
            #expect(ordinals.sameDay == expected.sameDay, "\(count) sessions")
        }
    }

    @Test("one pass gives the same ordinals, ids and calendar files as rescanning the earlier sessions")
    func sameAsRescanning() throws {
        let course = try Self.crowdedCourse(600)
        let expected = Self.rescanned(course.sessions)
        let items = CourseSession.all(of: course)
        #expect(items.map(\.sameStartOrdinal) == expected.sameStart)
        #expect(items.map(\.sameDayOrdinal) == expected.sameDay)
        #expect(items.map(\.index) == Array(course.sessions.indices))
        #expect(expected.sameDay.max()! > 100, "the case must have many sessions on one day")
        // Names: unique, and as defined.
        #expect(Set(items.map(\.id)).count == items.count)
        #expect(Set(items.map(\.calendarPath)).count == items.count)
        for (item, ordinal) in zip(items, expected.sameDay) {
            #expect(item.calendarPath == "calendars/sessions/first-aid-\(item.session.firstDay.iso)\(ordinal > 1 ? "-\(ordinal)" : "").ics")
        }
        #expect(ICalendarPaths.sessions(of: course) == items.map(\.calendarPath))
    }

    /// A key that counts how often it is compared or hashed.
    final class Counter: @unchecked Sendable {
        var operations = 0
    }

    struct CountedKey: Hashable {
        let value: Int
        let counter: Counter

        static func == (lhs: CountedKey, rhs: CountedKey) -> Bool {
            lhs.counter.operations += 1
            return lhs.value == rhs.value
        }

        func hash(into hasher: inout Hasher) {
            counter.operations += 1
            hasher.combine(value)
        }
    }

    /// Not a timing: the number of comparisons and hashes. Rescanning 5,000 sessions that share
    /// a few days compares about 12.5 million pairs; one pass hashes each key a small number of times.
    @Test("the ordinals cost a few operations per session, not one per earlier session")
    func linearOperations() {
        let counter = Counter()
        let count = 5_000
        let keys = (0..<count).map { CountedKey(value: $0 % 3, counter: counter) }
        let ordinals = SessionOrdinals.running(keys)
        #expect(ordinals.prefix(6) == [1, 1, 1, 2, 2, 2])
        #expect(ordinals.last == count / 3 + (count % 3 == 0 ? 0 : 1))
        #expect(counter.operations <= 8 * count, "\(counter.operations) operations for \(count) keys")
    }
}
