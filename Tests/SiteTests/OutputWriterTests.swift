import Catalogue
import Foundation
import Parallel
import Site
import TestSupport
import Testing

/// Publishing is all or nothing: the output folder is replaced in one step, or left exactly as it was.
@Suite("Publishing the output folder")
struct OutputWriterTests {
    /// Runs `body` on a temporary folder holding a copy of the valid fixture as Content/ and its build in Output/.
    func withPublishedSite(_ body: (TemporaryFolder, URL, URL) throws -> Void) throws {
        try withTemporaryFolder { folder in
            let content = try folder.copyFixture("valid")
            let output = folder.path("Output")
            let report = build(content: content, output: output)
            try #require(report.succeeded, "\(report.errorSummaries)")
            try body(folder, content, output)
        }
    }

    @Test("a build over the broken fixture fails and leaves the published site byte for byte unchanged")
    func brokenBuildLeavesOutputUntouched() throws {
        try withPublishedSite { folder, _, output in
            let before = try treeSnapshot(output)
            let broken = try folder.copyFixture("broken", as: "Broken")
            let report = build(content: broken, output: output)
            #expect(!report.succeeded)
            #expect(report.published == nil)
            #expect(report.diagnostics.errorCount >= 20)
            #expect(try treeSnapshot(output) == before)
            #expect(try leftovers(folder) == [])
        }
    }

    @Test("a successful rebuild replaces the old site: a stale file is gone, changed pages are new")
    func rebuildReplacesOutput() throws {
        try withPublishedSite { folder, content, output in
            try folder.write("Output/stale.html", "<p>left over from an old build</p>")
            try folder.write("Output/courses/withdrawn.html", "<p>a withdrawn course</p>")
            // The course is withdrawn from the content: its page must go too.
            try FileManager.default.removeItem(at: content.appendingPathComponent("courses/teaching/phonics-for-tas.md"))
            let report = build(content: content, output: output)
            try #require(report.succeeded, "\(report.errorSummaries)")
            let files = try treeSnapshot(output)
            #expect(files["stale.html"] == nil)
            #expect(files["courses/withdrawn.html"] == nil)
            #expect(files["courses/phonics-for-tas.html"] == nil)
            #expect(files["courses/first-aid.html"] != nil)
            #expect(files[".prospectus-output"] != nil)
            #expect(try leftovers(folder) == [])
        }
    }

    /// Unchanged files are hard-linked from the published site (same inode), changed ones are new files,
    /// and the previous site's files are never modified in place.
    @Test("a rebuild links unchanged files and writes changed ones anew")
    func unchangedFilesAreLinked() throws {
        try withTemporaryFolder { folder in
            let output = folder.path("Output")
            let writer = OutputWriter(output: output, protecting: [])
            try writer.publish([OutputFile(path: "a.html", text: "same"), OutputFile(path: "x/b.html", text: "old")])
            func inode(_ path: String) throws -> UInt64 { try TestSupport.inode(output.appendingPathComponent(path)) }
            let (sameBefore, changedBefore) = (try inode("a.html"), try inode("x/b.html"))
            let oldB = try FileHandle(forReadingFrom: output.appendingPathComponent("x/b.html"))
            try writer.publish([OutputFile(path: "a.html", text: "same"), OutputFile(path: "x/b.html", text: "new")])
            #expect(try inode("a.html") == sameBefore)
            #expect(try inode("x/b.html") != changedBefore)
            #expect(try String(contentsOf: output.appendingPathComponent("x/b.html"), encoding: .utf8) == "new")
            // The file the old site held open still reads as it was.
            #expect(String(decoding: oldB.readDataToEndOfFile(), as: UTF8.self) == "old")
            try oldB.close()
        }
    }

