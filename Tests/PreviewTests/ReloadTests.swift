@testable import Catalogue
import Foundation
@testable import Preview
import Testing

/// A save of course files alone is made from the last load (`ContentLoader.reload`,
/// `Catalogue.replacingCourses`, the kept whole-catalogue checks): after each save, the catalogue
/// and every diagnostic must be a fresh load's.
@Suite("Saves made from the last load")
struct ReloadTests {
    /// What the pages and checks read of a catalogue: the courses' order, lookups and groups' lists.
    func shape(_ catalogue: Catalogue?) -> [String] {
        guard let catalogue else { return ["no catalogue"] }
        var lines = ["courses: " + catalogue.courses.map(\.slug).joined(separator: " "),
                     "published: " + catalogue.publishedCourses.map(\.slug).joined(separator: " ")]
        for group in catalogue.groups {
            lines.append("\(group.slug): " + catalogue.courses(openTo: group.slug).map(\.slug).joined(separator: " "))
        }
        for course in catalogue.courses { lines.append("\(course.slug) = \(catalogue.course(course.slug)?.title ?? "-")") }
        return lines
    }

    final class Saves {
        let workspace: Workspace
        let loader: ContentLoader
        var cache = ContentCache()

        init() throws {
            workspace = try Workspace()
            loader = ContentLoader(directory: workspace.content, displayPath: "Content")
            _ = loader.load(cache: &cache)
        }

        /// Edits `files`, then loads as the preview does after a save (told which files were edited).
        func save(_ files: [String: (String) -> String]) throws -> LoadResult {
            for (file, edit) in files { try workspace.write(file, edit(try workspace.read(file))) }
            return loader.load(cache: &cache, edited: Set(files.keys.map { workspace.file($0).standardizedFileURL.path }))
        }

        func save(_ file: String, _ edit: @escaping (String) -> String) throws -> LoadResult { try save([file: edit]) }
    }

    func expectFresh(_ saved: LoadResult, _ saves: Saves, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let fresh = saves.loader.load()
        #expect(saved.diagnostics == fresh.diagnostics, sourceLocation: sourceLocation)
        #expect(shape(saved.catalogue) == shape(fresh.catalogue), sourceLocation: sourceLocation)
    }

    @Test("a body or title edit patches the catalogue, runs no whole-catalogue check again, and equals a fresh load")
    func bodyAndTitle() throws {
        let saves = try Saves()
        let first = "courses/mandatory/first-aid.md", second = "courses/teaching/behaviour-essentials.md"
        let body = try saves.save(first) { $0 + "\nA sentence added at the end.\n" }
        #expect(saves.cache.lastChange.parsedFiles == 1 && saves.cache.validation.rerunChecks == 0)
        expectFresh(body, saves)

        // Retitled to the end of the list, then to the start, then two at once.
        let last = try saves.save(second) { $0.replacingOccurrences(of: "title: ", with: "title: Zebra ") }
        #expect(saves.cache.validation.rerunChecks == 0)
        #expect(last.catalogue?.courses.last?.slug == "behaviour-essentials")
        expectFresh(last, saves)
        let start = try saves.save(second) { $0.replacingOccurrences(of: "title: Zebra ", with: "title: Aardvark ") }
        #expect(start.catalogue?.courses.first?.slug == "behaviour-essentials")
        expectFresh(start, saves)
        let both = try saves.save([first: { $0.replacingOccurrences(of: "title: First Aid at Work", with: "title: Aardvark too") },
                                   second: { $0.replacingOccurrences(of: "title: Aardvark ", with: "title: Yak ") }])
        expectFresh(both, saves)

        // A course with the same title as another (sorted by slug between them), and back.
        let same = try saves.save(first) { $0.replacingOccurrences(of: "title: Aardvark too", with: "title: Coaching Conversations") }
        #expect(same.diagnostics.contains { $0.code == .duplicateTitle })
        expectFresh(same, saves)
        expectFresh(try saves.save(first) { $0.replacingOccurrences(of: "title: Coaching Conversations", with: "title: First Aid at Work") }, saves)
    }

