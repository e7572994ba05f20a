import Catalogue
import Foundation
import Markdown
import TestSupport
import Testing

/// Pictures and documents in descriptions: found beside the Markdown file or in `Content/files/`,
/// published under fingerprinted names, measured from their headers, and every mistake an error at
/// the address that names the file.
@Suite("Pictures and documents in descriptions")
struct ContentFilesTests {
    static let path = "Content/courses/extra.md"

    /// Loads the valid fixture plus `Content/courses/extra.md` with `body`, after `prepare` has
    /// written files into the content copy; the course and that file's diagnostics.
    func load(body: String, prepare: (TemporaryFolder) throws -> Void = { _ in }) throws -> (Course?, [Diagnostic]) {
        try withTemporaryFolder("files") { folder in
            let content = try folder.copyFixture("valid")
            try folder.write(Self.path, FrontMatterTests.course([], body: body))
            try prepare(folder)
            let result = ContentLoader(directory: content, displayPath: "Content").load()
            return (result.catalogue?.course("extra"), result.diagnostics.filter { $0.location.file == Self.path })
        }
    }

    @Test("a picture beside the course and a document in Content/files/ are published under fingerprinted names")
    func published() throws {
        let png = TinyFiles.png(width: 640, height: 480)
        let (course, diagnostics) = try load(body: "![Map of the venue](venue-map.png)\n\nThe [handout](files/handout.pdf).\n") { folder in
            try folder.write("Content/courses/venue-map.png", bytes: png)
            try folder.write("Content/files/handout.pdf", bytes: TinyFiles.pdf)
        }
        #expect(diagnostics.map(\.summary) == [])
        let body = try #require(course?.body)
        let pngName = "files/venue-map.\(ContentHash.hex(png)).png", pdfName = "files/handout.\(ContentHash.hex(TinyFiles.pdf)).pdf"
        #expect(body.files.map(\.path) == [pngName, pdfName])
        #expect(body.files.map(\.source) == ["courses/venue-map.png", "files/handout.pdf"])
        #expect(body.html.contains("<img src=\"../\(pngName)\" width=\"640\" height=\"480\" loading=\"lazy\" alt=\"Map of the venue\" />"))
        #expect(body.html.contains("<a href=\"../\(pdfName)\">handout</a>"))
        #expect(body.files[0].data == png)
    }

    @Test("the same bytes always give the same name; other bytes another")
    func deterministic() throws {
        let one = TinyFiles.png(width: 1, height: 1), two = TinyFiles.png(width: 2, height: 1)
        #expect(ContentHash.hex(one) == ContentHash.hex(TinyFiles.png(width: 1, height: 1)))
        #expect(ContentHash.hex(one) != ContentHash.hex(two))
        #expect(ContentHash.hex(one).count == 10)
    }

    @Test("a file used twice is published once; a picture in a sub-folder and one reached with .. resolve from the file's folder")
    func once() throws {
        let body = "![A](pics/a.png) ![A again](pics/a.png)\n\n![Shared](../files/b.gif)\n"
        let (course, diagnostics) = try load(body: body) { folder in
            try folder.write("Content/courses/pics/a.png", bytes: TinyFiles.png(width: 3, height: 4))
            try folder.write("Content/files/b.gif", bytes: TinyFiles.gif(width: 5, height: 6))
        }
        #expect(diagnostics.map(\.summary) == [])
        #expect(course?.body.files.map(\.source) == ["courses/pics/a.png", "files/b.gif"])
        #expect(course?.body.html.components(separatedBy: "width=\"3\" height=\"4\"").count == 3)
    }

