import Foundation
import Parallel
@testable import Site
import TestSupport
import Testing

/// The build streams files into a staging folder as they are made; nothing shows until the swap.
@Suite("Writing a site as it is made")
struct StagedSiteTests {
    @Test("files written from many threads, in nested folders, all arrive; the site appears only on publish")
    func manyThreads() throws {
        try withTemporaryFolder { folder in
            let output = folder.path("Output")
            let writer = OutputWriter(output: output, protecting: [])
            let lock = try writer.lock()
            defer { lock.release() }
            let site = try writer.stage(holding: lock)
            let paths = (0..<400).map { "f\($0 % 7)/g\($0 % 3)/page-\($0).html" }
            let failures = paths.parallelMap { path in (try? site.write(OutputFile(path: path, text: path))) == nil ? path : nil }
            #expect(failures.compactMap { $0 }.isEmpty)
            #expect(!FileManager.default.fileExists(atPath: output.path), "nothing is visible before publish")
            #expect(try site.publish() == paths.reduce(0) { $0 + $1.utf8.count })
            for path in paths {
                #expect(try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8) == path)
            }
            #expect(try leftovers(folder) == [])
        }
    }

    @Test("more folders than descriptors are kept for: files in the others are opened by their path, and all arrive")
    func manyFolders() throws {
        try withTemporaryFolder { folder in
            let output = folder.path("Output")
            let writer = OutputWriter(output: output, protecting: [])
            let lock = try writer.lock()
            defer { lock.release() }
            let site = try writer.stage(holding: lock)
            let paths = (0..<(StagedSite.folderDescriptors + 40)).map { "f\($0 % 9)/g\($0)/page.html" }
            for path in paths { try site.write(OutputFile(path: path, pieces: [path, "|", path])) }
            _ = try site.publish()
            for path in paths {
                #expect(try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8) == path + "|" + path)
            }
        }
    }

    @Test("a path written twice, or leaving the folder, is refused; abandoning leaves the published site as it was")
    func refusedAndAbandoned() throws {
        try withTemporaryFolder { folder in
            let output = folder.path("Output")
            let writer = OutputWriter(output: output, protecting: [])
            try writer.publish([OutputFile(path: "index.html", text: "published")])
            let lock = try writer.lock()
            defer { lock.release() }
            let site = try writer.stage(holding: lock)
            try site.write(OutputFile(path: "index.html", text: "new"))
            #expect(throws: OutputError.self) { try site.write(OutputFile(path: "index.html", text: "again")) }
            #expect(throws: OutputError.self) { try site.write(OutputFile(path: "../escape.html", text: "x")) }
            site.abandon()
            #expect(try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8) == "published")
            #expect(!FileManager.default.fileExists(atPath: folder.path("escape.html").path))
            #expect(try leftovers(folder) == [])
        }
    }

    @Test("unchanged files, empty ones included, are linked from the published site")
    func emptyFilesLinked() throws {
        try withTemporaryFolder { folder in
            let output = folder.path("Output")
            let writer = OutputWriter(output: output, protecting: [])
            let files = [OutputFile(path: "empty.txt", text: ""), OutputFile(path: "a/b.html", text: "same")]
            try writer.publish(files)
            let before = (try inode(output.appendingPathComponent("empty.txt")), try inode(output.appendingPathComponent("a/b.html")))
            try writer.publish(files)
            #expect(try inode(output.appendingPathComponent("empty.txt")) == before.0)
            #expect(try inode(output.appendingPathComponent("a/b.html")) == before.1)
        }
    }

    /// Large files are compared a piece at a time: a difference in a later piece, or in the last
    /// byte, must still make a new file, and text and bytes of the same content count as the same.
    @Test("large files: equal ones are linked, ones differing after the first piece are written anew")
    func largeFilesComparedInPieces() throws {
        try withTemporaryFolder { folder in
            let output = folder.path("Output")
            let writer = OutputWriter(output: output, protecting: [])
            let big = String(repeating: "0123456789abcdef", count: 70_000) + "é"   // 1.1 MB, several pieces
            var lastByte = Data(big.utf8)
            lastByte[lastByte.count - 1] ^= 1
            var middle = Data(big.utf8)
            middle[600_000] = UInt8(ascii: "X")
            try writer.publish([OutputFile(path: "same.json", text: big), OutputFile(path: "last.json", text: big),
                                OutputFile(path: "middle.json", text: big)])
            func inodes() throws -> [UInt64] {
                try ["same.json", "last.json", "middle.json"].map { try inode(output.appendingPathComponent($0)) }
            }
            let before = try inodes()
            try writer.publish([OutputFile(path: "same.json", data: Data(big.utf8)), OutputFile(path: "last.json", data: lastByte),
                                OutputFile(path: "middle.json", data: middle)])
            let after = try inodes()
            #expect(after[0] == before[0], "equal bytes are linked")
            #expect(after[1] != before[1] && after[2] != before[2], "changed files are new")
            #expect(try Data(contentsOf: output.appendingPathComponent("last.json")) == lastByte)
            #expect(try Data(contentsOf: output.appendingPathComponent("middle.json")) == middle)
        }
    }

    @Test("a text file's bytes, count and data agree, whatever the characters")
    func textFileBytes() {
        for text in ["", "plain", "Café — Zürich 😀", String(repeating: "ü", count: 100_000)] {
            let file = OutputFile(path: "f.txt", text: text)
            #expect(file.byteCount == text.utf8.count)
            #expect(file.data == Data(text.utf8))
            #expect(file.withBytes { Data($0) } == Data(text.utf8))
        }
    }
}