    /// Two builds into one folder at once (a cron job that overran, and someone building by hand):
    /// each used to delete the other's staging folder as a leftover (both are named after the
    /// process, and the other build's folder looked like one left by a killed build), and one of
    /// them failed. Now the second waits for the first (the output folder's lock) and both publish
    /// a whole site. Two offers of the same size, so that the builds run side by side.
    @Test("two builds into the same folder at once both succeed, and leave one complete site")
    func concurrentBuilds() throws {
        try withTemporaryFolder { folder in
            var offers: [URL] = []
            for (name, extra) in [("A", 300), ("B", 301)] {
                let content = try folder.copyFixture("valid", as: name)
                for index in 0..<extra {
                    try folder.write("\(name)/courses/extra/extra-\(index).md", """
                        ---
                        title: Extra course \(index) (\(name))
                        summary: One more.
                        strand: Leadership
                        groups: [teachers]
                        format: online
                        ---
                        Body \(index).
                        """)
                }
                offers.append(content)
            }
            var expected: [Set<String>] = []
            for (index, content) in offers.enumerated() {
                let reference = folder.path("ref/\(index)/Output")
                try #require(build(content: content, output: reference).succeeded)
                expected.append(Set(try treeSnapshot(reference).keys))
            }
            try #require(expected[0] != expected[1] && expected.allSatisfy { $0.contains("index.html") })
            let output = folder.path("site/Output")
            for round in 0..<4 {
                let reports = ReportBox()
                let group = DispatchGroup()
                for index in offers.indices {
                    let content = offers[round % 2 == 0 ? index : 1 - index]
                    DispatchQueue.global().async(group: group) {
                        reports.set(index, build(content: content, output: output))
                    }
                }
                group.wait()
                for report in reports.all {
                    #expect(report?.succeeded == true, "round \(round): \(report?.errorSummaries ?? ["no report"])")
                }
                let published = try Set(treeSnapshot(output).keys)
                #expect(expected.contains(published), "round \(round): the site is neither complete site")
                let left = try FileManager.default.contentsOfDirectory(atPath: folder.path("site").path).sorted()
                #expect(left == ["Output"], "round \(round)")
            }
        }
    }

    /// While another build holds the output's lock, a build says it is waiting and touches
    /// nothing: not the published site, and not the other build's staging folder (which it used
    /// to delete as a leftover). Once the lock is released it publishes, and only then cleans up.
    @Test("a build waits while another holds the output's lock, and leaves its staging folder alone")
    func buildWaitsForLock() throws {
        try withPublishedSite { folder, content, output in
            let before = try treeSnapshot(output)
            let writer = OutputWriter(output: output, protecting: [])
            let held = try writer.lock()
            #expect(OutputLock.isHeld(for: output))
            // The other build's staging folder, half written.
            let staging = folder.path(".Output.staging-999999")
            try folder.write(".Output.staging-999999/index.html", "half")
            try FileManager.default.removeItem(at: content.appendingPathComponent("courses/teaching/phonics-for-tas.md"))
            let waiting = DispatchSemaphore(value: 0)
            let done = DispatchSemaphore(value: 0)
            let reports = ReportBox()
            DispatchQueue.global().async {
                reports.set(0, build(content: content, output: output, waiting: { waiting.signal() }))
                waiting.signal()  // so that a build that did not wait is reported, not waited for
                done.signal()
            }
            waiting.wait()
            #expect(reports.all[0] == nil, "the build did not wait for the lock")
            #expect(try treeSnapshot(output) == before)
            #expect(FileManager.default.fileExists(atPath: staging.path))
            #expect(try leftovers(folder) == [".Output.staging-999999"])
            held.release()
            done.wait()
            let report = try #require(reports.all[0])
            #expect(report.succeeded, "\(report.errorSummaries)")
            #expect(try treeSnapshot(output)["courses/phonics-for-tas.html"] == nil)
            #expect(try leftovers(folder) == [])
            #expect(!OutputLock.isHeld(for: output))
        }
    }

    /// A build of the same history into an output somewhere else reads, updates and saves that
    /// history too: it takes turns with the build holding it, or the later save dropped the changes
    /// the earlier one recorded and published.
    @Test("a build waits while another build keeping the same history runs, though their outputs are apart",
          .timeLimit(.minutes(2)))
    func buildWaitsForHistory() throws {
        try withPublishedSite { folder, content, _ in
            let history = folder.path("kept/history")
            func options(_ output: URL) -> BuildOptions {
                BuildOptions(content: content, contentDisplay: "Content", theme: Fixtures.theme, themeDisplay: "Theme",
                             output: output, environment: ["SOURCE_DATE_EPOCH": Today.startOfYear], history: history)
            }
            #expect(SiteGenerator(options: options(folder.path("first/Output"))).build().succeeded)
            // Another build of that history, into first/Output, is under way.
            let held = try OutputLock(for: folder.path("first/Output"), history: history, waiting: {})
            let far = options(folder.path("elsewhere/far/Output"))
            let waiting = DispatchSemaphore(value: 0)
            let done = DispatchSemaphore(value: 0)
            let reports = ReportBox()
            DispatchQueue.global().async {
                reports.set(0, SiteGenerator(options: far).build(waiting: { waiting.signal() }))
                waiting.signal()
                done.signal()
            }
            waiting.wait()
            #expect(reports.all[0] == nil, "the build did not wait for the history's lock")
            held.release()
            done.wait()
            let report = try #require(reports.all[0])
            #expect(report.succeeded, "\(report.errorSummaries)")
        }
    }