    /// Each mistake on its own line of the body (line 8 is the body's first), with the exact message.
    @Test("each mistake is an error at the picture or link, with a fix")
    func mistakes() throws {
        let body = """
            ![Extinguishers](extinguisher.png)
            ![](venue-map.png)
            ![Passwords](../../etc/passwd.png)
            [Passwords](/etc/passwd.pdf)
            ![Logo](https://example.org/logo.png)
            ![Bitmap](plan.bmp)
            [Notes](notes.zip)
            ![Handout](handout.pdf)
            ![Fake](fake.png)
            ![Linked](linked.png)
            ![Big](big.jpg)

            """
        let (_, diagnostics) = try load(body: body) { folder in
            try folder.write("Content/courses/venue-map.png", bytes: TinyFiles.png(width: 1, height: 1))
            try folder.write("Content/courses/extinguishers.png", bytes: TinyFiles.png(width: 1, height: 1))
            try folder.write("Content/courses/notes.zip", bytes: Data([0x50, 0x4B, 3, 4]))
            try folder.write("Content/courses/handout.pdf", bytes: TinyFiles.pdf)
            try folder.write("Content/courses/fake.png", bytes: TinyFiles.pdf)
            try folder.write("Content/courses/big.jpg", bytes: TinyFiles.jpeg(width: 1, height: 1) + Data(count: 5_000_000))
            try folder.write("outside.png", bytes: TinyFiles.png(width: 1, height: 1))
            try FileManager.default.createSymbolicLink(atPath: folder.path("Content/courses/linked.png").path,
                                                       withDestinationPath: folder.path("outside.png").path)
        }
        let found = diagnostics.filter { $0.message != "the file is a link to something outside the content folder" }
        #expect(found.map { "\($0.place) \($0.message) | \($0.suggestion ?? "")" } == [
            "Content/courses/extra.md:8:18 the picture 'extinguisher.png' is not in the content folder: there is no 'extinguisher.png' in Content/courses/ | did you mean 'extinguishers.png'? Or put the file in Content/courses/, or in Content/files/ and write files/extinguisher.png",
            "Content/courses/extra.md:9:3 the picture 'venue-map.png' has no description, so readers who cannot see it are told nothing (WCAG 1.1.1) | describe what it shows between the brackets, e.g. ![Map of the venue, entrance on Mill Lane](venue-map.png)",
            "Content/courses/extra.md:10:14 the picture '../../etc/passwd.png' leads outside the content folder, which is never published | copy the file into Content/courses/ (or Content/files/) and write its name",
            "Content/courses/extra.md:11:13 the file '/etc/passwd.pdf' is an address on this computer, which readers' browsers cannot open | put the file beside this file (Content/courses/) or in Content/files/, and write its name: [Passwords](passwd.pdf)",
            "Content/courses/extra.md:12:9 pictures must be files in the content folder; a picture from another site ('https://example.org/logo.png') would be fetched by every reader's browser | save the picture into the content folder and show it with ![description](picture.png), or make it a link: [text](https://example.org/logo.png)",
            "Content/courses/extra.md:13:11 the picture 'plan.bmp' is not a kind of picture pages can show: use PNG, JPEG, WebP, GIF or SVG | save it again as PNG (drawings, screenshots) or JPEG (photos)",
            "Content/courses/extra.md:14:9 'notes.zip' is a kind of file that is not published: documents may be PDF, Word (.docx, .doc), PowerPoint (.pptx, .ppt) or Excel (.xlsx, .xls) | save it as PDF (File → Save as → PDF) and link to the PDF",
            "Content/courses/extra.md:15:12 'handout.pdf' is a PDF document, which cannot be shown as a picture | link to it instead: [Handout](handout.pdf)",
            "Content/courses/extra.md:16:9 'fake.png' is not really a PNG picture: its contents are of another kind | open it and save it again as PNG (renaming a file does not change its kind)",
            "Content/courses/extra.md:17:11 the picture 'linked.png' is a symbolic link; files are never read through a link | copy the file itself into Content/courses/",
            "Content/courses/extra.md:18:8 the picture 'big.jpg' is 5.0 MB; a picture may be at most 5 MB | save it smaller: 1600 pixels wide is plenty for a page (JPEG for photos); the limit is files: max_picture_kb in site.yml",
        ])
        #expect(found.allSatisfy { $0.severity == .error && $0.keyPath == "body" })
    }

    @Test("a link inside a folder that is a symbolic link out of the content is refused too")
    func linkedFolder() throws {
        let (_, diagnostics) = try load(body: "![Secret](outside/secret.png)\n") { folder in
            try folder.write("elsewhere/secret.png", bytes: TinyFiles.png(width: 1, height: 1))
            try FileManager.default.createSymbolicLink(atPath: folder.path("Content/courses/outside").path,
                                                       withDestinationPath: folder.path("elsewhere").path)
        }
        #expect(diagnostics.map(\.message).contains("the picture 'outside/secret.png' is a symbolic link; files are never read through a link"))
        #expect(diagnostics.allSatisfy { $0.severity == .error })
    }

    @Test("links to pages and other sites are left as they were")
    func otherLinks() throws {
        let (course, diagnostics) = try load(body: "[Book](../pages/how-to-book.html) [Site](https://example.org/a.pdf) [Top](#top)\n")
        #expect(diagnostics.map(\.summary) == [])
        #expect(course?.body.files == [])
    }

    @Test("an SVG picture is published as the logo's allow-list writes it; a scripted one is an error")
    func svg() throws {
        let clean = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 120 60\"><rect width=\"10\" height=\"10\"/></svg>"
        let (course, diagnostics) = try load(body: "![Plan](plan.svg)\n\n![Evil](evil.svg)\n") { folder in
            try folder.write("Content/courses/plan.svg", clean)
            try folder.write("Content/courses/evil.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")
        }
        #expect(diagnostics.map(\.place) == ["Content/courses/extra.md:10:9"])
        #expect(diagnostics.first?.message.hasPrefix("the picture 'evil.svg' cannot be used: ") == true)
        #expect(course == nil)
        let (good, none) = try load(body: "![Plan](plan.svg)\n") { folder in try folder.write("Content/courses/plan.svg", clean) }
        #expect(none.map(\.summary) == [])
        let file = try #require(good?.body.files.first)
        #expect((file.width, file.height) == (120, 60))
        #expect(!String(decoding: file.data, as: UTF8.self).contains("script"))
    }

    /// Loads `Content/courses/extra.md` with `lines` added to its front matter (from line 7).
    func loadPicture(_ lines: [String]) throws -> (Course?, [Diagnostic]) {
        try withTemporaryFolder("picture") { folder in
            let content = try folder.copyFixture("valid")
            try folder.write(Self.path, FrontMatterTests.course(lines, body: "Text.\n"))
            try folder.write("Content/courses/venue-map.png", bytes: TinyFiles.png(width: 800, height: 600))
            let result = ContentLoader(directory: content, displayPath: "Content").load()
            return (result.catalogue?.course("extra"), result.diagnostics.filter { $0.location.file == Self.path })
        }
    }

    @Test("a course's picture is read from picture: and picture_alt:")
    func picture() throws {
        let (course, diagnostics) = try loadPicture(["picture: venue-map.png", "picture_alt: Map of the venue"])
        #expect(diagnostics.map(\.summary) == [])
        let picture = try #require(course?.picture)
        #expect(picture.alt == "Map of the venue")
        #expect(picture.file.path == "files/venue-map.\(ContentHash.hex(TinyFiles.png(width: 800, height: 600))).png")
        #expect((picture.file.width, picture.file.height) == (800, 600))
    }

    @Test("a course's picture has the same checks, at the picture: value", arguments: [
        (["picture: venue-map.png"], "Content/courses/extra.md:7:10 [picture_alt] the course's picture has no description, so readers who cannot see it are told nothing (WCAG 1.1.1)"),
        (["picture_alt: A map"], "Content/courses/extra.md:7:14 [picture_alt] picture_alt describes the course's picture, but there is no picture"),
        (["picture: venue-mop.png", "picture_alt: A map"], "Content/courses/extra.md:7:10 [picture] the picture 'venue-mop.png' is not in the content folder: there is no 'venue-mop.png' in Content/courses/"),
        (["picture: ../../x.png", "picture_alt: A map"], "Content/courses/extra.md:7:10 [picture] the picture '../../x.png' leads outside the content folder, which is never published"),
        (["picture: https://example.org/x.png", "picture_alt: A map"], "Content/courses/extra.md:7:10 [picture] pictures must be files in the content folder; a picture from another site ('https://example.org/x.png') would be fetched by every reader's browser"),
    ])
    func pictureMistakes(lines: [String], expected: String) throws {
        let (course, diagnostics) = try loadPicture(lines)
        #expect(course == nil)
        #expect(diagnostics.map { "\($0.place) [\($0.keyPath)] \($0.message)" } == [expected])
    }

    @Test("width and height are read from each format's header")
    func sizes() {
        #expect(ImageSize.read(TinyFiles.png(width: 640, height: 480), format: .png) == ImageSize(width: 640, height: 480))
        #expect(ImageSize.read(TinyFiles.jpeg(width: 1024, height: 768), format: .jpeg) == ImageSize(width: 1024, height: 768))
        #expect(ImageSize.read(TinyFiles.gif(width: 300, height: 2), format: .gif) == ImageSize(width: 300, height: 2))
        #expect(ImageSize.read(TinyFiles.webp("VP8 ", width: 800, height: 600), format: .webp) == ImageSize(width: 800, height: 600))
        #expect(ImageSize.read(TinyFiles.webp("VP8L", width: 4000, height: 3), format: .webp) == ImageSize(width: 4000, height: 3))
        #expect(ImageSize.read(TinyFiles.webp("VP8X", width: 70000, height: 9), format: .webp) == ImageSize(width: 70000, height: 9))
        #expect(ImageSize.read(Data("<svg width=\"32px\" height='16' viewBox=\"0 0 8 4\">".utf8), format: .svg) == ImageSize(width: 32, height: 16))
        #expect(ImageSize.read(Data("<svg viewBox=\"0,0,8.4,4\">".utf8), format: .svg) == ImageSize(width: 8, height: 4))
        #expect(ImageSize.read(Data("<svg width=\"100%\">".utf8), format: .svg) == nil)
        #expect(ImageSize.read(Data([0xFF, 0xD8, 0xFF, 0xD9]), format: .jpeg) == nil)
    }

    @Test("sizes are said in KB and MB")
    func sizeWords() {
        #expect(MediaFormat.approximateSize(10) == ("1", false))
        #expect(MediaFormat.approximateSize(240_400) == ("240", false))
        #expect(MediaFormat.approximateSize(999_600) == ("1.0", true))
        #expect(MediaFormat.approximateSize(7_249_999) == ("7.2", true))
    }
}
