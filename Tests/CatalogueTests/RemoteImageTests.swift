import Catalogue
import Foundation
import TestSupport
import Testing

/// A picture in a body must be a file of the site: one from another server is fetched by every
/// reader's browser (a tracking pixel when the site is opened from a file share), and
/// docs/hosting.md promises that pages load nothing from other servers.
@Suite("Pictures from other sites")
struct RemoteImageTests {
    /// Loads the valid fixture plus `Content/courses/extra.md` with `body`; that file's diagnostics.
    func course(body: String) throws -> [Diagnostic] {
        let path = "Content/courses/extra.md"
        let diagnostics = try withTemporaryFolder { folder in
            let content = try folder.copyFixture("valid")
            try folder.write(path, FrontMatterTests.course([], body: body))
            return ContentLoader(directory: content, displayPath: "Content").load().diagnostics
        }
        #expect(diagnostics.filter { $0.location.file != path }.map(\.summary) == [])
        return diagnostics.filter { $0.location.file == path }
    }

    @Test("an image from another site is an error at the image, whatever its scheme", arguments: [
        "https://evil.example/track.gif?u=1", "http://evil.example/x.png", "//evil.example/x.png", "HTTPS://EVIL.EXAMPLE/X.PNG",
        "ftp://evil.example/x.png", "file:///c:/x.png",
    ])
    func remote(source: String) throws {
        let diagnostics = try course(body: "Intro.\n\nSee é ![d](\(source)) here.\n")
        let image = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(image.place == "Content/courses/extra.md:10:12")
        #expect(image.severity == .error && image.keyPath == "body")
        #expect(image.message == "pictures must be files in the content folder; a picture from another site ('\(source)') would be fetched by every reader's browser")
        #expect(image.suggestion == "save the picture into the content folder and show it with ![description](picture.png), or make it a link: [text](\(source))")
    }

    @Test("relative images (of files in the content folder) and links to other sites are as before", arguments: [
        "![d](images/map.png)", "![d](../images/map.png)", "![d](map.png?v=2)", "[d](https://evil.example/page)",
    ])
    func relative(markdown: String) throws {
        let diagnostics = try withTemporaryFolder { folder in
            let content = try folder.copyFixture("valid")
            try folder.write("Content/courses/extra.md", FrontMatterTests.course([], body: markdown + "\n"))
            for path in ["courses/images/map.png", "images/map.png", "courses/map.png"] {
                try folder.write("Content/" + path, bytes: TinyFiles.png(width: 1, height: 1))
            }
            return ContentLoader(directory: content, displayPath: "Content").load().diagnostics
        }
        #expect(diagnostics.filter { !$0.location.file.hasSuffix("images") }.map(\.summary) == [])
    }

    @Test("a picture from another site in partners.intro is an error at its address; a missing one is found too")
    func partnerIntro() throws {
        let diagnostics = try withTemporaryFolder { folder in
            let content = try folder.copyFixture("valid")
            let site = content.appendingPathComponent("site.yml")
            let lines = "partners:\n  intro: \"Welcome ![x](https://evil.example/p.gif) and ![map](images/map.png)\"\n"
            try (String(contentsOf: site, encoding: .utf8) + lines).write(to: site, atomically: true, encoding: .utf8)
            return ContentLoader(directory: content, displayPath: "Content").load().diagnostics
        }
        #expect(diagnostics.map { "\($0.code.rawValue) \($0.place)" } == ["remote-image Content/site.yml:19:24", "file-missing Content/site.yml:19:63"])
        #expect(diagnostics.allSatisfy { $0.keyPath == "partners.intro" })
        #expect(diagnostics.first?.message.hasPrefix("pictures must be files in the content folder") == true)
    }
}