    /// The site replaces its folder whole: a history kept in it was wiped by every build, and its
    /// changes dated again by the next.
    @Test("a history folder in the output, or the output itself, is refused before anything is written",
          arguments: ["Output/history", "Output", "Output/deep/er/history"])
    func historyInOutputRefused(_ place: String) throws {
        try withPublishedSite { folder, content, output in
            let history = folder.path(place)
            try folder.write(place + "/2026-27.json", "{}")
            let before = try treeSnapshot(output)
            let options = BuildOptions(content: content, contentDisplay: "Content", theme: Fixtures.theme, themeDisplay: "Theme",
                                       output: output, environment: ["SOURCE_DATE_EPOCH": Today.startOfYear], history: history)
            let report = SiteGenerator(options: options).build()
            #expect(report.published == nil)
            let error = try #require(report.diagnostics.first { $0.severity == .error })
            #expect(error.code == .outputRefused)
            #expect(error.message.contains("it would hold the history of changes"), "\(error.message)")
            #expect(error.message.contains("leave out --history"))
            #expect(try treeSnapshot(output) == before)
        }
    }

    /// Another build's site, a published copy, a report: the next build or publish there replaces
    /// the folder whole; a theme's files and the content's files/ are copied into the site.
    @Test("a history folder inside another Prospectus output, a theme or the content's files/ is refused before anything is written",
          arguments: [("Elsewhere/h", "a folder Prospectus writes"), ("Published/sub/h", "a folder Prospectus writes"),
                      ("Theme/assets/h", "inside the theme"), ("Content/files/h", "files/ folder")])
    func historyInAnotherOutputRefused(_ place: String, _ said: String) throws {
        try withPublishedSite { folder, content, output in
            try folder.write("Elsewhere/.prospectus-output", "This folder is generated by Prospectus. It is replaced on every build.\nedition: partners\n")
            try folder.write("Published/.prospectus-output", "This folder is generated by Prospectus. It is replaced on every build.\n")
            let theme = folder.path("Theme")
            try FileManager.default.copyItem(at: Fixtures.theme, to: theme)
            let before = try treeSnapshot(folder.url)
            let options = BuildOptions(content: content, contentDisplay: "Content", theme: theme, themeDisplay: "Theme",
                                       output: output, environment: ["SOURCE_DATE_EPOCH": Today.startOfYear], history: folder.path(place))
            let report = SiteGenerator(options: options).build()
            #expect(report.published == nil)
            #expect(report.diagnostics.contains { $0.code == .outputRefused && $0.message.contains(said) }, "\(report.errorSummaries)")
            #expect(try treeSnapshot(folder.url) == before)
        }
    }

    @Test("content kept inside a published folder: its own history is refused, with advice that does not say to leave out --history")
    func contentHistoryInsideAnOutput() throws {
        try withTemporaryFolder { folder in
            try folder.write("www/.prospectus-output", "This folder is generated by Prospectus. It is replaced on every build.\n")
            let content = try folder.copyFixture("valid", as: "www/clone/Content")
            let before = try treeSnapshot(folder.url)
            let options = BuildOptions(content: content, contentDisplay: "Content", theme: Fixtures.theme, themeDisplay: "Theme",
                                       output: folder.path("Site"), environment: ["SOURCE_DATE_EPOCH": Today.startOfYear])
            let report = SiteGenerator(options: options).build()
            let error = try #require(report.diagnostics.first { $0.code == .outputRefused }, "\(report.errorSummaries)")
            // The history given is the content's own: advising to leave out --history would change nothing.
            #expect(error.message.contains("give --history a folder outside it") && !error.message.contains("leave out --history"), "\(error.message)")
            #expect(try treeSnapshot(folder.url) == before)
        }
    }

