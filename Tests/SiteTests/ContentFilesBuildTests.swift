import Catalogue
import Foundation
import Site
import TestSupport
import Testing

/// Pictures and documents in a built site: each published once under `files/`, linked relatively
/// from every page, documents labelled with their kind and size, and the partner edition carrying
/// only the files of the pages it publishes.
@Suite("Pictures and documents in the built site")
struct ContentFilesBuildTests {
    static let docx = Data([0x50, 0x4B, 0x03, 0x04]) + Data(count: 2_400)

    /// The valid fixture with a partner course showing a picture and a shared PDF, and a staff-only
    /// course linking to the same PDF and to a Word document of its own.
    func content(_ folder: TemporaryFolder) throws -> URL {
        let content = try folder.copyFixture("valid")
        let site = content.appendingPathComponent("site.yml")
        try (String(contentsOf: site, encoding: .utf8) + """
            partners:
              title: Partner schools
              booking: "https://partners.testbridge.example/book?course={code}&date={date}"
              contact: partners@testbridge.example

            """).write(to: site, atomically: true, encoding: .utf8)
        try edit(content.appendingPathComponent("courses/coaching-conversations.md"), frontMatter: "partner_cost: 85\npicture: room.png\npicture_alt: The training room\n",
                 body: "\n![Room plan, the door on the left](room.png)\n\nThe [shared handout](files/shared.pdf).\n")
        try edit(content.appendingPathComponent("courses/mandatory/first-aid.md"), frontMatter: "",
                 body: "\nThe [staff handout](../../files/staff.docx) and the [shared handout](files/shared.pdf).\n")
        try folder.write("Content/courses/room.png", bytes: TinyFiles.png(width: 400, height: 300))
        try folder.write("Content/files/shared.pdf", bytes: TinyFiles.pdf)
        try folder.write("Content/files/staff.docx", bytes: Self.docx)
        try folder.write("Content/files/welcome.gif", bytes: TinyFiles.gif(width: 9, height: 8))
        let home = content.appendingPathComponent("index.md")
        try (String(contentsOf: home, encoding: .utf8) + "\n![Welcome sign](files/welcome.gif)\n").write(to: home, atomically: true, encoding: .utf8)
        return content
    }

    private func edit(_ file: URL, frontMatter: String, body: String) throws {
        var text = try String(contentsOf: file, encoding: .utf8)
        let close = try #require(text.range(of: "\n---\n", range: text.index(after: text.startIndex)..<text.endIndex))
        text.insert(contentsOf: "\n" + frontMatter.dropLast(frontMatter.isEmpty ? 0 : 1), at: close.lowerBound)
        text += body
        try text.write(to: file, atomically: true, encoding: .utf8)
    }

    func build(_ content: URL, _ output: URL, edition: Edition) -> BuildReport {
        let options = BuildOptions(content: content, contentDisplay: "Content", theme: Fixtures.theme, themeDisplay: "Theme",
                                   output: output, environment: ["SOURCE_DATE_EPOCH": Today.startOfYear], edition: edition,
                                   history: ScratchHistory.folder(forBuildOf: content, into: output))
        return SiteGenerator(options: options).build()
    }

    func published(_ output: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent("files").path).sorted()
    }

    @Test("each file is published once, linked relatively, documents with their kind and size")
    func staff() throws {
        try withTemporaryFolder("files-build") { folder in
            let content = try self.content(folder)
            let output = folder.path("site/sub/path/Output")
            let report = build(content, output, edition: .staff)
            #expect(report.diagnostics.filter { $0.severity == .error }.map(\.summary) == [])
            let pdf = "shared.\(ContentHash.hex(TinyFiles.pdf)).pdf", docx = "staff.\(ContentHash.hex(Self.docx)).docx"
            let png = "room.\(ContentHash.hex(TinyFiles.png(width: 400, height: 300))).png"
            let welcome = "welcome.\(ContentHash.hex(TinyFiles.gif(width: 9, height: 8))).gif"
            #expect(try published(output) == [png, pdf, docx, welcome].sorted())
            let firstAid = try read(output, "courses/first-aid.html")
            #expect(firstAid.contains("<a href=\"../files/\(docx)\">staff handout</a> <span class=\"file-type\">(Word, 2 KB)</span>"))
            #expect(firstAid.contains("<a href=\"../files/\(pdf)\">shared handout</a> <span class=\"file-type\">(PDF, 1 KB)</span>"))
            let coaching = try read(output, "courses/coaching-conversations.html")
            #expect(coaching.contains("<img src=\"../files/\(png)\" width=\"400\" height=\"300\" loading=\"lazy\" alt=\"Room plan, the door on the left\" />"))
            #expect(coaching.contains("<img src=\"../files/\(png)\" alt=\"The training room\" width=\"400\" height=\"300\">"))
            #expect(try read(output, "courses/index.html").contains("<img class=\"card__picture\" src=\"../files/\(png)\" alt=\"The training room\" width=\"400\" height=\"300\" loading=\"lazy\">"))
            #expect(try read(output, "index.html").contains("<img src=\"files/\(welcome)\" width=\"9\" height=\"8\" loading=\"lazy\" alt=\"Welcome sign\" />"))
            // Every file link of every course page leads to a published file, from the page's own folder.
            for page in ["courses/first-aid.html", "courses/coaching-conversations.html"] {
                let html = try read(output, page)
                for link in links(in: html) where link.contains("files/") {
                    let target = output.appendingPathComponent("courses").appendingPathComponent(link).standardizedFileURL
                    #expect(!link.hasPrefix("/") && FileManager.default.fileExists(atPath: target.path), "\(page): \(link)")
                }
            }
        }
    }

    @Test("the partner edition carries only the files of the pages it publishes")
    func partners() throws {
        try withTemporaryFolder("files-partners") { folder in
            let content = try self.content(folder)
            let output = folder.path("Output")
            let report = build(content, output, edition: .partners)
            #expect(report.diagnostics.filter { $0.severity == .error }.map(\.summary) == [])
            let pdf = "shared.\(ContentHash.hex(TinyFiles.pdf)).pdf"
            let png = "room.\(ContentHash.hex(TinyFiles.png(width: 400, height: 300))).png"
            // Not the Word document (only a staff course uses it), nor the home page's picture: the
            // partner edition's home text is partners.intro.
            #expect(try published(output) == [pdf, png].sorted())
        }
    }
}
