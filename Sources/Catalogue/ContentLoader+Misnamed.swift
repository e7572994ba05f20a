import Foundation

extension ContentLoader {
    /// Endings a text editor gives a Markdown file that are not `.md`: Notepad's `.txt` (shown as
    /// `first-aid.md` when Windows hides endings, really `first-aid.md.txt`), `.markdown`, and `.md`
    /// in capitals.
    static let markdownLikeEndings = [".markdown", ".mdown", ".mkd", ".txt", ".text", ".md"]

    /// A content file saved with the wrong ending (`first-aid.markdown`, `first-aid.md.txt`,
    /// `first-aid.MD`): an error naming the rename when it starts with front matter, as a course,
    /// group, pathway or page does (the file would otherwise be left off the site in silence).
    /// Nil for anything else, which keeps its warning.
    func misnamedContent(name: String, relative: String, url: URL, kind: Kind) -> Diagnostic? {
        guard !name.hasSuffix(".md") else { return nil }
        let lower = name.lowercased()
        guard Self.markdownLikeEndings.contains(where: lower.hasSuffix), Self.startsWithFrontMatter(url) else { return nil }
        let base = String(name.prefix { $0 != "." })
        let target = (Slug.isValid(base) ? base : Slug.suggestion(for: base)) + ".md"
        let ending = name.dropFirst(base.count)
        let notepad = lower.hasSuffix(".txt")
            ? "; in Notepad's Save as, choose 'All files (*.*)' so it does not add .txt, and in File Explorer tick View › File name extensions to see the whole name"
            : ""
        return .error(.contentFileWrongEnding, at: SourceLocation(file: display(relative)),
                      "this \(kind.singular) file ends in '\(ending)', so it is not read: only files ending in .md (in lowercase) are",
                      suggestion: "rename '\(name)' to '\(target)'\(notepad)")
    }

    /// Whether the file's first line is `---` (after a byte-order mark), as in every content file.
    static func startsWithFrontMatter(_ url: URL) -> Bool {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return false }
        defer { try? handle.close() }
        var bytes = (try? handle.read(upToCount: 16)) ?? Data()
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard bytes.starts(with: Array("---".utf8)) else { return false }
        return bytes.dropFirst(3).first.map { $0 == 10 || $0 == 13 || $0 == 32 || $0 == 9 } ?? true
    }

    /// Pictures and documents of kinds pages cannot show (an iPhone's HEIC photo, a TIFF scan),
    /// with how editors name them.
    static let unpublishedMediaKinds = ["heic": "HEIC photo (an iPhone's)", "heif": "HEIF photo", "tif": "TIFF picture", "tiff": "TIFF picture",
                                        "bmp": "BMP picture", "avif": "AVIF picture", "odt": "OpenDocument text", "rtf": "RTF document",
                                        "pages": "Pages document", "key": "Keynote presentation", "numbers": "Numbers spreadsheet"]

    /// For a picture or document of a kind that is not published: nil when the name is of no such
    /// kind; `.some(nil)` when a content file beside it names it (its error there is the one
    /// message); else a warning saying what to do, in the words of that error.
    func unpublishedMedia(name: String, relative: String, url: URL) -> Diagnostic?? {
        guard let dot = name.lastIndex(of: "."), let kindName = Self.unpublishedMediaKinds[name[name.index(after: dot)...].lowercased()] else { return nil }
        let folder = url.deletingLastPathComponent()
        let siblings = (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []
        let used = siblings.contains { sibling in
            sibling.pathExtension == "md" && ((try? String(contentsOf: sibling, encoding: .utf8))?.contains(name) ?? false)
        }
        if used { return .some(nil) }
        let picture = !["odt", "rtf", "pages", "key", "numbers"].contains(name[name.index(after: dot)...].lowercased())
        return .some(.warning(.notMarkdown, at: SourceLocation(file: display(relative)),
                              "'\(name)' is a \(kindName), a kind of file pages cannot show, so it is not published",
                              suggestion: picture ? "save it again as JPEG (photos) or PNG (drawings, screenshots), then use the new file: ![what it shows](\(name.prefix(upTo: dot)).jpg)"
                                                  : "save it as PDF (File → Save as → PDF) and link to the PDF: [the document](\(name.prefix(upTo: dot)).pdf)"))
    }
}
