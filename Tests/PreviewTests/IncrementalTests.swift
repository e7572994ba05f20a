import Catalogue
import Foundation
@testable import Preview
import Site
import Testing

@Suite("Incremental rebuilds")
struct IncrementalTests {
    /// Every file a full `build` writes into `output`, by path.
    func fullBuild(_ workspace: Workspace) throws -> [String: Data] {
        let output = workspace.root.appendingPathComponent("Full-\(UUID().uuidString)")
        let report = SiteGenerator(options: workspace.buildOptions(output: output)).build()
        #expect(report.succeeded, "\(report.diagnostics)")
        var files: [String: Data] = [:]
        for path in FileManager.default.subpaths(atPath: output.path) ?? [] where path != OutputWriter.markerName {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: output.appendingPathComponent(path).path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = try Data(contentsOf: output.appendingPathComponent(path))
            }
        }
        return files
    }

    func served(_ snapshot: SiteSnapshot) -> [String: Data] {
        Dictionary(uniqueKeysWithValues: snapshot.paths.map { ($0, snapshot.data(at: $0)!) })
    }

    @Test("an edit parses one file, renders only what it affects, and equals a full build byte for byte")
    func incrementalEqualsFull() async throws {
        try await withPreview(watch: false) { workspace, server, _ in
            #expect(served(server.snapshot) == (try fullBuild(workspace)))

            // behaviour-essentials is a prerequisite of coaching-conversations: its title shows there too.
            let file = "courses/teaching/behaviour-essentials.md"
            let text = try workspace.read(file)
            let tagsBefore = server.snapshot.files.mapValues(\.etag)
            try workspace.write(file, text.replacingOccurrences(of: "title: ", with: "title: Renamed "))
            let report = try #require(server.rebuildNow())
            #expect(report.succeeded)
            #expect(report.parsedFiles == 1)
            #expect(!report.full)
            // Reused: four course pages that neither are nor list it, the listings that cannot show it
            // (groups/middle-leaders, groups/teaching-assistants, stages/leadership, pathways/leading-people),
            // and the pages that show no course (pathways/index, search, plan, accessibility, 404, calendars, one extra page):
            // each page kind declares what it reads (`PageKind.reads`).
            #expect(report.reusedPages == 15)
            #expect(report.changedPaths.contains("courses/behaviour-essentials.html"))
            #expect(report.changedPaths.contains("courses/coaching-conversations.html"))
            #expect(!report.changedPaths.contains("courses/first-aid.html"))
            // Entity tags change with the bytes, and only then.
            let tagsAfter = server.snapshot.files.mapValues(\.etag)
            #expect(Set(tagsAfter.keys.filter { tagsAfter[$0] != tagsBefore[$0] }) == Set(report.changedPaths))
            // The exports are put together from the other courses' pieces of the previous rebuild.
            #expect(report.reusedFragments > 0)
            // Made again: the renamed course's eight pieces (its card, events, calendar files,
            // catalogue.json object, courses.csv row, sessions.csv rows, search entry, search words), the courses.csv
            // row of coaching-conversations, which shows its title as a prerequisite, and for each of
            // its two groups the calendar (its events changed) and the catalogue.json object (the
            // course list, in title order, changed). The other two groups' are reused.
            #expect(report.madeFragments == 13)
            #expect(served(server.snapshot) == (try fullBuild(workspace)))

            // Only the body changed: the course's own page is rendered again (and what's new, which
            // is always), no listing; the result is still a full build's.
            let firstAid = "courses/mandatory/first-aid.md"
            let firstAidText = try workspace.read(firstAid)
            try workspace.write(firstAid, firstAidText + "\nA sentence added at the end of the body.\n")
            let bodyEdit = try #require(server.rebuildNow())
            #expect(bodyEdit.succeeded && !bodyEdit.full)
            #expect(bodyEdit.renderedPages == 2)
            #expect(bodyEdit.changedPaths.contains("courses/first-aid.html") && !bodyEdit.changedPaths.contains("courses/index.html"))
            #expect(served(server.snapshot) == (try fullBuild(workspace)))

            // A session moved: calendars, sessions.csv (in date order) and catalogue.json follow.
            try workspace.write(firstAid, firstAidText.replacingOccurrences(of: "date: 2027-02-10", with: "date: 2026-09-03"))
            let moved = try #require(server.rebuildNow())
            #expect(moved.succeeded && !moved.full)
            #expect(moved.changedPaths.contains("sessions.csv") && moved.changedPaths.contains("offer.ics"))
            #expect(served(server.snapshot) == (try fullBuild(workspace)))

            // A course becomes a draft: it leaves every listing, export and the others' prerequisites.
            try workspace.write(file, text.replacingOccurrences(of: "title: ", with: "draft: true\ntitle: "))
            let drafted = try #require(server.rebuildNow())
            #expect(drafted.succeeded)
            #expect(served(server.snapshot) == (try fullBuild(workspace)))
            try workspace.write(firstAid, firstAidText)
            #expect(server.rebuildNow()?.succeeded == true)

            // Nothing changed: no rebuild, no new generation.
            #expect(server.rebuildNow() == nil)

            // Broken, then fixed differently: the changes made while broken are all rendered.
            try workspace.write(file, text.replacingOccurrences(of: "title: ", with: "title: [oops "))
            #expect(server.rebuildNow()?.succeeded == false)
            let other = "courses/mandatory/first-aid.md"
            try workspace.write(other, try workspace.read(other).replacingOccurrences(of: "title: First Aid at Work", with: "title: First Aid 2"))
            #expect(server.rebuildNow()?.succeeded == false)
            try workspace.write(file, text)
            let fixed = try #require(server.rebuildNow())
            #expect(fixed.succeeded)
            #expect(served(server.snapshot) == (try fullBuild(workspace)))
        }
    }

    @Test("the content cache reloads exactly what load() reads")
    func cacheMatchesLoad() throws {
        let workspace = try Workspace()
        var cache = ContentCache()
        let loader = ContentLoader(directory: workspace.content, displayPath: "Content")
        let first = loader.load(cache: &cache)
        #expect(cache.lastChange.everything)
        #expect(first.diagnostics == loader.load().diagnostics)
        let again = loader.load(cache: &cache)
        #expect(cache.lastChange.isEmpty)
        #expect(cache.lastChange.parsedFiles == 0)
        #expect(again.catalogue?.courses.map(\.title) == first.catalogue?.courses.map(\.title))
        try workspace.write("groups/teachers.md", try workspace.read("groups/teachers.md") + "\nMore text.\n")
        _ = loader.load(cache: &cache)
        #expect(cache.lastChange.otherFiles && cache.lastChange.parsedFiles == 1)
        try FileManager.default.removeItem(at: workspace.file("courses/leading-teams.md"))
        let removed = loader.load(cache: &cache)
        #expect(cache.lastChange.everything)
        #expect(removed.diagnostics == loader.load().diagnostics)
    }

    @Test("told which files were edited, the loader reads only those, and still matches load()")
    func editedHint() throws {
        let workspace = try Workspace()
        var cache = ContentCache()
        let loader = ContentLoader(directory: workspace.content, displayPath: "Content")
        _ = loader.load(cache: &cache)
        func path(_ file: String) -> String { workspace.file(file).standardizedFileURL.path }
        func titles(_ result: LoadResult) -> [String]? { result.catalogue?.courses.map(\.title) }

        // An edit the watcher reports: that file alone is read.
        let course = "courses/mandatory/first-aid.md"
        try workspace.write(course, try workspace.read(course).replacingOccurrences(of: "title: First Aid at Work", with: "title: First Aid 3"))
        let edited = loader.load(cache: &cache, edited: [path(course)])
        #expect(cache.lastChange.parsedFiles == 1 && cache.lastChange.courses == ["first-aid"] && !cache.lastChange.everything)
        #expect(titles(edited) == titles(loader.load()))
        #expect(edited.diagnostics == loader.load().diagnostics)

        // Files the hint does not name are not looked at; an empty hint (a theme edit) reads nothing.
        _ = loader.load(cache: &cache, edited: [])
        #expect(cache.lastChange.isEmpty)

        // A path that was not listed before (a new file) makes it a full load, which finds the file.
        try workspace.write("courses/new-course.md", try workspace.read(course)
            .replacingOccurrences(of: "title: First Aid 3", with: "title: Brand New").replacingOccurrences(of: "code: FA-201", with: "code: BN-001"))
        let added = loader.load(cache: &cache, edited: [path("courses/new-course.md")])
        #expect(cache.lastChange.everything)
        #expect(titles(added) == titles(loader.load()) && titles(added)?.contains("Brand New") == true)

        // site.yml edited: the settings are read again.
        try workspace.write("site.yml", try workspace.read("site.yml").replacingOccurrences(of: "title: Testbridge", with: "title: Renamed Testbridge"))
        let settings = loader.load(cache: &cache, edited: [path("site.yml")])
        #expect(cache.lastChange.everything)
        #expect(settings.catalogue?.settings.title == loader.load().catalogue?.settings.title)
        #expect(settings.catalogue?.settings.title.hasPrefix("Renamed ") == true)
    }
}

