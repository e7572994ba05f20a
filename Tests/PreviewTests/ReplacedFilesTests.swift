import Catalogue
import Foundation
import Parallel
@testable import Preview
import Site
import Testing

/// Saves that write a new copy of a file and rename it over the old one (vim, Emacs, gedit,
/// JetBrains' safe write, `sed -i`): the watcher sees files created and renamed, yet the content's
/// files are the same ones, so the preview must rebuild them as edits, not list and compare everything.
extension IncrementalTests {
    /// Saves `text` to `relative` as such an editor does: a new file beside it, renamed over it.
    /// Returns the new file's path before the rename (gone after it).
    @discardableResult
    func saveByRenaming(_ workspace: Workspace, _ relative: String, _ text: String) throws -> String {
        let target = workspace.file(relative)
        let copy = target.deletingLastPathComponent().appendingPathComponent(target.lastPathComponent + ".new-copy")
        try Data(text.utf8).write(to: copy)
        #expect(rename(copy.path, target.path) == 0)
        return copy.standardizedFileURL.path
    }

    @Test("a file renamed over a course file counts as its edit; files added, removed or never listed do not")
    func replacedFilesAreEdits() throws {
        let workspace = try Workspace()
        var cache = ContentCache()
        var loader = ContentLoader(directory: workspace.content, displayPath: "Content")
        loader.recordsListing = true
        _ = loader.load(cache: &cache)
        let root = workspace.content.standardizedFileURL.path
        func path(_ file: String) -> String { workspace.file(file).standardizedFileURL.path }
        func titles(_ result: LoadResult) -> [String]? { result.catalogue?.courses.map(\.title) }

        // A new copy renamed over the course: that course is edited; the copy, gone and never listed, is nothing.
        let course = "courses/mandatory/first-aid.md"
        let copy = try saveByRenaming(workspace, course, try workspace.read(course).replacingOccurrences(of: "title: First Aid at Work", with: "title: First Aid Saved"))
        let edits = try #require(cache.edits(amongReplaced: [copy, path(course)], root: root))
        #expect(edits == [path(course)])
        let reloaded = loader.load(cache: &cache, edited: edits)
        #expect(cache.lastChange.parsedFiles == 1 && cache.lastChange.courses == ["first-aid"] && !cache.lastChange.everything)
        #expect(titles(reloaded) == titles(loader.load()) && titles(reloaded)?.contains("First Aid Saved") == true)
        #expect(reloaded.diagnostics == loader.load().diagnostics)

        // A backup kept beside the file (Emacs' save): a new file, which the listing warns of.
        try Data(try workspace.read(course).utf8).write(to: workspace.file(course + "~"))
        #expect(cache.edits(amongReplaced: [path(course), path(course + "~")], root: root) == nil)
        try FileManager.default.removeItem(at: workspace.file(course + "~"))

        // A backup or test file made and removed again while saving, never listed: nothing to do.
        #expect(cache.edits(amongReplaced: [path("courses/4913"), path("courses/mandatory/first-aid.md~")], root: root) == [])

        // A new file, a file removed, one the listing found but warned of (its warning must go), a
        // picture (a page may show it), a file outside the kinds' folders: list everything again.
        try workspace.write("courses/brand-new.md", try workspace.read(course).replacingOccurrences(of: "code: FA-201", with: "code: BN-001"))
        #expect(cache.edits(amongReplaced: [path("courses/brand-new.md")], root: root) == nil)
        try FileManager.default.removeItem(at: workspace.file("courses/brand-new.md"))
        try workspace.write("courses/notes.txt", "not a course\n")
        let listedNotes = loader.load(cache: &cache)
        #expect(listedNotes.diagnostics.contains { $0.location.file == "Content/courses/notes.txt" })
        try FileManager.default.removeItem(at: workspace.file("courses/notes.txt"))
        #expect(cache.edits(amongReplaced: [path("courses/notes.txt")], root: root) == nil)
        let unlisted = loader.load(cache: &cache)
        #expect(!unlisted.diagnostics.contains { $0.location.file == "Content/courses/notes.txt" })
        #expect(cache.edits(amongReplaced: [path("courses/mandatory/photo.jpg")], root: root) == nil)
        #expect(cache.edits(amongReplaced: [path("site.yml")], root: root) == nil)
        #expect(cache.edits(amongReplaced: [path("index.md")], root: root) == nil)
        #expect(cache.edits(amongReplaced: [workspace.theme.appendingPathComponent("assets/site.css").standardizedFileURL.path], root: root) == nil)
        let leaving = "courses/leading-teams.md"
        let kept = try workspace.read(leaving)
        try FileManager.default.removeItem(at: workspace.file(leaving))
        #expect(cache.edits(amongReplaced: [path(leaving)], root: root) == nil)
        try workspace.write(leaving, kept)
        _ = loader.load(cache: &cache)

        // A course file replaced by a link: not a plain edit.
        let linked = workspace.root.appendingPathComponent("elsewhere.md")
        try Data(try workspace.read(leaving).utf8).write(to: linked)
        try FileManager.default.removeItem(at: workspace.file(leaving))
        try FileManager.default.createSymbolicLink(at: workspace.file(leaving), withDestinationURL: linked)
        #expect(cache.edits(amongReplaced: [path(leaving)], root: root) == nil)

        // A cache whose listing was not kept cannot tell: list everything again.
        var unrecorded = ContentCache()
        _ = ContentLoader(directory: workspace.content, displayPath: "Content").load(cache: &unrecorded)
        #expect(unrecorded.edits(amongReplaced: [path(course)], root: root) == nil)
    }

