@testable import Catalogue
import Foundation
import Testing

/// The hints that keep an editor from a dead end: time zones, placeholders, long lists of names,
/// files that are not text, and quoted lines that never carry a control character.
@Suite("Hints with no dead end")
struct EditorHintTests {
    @Test("a time zone typo gets a close name, a city alone its zone, a region its zones with Europe/London first; never 'the tz database'")
    func timeZones() {
        #expect(TimeZoneHints.hint(for: "Europe/Londn") == "did you mean 'Europe/London'?")
        #expect(TimeZoneHints.hint(for: "Asia/Tokio") == "did you mean 'Asia/Tokyo'?")
        #expect(TimeZoneHints.hint(for: "UK").hasPrefix("did you mean 'Europe/London'?"))
        #expect(TimeZoneHints.hint(for: "Paris") == "did you mean 'Europe/Paris'?")
        let region = TimeZoneHints.hint(for: "Europe/Birmingham")
        #expect(region.hasPrefix("the zones starting 'Europe/' are: Europe/London, Europe/Amsterdam, "), "\(region)")
        #expect(region.contains(" … and ") && region.hasSuffix(" more"), "\(region)")
        for typo in ["Europe/Londn", "Europe/Birmingham", "Mars/Base", "BST", "xyz"] {
            #expect(!TimeZoneHints.hint(for: typo).contains("tz database"))
        }
    }

    @Test("a placeholder written as editors say it gets the placeholder's name", arguments: [
        ("cours", "did you mean {code}?"), ("course", "did you mean {code}?"), ("course_code", "did you mean {code}?"),
        ("titel", "did you mean {title}?"), ("name", "did you mean {title}?"), ("Date", "did you mean {date}? (placeholders are written in lowercase, without spaces)"),
        ("time", "did you mean {start}?"), ("venue", "use one of {code}, {slug}, {title}, {date}, {start}"),
    ])
    func placeholders(name: String, hint: String) {
        #expect(URLTemplate.placeholderHint(name) == hint)
    }

    @Test("a long list of names shows the first 20 and how many more")
    func listing() {
        let names = (1...25).map { "group-\($0)" }
        #expect(Suggestion.listing(names) == (1...20).map { "group-\($0)" }.joined(separator: ", ") + " … and 5 more")
        #expect(Suggestion.listing(["a", "b"]) == "a, b")
    }

    @Test("files that are not text are named for what they are", arguments: [
        ([0x50, 0x4B, 0x03, 0x04] + Array("xx word/document.xml".utf8), "this is a Word document"),
        ([0x50, 0x4B, 0x03, 0x04] + Array("xx xl/workbook.xml".utf8), "this is an Excel workbook"),
        ([0x50, 0x4B, 0x03, 0x04] + Array("xx ppt/slides".utf8), "this is a PowerPoint presentation"),
        ([0x50, 0x4B, 0x03, 0x04] + Array("xx notes.md".utf8), "this is a ZIP archive"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array("W\0o\0r\0d\0D\0o\0c\0u\0m\0e\0n\0t\0".utf8), "this is a Word document (.doc)"),
        ([0xFF, 0xD8, 0xFF, 0xE0], "this is a JPEG picture"),
        (Array("GIF89a".utf8) + [0, 1], "this is a GIF picture"),
        (Array("{\\rtf1\\ansi Fire safety}".utf8), "this is a Rich Text (RTF) document"),
        ([0x2D, 0x00, 0x2D, 0x00, 0x2D, 0x00, 0x0A, 0x00], "the file is saved as UTF-16, not UTF-8"),
        (Array("---\ntitle: x".utf8) + [0x01, 0x02, 0xFF] + Array("\n---\n".utf8), "this is not a text file"),
    ] as [([UInt8], String)])
    func binaryFiles(bytes: [UInt8], message: String) throws {
        guard case .failure(let diagnostic) = SourceFile.decode(Data(bytes), displayPath: "Content/courses/x.md") else {
            Issue.record("accepted as text")
            return
        }
        #expect(diagnostic.message.hasPrefix(message), "\(diagnostic.message)")
        #expect(diagnostic.location.lineText == nil)
        #expect(diagnostic.place == "Content/courses/x.md:0:0")
    }

    @Test("a line quoted from a file that is not UTF-8 shows its control characters as symbols")
    func quotedLineVisible() throws {
        guard case .failure(let diagnostic) = SourceFile.decode(Data(Array("---\ntitle: Caf".utf8) + [0xE9, 0x1B] + Array("\n---\n".utf8)),
                                                                displayPath: "x.md") else {
            Issue.record("accepted")
            return
        }
        let line = try #require(diagnostic.location.lineText)
        #expect(!line.unicodeScalars.contains { $0.value < 0x20 }, "\(line.debugDescription)")
        #expect(line.hasSuffix("\u{241B}"))
    }
}
