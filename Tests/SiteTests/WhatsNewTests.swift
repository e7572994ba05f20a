import Catalogue
import Foundation
import Site
import TestSupport
import Testing

/// Each build compares the offer with the one its history last saw and records the differences, dated,
/// on the What's new page, in `changes.json` and in the `whats-new.xml` feed.
@Suite("What's new")
struct WhatsNewTests {
    /// Unix time of noon on 2 September 2026, the day after `Today.startOfYear`.
    static let nextDay = "1788350400"

    func replace(_ file: URL, _ old: String, _ new: String) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains(old), "\(file.lastPathComponent) has no '\(old)'")
        try text.replacingOccurrences(of: old, with: new).write(to: file, atomically: true, encoding: .utf8)
    }

    struct Log: Decodable {
        struct Entry: Decodable { var date: String, kind: String, course: String }
        var changes: [Entry]
    }

    func log(_ output: URL) throws -> [Log.Entry] {
        try JSONDecoder().decode(Log.self, from: Data(contentsOf: output.appendingPathComponent("changes.json"))).changes
    }

    @Test("adding a course, cancelling a session and filling one give exactly those entries")
    func changeFixture() throws {
        try withTemporaryFolder { folder in
            let content = try folder.copyFixture("valid")
            let output = folder.path("Output")
            try #require(build(content: content, output: output).succeeded)
            #expect(try log(output).isEmpty, "a first build claims no changes")

            try folder.write("Content/courses/new-course.md",
                             "---\ntitle: Brand New Course\nsummary: Fresh.\nstrand: Leadership\ngroups: all\nformat: online\n---\n")
            let behaviour = content.appendingPathComponent("courses/teaching/behaviour-essentials.md")
            try replace(behaviour, "  - date: 2026-10-14\n    start: \"16:00\"\n    end: \"17:30\"\n    venue: Hilltop Academy\n",
                        "  - date: 2026-10-14\n    start: \"16:00\"\n    end: \"17:30\"\n    venue: Hilltop Academy\n    status: full\n")
            try replace(content.appendingPathComponent("courses/mandatory/first-aid.md"),
                        "    places_left: 3\n", "    places_left: 3\n    status: cancelled\n")
            let report = build(content: content, output: output, today: Self.nextDay)
            try #require(report.succeeded, "\(report.errorSummaries)")

            let entries = try log(output)
            #expect(entries.map { "\($0.date) \($0.kind) \($0.course)" }.sorted() == [
                "2026-09-02 course-added new-course",
                "2026-09-02 session-cancelled first-aid",
                "2026-09-02 session-full behaviour-essentials",
            ])
            let page = try String(contentsOf: output.appendingPathComponent("whats-new.html"), encoding: .utf8)
            for words in ["New course", "Brand New Course", "Cancelled", "First Aid at Work", "Now full", "Wednesday 2 September 2026"] {
                #expect(page.contains(words), "the page lacks '\(words)'")
            }
            let feed = try String(contentsOf: output.appendingPathComponent("whats-new.xml"), encoding: .utf8)
            #expect(feed.components(separatedBy: "<entry>").count - 1 == 3)

            // The same content built again the same day adds nothing and keeps the history: same bytes.
            let before = try treeSnapshot(output)
            try #require(build(content: content, output: output, today: Self.nextDay).succeeded)
            #expect(try treeSnapshot(output) == before)
        }
    }

    @Test("a session moved to another date is one 'moved' entry, and a withdrawn course is recorded")
    func movedAndWithdrawn() throws {
        try withTemporaryFolder { folder in
            let content = try folder.copyFixture("valid")
            let output = folder.path("Output")
            try #require(build(content: content, output: output).succeeded)
            try replace(content.appendingPathComponent("courses/mandatory/first-aid.md"), "date: 2027-02-10", "date: 2027-02-17")
            try FileManager.default.removeItem(at: content.appendingPathComponent("courses/teaching/phonics-for-tas.md"))
            try #require(build(content: content, output: output, today: Self.nextDay).succeeded)
            #expect(try log(output).map { "\($0.kind) \($0.course)" }.sorted() == [
                "course-withdrawn phonics-for-tas", "session-moved first-aid",
            ])
        }
    }
}
