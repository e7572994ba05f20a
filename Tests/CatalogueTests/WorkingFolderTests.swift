import Foundation
@testable import Catalogue
import Testing

/// Walking up from a path always ends at `/`, whatever the path, and relative paths are made
/// absolute by the system (Foundation cannot name a working folder deeper than about a kilobyte,
/// and a walk up a relative path then climbed `../../..` for ever).
@Suite("The working folder")
struct WorkingFolderTests {
    @Test("the folders above a path end at the root, for absolute and relative paths")
    func foldersEnd() {
        #expect(WorkingFolder.folders(from: URL(fileURLWithPath: "/a/b/c")).map(\.path) == ["/a/b/c", "/a/b", "/a", "/"])
        let relative = WorkingFolder.folders(from: URL(fileURLWithPath: "x/../y/z"))
        #expect(relative.last?.path == "/")
        #expect(relative.first?.path == FileManager.default.currentDirectoryPath + "/y/z")
        #expect(relative.count == relative.first!.pathComponents.count)
    }

    @Test("a relative path is made absolute against the working folder; an absolute one is kept")
    func absolute() {
        #expect(WorkingFolder.absoluteURL("Content").path == FileManager.default.currentDirectoryPath + "/Content")
        #expect(WorkingFolder.absoluteURL("/srv/www/./cpd/").path == "/srv/www/cpd")
    }
}
