import Foundation

/// A file that is not text where a content file (a course's `.md`, site.yml) is expected: a Word or
/// PDF document, a picture or an archive saved under the content file's name. Recognised by the
/// bytes it starts with, and named for what it is, with a fix that works ("save it again as UTF-8"
/// cannot turn a Word document into text). Its bytes are never quoted in a message.
struct BinaryFile {
    /// What the file is, as an editor would call it: "a Word document".
    let what: String
    /// How to get the text out of it, or what to do with it instead.
    let fix: String

    /// The kind of file `bytes` hold, or nil when they may be text. `name` is the file's own name
    /// (`first-aid.md`), for the fix.
    init?(_ bytes: Data.SubSequence, name: @autoclosure () -> String) {
        // Every signature below starts with one of these bytes; a content file starts with none of them.
        switch bytes.first {
        case UInt8(ascii: "%"), UInt8(ascii: "P"), 0xD0, 0x89, 0xFF, UInt8(ascii: "G"), UInt8(ascii: "R"), UInt8(ascii: "{"): break
        default: return nil
        }
        // Made only for a file that is not text: every content file passes through here.
        var copy: String {
            "copy the text into a new file in a plain text editor (Notepad, or TextEdit in plain-text mode) and save that as plain text, named \(name())"
        }
        func starts(_ signature: [UInt8]) -> Bool { bytes.starts(with: signature) }
        if starts(Array("%PDF".utf8)) {
            what = "a PDF document"
            fix = "open it, \(copy); keep the PDF outside the content folder, or link to it"
        } else if starts([0x50, 0x4B, 0x03, 0x04]) {
            let office: [(String, String, String)] = [("word/", "a Word document", "Word"), ("xl/", "an Excel workbook", "Excel"),
                                                     ("ppt/", "a PowerPoint presentation", "PowerPoint")]
            if let (_, name, program) = office.first(where: { BinaryFile.contains(bytes, $0.0) }) {
                what = name
                fix = "open it in \(program), \(copy)"
            } else if BinaryFile.contains(bytes, "opendocument") {
                what = "a LibreOffice (OpenDocument) file"
                fix = "open it in LibreOffice, \(copy)"
            } else {
                what = "a ZIP archive (a compressed folder)"
                fix = "open it, take out the file inside, and put that file in the content folder instead"
            }
        } else if starts([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            let word = BinaryFile.contains(bytes, "W\0o\0r\0d\0D\0o\0c\0u\0m\0e\0n\0t")
            what = word ? "a Word document (.doc)" : "a Microsoft Office document"
            fix = "open it in \(word ? "Word" : "the program that made it"), \(copy)"
        } else if starts([0x89, 0x50, 0x4E, 0x47]) || starts([0xFF, 0xD8, 0xFF]) || starts(Array("GIF8".utf8))
                    || (starts(Array("RIFF".utf8)) && BinaryFile.contains(bytes.prefix(16), "WEBP")) {
            let kind = starts([0x89]) ? "PNG" : starts([0xFF]) ? "JPEG" : starts(Array("GIF".utf8)) ? "GIF" : "WebP"
            what = "a \(kind) picture"
            fix = "a picture is not a content file: give it its own name ending .\(kind.lowercased() == "jpeg" ? "jpg" : kind.lowercased()), and write \(name()) as text in a plain text editor"
        } else if starts(Array("{\\rtf".utf8)) {
            what = "a Rich Text (RTF) document, saved by WordPad or Word"
            fix = "open it, \(copy)"
        } else {
            return nil
        }
    }

    /// The error for the whole file: no line (it has none to point at), none quoted.
    func diagnostic(displayPath: String) -> Diagnostic {
        .error(.fileNotText, at: SourceLocation(file: displayPath), "this is \(what), not a plain text file", suggestion: fix)
    }

    /// Whether control bytes no text editor writes (other than tab, line breaks, form feed and
    /// escape) are among the first bytes: the file is not text, whatever its name.
    static func hasControlBytes(_ bytes: Data.SubSequence) -> Bool {
        bytes.prefix(4096).contains { $0 < 0x20 && ![0x09, 0x0A, 0x0C, 0x0D, 0x1B].contains($0) }
    }

    private static func contains(_ bytes: Data.SubSequence, _ text: String) -> Bool {
        let needle = Array(text.utf8)
        let haystack = Array(bytes.prefix(1_000_000))
        guard !needle.isEmpty, haystack.count >= needle.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }
}
