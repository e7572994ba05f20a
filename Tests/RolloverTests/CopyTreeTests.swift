import Catalogue
import Foundation
@testable import Rollover
import TestSupport
import Testing

/// Rollover copies the content folder with a list of folders still to copy, not a recursion: the
/// depth of the content's folders decides nothing about the stack.
@Suite("Rollover: copying the content folder")
struct CopyTreeTests {
    @Test("deeply nested folders, files, links kept as links and no .git: all copied")
    func deepTree() throws {
        try withTemporaryFolder("copy-tree") { folder in
            let depth = 300
            let nested = (0..<depth).map { _ in "d" }.joined(separator: "/")
            try folder.write("source/\(nested)/deep.md", "deep")
            try folder.write("source/top.md", "top")
            try folder.write("source/.git/HEAD", "ref")
            try FileManager.default.createSymbolicLink(atPath: folder.path("source/link.md").path, withDestinationPath: "top.md")
            let count = try ContentRollover.copyTree(from: folder.path("source"), to: folder.path("copy"))
            #expect(count == 3)
            #expect(try String(contentsOf: folder.path("copy/\(nested)/deep.md"), encoding: .utf8) == "deep")
            #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.path("copy/link.md").path) == "top.md")
            #expect(!FileManager.default.fileExists(atPath: folder.path("copy/.git").path))
        }
    }
}
