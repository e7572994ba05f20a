import Catalogue
import Foundation
@testable import Preview
import Site
import TestSupport
import Testing

/// `serve` reads a description's pictures while it parses the description, so a picture added,
/// replaced or removed must make it parse again: never a stale picture, never a stale "missing".
@Suite("Pictures and documents in the preview")
struct PreviewFilesTests {
    @Test("a picture added, replaced and removed is served as it is now")
    func pictureChanges() async throws {
        try await withPreview(watch: false) { workspace, server, _ in
            let course = "courses/teaching/behaviour-essentials.md"
            let picture = workspace.file("courses/teaching/plan.png")
            try workspace.write(course, try workspace.read(course) + "\n![A plan of the room](plan.png)\n")
            #expect(server.rebuildNow()?.succeeded == false)

            let first = TinyFiles.png(width: 10, height: 20), second = TinyFiles.png(width: 30, height: 40)
            try first.write(to: picture, options: .atomic)
            #expect(server.rebuildNow()?.succeeded == true)
            let firstName = "files/plan.\(ContentHash.hex(first)).png", secondName = "files/plan.\(ContentHash.hex(second)).png"
            #expect(server.snapshot.data(at: firstName) == first)

            try second.write(to: picture, options: .atomic)
            #expect(server.rebuildNow()?.succeeded == true)
            #expect(server.snapshot.data(at: firstName) == nil)
            #expect(server.snapshot.data(at: secondName) == second)
            let page = String(decoding: server.snapshot.data(at: "courses/behaviour-essentials.html") ?? Data(), as: UTF8.self)
            #expect(page.contains("src=\"../\(secondName)\" width=\"30\" height=\"40\""))

            try FileManager.default.removeItem(at: picture)
            #expect(server.rebuildNow()?.succeeded == false)
        }
    }

    @Test("told only that a picture was edited, the loader parses every file again")
    func editedHint() throws {
        let workspace = try Workspace()
        let course = "courses/teaching/behaviour-essentials.md"
        try workspace.write(course, try workspace.read(course) + "\n![A plan of the room](plan.png)\n")
        let picture = workspace.file("courses/teaching/plan.png")
        try TinyFiles.png(width: 1, height: 2).write(to: picture)
        let loader = ContentLoader(directory: workspace.content, displayPath: "Content")
        var cache = ContentCache()
        _ = loader.load(cache: &cache)
        let replaced = TinyFiles.png(width: 3, height: 4)
        try replaced.write(to: picture, options: .atomic)
        let result = loader.load(cache: &cache, edited: [picture.standardizedFileURL.path])
        #expect(cache.lastChange.everything)
        let files = result.catalogue?.course("behaviour-essentials")?.body.files
        #expect(files?.map(\.data) == [replaced])
    }
}
