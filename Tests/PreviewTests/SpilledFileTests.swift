import Foundation
import Parallel
@testable import Preview
import Site
import TestSupport
import Testing

/// Large served files are moved out of memory into unnamed temporary files, so that downloads in
/// flight across rebuilds hold open files, not generations of text.
@Suite("Spilled files")
struct SpilledFileTests {
    func buffers(_ body: ServedBody, size: Int) async -> [UInt8] {
        var iterator = body.makeAsyncIterator()
        var bytes: [UInt8] = []
        while let buffer = await iterator.nextBuffer(suggested: size) {
            #expect(!buffer.isEmpty && buffer.count <= size)
            bytes += buffer
        }
        return bytes
    }

    func entries(_ folder: TemporaryFolder) -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: folder.url.path)) ?? ["unreadable"]
    }

    @Test("a spilled file leaves no name on the disk, and is read back byte for byte in buffers of any size")
    func spillAndRead() async throws {
        let folder = try TemporaryFolder("spill")
        defer { folder.remove() }
        let pieces = ["BEGIN:VCALENDAR\r\n", "", "é—🙂 across a boundary", String(repeating: "x", count: 70_000), "END\r\n"]
        let joined = [UInt8](pieces.joined().utf8)
        let spilled = try #require(SpilledFile.spill(OutputFile(path: "offer.ics", pieces: pieces), in: folder.url.path))
        #expect(entries(folder).isEmpty, "unlinked as soon as it is made")
        #expect(spilled.byteCount == joined.count && [UInt8](spilled.data) == joined)
        for size in [1, 7, 4096, 1 << 20] {
            #expect(await buffers(ServedBody(content: .spilled(spilled)), size: size) == joined, "buffers of \(size)")
        }
        #expect(spilled.read(at: joined.count, count: 10) == nil)
    }

    @Test("a folder that cannot be written keeps the file in memory, with the same entity tag")
    func fallsBack() throws {
        let folder = try TemporaryFolder("spill")
        defer { folder.remove() }
        let file = OutputFile(path: "catalogue.json", pieces: ["{", String(repeating: "\"a\",", count: 1000), "0}"])
        #expect(SpilledFile.spill(file, in: folder.path("missing").path) == nil)
        let spilling = FileTags(spill: SpillPlace(directory: folder.url.path, threshold: 1)).served(file, run: "r")
        let warnings = Locked([String]())
        let missingTags = FileTags(spill: SpillPlace(directory: folder.path("missing").path, threshold: 1)) { message in warnings.withLock { $0.append(message) } }
        let missing = missingTags.served(file, run: "r")
        _ = missingTags.served(file, run: "r")
        #expect(warnings.withLock { $0.count } == 1, "told once, not per file")
        #expect(warnings.withLock { $0.first?.contains("held in memory") ?? false })
        let none = FileTags(spill: nil).served(file, run: "r")
        guard case .spilled = spilling.content else { Issue.record("not spilled"); return }
        guard case .made = missing.content, case .made = none.content else { Issue.record("spilled"); return }
        #expect(spilling.etag == missing.etag && missing.etag == none.etag)
        #expect(spilling.data == none.data && spilling.memoryBytes == 0 && none.memoryBytes == file.byteCount)
    }

    @Test("only files that are not pages and reach the threshold are spilled")
    func whatSpills() {
        let place = SpillPlace(directory: "/nowhere", threshold: 10)
        #expect(place.takes(OutputFile(path: "catalogue.json", text: String(repeating: "x", count: 10))))
        #expect(!place.takes(OutputFile(path: "catalogue.json", text: String(repeating: "x", count: 9))))
        #expect(!place.takes(OutputFile(path: "courses/index.html", text: String(repeating: "x", count: 100))))
        #expect(SpillPlace.standard.threshold == 1 << 20)
    }

    @Test("the temporary folder is TMPDIR when it is set and not empty, else /tmp")
    func temporaryFolder() {
        #expect(SpillPlace.temporaryDirectory(["TMPDIR": "/var/tmp"]) == "/var/tmp")
        #expect(SpillPlace.temporaryDirectory(["TMPDIR": ""]) == "/tmp", "not the root of the disk")
        #expect(SpillPlace.temporaryDirectory([:]) == "/tmp")
    }

    @Test("the served site spills its large exports, serves them as built, and a download outlives the site")
    func servedSite() async throws {
        let workspace = try Workspace()
        var site = IncrementalSite(options: workspace.buildOptions(), work: SiteWork())
        #expect(site.rebuild(themeChanged: true)?.succeeded == true)
        let folder = try TemporaryFolder("spill")
        defer { folder.remove() }
        var served: ServedSite? = ServedSite(site: try #require(site.served).site, run: "t",
                                             spill: SpillPlace(directory: folder.url.path, threshold: 4096))
        let full = try IncrementalTests().fullBuild(workspace)
        let catalogue = try #require(served?.file(at: "catalogue.json"))
        guard case .spilled = catalogue.content else { Issue.record("catalogue.json was not spilled"); return }
        #expect(catalogue.data == full["catalogue.json"])
        let page = try #require(served?.file(at: "courses/first-aid.html"))
        guard case .made = page.content else { Issue.record("a page was spilled"); return }
        // A download begun, then the site and everything it kept let go (a rebuild replaced it).
        var iterator = ServedBody(content: catalogue.content).makeAsyncIterator()
        let first = await iterator.nextBuffer(suggested: 100) ?? []
        served = nil
        site = IncrementalSite(options: workspace.buildOptions(), work: SiteWork())
        var rest: [UInt8] = []
        while let buffer = await iterator.nextBuffer(suggested: 65_536) { rest += buffer }
        #expect(Data(first + rest) == full["catalogue.json"])
        #expect(entries(folder).isEmpty)
    }
}
