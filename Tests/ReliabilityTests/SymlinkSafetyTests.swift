import Foundation
import Site
import TestSupport
import Testing

/// Symbolic links at or in the output folder. A build (or publish) never writes through a link to
/// the folder it replaces, and never reads the published site through a link planted in it: such a
/// link used to have the build replace the link with a folder and delete every file of the site it
/// pointed at, and planted links inside `Output/` were followed when unchanged files were compared
/// and linked, and copied onto the web server by `publish`.
@Suite("Reliability: symbolic links at and in the output")
struct SymlinkSafetyTests {
    static let secret = "OUTSIDE-SECRET-7f3a"

    /// Every path under `folder` (links included, not followed) with its kind: "link", "file" or "folder".
    func kinds(_ folder: URL) throws -> [String: String] {
        var kinds: [String: String] = [:]
        var folders = [""]
        while let relative = folders.popLast() {
            let path = relative.isEmpty ? folder.path : folder.path + "/" + relative
            for name in try FileManager.default.contentsOfDirectory(atPath: path) {
                let child = relative.isEmpty ? name : relative + "/" + name
                let type = try FileManager.default.attributesOfItem(atPath: path + "/" + name)[.type] as? FileAttributeType
                switch type {
                case .typeSymbolicLink?: kinds[child] = "link"
                case .typeDirectory?: kinds[child] = "folder"; folders.append(child)
                default: kinds[child] = "file"
                }
            }
        }
        return kinds
    }

    /// The inode of every regular file under `folder`.
    func inodes(_ folder: URL) throws -> Set<UInt64> {
        Set(try treeSnapshot(folder).keys.map { try inode(folder.appendingPathComponent($0)) })
    }

    // MARK: The output folder is a link

