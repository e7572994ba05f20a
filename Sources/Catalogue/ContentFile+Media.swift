import Foundation
import Markdown

extension ContentFile {
    /// The body with its pictures and documents found in the content folder, checked, and linked to
    /// their published names; each mistake is an error at the address that names the file (a
    /// picture without description, between its brackets). `indent`: see `SourceFile.linkPlaces`;
    /// `keyPath`: the setting the Markdown is written in (`body`, or `partners.intro` in site.yml).
    static func linkingFiles(_ body: MarkdownDocument, in media: MediaFolder, bodyLineOffset: Int, indent: Int = 0, keyPath: String = "body",
                             log: FileDiagnostics) -> MarkdownDocument {
        var files: [String: MarkdownFile] = [:]
        var order: [String] = []
        for link in body.links {
            guard let target = mediaTarget(link) else { continue }
            // A link to a page or a file of another kind is left as it is, unless it names a file
            // of the content folder that would not be published.
            if !link.isImage, MediaFormat(fileName: target) == nil {
                guard case .success(let path) = media.resolve(link.destination), media.isRegularFile(path) else { continue }
            }
            let places = log.file.linkPlaces(line: link.line + bodyLineOffset, byteColumn: link.column, indent: indent)
            if link.isImage, link.text.allSatisfy(\.isWhitespace) {
                log.append(.error(.pictureNoAlt, at: places.text, keyPath: keyPath,
                                  "the picture \(shown(link.destination)) has no description, so readers who cannot see it are told nothing (WCAG 1.1.1)",
                                  suggestion: "describe what it shows between the brackets, e.g. ![Map of the venue, entrance on Mill Lane](\(link.destination))"))
            } else if link.isImage, let problem = meaninglessDescription(link.text, of: target) {
                log.append(.error(.pictureAltMeaningless, at: places.text, keyPath: keyPath,
                                  "the picture's description '\(ControlCharacters.visible(String(link.text.prefix(80))))' \(problem), so readers who cannot see it are told nothing (WCAG 1.1.1)",
                                  suggestion: "say what the picture shows between the brackets, e.g. ![Site plan: the assembly point is the front car park](\(link.destination))"))
            }
            if case .success(let path) = media.resolve(link.destination), let known = files[path] {
                if !known.destinations.contains(link.destination) { files[path]?.destinations.append(link.destination) }
                continue
            }
            let reference = MediaReference(destination: link.destination, isImage: link.isImage, text: link.text,
                                           location: places.address, keyPath: keyPath)
            guard let file = mediaFile(reference, in: media, log: log) else { continue }
            files[file.source] = file
            order.append(file.source)
        }
        // One entry per published name (two source files with the same bytes and name are one file).
        var seen: Set<String> = []
        let unique = order.compactMap { files[$0] }.filter { seen.insert($0.path).inserted }
        return body.linkingFiles(unique)
    }

    /// One place that names a file: a picture or link in a body, or a setting such as `picture:`.
    struct MediaReference {
        var destination: String
        var isImage: Bool
        /// The link's text, offered back in a suggestion.
        var text: String
        var location: SourceLocation
        var keyPath: String
    }

