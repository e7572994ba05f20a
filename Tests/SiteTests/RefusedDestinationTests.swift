import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Site
import TestSupport
import Testing

/// A refused destination gets nothing: every check runs before anything is created, and the lock
/// that keeps two builds apart is a `flock` on the parent folder, not a file. It used to be a
/// `.<name>.lock` file beside the destination, taken before the checks: `publish --to Output/sub`
/// left `Output/.sub.lock` (then published with the site), `--to /` left `/.lock`, a refused
/// foreign folder, the home folder and `/etc` each left a lock beside them.
@Suite("Refused destinations: nothing is created")
struct RefusedDestinationTests {
    /// The names in a folder, hidden ones included: what a lock file left behind would change.
    func names(_ path: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: path).sorted()
    }

    /// Publishes one page to `writer`'s output the way `prospectus publish` does, expecting a refusal;
    /// returns its message.
    func refusedPublish(_ writer: OutputWriter) -> String? {
        do {
            try writer.publish([OutputFile(path: "index.html", text: "<p>site</p>")])
            Issue.record("publishing to '\(writer.output.path)' was not refused")
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test("publishing or building to / is refused, and nothing is created at the root")
    func root() throws {
        let before = try names("/")
        let message = refusedPublish(OutputWriter(output: URL(fileURLWithPath: "/"), protecting: []))
        #expect(message?.contains("refusing to write the site to '/'") == true, "\(message ?? "")")
        #expect(!build(content: Fixtures.url("valid"), output: URL(fileURLWithPath: "/")).succeeded)
        #expect(try names("/") == before)
    }

    @Test("publishing inside any content folder or theme is refused (the next build would read the site back in), and nothing is created",
          arguments: [("Content", "courses/new", "site.yml"), ("Theme", "assets/x", "templates/layout.mustache")])
    func insideContentOrTheme(folder: String, inside: String, holds: String) throws {
        try withTemporaryFolder("inside-source") { scratch in
            let source = folder == "Content" ? try scratch.copyFixture("valid")
                : try { let theme = scratch.path("Theme"); try FileManager.default.copyItem(at: Fixtures.theme, to: theme); return theme }()
            let before = try treeSnapshot(scratch.url)
            // Not the folders a build was told to protect: any folder that holds content or a theme.
            let message = refusedPublish(OutputWriter(output: source.appendingPathComponent(inside), protecting: []))
            #expect(message?.contains("it holds \(holds)") == true, "\(message ?? "")")
            #expect(try treeSnapshot(scratch.url) == before)
        }
    }

    @Test("a folder directly under / is refused even when it is empty or missing (/srv on a fresh machine), and nothing is created")
    func topLevelFolder() throws {
        let before = try names("/")
        let missing = "/prospectus-test-\(UInt32.random(in: 0...UInt32.max))"
        for path in ["/srv", "/mnt", missing] {
            let message = refusedPublish(OutputWriter(output: URL(fileURLWithPath: path), protecting: []))
            #expect(message?.contains("system folder directly under '/'") == true, "\(path): \(message ?? "")")
        }
        #expect(try names("/") == before)
    }

    @Test("publishing or building to /etc is refused, and nothing is created beside it")
    func etc() throws {
        let (root, etc) = (try names("/"), try names("/etc"))
        let message = refusedPublish(OutputWriter(output: URL(fileURLWithPath: "/etc"), protecting: []))
        #expect(message?.contains("system folder directly under '/'") == true, "\(message ?? "")")
        #expect(!build(content: Fixtures.url("valid"), output: URL(fileURLWithPath: "/etc")).succeeded)
        #expect(try names("/") == root)
        #expect(try names("/etc") == etc)
    }

    @Test("publishing or building to the real home folder is refused, and nothing is created beside it or in it")
    func realHome() throws {
        let home = FileManager.default.homeDirectoryForCurrentUser.standardizedFileURL
        let (parent, inside) = (try names(home.deletingLastPathComponent().path), try names(home.path))
        let message = refusedPublish(OutputWriter(output: home, protecting: []))
        #expect(message?.contains("home folder") == true, "\(message ?? "")")
        #expect(!build(content: Fixtures.url("valid"), output: home).succeeded)
        #expect(try names(home.deletingLastPathComponent().path) == parent)
        #expect(try names(home.path) == inside)
    }

    @Test("an (empty) home folder is refused for being the home folder, and nothing is created beside it")
    func fakeHome() throws {
        try withTemporaryFolder("home") { scratch in
            let home = scratch.path("home")
            try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
            let before = try names(scratch.url.path)
            var writer = OutputWriter(output: home, protecting: [])
            writer.home = home
            let message = refusedPublish(writer)
            #expect(message?.contains("refusing to replace your home folder '\(home.path)'") == true, "\(message ?? "")")
            #expect(message?.contains("choose a new folder") == true)
            #expect(try names(scratch.url.path) == before)
            #expect(try names(home.path) == [])
        }
    }

    @Test("publishing into a folder inside the built site is refused, and the built site is unchanged")
    func insideTheBuiltSite() throws {
        try withTemporaryFolder("inside") { scratch in
            let output = scratch.path("Output")
            try #require(build(content: Fixtures.url("valid"), output: output).succeeded)
            let (site, beside) = (try treeSnapshot(output), try names(scratch.url.path))
            let siteNames = try names(output.path)
            var writer = OutputWriter(output: output.appendingPathComponent("sub"), protecting: [output])
            writer.option = "--to"
            let message = refusedPublish(writer)
            #expect(message?.contains("inside Output/") == true, "\(message ?? "")")
            #expect(message?.contains("choose a folder outside Output/") == true)
            #expect(try treeSnapshot(output) == site)
            #expect(try names(output.path) == siteNames)
            #expect(try names(scratch.url.path) == beside)
        }
    }

    @Test("publishing through a link to the built site, into a folder not made yet, is refused, and the built site is unchanged",
          arguments: ["olink/sub", "olink/sub/deeper", "olink/./sub", "olink//sub/", "alink/sub"])
    func insideTheBuiltSiteThroughLink(to: String) throws {
        // The check compared paths resolved only where they exist, so 'olink/sub' (olink → Output)
        // passed, and each publish nested another copy of the site inside Output/.
        try withTemporaryFolder("inside-link") { scratch in
            let output = scratch.path("Output")
            try #require(build(content: Fixtures.url("valid"), output: output).succeeded)
            try FileManager.default.createSymbolicLink(atPath: scratch.path("olink").path, withDestinationPath: "Output")
            try FileManager.default.createSymbolicLink(atPath: scratch.path("alink").path, withDestinationPath: output.path)
            let before = try treeSnapshot(scratch.url)
            var writer = OutputWriter(output: URL(fileURLWithPath: scratch.url.path + "/" + to), protecting: [output])
            writer.option = "--to"
            let message = refusedPublish(writer)
            #expect(message?.contains("inside Output/") == true, "\(message ?? "")")
            #expect(message?.contains("is read to publish the site") == true, "\(message ?? "")")
            #expect(try treeSnapshot(scratch.url) == before)
        }
    }

    @Test("publishing through a link whose path is not UTF-8 (a Latin-1 folder name) into the built site is refused")
    func insideTheBuiltSiteThroughLatin1Link() throws {
        // Foundation reads such a link's target as another path, which does not exist: the folders
        // are compared on disk as well (device and inode), as they are for a bind mount.
        try withTemporaryFolder("inside-latin1") { scratch in
            let output = scratch.path("Output")
            try #require(build(content: Fixtures.url("valid"), output: output).succeeded)
            let root = scratch.url.path
            let latin1 = Array(root.utf8) + [UInt8(ascii: "/"), 0xFF]
            try #require((latin1 + [0]).withUnsafeBufferPointer { mkdir(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), 0o755) } == 0)
            let inside = latin1 + Array("/o".utf8) + [0]
            try #require(inside.withUnsafeBufferPointer { symlink("../Output", UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self)) } == 0)
            let target = [0xFF] + Array("/o".utf8) + [0]
            try #require(target.withUnsafeBufferPointer { symlink(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), root + "/olat") } == 0)
            let before = try treeSnapshot(output)
            var writer = OutputWriter(output: URL(fileURLWithPath: root + "/olat/sub"), protecting: [output])
            writer.option = "--to"
            let message = refusedPublish(writer)
            #expect(message?.contains("inside Output/") == true, "\(message ?? "")")
            #expect(try treeSnapshot(output) == before)
        }
    }

    @Test("publishing or building to the folder the command runs in, or one around it, is refused: it would delete the work in it",
          arguments: [".", "..", "../.."])
    func aroundTheWorkingFolder(relative: String) throws {
        try withTemporaryFolder("around-here") { scratch in
            // A clone inside a folder published before: replacing that folder deleted the clone.
            try scratch.write("www/.prospectus-output", "This folder is generated by Prospectus. It is replaced on every build.\n")
            try scratch.write("www/repo/work/notes.md", "precious")
            let here = scratch.path("www/repo/work").path
            let before = try treeSnapshot(scratch.url)
            var writer = OutputWriter(output: URL(fileURLWithPath: here + "/" + relative).standardizedFileURL, protecting: [])
            writer.option = "--to"
            writer.workingFolder = here
            let message = refusedPublish(writer)
            #expect(message?.contains("you are working inside it") == true, "\(message ?? "")")
            #expect(try treeSnapshot(scratch.url) == before)
        }
    }

    @Test("building into a folder not made yet inside the content, reached through a link to it, is refused and creates nothing")
    func insideContentThroughLink() throws {
        try withTemporaryFolder("content-link") { scratch in
            let content = try scratch.copyFixture("valid")
            try FileManager.default.createSymbolicLink(atPath: scratch.path("clink").path, withDestinationPath: content.lastPathComponent)
            let before = try treeSnapshot(scratch.url)
            let report = build(content: content, output: scratch.path("clink/new/Output"))
            #expect(!report.succeeded)
            #expect(report.errorSummaries.contains { $0.contains("refusing to write the site inside") }, "\(report.errorSummaries)")
            #expect(try treeSnapshot(scratch.url) == before)
        }
    }

    @Test("publishing or building to a non-empty folder Prospectus did not make is refused, and nothing is created beside it")
    func foreignFolder() throws {
        try withTemporaryFolder("foreign") { scratch in
            try scratch.write("Documents/thesis.docx", "precious")
            let documents = scratch.path("Documents")
            let (files, beside) = (try treeSnapshot(scratch.url), try names(scratch.url.path))
            let message = refusedPublish(OutputWriter(output: documents, protecting: []))
            #expect(message?.contains("not made by Prospectus") == true, "\(message ?? "")")
            #expect(!build(content: Fixtures.url("valid"), output: documents).succeeded)
            #expect(try treeSnapshot(scratch.url) == files)
            #expect(try names(scratch.url.path) == beside)
        }
    }

    @Test("a refused destination whose parent does not exist: the parent is not created")
    func missingParentNotCreated() throws {
        try withTemporaryFolder("parent") { scratch in
            let content = try scratch.copyFixture("valid")
            // Inside the content: refused, and the folders on the way are not made.
            let output = content.appendingPathComponent("new/deeper/Output")
            #expect(!build(content: content, output: output).succeeded)
            #expect(refusedPublish(OutputWriter(output: output, protecting: [content])) != nil)
            #expect(!FileManager.default.fileExists(atPath: content.appendingPathComponent("new").path))
        }
    }

    @Test("a build and a publish that succeed leave nothing beside the site: the lock is not a file")
    func noLockFile() throws {
        try withTemporaryFolder("lockfile") { scratch in
            let output = scratch.path("site/Output")
            try #require(build(content: Fixtures.url("valid"), output: output).succeeded)
            try OutputWriter(output: scratch.path("www/cpd"), protecting: [output]).publish([OutputFile(path: "index.html", text: "x")])
            #expect(try names(scratch.path("site").path) == ["Output"])
            #expect(try names(scratch.path("www").path) == ["cpd"])
            // Both spellings of one folder share the lock: it is the parent folder itself.
            try FileManager.default.createSymbolicLink(at: scratch.path("alias"), withDestinationURL: scratch.path("site"))
            let held = try OutputWriter(output: output, protecting: []).lock()
            #expect(OutputLock.isHeld(for: scratch.path("alias/Output")))
            held.release()
            #expect(!OutputLock.isHeld(for: scratch.path("alias/Output")))
        }
    }

    @Test("a destination under a link to nothing: the link and its target are named (not 'a file with the same name'), nothing is created")
    func underDanglingLink() throws {
        try withTemporaryFolder("dangling-parent") { scratch in
            try FileManager.default.createSymbolicLink(atPath: scratch.path("dl").path, withDestinationPath: "moved-away")
            let before = try treeSnapshot(scratch.url)
            let message = refusedPublish(OutputWriter(output: scratch.path("dl/sub/site"), protecting: []))
            #expect(message?.contains("'\(scratch.path("dl").path)' is a symbolic link to 'moved-away', which does not exist") == true,
                    "\(message ?? "")")
            let report = build(content: Fixtures.url("valid"), output: scratch.path("dl/Output"))
            #expect(!report.succeeded)
            let said = report.diagnostics.map(\.message).joined(separator: "\n")
            #expect(said.contains("the site could not be written: cannot make the folder '\(scratch.path("dl").path)'"), "\(said)")
            #expect(said.contains("is a symbolic link to 'moved-away', which does not exist"), "\(said)")
            #expect(try treeSnapshot(scratch.url) == before)
            // The link itself as the destination, leading to a missing folder directly under '/':
            // the link is what is wrong, not a "system folder".
            try FileManager.default.createSymbolicLink(atPath: scratch.path("www").path, withDestinationPath: "/prospectus-test-nowhere")
            let atLink = refusedPublish(OutputWriter(output: scratch.path("www"), protecting: []))
            #expect(atLink?.contains("it is a symbolic link (to '/prospectus-test-nowhere', which does not exist)") == true, "\(atLink ?? "")")
            #expect(atLink?.contains("system folder") == false)
            #expect(!FileManager.default.fileExists(atPath: "/prospectus-test-nowhere"))
        }
    }
}
