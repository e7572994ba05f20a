import Catalogue
import Foundation
import Site
import TestSupport
import Testing

/// What may be read and where the site may be written: content may not reach outside Content/
/// through symbolic links, no slug can name a path outside the output, and the output folder is
/// never a folder that holds something else. (Tests/SiteTests/OutputWriterTests covers the plain
/// cases: the exact root and home paths, the content and theme folders, a foreign folder, a git
/// repository, unsafe relative paths handed to the writer.)
@Suite("Reliability: output and input safety")
struct OutputSafetyTests {
    /// A scratch folder with a copy of the valid fixture as Content/ and a folder Outside/ beside it
    /// holding a course that is not part of the content.
    func withContentAndOutside(_ body: (TemporaryFolder, URL, URL) throws -> Void) throws {
        try withTemporaryFolder("links") { scratch in
            let content = try scratch.copyFixture("valid")
            let outside = scratch.path("Outside")
            try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
            let course = try String(contentsOf: content.appendingPathComponent("courses/mandatory/first-aid.md"), encoding: .utf8)
            try scratch.write("Outside/secret.md", course.replacingOccurrences(of: "FA-201", with: "SECRET-1")
                .replacingOccurrences(of: "First Aid at Work", with: "Secret course from outside"))
            try body(scratch, content, outside)
        }
    }

    func load(_ content: URL) -> LoadResult { ContentLoader(directory: content, displayPath: "Content").load() }