    /// The file `reference` names, checked, read and named for publishing; nil after reporting why
    /// it cannot be used, at the reference.
    static func mediaFile(_ reference: MediaReference, in media: MediaFolder, log: FileDiagnostics) -> MarkdownFile? {
        let destination = reference.destination, isImage = reference.isImage
        let shown = shown(destination)
        let what = isImage ? "the picture" : "the file"
        func error(_ code: DiagnosticCode, _ message: String, _ suggestion: String) -> MarkdownFile? {
            log.append(.error(code, at: reference.location, keyPath: reference.keyPath, message, suggestion: suggestion))
            return nil
        }
        let target = String(destination.prefix { $0 != "#" && $0 != "?" })
        let name = target.split(separator: "/").last.map(String.init) ?? "file.png"
        let path: String
        switch media.resolve(destination) {
        case .success(let resolved): path = resolved
        case .failure(.absolute):
            // The file may be in the content folder already: the fix is the path that finds it.
            func written(_ path: String) -> String {
                let text = reference.text.isEmpty ? "…" : reference.text
                return reference.keyPath != "picture" ? (isImage ? "![\(text)]" : "[\(text)]") + "(\(path))" : path
            }
            if let found = existingPath(for: target, in: media) {
                return error(.fileOutsideContent, "\(what) \(shown) starts with '/', so it is read as an address on this computer, which readers' browsers cannot open",
                             "the file is in the content folder: write \(written(found))")
            }
            return error(.fileOutsideContent, "\(what) \(shown) is an address on this computer, which readers' browsers cannot open",
                         "put the file beside this file (\(media.display(media.folder))) or in \(media.display(MediaFolder.shared)), and write its name: \(written(name))")
        case .failure:
            return error(.fileOutsideContent, "\(what) \(shown) leads outside the content folder, which is never published",
                         "copy the file into \(media.display(media.folder)) (or \(media.display(MediaFolder.shared))) and write its name")
        }
        guard let format = MediaFormat(fileName: path) else {
            if isImage {
                return error(.fileWrongType, "\(what) \(shown) is not a kind of picture pages can show: use \(MediaFormat.imageList)",
                             "save it again as PNG (drawings, screenshots) or JPEG (photos)")
            }
            return error(.fileWrongType, "\(shown) is a kind of file that is not published: documents may be \(MediaFormat.documentList)",
                         "save it as PDF (File → Save as → PDF) and link to the PDF")
        }
        if isImage, !format.isImage {
            return error(.fileWrongType, "\(shown) is a \(format.name), which cannot be shown as a picture",
                         reference.keyPath != "picture" ? "link to it instead: [\(reference.text.isEmpty ? "the document" : reference.text)](\(destination))"
                                                     : "name a picture here (\(MediaFormat.imageList)), and link to the document from the description")
        }
        let data: Data
        let limit = media.limits.bytes(for: format)
        switch media.read(path, limit: limit) {
        case .success(let read): data = read
        case .failure(.missing(let folder, let missing)):
            // The file's own name (not the first missing folder: '../files/x.pdf' from a course lacks 'files').
            let name = destination.split(separator: "/").last.map { String($0).percentDecoded } ?? missing
            if missing != name, media.names(in: MediaFolder.shared).contains(name) {
                return error(.fileMissing, "\(what) \(shown) is not in the content folder: there is no '\(missing)' in \(media.display(folder))",
                             "the file is in \(media.display(MediaFolder.shared)): write files/\(name)")
            }
            let hint = Suggestion.didYouMean(missing, in: media.names(in: folder))
            let whereToPut = folder == MediaFolder.shared
                ? " the file in \(media.display(folder))"
                : " the file in \(media.display(folder)), or in \(media.display(MediaFolder.shared)) and write files/\(name)"
            return error(.fileMissing, "\(what) \(shown) is not in the content folder: there is no '\(missing)' in \(media.display(folder))",
                         (hint.map { $0 + " Or put" } ?? "put") + whereToPut)
        case .failure(.link):
            return error(.fileOutsideContent, "\(what) \(shown) is a symbolic link; files are never read through a link",
                         "copy the file itself into \(media.display(media.folder))")
        case .failure(.tooLarge(let size)):
            let setting = "files: \(format.isImage ? FileLimits.pictureKey : FileLimits.documentKey) in site.yml"
            return error(.fileTooLarge, "\(what) \(shown) is \(sizeText(size)); \(format.isImage ? "a picture" : "a document") may be at most \(FileLimits.text(limit))",
                         (format.isImage ? "save it smaller: 1600 pixels wide is plenty for a page (JPEG for photos)"
                                         : "save a smaller copy (in a PDF: File → Reduce file size), or split it in two") + "; the limit is \(setting)")
        case .failure(.notAFile(let place)):
            return error(.fileMissing, "\(what) \(shown) is not a file ('\(place)' is a folder or a special file)", "write the path of the file itself")
        case .failure(let problem):
            return error(.fileUnreadable, "\(what) \(shown) cannot be read: \(problem)", "check the file can be opened, then save it again")
        }
        guard format.matches(data) else {
            return error(.fileWrongType, "\(shown) is not really a \(format.name): its contents are of another kind",
                         "open it and save it again as \(format.name.split(separator: " ").first ?? "") (renaming a file does not change its kind)")
        }
        var published = data
        if format == .svg {
            switch SVGSanitizer.sanitize(data) {
            case .success(let sanitised): published = sanitised
            case .failure(let problem): return error(.pictureSvgRefused, "the picture \(shown) cannot be used: \(problem.message)", problem.suggestion)
            }
        }
        let size = format.isImage ? ImageSize.read(published, format: format) : nil
        let publishedPath = MediaFolder.publishedPath(of: path, format: format, data: published)
        return MarkdownFile(source: path, path: publishedPath, href: String(repeating: "../", count: media.pageDepth) + publishedPath,
                            destinations: [destination], isImage: format.isImage, fileExtension: format.publishedExtension,
                            width: size?.width, height: size?.height, data: published)
    }

