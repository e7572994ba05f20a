import Foundation
@testable import Catalogue
import Testing
import TestSupport

/// Folders made for an output, a history or a new course say which part of the path is in the way:
/// Foundation called a link to nothing "a file with the same name" (or printed a Cocoa error dump).
@Suite("Making folders")
struct FolderMakerTests {
    private func isFolder(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    private func failure(_ path: String) -> String? {
        do { try FolderMaker.make(path); return nil } catch { return error.message }
    }

    @Test("every missing folder is made; existing ones, and a link to a folder, are kept")
    func makes() throws {
        try withTemporaryFolder("folder-maker") { folder in
            try FolderMaker.make(folder.path("a/b/c").path)
            #expect(isFolder(folder.path("a/b/c")))
            try FolderMaker.make(folder.path("a/b/c").path)
            try FolderMaker.make(folder.path("a/./b/../b/d").path)
            #expect(isFolder(folder.path("a/b/d")))
            try FileManager.default.createSymbolicLink(atPath: folder.path("link").path, withDestinationPath: "a")
            try FolderMaker.make(folder.path("link/e/f").path)
            #expect(isFolder(folder.path("a/e/f")))
            var info = stat()
            #expect(lstat(folder.path("link").path, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK)
        }
    }

    @Test("a link to nothing above the folder is named with its target, and nothing is made where it points")
    func danglingLink() throws {
        try withTemporaryFolder("folder-maker") { folder in
            try FileManager.default.createSymbolicLink(atPath: folder.path("dl").path, withDestinationPath: "gone/away")
            let message = try #require(failure(folder.path("dl/sub/site").path))
            #expect(message.contains("'\(folder.path("dl").path)' is a symbolic link to 'gone/away', which does not exist"))
            #expect(message.contains("make the folder it points to, or remove the link"))
            #expect(!FileManager.default.fileExists(atPath: folder.path("gone").path))
            // Looking, without making: the same part is named, and nothing is made.
            #expect(FolderMaker.obstacle(folder.path("dl/sub/site").path)?.contains("is a symbolic link to 'gone/away', which does not exist") == true)
            #expect(FolderMaker.obstacle(folder.path("new/sub").path) == nil)
            #expect(!FileManager.default.fileExists(atPath: folder.path("new").path))
            // The link itself as the folder to make.
            #expect(failure(folder.path("dl").path)?.contains("is a symbolic link to 'gone/away'") == true)
        }
    }

    @Test("a file, or a link to a file, where a folder should be is named")
    func fileInTheWay() throws {
        try withTemporaryFolder("folder-maker") { folder in
            try folder.write("notes.txt", "x")
            let message = try #require(failure(folder.path("notes.txt/site").path))
            #expect(message == "cannot make the folder '\(folder.path("notes.txt/site").path)': '\(folder.path("notes.txt").path)' "
                    + "is a file, not a folder; move it away, or choose another folder")
            try FileManager.default.createSymbolicLink(atPath: folder.path("fl").path, withDestinationPath: "notes.txt")
            #expect(failure(folder.path("fl/site").path)?.contains("'\(folder.path("fl").path)' is a symbolic link (to 'notes.txt') to a file, not a folder;") == true)
            #expect(FolderMaker.obstacle(folder.path("fl/site/deeper").path)?.contains("is a symbolic link (to 'notes.txt') to a file") == true)
            #expect(mkfifo(folder.path("pipe").path, 0o644) == 0)
            #expect(failure(folder.path("pipe/site").path)?.contains("'\(folder.path("pipe").path)' is a named pipe, not a folder;") == true)
            #expect(failure(folder.path("notes.txt").path)?.contains("is a file, not a folder") == true)
        }
    }
}