    @Test("a prerequisite loop, a shared code and a draft prerequisite made and mended by saves are reported as a fresh check reports them")
    func wholeCatalogueChecks() throws {
        let saves = try Saves()
        let owner = "courses/teaching/behaviour-essentials.md", copy = "courses/coaching-conversations.md"

        // A loop: behaviour-essentials ← coaching-conversations ← behaviour-essentials.
        let loop = try saves.save(owner) { $0.replacingOccurrences(of: "title: ", with: "prerequisites: [coaching-conversations]\ntitle: ") }
        #expect(loop.diagnostics.contains { $0.code == .prerequisiteLoop })
        expectFresh(loop, saves)
        let unlooped = try saves.save(owner) { $0.replacingOccurrences(of: "prerequisites: [coaching-conversations]\n", with: "") }
        #expect(!unlooped.diagnostics.contains { $0.code == .prerequisiteLoop })
        expectFresh(unlooped, saves)

        // A code copied from another course, then changed back.
        let shared = try saves.save(copy) { $0.replacingOccurrences(of: "code: CC-300", with: "code: FA-201") }
        #expect(shared.diagnostics.contains { $0.code == .duplicateCode })
        expectFresh(shared, saves)
        expectFresh(try saves.save(copy) { $0.replacingOccurrences(of: "code: FA-201", with: "code: CC-300") }, saves)

        // A draft named as a prerequisite: a warning, so the catalogue is made from the last one.
        let draft = try saves.save(copy) { $0.replacingOccurrences(of: "prerequisites: [behaviour-essentials]", with: "prerequisites: [behaviour-essentials, leading-teams]") }
        #expect(draft.diagnostics.contains { $0.code == .draftPrerequisite })
        #expect(saves.cache.validation.rerunChecks > 0)
        expectFresh(draft, saves)
        let undrafted = try saves.save(copy) { $0.replacingOccurrences(of: ", leading-teams]", with: "]") }
        #expect(!undrafted.diagnostics.contains { $0.code == .draftPrerequisite })
        expectFresh(undrafted, saves)

        // A retitle while a loop stands (the order of the courses then matters), then the loop mended.
        _ = try saves.save(owner) { $0.replacingOccurrences(of: "title: ", with: "prerequisites: [coaching-conversations]\ntitle: ") }
        expectFresh(try saves.save(owner) { $0.replacingOccurrences(of: "title: ", with: "title: Zebra ") }, saves)
        expectFresh(try saves.save(owner) { $0.replacingOccurrences(of: "prerequisites: [coaching-conversations]\n", with: "") }, saves)
    }

    @Test("groups renamed in course files, a course turned draft, and a session's warning follow a fresh load")
    func groupsDraftsAndWarnings() throws {
        let saves = try Saves()
        let first = "courses/mandatory/first-aid.md", other = "courses/coaching-conversations.md"

        // One unknown group named by two courses: folded into one message, as a fresh load folds it.
        let renamed = try saves.save([first: { $0.replacingOccurrences(of: "groups: [teachers, teaching-assistants]", with: "groups: [teacherz, teaching-assistants]") },
                                      other: { $0.replacingOccurrences(of: "groups: [middle-leaders, teachers]", with: "groups: [middle-leaders, teacherz]") }])
        #expect(renamed.diagnostics.contains { $0.code == .unknownGroup })
        expectFresh(renamed, saves)
        expectFresh(try saves.save([first: { $0.replacingOccurrences(of: "teacherz", with: "teachers") },
                                    other: { $0.replacingOccurrences(of: "teacherz", with: "teachers") }]), saves)

        // A course's groups changed, then a course turned draft and back: the catalogue is made afresh.
        expectFresh(try saves.save(first) { $0.replacingOccurrences(of: "groups: [teachers, teaching-assistants]", with: "groups: [teachers]") }, saves)
        expectFresh(try saves.save(first) { $0.replacingOccurrences(of: "title: ", with: "draft: true\ntitle: ") }, saves)
        expectFresh(try saves.save(first) { $0.replacingOccurrences(of: "draft: true\n", with: "") }, saves)

        // A session moved out of the year and back: the course's own warning comes and goes.
        let outside = try saves.save(first) { $0.replacingOccurrences(of: "date: 2027-02-10", with: "date: 2029-02-10") }
        #expect(outside.diagnostics.contains { $0.code == .sessionOutsideYear })
        expectFresh(outside, saves)
        expectFresh(try saves.save(first) { $0.replacingOccurrences(of: "date: 2029-02-10", with: "date: 2027-02-10") }, saves)
    }

