import Foundation
@testable import Catalogue
import Testing
import TestSupport

/// Where a link leads, as every folder message says it: one piece for the output, rollover and
/// folder messages.
@Suite("Describing symbolic links")
struct SymbolicLinkTests {
    @Test("a link's target as written, and whether it leads to a folder, something else or nothing")
    func leads() throws {
        try withTemporaryFolder("symbolic-link") { folder in
            try folder.write("notes.txt", "x")
            try FileManager.default.createDirectory(at: folder.path("real"), withIntermediateDirectories: true)
            let links = [("toFolder", "real"), ("toFile", "notes.txt"), ("toNothing", "gone"), ("loop", "loop")]
            for (name, target) in links {
                try FileManager.default.createSymbolicLink(atPath: folder.path(name).path, withDestinationPath: target)
                #expect(SymbolicLink.target(folder.path(name).path) == target)
            }
            #expect(SymbolicLink.target(folder.path("real").path) == nil)
            #expect(SymbolicLink.target(folder.path("missing").path) == nil)
            #expect(SymbolicLink.leadsText(folder.path("toFolder").path, target: "real") == "to 'real'")
            #expect(SymbolicLink.leadsText(folder.path("toFile").path, target: "notes.txt") == "to 'notes.txt', which is not a folder")
            #expect(SymbolicLink.leadsText(folder.path("toNothing").path, target: "gone") == "to 'gone', which does not exist")
            #expect(SymbolicLink.leads(folder.path("loop").path) == .nothing)
        }
    }
}