@Suite("Request paths and dates")
struct RequestPathTests {
    @Test("paths resolve inside the site or are refused")
    func resolve() {
        #expect(RequestPath.resolve("/", base: "/") == .file("index.html"))
        #expect(RequestPath.resolve("/courses/", base: "/") == .file("courses/index.html"))
        #expect(RequestPath.resolve("/cpd/courses/a.html", base: "/cpd/") == .file("courses/a.html"))
        #expect(RequestPath.resolve("/cpd", base: "/cpd/") == .redirect("/cpd/"))
        #expect(RequestPath.resolve("/other/a.html", base: "/cpd/") == .notFound)
        #expect(RequestPath.resolve("/a%20b.html", base: "/") == .file("a b.html"))
        for bad in ["/../x", "/a/../../x", "/%2e%2e/x", "/%2E%2e/x", "/a%2Fb", "/a%5cb", "/./x", "/%00", "/%zz", "x"] {
            #expect(RequestPath.resolve(bad, base: "/") == .forbidden, "\(bad)")
        }
        #expect(RequestPath.resolve("/.hidden", base: "/") == .notFound)
        #expect(RequestPath.resolve("/a//b", base: "/") == .notFound)
    }

    @Test("HTTP dates round-trip")
    func dates() {
        #expect(HTTPDate.format(784_111_777) == "Sun, 06 Nov 1994 08:49:37 GMT")
        #expect(HTTPDate.parse("Sun, 06 Nov 1994 08:49:37 GMT") == 784_111_777)
        #expect(HTTPDate.parse("yesterday") == nil)
        #expect(PreviewOptions.normalisedBase("cpd") == "/cpd/")
        #expect(PreviewOptions.normalisedBase("/") == "/")
    }
}

@Suite("The error overlay's text")
struct ErrorOverlayEscapingTests {
    @Test("quotes and brackets are escaped even when a combining mark follows them")
    func combiningMarks() {
        let escaped = ErrorOverlay.escape("title: \"\u{301}<\u{301}script>&'")
        #expect(escaped == "title: &quot;\u{301}&lt;\u{301}script&gt;&amp;&#39;")
    }
}