    @Test("a retitled course's page takes its new place in the kept plan, as a fresh plan places it")
    func planKept() throws {
        let workspace = try Workspace()
        func pagePaths() -> [String] {
            var fresh = IncrementalSite(options: workspace.buildOptions())
            _ = fresh.rebuild(themeChanged: true)
            return fresh.served?.site.pagePaths ?? []
        }
        var site = IncrementalSite(options: workspace.buildOptions())
        _ = site.rebuild(themeChanged: true)
        let file = "courses/teaching/behaviour-essentials.md"
        let path = workspace.file(file).standardizedFileURL.path
        let text = try workspace.read(file)
        for title in ["Zebra ", "Aardvark ", "Middle "] {
            try workspace.write(file, text.replacingOccurrences(of: "title: ", with: "title: " + title))
            let rebuilt = site.rebuild(themeChanged: false, edited: [path])
            let report = try #require(rebuilt)
            #expect(report.succeeded && !report.full)
            #expect(site.served?.site.pagePaths == pagePaths())
        }
        // A body edit: its own page and the history of changes only, as each page's reads say.
        try workspace.write(file, try workspace.read(file) + "\nOne more sentence.\n")
        let rebuilt = site.rebuild(themeChanged: false, edited: [path])
        let body = try #require(rebuilt)
        #expect(body.stalePages == 2)
    }

    @Test("a full load shares the courses parsed again to the same fields with the last load: a failed one holds no second copy, nor does the load that mends it")
    func failedFullLoad() throws {
        let saves = try Saves()
        let first = try #require(saves.cache.result?.catalogue)
        func shared(_ catalogue: Catalogue?) -> Int {
            (catalogue?.courses ?? []).filter { course in first.course(course.slug).map { $0.storage === course.storage } ?? false }.count
        }
        func sharedInCache() -> Int {
            saves.cache.items.values.compactMap(\.parsed.course).filter { course in first.course(course.slug).map { $0.storage === course.storage } ?? false }.count
        }
        let site = try saves.workspace.read("site.yml")
        let failed = try saves.save("site.yml") { $0 + "\ntimezone: Europe/Londn\n" }
        #expect(failed.catalogue == nil && failed.diagnostics.hasErrors && saves.cache.lastChange.everything)
        #expect(sharedInCache() == first.courses.count, "every course parsed again is the one the last good site holds")
        let mended = try saves.save("site.yml") { _ in site }
        #expect(saves.cache.lastChange.everything)
        expectFresh(mended, saves)
        #expect(shared(mended.catalogue) == first.courses.count)
        // A course changed by a full load is its own; the others are still shared.
        let edited = try saves.save(["site.yml": { $0 + "\n" }, "courses/mandatory/first-aid.md": { $0 + "\nOne more sentence.\n" }])
        expectFresh(edited, saves)
        #expect(shared(edited.catalogue) == first.courses.count - 1)
        #expect(edited.catalogue?.course("first-aid")?.storage !== first.course("first-aid")?.storage)
    }
}
