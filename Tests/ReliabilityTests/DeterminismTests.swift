import Catalogue
import Foundation
import Site
import TestSupport
import Testing

/// Two builds of the same content are byte for byte the same: nothing depends on the order the file
/// system lists files in, on the wall clock, or on the build (time zone, locale and hash seeds differ
/// between processes and are compared by scripts/determinism.sh).
@Suite("Reliability: deterministic output")
struct DeterminismTests {
    @Test("two builds of the same content are byte-identical", arguments: ["valid", "hostile"])
    func twoBuildsIdentical(fixture: String) throws {
        try withTemporaryFolder("twice") { scratch in
            let content = try scratch.copyFixture(fixture)
            let first = buildSite(content: content, output: scratch.path("One"))
            let second = buildSite(content: content, output: scratch.path("Two"))
            try #require(first.succeeded && second.succeeded, "\(first.errorSummaries) \(second.errorSummaries)")
            let one = try treeSnapshot(scratch.path("One")), two = try treeSnapshot(scratch.path("Two"))
            #expect(one.keys.sorted() == two.keys.sorted())
            #expect(one.keys.sorted().filter { one[$0] != two[$0] } == [])
            // The diagnostics are the same, in the same order, too.
            #expect(first.diagnostics == second.diagnostics)
        }
    }

    /// Copies `fixture` into `folder`, creating the files of every folder in the given order.
    func copy(_ fixture: String, to folder: URL, reversed: Bool) throws {
        let source = TestPaths.fixture(fixture)
        var files: [String] = []
        let enumerator = FileManager.default.enumerator(at: source, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            if try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true {
                files.append(String(url.standardizedFileURL.path.dropFirst(source.standardizedFileURL.path.count + 1)))
            }
        }
        files.sort()
        if reversed { files.reverse() }
        for file in files {
            let destination = folder.appendingPathComponent(file)
            try FileManager.default.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: source.appendingPathComponent(file), to: destination)
        }
    }

    @Test("the order in which the file system lists files changes nothing", arguments: ["valid", "hostile"])
    func fileSystemOrder(fixture: String) throws {
        // tmpfs lists a folder newest first, so two copies made in opposite orders list differently.
        let shm = URL(fileURLWithPath: "/dev/shm")
        let base = FileManager.default.isWritableFile(atPath: shm.path) ? shm : FileManager.default.temporaryDirectory
        let root = base.appendingPathComponent("prospectus-order-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let forward = root.appendingPathComponent("Forward"), backward = root.appendingPathComponent("Backward")
        try copy(fixture, to: forward, reversed: false)
        try copy(fixture, to: backward, reversed: true)
        let listed = try FileManager.default.contentsOfDirectory(atPath: forward.appendingPathComponent("courses").path)
        let listedBackward = try FileManager.default.contentsOfDirectory(atPath: backward.appendingPathComponent("courses").path)
        if base == shm { #expect(listed != listedBackward, "the two copies list their files in the same order; the test proves nothing") }

        let one = buildSite(content: forward, output: root.appendingPathComponent("One"))
        let two = buildSite(content: backward, output: root.appendingPathComponent("Two"))
        try #require(one.succeeded && two.succeeded, "\(one.errorSummaries) \(two.errorSummaries)")
        let first = try treeSnapshot(root.appendingPathComponent("One")), second = try treeSnapshot(root.appendingPathComponent("Two"))
        #expect(first.keys.sorted() == second.keys.sorted())
        #expect(first.keys.sorted().filter { first[$0] != second[$0] } == [])
        #expect(one.diagnostics == two.diagnostics)
    }

    @Test("'today' comes from SOURCE_DATE_EPOCH: the same epoch gives the same site, another day another site")
    func todayFromSourceDateEpoch() throws {
        try withTemporaryFolder("epoch") { scratch in
            let content = TestPaths.fixture("valid")
            // 1 September 2026 (every session to come) at two times of the same day, then 10 October 2026.
            let morning = buildSite(content: content, output: scratch.path("Morning"), environment: ["SOURCE_DATE_EPOCH": "1788246000"])
            let evening = buildSite(content: content, output: scratch.path("Evening"), environment: ["SOURCE_DATE_EPOCH": "1788296400"])
            let later = buildSite(content: content, output: scratch.path("Later"), environment: ["SOURCE_DATE_EPOCH": "1791633600"])
            try #require(morning.succeeded && evening.succeeded && later.succeeded)
            let a = try treeSnapshot(scratch.path("Morning")), b = try treeSnapshot(scratch.path("Evening"))
            let c = try treeSnapshot(scratch.path("Later"))
            // The same day gives the same site, but for the calendars' DTSTAMP: the moment they were made.
            #expect(a.keys.sorted() == b.keys.sorted())
            let differing = a.keys.sorted().filter { a[$0] != b[$0] }
            #expect(differing.allSatisfy { $0.hasSuffix(".ics") }, "\(differing)")
            func withoutStamps(_ data: Data?) -> [String] {
                String(decoding: data ?? Data(), as: UTF8.self).components(separatedBy: "\r\n").filter { !$0.hasPrefix("DTSTAMP:") }
            }
            for path in differing { #expect(withoutStamps(a[path]) == withoutStamps(b[path]), "\(path) differs in more than DTSTAMP") }
            #expect(a != c, "a later 'today' must show past sessions differently")
            // "Today" is taken in the site's time zone, not the machine's: 23:30 UTC on 31 August 2026
            // is already 1 September in London.
            #expect(BuildClock.today(timezone: "Europe/London", environment: ["SOURCE_DATE_EPOCH": "1788219000"]).iso == "2026-09-01")
            #expect(BuildClock.today(timezone: "UTC", environment: ["SOURCE_DATE_EPOCH": "1788219000"]).iso == "2026-08-31")
            #expect(BuildClock.today(timezone: "Pacific/Auckland", environment: ["SOURCE_DATE_EPOCH": " 1788219000 "]).iso == "2026-09-01")
        }
    }

    @Test("no output file holds the build's own time, machine or paths")
    func nothingFromTheBuildMachine() throws {
        try withTemporaryFolder("machine") { scratch in
            let content = try scratch.copyFixture("hostile")
            let output = scratch.path("Output")
            try #require(buildSite(content: content, output: output).succeeded)
            let host = ProcessInfo.processInfo.hostName
            let user = ProcessInfo.processInfo.environment["USER"] ?? "\u{0}"
            for (path, data) in try treeSnapshot(output) {
                let text = String(decoding: data, as: UTF8.self)
                #expect(!text.contains(scratch.url.path) && !text.contains(content.path), "\(path) contains a build path")
                #expect(host.count < 4 || !text.contains(host), "\(path) contains the host name")
                #expect(user.count < 4 || !text.contains("/\(user)/"), "\(path) contains the user name")
            }
        }
    }
}