    @Test("a site is not written inside another Prospectus output (a published site, a report): the next build or publish there deletes it")
    func outputInsideAnotherOutputRefused() throws {
        try withPublishedSite { folder, content, output in
            try folder.write("Report/.prospectus-output", "This folder is generated by Prospectus. It is replaced on every build.\n")
            let before = try treeSnapshot(folder.url)
            for inside in [output.appendingPathComponent("preview"), folder.path("Report/site/deeper")] {
                let report = build(content: content, output: inside)
                #expect(report.published == nil)
                #expect(report.diagnostics.contains { $0.code == .outputRefused && $0.message.contains("Prospectus writes a site or a report into") },
                        "\(report.errorSummaries)")
            }
            #expect(try treeSnapshot(folder.url) == before)
        }
    }

    @Test("a history folder in the output through a link above it, not made yet, is refused too")
    func historyInOutputThroughLink() throws {
        try withPublishedSite { folder, content, output in
            try FileManager.default.createSymbolicLink(at: folder.path("site"), withDestinationURL: output)
            let before = try treeSnapshot(output)
            let options = BuildOptions(content: content, contentDisplay: "Content", theme: Fixtures.theme, themeDisplay: "Theme",
                                       output: output, environment: ["SOURCE_DATE_EPOCH": Today.startOfYear], history: folder.path("site/new/history"))
            let report = SiteGenerator(options: options).build()
            #expect(report.published == nil)
            #expect(report.diagnostics.contains { $0.code == .outputRefused && $0.message.contains("it would hold the history of changes") })
            #expect(try treeSnapshot(output) == before)
            // A first build: the link points at an output not made yet.
            try FileManager.default.createSymbolicLink(at: folder.path("ahead"), withDestinationURL: folder.path("Later"))
            let first = BuildOptions(content: content, contentDisplay: "Content", theme: Fixtures.theme, themeDisplay: "Theme",
                                     output: folder.path("Later"), environment: ["SOURCE_DATE_EPOCH": Today.startOfYear], history: folder.path("ahead/history"))
            let refused = SiteGenerator(options: first).build()
            #expect(refused.diagnostics.contains { $0.code == .outputRefused && $0.message.contains("it would hold the history of changes") },
                    "\(refused.errorSummaries)")
            #expect(!FileManager.default.fileExists(atPath: folder.path("Later").path))
            #expect(try leftovers(folder) == [])
        }
    }

    /// The output's folder and the history's may be one folder, spelled the same or through a link:
    /// it is locked once (a second lock on it by the same build would wait for itself forever).
    @Test("a build whose output and history share a folder, even through a link, locks it once", .timeLimit(.minutes(2)))
    func sharedLockFolder() throws {
        try withTemporaryFolder { folder in
            let content = try folder.copyFixture("valid")
            try FileManager.default.createSymbolicLink(at: folder.path("link"), withDestinationURL: folder.url)
            for history in [folder.path("history"), folder.path("link/history")] {
                let options = BuildOptions(content: content, contentDisplay: "Content", theme: Fixtures.theme, themeDisplay: "Theme",
                                           output: folder.path("Output"), environment: ["SOURCE_DATE_EPOCH": Today.startOfYear], history: history)
                let report = SiteGenerator(options: options).build(waiting: { Issue.record("the build waited for itself") })
                #expect(report.succeeded, "\(report.errorSummaries)")
            }
        }
    }

    @Test("an empty existing folder may be used")
    func emptyFolderAccepted() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let output = folder.path("Output")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        let report = build(content: Fixtures.url("valid"), output: output)
        #expect(report.succeeded, "\(report.errorSummaries)")
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("index.html").path))
    }

    @Test("a folder that does not exist yet is created, with its parents")
    func newFolderCreated() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let output = folder.path("deep/er/Output")
        let report = build(content: Fixtures.url("valid"), output: output)
        #expect(report.succeeded, "\(report.errorSummaries)")
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(".prospectus-output").path))
    }

    @Test("a non-empty folder without the marker is refused and left alone")
    func foreignFolderRefused() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("Output/thesis.docx", "precious")
        let output = folder.path("Output")
        let writer = OutputWriter(output: output, protecting: [])
        let problem = try #require(writer.problem())
        #expect(problem.contains("not made by Prospectus"))
        #expect(throws: OutputError.self) { try writer.publish([OutputFile(path: "index.html", text: "x")]) }
        let report = build(content: Fixtures.url("valid"), output: output)
        #expect(!report.succeeded)
        #expect(report.diagnostics.count == 1)
        #expect(report.diagnostics.first?.message.contains("not made by Prospectus") == true)
        #expect(try treeSnapshot(output) == ["thesis.docx": Data("precious".utf8)])
    }

    @Test("the content folder itself is refused as output, and left alone")
    func contentFolderRefused() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let content = try folder.copyFixture("valid")
        let before = try treeSnapshot(content)
        // Make it look like an output folder too: the protection must not depend on the marker.
        try folder.write("Content/.prospectus-output", "marker")
        let report = build(content: content, output: content)
        #expect(!report.succeeded)
        #expect(report.published == nil)
        #expect(report.diagnostics.first?.message.contains("refusing") == true)
        var after = try treeSnapshot(content)
        after[".prospectus-output"] = nil
        #expect(after == before)
    }

    @Test("the folder that holds the content is refused as output")
    func contentParentRefused() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let content = try folder.copyFixture("valid")
        let before = try treeSnapshot(folder.url)
        let report = build(content: content, output: folder.url)
        #expect(!report.succeeded)
        let message = try #require(report.diagnostics.first?.message)
        #expect(message.hasPrefix("refusing") && message.contains("Content/"), "\(message)")
        #expect(try treeSnapshot(folder.url) == before)
        // Also through a path with "." and ".." in it.
        let roundabout = content.appendingPathComponent("groups/../..")
        #expect(OutputWriter(output: roundabout, protecting: [content]).problem() != nil)
    }

    @Test("a folder inside the content, or the theme, is refused")
    func insideProtectedRefused() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let content = try folder.copyFixture("valid")
        let inside = OutputWriter(output: content.appendingPathComponent("Output"), protecting: [content, Fixtures.theme])
        #expect(inside.problem()?.contains("inside Content/") == true)
        let theme = OutputWriter(output: Fixtures.theme, protecting: [content, Fixtures.theme])
        #expect(theme.problem() != nil)
        let themeAssets = OutputWriter(output: Fixtures.theme.appendingPathComponent("assets"), protecting: [content, Fixtures.theme])
        #expect(themeAssets.problem() != nil)
    }

    @Test("a protected folder reached through a symbolic link is refused")
    func symlinkToContentRefused() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let content = try folder.copyFixture("valid")
        let link = folder.path("Output")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: content)
        #expect(OutputWriter(output: link, protecting: [content]).problem() != nil)
    }

    @Test("a file, a git repository, the root and the home folder are refused")
    func otherRefusals() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("file.html", "x")
        #expect(OutputWriter(output: folder.path("file.html"), protecting: []).problem()?.contains("is a file") == true)
        try FileManager.default.createDirectory(at: folder.path("Repo/.git"), withIntermediateDirectories: true)
        try folder.write("Repo/.prospectus-output", "marker")
        #expect(OutputWriter(output: folder.path("Repo"), protecting: []).problem()?.contains("git repository") == true)
        #expect(OutputWriter(output: URL(fileURLWithPath: "/"), protecting: []).problem() != nil)
        #expect(OutputWriter(output: FileManager.default.homeDirectoryForCurrentUser, protecting: []).problem() != nil)
    }

    @Test("a file path that would leave the output folder is refused, and nothing is published")
    func unsafePathRefused() throws {
        try withPublishedSite { folder, _, output in
            let before = try treeSnapshot(output)
            let writer = OutputWriter(output: output, protecting: [])
            for path in ["../escape.html", "/etc/escape.html", "a/../../escape.html", "", "a//b.html", "a\\b.html"] {
                #expect(throws: OutputError.self, "\(path)") {
                    try writer.publish([OutputFile(path: "index.html", text: "new"), OutputFile(path: path, text: "x")])
                }
            }
            #expect(!FileManager.default.fileExists(atPath: folder.path("escape.html").path))
            #expect(try treeSnapshot(output) == before)
            #expect(try leftovers(folder) == [])
        }
    }

    @Test("publish writes exactly the given files plus the marker")
    func publishWritesFiles() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let output = folder.path("Site")
        let writer = OutputWriter(output: output, protecting: [])
        let bytes = try writer.publish([OutputFile(path: "index.html", text: "home"), OutputFile(path: "a/b/c.html", text: "deep")])
        #expect(bytes == 8)
        let files = try treeSnapshot(output)
        #expect(files.keys.sorted() == [".prospectus-output", "a/b/c.html", "index.html"])
        #expect(files["a/b/c.html"] == Data("deep".utf8))
        // Published again: the marker makes the folder replaceable.
        try writer.publish([OutputFile(path: "index.html", text: "second")])
        #expect(try treeSnapshot(output).keys.sorted() == [".prospectus-output", "index.html"])
    }
}

/// Reports of builds run on other threads.
final class ReportBox: Sendable {
    private let reports = Locked<[Int: BuildReport]>([:])

    func set(_ index: Int, _ report: BuildReport) {
        reports.withLock { $0[index] = report }
    }

    var all: [BuildReport?] {
        reports.withLock { reports in (0..<2).map { reports[$0] } }
    }
}