    @Test("a content file that is a symbolic link to a file outside Content/ is refused, naming the link", arguments: [true, false])
    func symlinkedFileOutsideRefused(relative: Bool) throws {
        try withContentAndOutside { scratch, content, outside in
            let link = content.appendingPathComponent("courses/mandatory/secret.md")
            if relative {
                try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "../../../Outside/secret.md")
            } else {
                try FileManager.default.createSymbolicLink(at: link, withDestinationURL: outside.appendingPathComponent("secret.md"))
            }
            let result = load(content)
            #expect(result.catalogue == nil)
            let error = result.diagnostics.first { $0.location.file == "Content/courses/mandatory/secret.md" }
            #expect(error?.severity == .error)
            #expect(error?.message.contains("outside the content folder") == true, "\(result.diagnostics.map(\.summary))")
            // Nothing of the outside file reaches a build.
            let report = buildSite(content: content, output: scratch.path("Output"))
            #expect(!report.succeeded)
            #expect(!FileManager.default.fileExists(atPath: scratch.path("Output").path))
        }
    }

    @Test("a folder inside courses/ that links outside Content/ is refused, and its files are not read")
    func symlinkedFolderOutsideRefused() throws {
        try withContentAndOutside { _, content, outside in
            try FileManager.default.createSymbolicLink(at: content.appendingPathComponent("courses/linked"), withDestinationURL: outside)
            let result = load(content)
            #expect(result.catalogue == nil)
            #expect(result.diagnostics.contains { $0.severity == .error && $0.location.file == "Content/courses/linked" })
            #expect(!result.diagnostics.contains { $0.location.file.contains("secret") })
        }
    }

    @Test("a link that stays inside Content/ is followed like the file itself")
    func symlinkInsideAccepted() throws {
        try withContentAndOutside { _, content, _ in
            try FileManager.default.moveItem(at: content.appendingPathComponent("pages/how-to-book.md"),
                                             to: content.appendingPathComponent("_shared-how-to-book.md"))
            try FileManager.default.createSymbolicLink(atPath: content.appendingPathComponent("pages/how-to-book.md").path,
                                                       withDestinationPath: "../_shared-how-to-book.md")
            let result = load(content)
            #expect(result.catalogue?.pages.map(\.slug) == ["how-to-book"], "\(result.diagnostics.map(\.summary))")
        }
    }

    @Test("site.yml, index.md or a whole kind folder linking outside Content/ is refused, naming the link",
          arguments: ["site.yml", "index.md", "courses"])
    func topLevelSymlinkOutsideRefused(name: String) throws {
        try withContentAndOutside { _, content, outside in
            let original = content.appendingPathComponent(name)
            let moved = outside.appendingPathComponent(name)
            try FileManager.default.moveItem(at: original, to: moved)
            try FileManager.default.createSymbolicLink(at: original, withDestinationURL: moved)
            let result = load(content)
            // The rule: symbolic links in Content/ that point outside it are refused.
            #expect(result.catalogue == nil)
            #expect(result.diagnostics.contains { $0.severity == .error && $0.location.file == "Content/\(name)"
                && $0.message.contains("outside the content folder") }, "\(result.diagnostics.map(\.summary))")
        }
    }

    @Test("no slug can hold '..', '/', '.' or a character outside a-z 0-9 -, so no page path leaves its folder")
    func slugsCannotEscape() {
        var generator = SplitMix64(seed: 0x5106)
        let alphabet = Array("ab-z09./\\..%<>\"' \u{0}\u{202E}É_~:")
        var accepted = 0
        for _ in 0..<20_000 {
            let length = Int.random(in: 0...12, using: &generator)
            let candidate = String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
            if Slug.isValid(candidate) {
                accepted += 1
                #expect(candidate.utf8.allSatisfy { (97...122).contains($0) || (48...57).contains($0) || $0 == UInt8(ascii: "-") },
                        "\(candidate.debugDescription)")
                for path in [SitePath.course(candidate), SitePath.group(candidate), SitePath.pathway(candidate), SitePath.page(candidate)] {
                    #expect(path.split(separator: "/").count == 2 && !path.contains(".."), "\(path)")
                }
            }
            // A slug made from any title is safe too.
            let made = Slug.make(from: candidate)
            #expect(!made.contains(".") && !made.contains("/") && !made.isEmpty, "\(made.debugDescription)")
        }
        #expect(accepted > 100)
        for hostile in ["..", ".", "../x", "a/../b", "%2e%2e", "a..b", "..-..", "a.b", "/etc/passwd", "", "-", "a-"] {
            #expect(!Slug.isValid(hostile), "\(hostile)")
        }
    }

    @Test("a stage slug that tries to leave stages/ is refused in site.yml")
    func stageSlugCannotEscape() throws {
        try withTemporaryFolder("stage") { scratch in
            let content = try scratch.copyFixture("valid")
            let site = content.appendingPathComponent("site.yml")
            let text = try String(contentsOf: site, encoding: .utf8)
            try Data(text.replacingOccurrences(of: "slug: leadership,", with: "slug: ../../leadership,").utf8).write(to: site)
            let result = load(content)
            #expect(result.catalogue == nil)
            #expect(result.diagnostics.contains { $0.location.file == "Content/site.yml" && $0.message.contains("not a valid stage slug") })
        }
    }

    @Test("the repository root is refused as output, whatever else is protected")
    func repositoryRootRefused() throws {
        // Only problem() is asked: a build must never be pointed at the real repository.
        let root = TestPaths.repository
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("Package.swift").path))
        for protected in [[], [root.appendingPathComponent("Content"), TestPaths.theme]] {
            let problem = OutputWriter(output: root, protecting: protected).problem()
            #expect(problem != nil, "repository root accepted as output with protected = \(protected)")
        }
        // Also spelled with '.', '..' and a trailing slash.
        for spelling in [root.path + "/.", root.path + "/Sources/..", root.path + "/"] {
            #expect(OutputWriter(output: URL(fileURLWithPath: spelling), protecting: []).problem() != nil, "\(spelling)")
        }
    }

    @Test("the home folder and the root are refused however they are spelled or linked")
    func homeAndRootSpellings() throws {
        let home = FileManager.default.homeDirectoryForCurrentUser.standardizedFileURL.path
        for spelling in [home + "/.", home + "/", home + "/x/..", "/tmp/..", "/./", "//", "/tmp/../tmp/.."] {
            #expect(OutputWriter(output: URL(fileURLWithPath: spelling), protecting: []).problem() != nil, "\(spelling)")
        }
        try withTemporaryFolder("home") { scratch in
            let link = scratch.path("Output")
            try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: home)
            #expect(OutputWriter(output: link, protecting: []).problem() != nil)
            let rootLink = scratch.path("Root")
            try FileManager.default.createSymbolicLink(atPath: rootLink.path, withDestinationPath: "/")
            #expect(OutputWriter(output: rootLink, protecting: []).problem() != nil)
        }
    }

    @Test("a link to a non-empty folder Prospectus did not make is refused, and the folder is left alone")
    func linkToForeignFolderRefused() throws {
        try withTemporaryFolder("foreign") { scratch in
            try scratch.write("Precious/thesis.docx", "precious")
            let link = scratch.path("Output")
            try FileManager.default.createSymbolicLink(at: link, withDestinationURL: scratch.path("Precious"))
            let report = buildSite(content: TestPaths.fixture("valid"), output: link)
            #expect(!report.succeeded)
            #expect(report.diagnostics.first?.message.contains("is a symbolic link") == true, "\(report.errorSummaries)")
            #expect(try treeSnapshot(scratch.path("Precious")) == ["thesis.docx": Data("precious".utf8)])
        }
    }

    @Test("the next build removes a killed build's staging and old folders, without following links in them")
    func leftoversCleaned() throws {
        try withTemporaryFolder("leftovers") { scratch in
            let output = scratch.path("Output")
            try #require(buildSite(content: TestPaths.fixture("valid"), output: output).succeeded)
            // What a build killed half-way leaves: a half-written staging folder and an old site.
            try scratch.write(".Output.staging-999999/index.html", "half")
            try scratch.write(".Output.old-999998/index.html", "old")
            // A leftover name that is a link must be removed as a link: what it points to stays.
            try scratch.write("Keep/important.txt", "keep me")
            try FileManager.default.createSymbolicLink(at: scratch.path(".Output.staging-999997"), withDestinationURL: scratch.path("Keep"))
            let report = buildSite(content: TestPaths.fixture("valid"), output: output)
            #expect(report.succeeded, "\(report.errorSummaries)")
            let names = try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).sorted()
            #expect(names == ["Keep", "Output"])
            #expect(try treeSnapshot(scratch.path("Keep")) == ["important.txt": Data("keep me".utf8)])
        }
    }

    @Test("a build writes nothing outside its output folder, and nothing into the content or theme")
    func nothingWrittenElsewhere() throws {
        try withTemporaryFolder("elsewhere") { scratch in
            let content = try scratch.copyFixture("hostile")
            let before = try treeSnapshot(content)
            let themeBefore = try treeSnapshot(TestPaths.theme)
            let report = buildSite(content: content, output: scratch.path("site/Output"))
            #expect(report.succeeded, "\(report.errorSummaries)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).sorted() == ["Content", "site"])
            // Nothing beside the output: the lock that keeps two builds apart is not a file.
            #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path("site").path).sorted() == ["Output"])
            #expect(try treeSnapshot(content) == before)
            #expect(try treeSnapshot(TestPaths.theme) == themeBefore)
        }
    }
}