    /// The path to write for a file named with a leading `/` (`/files/checklist.pdf`, `/map.png`), when
    /// that file is in the content folder: as written without the `/`, or by its name beside the file,
    /// or in the shared folder.
    static func existingPath(for target: String, in media: MediaFolder) -> String? {
        let decoded = target.percentDecoded
        let relative = String(decoded.drop { $0 == "/" })
        guard !relative.isEmpty, !relative.contains("\\") else { return nil }
        let name = relative.split(separator: "/").last.map(String.init) ?? relative
        for candidate in [relative, name, MediaFolder.shared + "/" + name] {
            if case .success(let path) = media.resolve(candidate), media.isRegularFile(path) { return candidate }
        }
        return nil
    }

    /// Why a picture's description says nothing, when it does not: a word that names no picture
    /// (`image`, `photo`…), or the file's own name; nil for a real description.
    static func meaninglessDescription(_ text: String, of file: String) -> String? {
        let words = text.trimmed().lowercased()
        guard !words.isEmpty else { return nil }
        let empty = ["image", "picture", "photo", "photograph", "pic", "img", "graphic", "figure", "screenshot", "icon", "diagram", "alt", "alt text",
                     "an image", "a picture", "a photo", "image here", "placeholder", "untitled"]
        if empty.contains(words) { return "only says it is a picture" }
        let name = (file.split(separator: "/").last.map(String.init) ?? file).lowercased()
        let stem = name.split(separator: ".").dropLast().joined(separator: ".")
        // The name with its extension, or a name no one writes as words (fire-marshal-site-plan,
        // IMG_2041): a single word such as 'Handout' for handout.pdf may be a description.
        if words == name || (stem.contains(where: { "-_".contains($0) || $0.isNumber }) && words == stem) {
            return "is the file's name"
        }
        return nil
    }

    /// A destination as messages quote it.
    private static func shown(_ destination: String) -> String {
        "'\(ControlCharacters.visible(String(destination.prefix(80))))'"
    }

    /// The file name a relative link or picture names, if it may be one of the content's files:
    /// every picture inside the site, and links other than to pages, anchors, other sites or mail.
    private static func mediaTarget(_ link: MarkdownLink) -> String? {
        let destination = link.destination
        guard !destination.isEmpty, isInsideSite(destination), !destination.hasPrefix("#") else { return nil }
        let path = String(destination.prefix { $0 != "#" && $0 != "?" })
        guard !path.isEmpty, !path.hasSuffix("/") else { return nil }
        let decoded = path.percentDecoded
        let lowered = decoded.lowercased()
        if !link.isImage, [".md", ".html", ".htm"].contains(where: lowered.hasSuffix) { return nil }
        return decoded
    }

    /// `240 KB`, `7.2 MB`, as messages say a size.
    static func sizeText(_ bytes: Int) -> String {
        let (number, megabytes) = MediaFormat.approximateSize(bytes)
        return number + (megabytes ? " MB" : " KB")
    }
}
