import Catalogue
import Foundation
import TestSupport
import Testing

/// A link's mistake points at its address, the thing to fix (not at the `[`); partners.intro's
/// pictures and documents go through the same checks and publishing as a page's; a phone photo
/// taken upright gets its width and height the way round the page shows it.
@Suite("Link places, the partner intro's files, photo orientation")
struct LinkPlaceTests {
    static let path = "Content/courses/extra.md"

    /// The valid fixture, `Content/courses/extra.md` with `body` (its first line is line 8), and
    /// `files` written; that file's diagnostics, or site.yml's when `site` is given.
    func load(body: String = "Text.\n", siteLines: String = "", files: [String: Data] = [:]) throws -> LoadResult {
        try withTemporaryFolder("link-places") { folder in
            let content = try folder.copyFixture("valid")
            try folder.write(Self.path, FrontMatterTests.course([], body: body))
            let site = content.appendingPathComponent("site.yml")
            try (String(contentsOf: site, encoding: .utf8) + siteLines).write(to: site, atomically: true, encoding: .utf8)
            for (path, data) in files { _ = try folder.write("Content/" + path, bytes: data) }
            return ContentLoader(directory: content, displayPath: "Content").load()
        }
    }

    @Test("each link mistake in a body is at its address, with the address's end", arguments: [
        ("See [the form](javascript:alert(1)).", "url-forbidden-scheme", 16, 35),
        ("Café — [bad](ftp://example.org/é) here", "url-forbidden-scheme", 14, 33),
        ("![Logo](https://example.org/logo.png)", "remote-image", 9, 37),
        ("A [picture](<map.png>) here", "file-missing", 14, 21),
        ("A [long\nlink text](missing.pdf) here", "file-missing", 12, 23),
        ("Empty [link]() here", "link-without-address", 14, 0),
    ])
    func addressPlace(_ body: String, _ code: String, _ column: Int, _ end: Int) throws {
        let found = try load(body: body + "\n").diagnostics.filter { $0.location.file == Self.path }
        let diagnostic = try #require(found.first, "\(body)")
        #expect(found.count == 1 && diagnostic.code.rawValue == code, "\(found.map(\.summary))")
        let line = body.contains("\n") ? 9 : 8
        #expect(diagnostic.place == "\(Self.path):\(line):\(column)", "\(body)")
        #expect(diagnostic.location.endColumn == (end == 0 ? nil : end), "\(body)")
    }

    @Test("a picture without description is at its empty brackets")
    func noAltPlace() throws {
        let found = try load(body: "Map: ![](map.png)\n", files: ["courses/map.png": TinyFiles.png(width: 2, height: 2)]).diagnostics
            .filter { $0.location.file == Self.path }
        #expect(found.map { "\($0.code.rawValue) \($0.place)" } == ["picture-no-alt \(Self.path):8:8"])
    }

    @Test("partners.intro's pictures and documents are resolved, checked and published with the partner edition")
    func partnerIntroFiles() throws {
        let png = TinyFiles.png(width: 40, height: 30)
        let intro = "partners:\n  intro: |\n    Welcome.\n\n    ![Map of the trust](files/map.png) and [the handout](files/handout.pdf).\n"
        let result = try load(siteLines: intro, files: ["files/map.png": png, "files/handout.pdf": TinyFiles.pdf])
        #expect(result.diagnostics.map(\.summary) == [])
        let catalogue = try #require(result.catalogue)
        let home = catalogue.partnerEdition().home
        #expect(home.files.map(\.source) == ["files/map.png", "files/handout.pdf"])
        #expect(home.html.contains("<img src=\"files/map.\(ContentHash.hex(png)).png\" width=\"40\" height=\"30\""))
        #expect(home.html.contains("href=\"files/handout.\(ContentHash.hex(TinyFiles.pdf)).pdf\""))
    }

    @Test("a mistake in partners.intro is at its line and column in site.yml")
    func partnerIntroMistakes() throws {
        let intro = "partners:\n  intro: |\n    Welcome.\n\n    See ![Map](files/mop.png) and [x](javascript:go()).\n"
        let found = try load(siteLines: intro).diagnostics.filter { $0.location.file == "Content/site.yml" }
        #expect(found.map { "\($0.code.rawValue) \($0.place) \($0.keyPath)" } == [
            "file-missing Content/site.yml:22:16 partners.intro", "url-forbidden-scheme Content/site.yml:22:39 partners.intro",
        ])
        let oneLine = try load(siteLines: "partners:\n  intro: \"Welcome ![x](https://evil.example/p.gif)\"\n").diagnostics
            .filter { $0.location.file == "Content/site.yml" }
        #expect(oneLine.map { "\($0.code.rawValue) \($0.place)" } == ["remote-image Content/site.yml:19:24"])
    }

    /// A JPEG stored `width` × `height` with an APP1 Exif segment whose IFD0 holds Orientation.
    static func photo(width: UInt16, height: UInt16, orientation: UInt16, littleEndian: Bool) -> Data {
        func u16(_ value: UInt16) -> [UInt8] { littleEndian ? [UInt8(value & 0xFF), UInt8(value >> 8)] : [UInt8(value >> 8), UInt8(value & 0xFF)] }
        func u32(_ value: UInt32) -> [UInt8] {
            let bytes = [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
            return littleEndian ? bytes.reversed() : bytes
        }
        let tiff = (littleEndian ? Array("II".utf8) : Array("MM".utf8)) + u16(42) + u32(8)
            + u16(2) + u16(0x010F) + u16(2) + u32(4) + Array("Cam\0".utf8)   // Make, ASCII, 4 bytes
            + u16(0x0112) + u16(3) + u32(1) + u16(orientation) + [0, 0]       // Orientation, SHORT
            + u32(0)
        let exif = Array("Exif".utf8) + [0, 0] + tiff
        let length = UInt16(exif.count + 2)
        let jpeg = TinyFiles.jpeg(width: width, height: height)
        return jpeg.prefix(2) + Data([0xFF, 0xE1, UInt8(length >> 8), UInt8(length & 0xFF)] + exif) + jpeg.dropFirst(2)
    }

    @Test("a JPEG's EXIF orientation 5 to 8 (a photo taken upright) swaps its width and height", arguments: [true, false])
    func exifOrientation(_ littleEndian: Bool) {
        for orientation: UInt16 in 1...8 {
            let size = ImageSize.read(Self.photo(width: 4032, height: 3024, orientation: orientation, littleEndian: littleEndian), format: .jpeg)
            let expected = orientation >= 5 ? ImageSize(width: 3024, height: 4032) : ImageSize(width: 4032, height: 3024)
            #expect(size == expected, "orientation \(orientation)")
        }
    }
}