    @Test("the preview rebuilds a save by renaming as an edit of one file, and the site equals a full build")
    func renamingSaveRebuildsOneFile() throws {
        let workspace = try Workspace()
        let work = SiteWork()
        let session = PreviewSession(options: PreviewOptions(build: workspace.buildOptions(), port: 0, base: "/", watch: false),
                                     work: work, listener: { _ in })
        #expect(session.rebuild(themeChanged: true)?.succeeded == true)
        #expect(work[.contentListing] == 1)
        let course = "courses/mandatory/first-aid.md"
        let text = try workspace.read(course)
        let copy = try saveByRenaming(workspace, course, text + "\nA sentence saved by renaming a new copy.\n")
        // What the watcher reports for such a save: the copy's events and the course's.
        let report = try #require(session.rebuild(changed: [copy, copy, workspace.file(course).path], changes: .files))
        #expect(report.succeeded && !report.full)
        #expect(report.parsedFiles == 1)
        #expect(report.changedPaths.contains("courses/first-aid.html"))
        #expect(work[.contentListing] == 1, "the folder was listed again")
        #expect(served(session.snapshot) == (try fullBuild(workspace)))

        // A title saved the same way: the listings follow, still without listing the folder again.
        try saveByRenaming(workspace, course, text.replacingOccurrences(of: "title: First Aid at Work", with: "title: First Aid Renamed"))
        let retitled = try #require(session.rebuild(changed: [workspace.file(course).path], changes: .files))
        #expect(retitled.succeeded && retitled.parsedFiles == 1)
        #expect(work[.contentListing] == 1)
        #expect(served(session.snapshot) == (try fullBuild(workspace)))

        // A new file among the changes: everything is listed again, and the new course is found.
        try workspace.write("courses/first-aid-refresher.md", text
            .replacingOccurrences(of: "title: First Aid at Work", with: "title: First Aid Refresher")
            .replacingOccurrences(of: "code: FA-201", with: "code: FA-202"))
        let added = try #require(session.rebuild(changed: [workspace.file("courses/first-aid-refresher.md").path], changes: .files))
        #expect(added.succeeded && work[.contentListing] == 2)
        #expect(session.snapshot.data(at: "courses/first-aid-refresher.html") != nil)
        #expect(served(session.snapshot) == (try fullBuild(workspace)))
    }
}

@Suite("The file watcher")
struct FileWatcherTests {
    /// Watches a new folder holding `a.md`, does `change` and returns every batch reported for it.
    func batches(after change: (URL) throws -> Void) async throws -> [FileChanges] {
        try await reports(after: change).map(\.changes)
    }

    /// The same, with the paths each batch named.
    func reports(after change: (URL) throws -> Void) async throws -> [(paths: [String], changes: FileChanges)] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("watch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("one\n".utf8).write(to: folder.appendingPathComponent("a.md"))
        let seen = Locked<[(paths: [String], changes: FileChanges)]>([])
        let watcher = FileWatcher(roots: [folder]) { paths, changes in seen.withLock { $0.append((paths, changes)) } }
        try watcher.start()
        defer { watcher.stop() }
        try change(folder)
        #expect(await eventually { !seen.withLock { $0 }.isEmpty }, "no change reported")
        try await Task.sleep(for: .milliseconds(200))   // anything reported late
        return seen.withLock { $0 }
    }

    @Test("an edit in place is contents only; a copy renamed over the file is files; a new folder is anything")
    func scopes() async throws {
        let inPlace = try await batches { folder in
            let handle = try FileHandle(forWritingTo: folder.appendingPathComponent("a.md"))
            try handle.truncate(atOffset: 0)
            try handle.write(contentsOf: Data("two\n".utf8))
            try handle.close()
        }
        #expect(inPlace.allSatisfy { $0 == .contents })

        let renamed = try await batches { folder in
            let copy = folder.appendingPathComponent("a.md.new-copy")
            try Data("three\n".utf8).write(to: copy)
            #expect(rename(copy.path, folder.appendingPathComponent("a.md").path) == 0)
        }
        #expect(renamed.contains(.files) && !renamed.contains(.anything))

        // A backup kept beside the file (Emacs' save, vim's with 'backup'): the listing warns of it.
        let backup = try await reports { folder in
            #expect(rename(folder.appendingPathComponent("a.md").path, folder.appendingPathComponent("a.md~").path) == 0)
            try Data("four\n".utf8).write(to: folder.appendingPathComponent("a.md"))
        }
        #expect(backup.contains { $0.changes == .files })
        #expect(backup.contains { $0.paths.contains { $0.hasSuffix("/a.md~") } }, "the backup was not reported")

        let folderMade = try await batches { folder in
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: false)
        }
        #expect(folderMade.contains(.anything))
    }
}
