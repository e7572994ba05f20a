import Catalogue
import Foundation
import TestSupport
import Testing

/// The content settings real offers need: places by invitation, sessions that recur before their
/// days are fixed, prices by kind of school, modules taken in turn, and times of day with
/// boundaries set in site.yml. Each mistake is an error at its place, with a fix.
@Suite("Content settings of real offers")
struct OfferSettingsTests {
    /// Loads the valid fixture with one more course (its settings after `format`), and `site` added to site.yml.
    func load(_ settings: String, site: String = "") throws -> LoadResult {
        try withTemporaryFolder("offer-settings") { scratch in
            let content = try scratch.copyFixture("valid")
            if !site.isEmpty {
                let path = content.appendingPathComponent("site.yml")
                try (String(contentsOf: path, encoding: .utf8) + site + "\n").write(to: path, atomically: true, encoding: .utf8)
            }
            try scratch.write("Content/courses/offer.md", "---\ntitle: Offer Course\nsummary: One sentence.\nstrand: Leadership\n"
                + "groups: [teachers]\nformat: face-to-face\n\(settings)\n---\nText.\n")
            return ContentLoader(directory: content, displayPath: "Content").load()
        }
    }

    func course(_ result: LoadResult) throws -> Course {
        try #require(result.catalogue?.course("offer"), "does not load: \(result.diagnostics.map(\.summary))")
    }

    func errors(_ result: LoadResult) -> [String] {
        result.diagnostics.filter { $0.severity == .error }.map { "\($0.code.rawValue) \($0.location.line):\($0.location.column)" }
    }

    @Test("status: invitation is never bookable")
    func invitation() throws {
        let course = try course(load("invitation_contact: nominations@testbridge.example\nsessions:\n  - date: 2026-11-04\n    status: invitation"))
        #expect(course.sessions[0].status == .invitation)
        #expect(!course.sessions[0].isBookable(on: LocalDate(iso: "2026-09-01")!))
        #expect(course.invitationContact == "nominations@testbridge.example")
    }

    @Test("a session that recurs has no date, and is kept apart from the dated sessions")
    func recurring() throws {
        let course = try course(load("sessions:\n  - date: 2026-11-04\n  - recurs: every half-term\n    start: \"16:00\"\n    status: invitation"))
        #expect(course.sessions.count == 1)
        #expect(course.recurring.map(\.recurs) == ["every half-term"])
        #expect(course.recurring[0].invitation && course.recurring[0].start == LocalTime(hour: 16, minute: 0))
    }

    @Test("recurs with a date is an error at the date")
    func recursWithDate() throws {
        #expect(try errors(load("sessions:\n  - recurs: termly\n    date: 2026-11-04")) == ["recurs-with-date 9:11"])
    }

    @Test("cost may be a price for each kind of school, in the order written")
    func costsByKind() throws {
        let course = try course(load("cost: { maintained: 60, academy: \"£45\", partner: Funded for partner schools }"))
        #expect(course.cost == nil)
        #expect(course.costs == [KindCost(kind: .maintained, cost: .pence(6000)), KindCost(kind: .academy, cost: .pence(4500)),
                                 KindCost(kind: .partner, cost: .text("Funded for partner schools"))])
        #expect(try self.course(load("cost: 45")).cost == .pence(4500))
    }

    @Test("an unknown kind of school is an error at its name with the nearest kind")
    func unknownKind() throws {
        let result = try load("cost: { maintaned: 60 }")
        #expect(errors(result) == ["unknown-school-kind 7:9"])
        #expect(result.diagnostics.first?.suggestion == "did you mean 'maintained'?")
    }

    @Test("modules are kept in order")
    func modules() throws {
        #expect(try course(load("modules: [Planning, Teaching, Reviewing]")).modules == ["Planning", "Teaching", "Reviewing"])
    }

    @Test("times of day: school day, into evening, after school, twilight, evening, weekend, training day", arguments: [
        ("2026-11-04", "09:00", "15:00", "school-day"), ("2026-11-04", "14:00", "19:00", "school-day-into-evening"),
        ("2026-11-04", "15:15", "16:15", "after-school"), ("2026-11-04", "16:30", "17:30", "twilight"),
        ("2026-11-04", "18:30", "20:30", "evening"), ("2026-11-07", "09:30", "12:30", "weekend"),
        ("2026-09-02", "09:00", "15:00", "training-day"),
    ])
    func timesOfDay(date: String, start: String, end: String, expected: String) throws {
        let result = try load("sessions:\n  - date: \(date)\n    start: \"\(start)\"\n    end: \"\(end)\"",
                              site: "training_days: [2026-09-02]\ntimes_of_day: { school_day_ends: \"15:15\", twilight_starts: \"16:30\" }")
        let settings = try #require(result.catalogue?.settings)
        #expect(try course(result).sessions[0].timeOfDay(in: settings)?.rawValue == expected)
    }

    @Test("without times_of_day, 15:30 starts twilight and 18:00 the evening, as before")
    func defaultBoundaries() throws {
        let result = try load("sessions:\n  - date: 2026-11-04\n    start: \"15:30\"\n  - date: 2026-11-05\n    start: \"18:00\"")
        let settings = try #require(result.catalogue?.settings)
        #expect(try course(result).sessions.map { $0.timeOfDay(in: settings) } == [.twilight, .evening])
    }

    @Test("times_of_day out of order is an error at the time that is wrong")
    func boundariesOutOfOrder() throws {
        let result = try load("", site: "times_of_day:\n  school_day_ends: \"15:30\"\n  twilight_starts: \"15:00\"")
        let error = try #require(result.diagnostics.first { $0.code == .timesOfDayOutOfOrder })
        #expect(error.location.file.hasSuffix("site.yml") && error.keyPath == "times_of_day.twilight_starts")
        #expect(error.suggestion?.contains("twilight_starts") == true)
    }
}
