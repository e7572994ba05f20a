import Catalogue
import Foundation
@testable import Preview
import Testing

@Suite("Checks on a save")
struct ValidationCacheTests {
    @Test("a save checks again only the edited course's own sessions, and reports what check reports")
    func onlyEditedCourse() throws {
        let workspace = try Workspace()
        var cache = ContentCache()
        let loader = ContentLoader(directory: workspace.content, displayPath: "Content")
        let first = loader.load(cache: &cache)
        let courses = try #require(first.catalogue?.courses.count)
        #expect(courses > 1)
        #expect(cache.validation.checkedCourses == courses)

        let course = "courses/mandatory/first-aid.md"
        try workspace.write(course, try workspace.read(course).replacingOccurrences(of: "date: 2027-02-10", with: "date: 2029-02-10"))
        let edited = loader.load(cache: &cache, edited: [workspace.file(course).standardizedFileURL.path])
        #expect(cache.validation.checkedCourses == 1)
        #expect(edited.diagnostics.contains { $0.code == .sessionOutsideYear })
        #expect(edited.diagnostics == loader.load().diagnostics)

        // The catalogue compared with during the save is let go after it: the preview does not hold two.
        #expect(!cache.validation.holdsPreviousCatalogue)

        // A page edited: no course is checked again.
        try workspace.write("groups/teachers.md", try workspace.read("groups/teachers.md") + "\nMore text.\n")
        _ = loader.load(cache: &cache)
        #expect(cache.validation.checkedCourses == 0)
    }

    @Test("after a sequence of edits the diagnostics are a fresh check's, message for message")
    func sequenceMatchesCheck() throws {
        let workspace = try Workspace()
        var cache = ContentCache()
        let loader = ContentLoader(directory: workspace.content, displayPath: "Content")
        func save(_ file: String, _ edit: (String) -> String) throws -> [Diagnostic] {
            try workspace.write(file, edit(try workspace.read(file)))
            return loader.load(cache: &cache, edited: [workspace.file(file).standardizedFileURL.path]).diagnostics
        }
        _ = loader.load(cache: &cache)
        let copy = "courses/coaching-conversations.md", original = "courses/mandatory/first-aid.md"
        let title = try workspace.read(copy).split(separator: "\n").first { $0.hasPrefix("title: ") }.map(String.init) ?? ""

        // A copy made (the same title as another course), then fixed.
        let copied = try save(copy) { $0.replacingOccurrences(of: title, with: "title: First Aid at Work") }
        #expect(copied.contains { $0.code == .duplicateTitle })
        #expect(copied == loader.load().diagnostics)
        let uncopied = try save(copy) { $0.replacingOccurrences(of: "title: First Aid at Work", with: title) }
        #expect(!uncopied.contains { $0.code == .duplicateTitle })
        #expect(uncopied == loader.load().diagnostics)

        // A link to a course that does not exist, then fixed.
        let broken = try save(original) { $0 + "\nSee [the other](../courses/no-such-course.html).\n" }
        #expect(broken.contains { $0.code == .linkTargetMissing })
        #expect(broken == loader.load().diagnostics)
        let fixed = try save(original) { $0.replacingOccurrences(of: "\nSee [the other](../courses/no-such-course.html).\n", with: "") }
        #expect(!fixed.contains { $0.code == .linkTargetMissing })
        #expect(fixed == loader.load().diagnostics)

        // A copied code (an error in another file), a link broken while it stands, then the code fixed:
        // the link is still reported.
        let code = try workspace.read(copy).split(separator: "\n").first { $0.hasPrefix("code: ") }.map(String.init)
        let waiting = try save(copy) { text in
            code.map { text.replacingOccurrences(of: $0, with: "code: FA-201") } ?? text.replacingOccurrences(of: title, with: title + "\ncode: FA-201")
        }
        #expect(waiting.contains { $0.code == .duplicateCode })
        let unseen = try save(original) { $0 + "\nSee [the other](../courses/no-such-course.html).\n" }
        #expect(unseen == loader.load().diagnostics)
        let seen = try save(copy) { text in
            code.map { text.replacingOccurrences(of: "code: FA-201", with: $0) } ?? text.replacingOccurrences(of: "\ncode: FA-201", with: "")
        }
        #expect(seen.contains { $0.code == .linkTargetMissing })
        #expect(seen == loader.load().diagnostics)
        _ = try save(original) { $0.replacingOccurrences(of: "\nSee [the other](../courses/no-such-course.html).\n", with: "") }

        // A session moved out of the year, then back.
        let outside = try save(original) { $0.replacingOccurrences(of: "date: 2027-02-10", with: "date: 2029-02-10") }
        #expect(outside.contains { $0.code == .sessionOutsideYear })
        #expect(outside == loader.load().diagnostics)
        let inside = try save(original) { $0.replacingOccurrences(of: "date: 2029-02-10", with: "date: 2027-02-10") }
        #expect(!inside.contains { $0.code == .sessionOutsideYear })
        #expect(inside == loader.load().diagnostics)
    }
}