    @Test("building into a link to a published site is refused, and every file of that site is kept", arguments: [false, true])
    func buildIntoLinkToSite(relative: Bool) throws {
        try withTemporaryFolder("link-site") { scratch in
            let real = scratch.path("srv/www/cpd")
            try #require(buildSite(content: TestPaths.fixture("valid"), output: real).succeeded)
            let before = try treeSnapshot(real)
            let link = scratch.path("Output")
            if relative {
                try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "srv/www/cpd")
            } else {
                try FileManager.default.createSymbolicLink(at: link, withDestinationURL: real)
            }
            let report = buildSite(content: TestPaths.fixture("hostile"), output: link)
            #expect(!report.succeeded)
            let message = try #require(report.errorSummaries.first)
            #expect(message.contains("is a symbolic link") && message.contains("srv/www/cpd"), "\(message)")
            #expect(message.contains("--output \(real.resolvingSymlinksInPath().path)"), "\(message)")
            #expect(try treeSnapshot(real) == before)
            #expect(try kinds(scratch.url)["Output"] == "link")
            #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).sorted() == ["Output", "srv"])
        }
    }

    @Test("the link's target is advised as --output only when it is a folder, and quoted for the shell")
    func linkAdvice() throws {
        try withTemporaryFolder("link-advice") { scratch in
            let real = scratch.path("srv/www/cpd site")
            try #require(buildSite(content: TestPaths.fixture("valid"), output: real).succeeded)
            try FileManager.default.createSymbolicLink(atPath: scratch.path("Output").path, withDestinationPath: "srv/www/cpd site")
            let toFolder = try #require(buildSite(content: TestPaths.fixture("valid"), output: scratch.path("Output")).errorSummaries.first)
            #expect(toFolder.contains("give the real folder instead: --output '\(real.resolvingSymlinksInPath().path)'"), "\(toFolder)")
            try scratch.write("notes.txt", "precious")
            try FileManager.default.createSymbolicLink(atPath: scratch.path("Site").path, withDestinationPath: "notes.txt")
            let toFile = try #require(buildSite(content: TestPaths.fixture("valid"), output: scratch.path("Site")).errorSummaries.first)
            #expect(toFile.contains("remove the link, or give a real folder with --output") && !toFile.contains("instead"), "\(toFile)")
            #expect(try String(contentsOf: scratch.path("notes.txt"), encoding: .utf8) == "precious")
            // The report through a link to the built site: its target would be refused too (it holds
            // a site), so it is not advised.
            var report = OutputWriter(output: scratch.path("Output"), protecting: [])
            report.made = "report"
            let toSite = try #require(report.problem())
            #expect(toSite.contains("remove the link, or give a real folder with --output") && !toSite.contains("instead"), "\(toSite)")
        }
    }

    @Test("building into a link to a foreign folder is refused, and the folder is kept")
    func buildIntoLinkToForeign() throws {
        try withTemporaryFolder("link-foreign") { scratch in
            try scratch.write("Documents/thesis.docx", "precious")
            let link = scratch.path("Output")
            try FileManager.default.createSymbolicLink(at: link, withDestinationURL: scratch.path("Documents"))
            let report = buildSite(content: TestPaths.fixture("valid"), output: link)
            #expect(!report.succeeded)
            #expect(report.errorSummaries.first?.contains("is a symbolic link") == true, "\(report.errorSummaries)")
            #expect(try treeSnapshot(scratch.path("Documents")) == ["thesis.docx": Data("precious".utf8)])
            #expect(try kinds(scratch.url) == ["Output": "link", "Documents": "folder", "Documents/thesis.docx": "file"])
        }
    }

    @Test("publishing to a link to a published site, or to a foreign folder, is refused, and nothing pointed at is lost")
    func publishToLink() throws {
        try withTemporaryFolder("publish-link") { scratch in
            let output = scratch.path("Output")
            try #require(buildSite(content: TestPaths.fixture("valid"), output: output).succeeded)
            let published = scratch.path("srv/cpd/site")
            try #require(buildSite(content: TestPaths.fixture("hostile"), output: published).succeeded)
            try scratch.write("Documents/thesis.docx", "precious")
            let files = try BuiltSiteFiles.read(from: output, shown: "Output")
            for target in [published, scratch.path("Documents")] {
                let before = try treeSnapshot(scratch.url)
                let link = scratch.path("www")
                try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
                var writer = OutputWriter(output: link, protecting: [output])
                writer.option = "--to"
                // The target is advised only where the publish would be taken: not a foreign folder.
                let advised = writer.problem()?.contains("give the real folder instead: --to \(target.resolvingSymlinksInPath().path)") == true
                #expect(advised == (target == published), "\(writer.problem() ?? "")")
                #expect(throws: OutputError.self) { try writer.publish(files) }
                #expect(try kinds(scratch.url)["www"] == "link")
                try FileManager.default.removeItem(at: link)
                #expect(try treeSnapshot(scratch.url) == before)
            }
        }
    }

    @Test("publishing from a folder that is missing, a file, or not a built site says which, and what to do")
    func publishFromNothing() throws {
        try withTemporaryFolder("publish-from-nothing") { scratch in
            let missing = BuiltSiteFiles.problem(scratch.path("Output"), shown: "Output")
            #expect(missing == "there is no folder 'Output' to publish from: 'prospectus build' makes it (and 'prospectus report' the report); "
                    + "run it first, or give the folder the site was built into with --output")
            #expect(BuiltSiteFiles.problem(scratch.path("Output-partners"), shown: "Output-partners")?
                .contains("'prospectus build --edition partners' makes it") == true)
            try scratch.write("Output", "not a folder")
            #expect(BuiltSiteFiles.problem(scratch.path("Output"), shown: "Output")
                    == "'Output' is a file, not a site built by Prospectus; give the folder the site was built into with --output")
            try scratch.write("Site/index.html", "<p>by hand</p>")
            #expect(BuiltSiteFiles.problem(scratch.path("Site"), shown: "Site")?.contains("is not a site built by Prospectus (it has no") == true)
        }
    }

    @Test("publishing from a built site that is a link is refused")
    func publishFromLink() throws {
        try withTemporaryFolder("publish-from-link") { scratch in
            let output = scratch.path("Real")
            try #require(buildSite(content: TestPaths.fixture("valid"), output: output).succeeded)
            try FileManager.default.createSymbolicLink(at: scratch.path("Output"), withDestinationURL: output)
            let problem = BuiltSiteFiles.problem(scratch.path("Output"), shown: "Output")
            #expect(problem?.contains("is a symbolic link") == true && problem?.contains("--output \(output.resolvingSymlinksInPath().path)") == true,
                    "\(problem ?? "")")
            #expect(throws: OutputError.self) { try BuiltSiteFiles.read(from: scratch.path("Output"), shown: "Output") }
        }
    }

    // MARK: Links planted inside the published site

    /// The hostile fixture built into Output/, then links planted in it: `courses/` replaced by a link
    /// to an outside copy of itself (so every course page there is byte for byte what the next build
    /// writes), a page replaced by a link to an outside file, and a link to `/etc/passwd`.
    func withPlantedLinks(_ body: (TemporaryFolder, URL, URL, URL) throws -> Void) throws {
        try withTemporaryFolder("planted") { scratch in
            let content = try scratch.copyFixture("hostile")
            let output = scratch.path("Output")
            try #require(buildSite(content: content, output: output).succeeded)
            let outside = scratch.path("Outside")
            try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
            try FileManager.default.moveItem(at: output.appendingPathComponent("courses"), to: outside.appendingPathComponent("courses"))
            try FileManager.default.createSymbolicLink(at: output.appendingPathComponent("courses"),
                                                       withDestinationURL: outside.appendingPathComponent("courses"))
            try scratch.write("Outside/secret.html", "<p>\(Self.secret)</p>")
            try FileManager.default.removeItem(at: output.appendingPathComponent("accessibility.html"))
            try FileManager.default.createSymbolicLink(at: output.appendingPathComponent("accessibility.html"),
                                                       withDestinationURL: outside.appendingPathComponent("secret.html"))
            try FileManager.default.createSymbolicLink(atPath: output.appendingPathComponent("passwd.html").path, withDestinationPath: "/etc/passwd")
            try body(scratch, content, output, outside)
        }
    }

    @Test("a rebuild over planted links follows none of them: it neither reads nor links what they point to, and changes nothing outside")
    func rebuildOverPlantedLinks() throws {
        try withPlantedLinks { _, content, output, outside in
            let outsideBefore = try treeSnapshot(outside)
            let outsideInodes = try inodes(outside)
            let report = buildSite(content: content, output: output)
            try #require(report.succeeded, "\(report.errorSummaries)")
            // The new site is all real folders and files, none of them an outside file linked in.
            let kinds = try kinds(output)
            #expect(kinds.filter { $0.value == "link" }.isEmpty, "\(kinds.filter { $0.value == "link" })")
            #expect(kinds["courses"] == "folder")
            #expect(try inodes(output).isDisjoint(with: outsideInodes), "an outside file was hard-linked into the site")
            // The hostile-fixture scan, and nothing of what the links pointed to in the site.
            let findings = try OutputScanner.scan(output)
            #expect(findings == [], "\(findings.prefix(20).joined(separator: "\n"))")
            for (path, data) in try treeSnapshot(output) {
                let text = String(decoding: data, as: UTF8.self)
                #expect(!text.contains(Self.secret) && !text.contains("root:x:0:0"), "\(path)")
            }
            // What the links pointed to is untouched.
            #expect(try treeSnapshot(outside) == outsideBefore)
            #expect(try self.inodes(outside) == outsideInodes)
        }
    }

    @Test("publishing a built site with a planted link is refused, naming the link, and nothing is copied", arguments: ["passwd.html", "courses"])
    func publishRefusesPlantedLink(name: String) throws {
        try withPlantedLinks { _, _, output, _ in
            // Only the one link of this case.
            for other in ["passwd.html", "courses", "accessibility.html"] where other != name {
                try FileManager.default.removeItem(at: output.appendingPathComponent(other))
            }
            #expect(BuiltSiteFiles.problem(output, shown: "Output") == nil)
            do {
                let files = try BuiltSiteFiles.read(from: output, shown: "Output")
                Issue.record("read \(files.count) files through the link \(name)")
            } catch {
                let message = "\(error)"
                #expect(message.contains("\(name) in it is a symbolic link") && message.contains("prospectus build"), "\(message)")
            }
        }
    }

    @Test("NoFollowFile reads a regular file, and refuses a link at any step, a FIFO, and a link as the folder itself")
    func noFollowFile() throws {
        try withTemporaryFolder("nofollow") { scratch in
            try scratch.write("Site/a/b.json", "{}")
            try scratch.write("Outside/b.json", Self.secret)
            let site = scratch.path("Site")
            #expect(try NoFollowFile.contents(of: "a/b.json", in: site) == Data("{}".utf8))
            #expect(try NoFollowFile.contents(of: "a/missing.json", in: site) == nil)
            #expect(try NoFollowFile.contents(of: "missing/b.json", in: site) == nil)
            try FileManager.default.createSymbolicLink(at: site.appendingPathComponent("link.json"), withDestinationURL: scratch.path("Outside/b.json"))
            try FileManager.default.createSymbolicLink(at: site.appendingPathComponent("folder"), withDestinationURL: scratch.path("Outside"))
            try FileManager.default.createSymbolicLink(at: scratch.path("Linked"), withDestinationURL: site)
            #expect(mkfifo(site.appendingPathComponent("fifo.json").path, 0o644) == 0)
            for (path, folder) in [("link.json", site), ("folder/b.json", site), ("a/b.json", scratch.path("Linked")), ("fifo.json", site)] {
                #expect(throws: OutputError.self, "\(path)") { try NoFollowFile.contents(of: path, in: folder) }
                #expect(NoFollowFile.contentsIfSafe(of: path, in: folder) == nil, "\(path)")
            }
            #expect(throws: OutputError.self) { try NoFollowFile.contents(of: "../Outside/b.json", in: site) }
        }
    }

    /// The history is kept beside the content; `Output/changes.json` and `catalogue.json` are read
    /// only to move an old-layout history in, once, when the content has none. That read must not
    /// follow a link planted in the published site.
    @Test("changes.json or catalogue.json planted as a link to an outside file is not read into the new history",
          arguments: ["changes.json", "catalogue.json"])
    func plantedHistoryLink(name: String) throws {
        try withTemporaryFolder("history-link") { scratch in
            let content = try scratch.copyFixture("valid")
            let output = scratch.path("Output")
            try #require(buildSite(content: content, output: output).succeeded)
            if name == "changes.json" {
                try scratch.write("Outside/changes.json", """
                    {"version": 1, "changes": [{"date": "2026-09-20", "kind": "course-added", "course": "outside", \
                    "title": "\(Self.secret)", "detail": "read from outside the site"}]}
                    """)
            } else {
                // A previous offer with one more course, which the next build would report as withdrawn.
                let published = try String(contentsOf: output.appendingPathComponent("catalogue.json"), encoding: .utf8)
                try scratch.write("Outside/catalogue.json", published.replacingOccurrences(of: "first-aid", with: "outside-secret")
                    .replacingOccurrences(of: "First Aid at Work", with: Self.secret))
            }
            try FileManager.default.removeItem(at: output.appendingPathComponent(name))
            try FileManager.default.createSymbolicLink(at: output.appendingPathComponent(name),
                                                       withDestinationURL: scratch.path("Outside/\(name)"))
            // No history beside the content: the build looks in Output/ for an old-layout one.
            try FileManager.default.removeItem(at: content.appendingPathComponent("history"))
            let report = buildSite(content: content, output: output)
            if report.succeeded {
                let history = String(decoding: try Data(contentsOf: output.appendingPathComponent("changes.json")), as: UTF8.self)
                #expect(!history.contains(Self.secret))
                let kept = try String(contentsOf: content.appendingPathComponent("history/2026-27.json"), encoding: .utf8)
                #expect(!kept.contains(Self.secret))
            } else {
                #expect(report.diagnostics.contains { $0.message.contains("symbolic link") })
            }
        }
    }
}
