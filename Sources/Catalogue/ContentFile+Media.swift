import Foundation
import Markdown

extension ContentFile {
    /// The body with its pictures and documents found in the content folder, checked, and linked to
    /// their published names; each mistake is an error at the `![` or `[` that names the file.
    static func linkingFiles(_ body: MarkdownDocument, in media: MediaFolder, bodyLineOffset: Int, log: FileDiagnostics) -> MarkdownDocument {
        var files: [String: MarkdownFile] = [:]
        var order: [String] = []
        for link in body.links {
            guard let target = mediaTarget(link) else { continue }
            // A link to a page or a file of another kind is left as it is, unless it names a file
            // of the content folder that would not be published.
            if !link.isImage, MediaFormat(fileName: target) == nil {
                guard case .success(let path) = media.resolve(link.destination), media.isRegularFile(path) else { continue }
            }
            let location = log.file.location(line: link.line + bodyLineOffset, byteColumn: link.column)
            let shown = "'\(ControlCharacters.visible(String(link.destination.prefix(80))))'"
            let what = link.isImage ? "the picture" : "the file"
            func error(_ message: String, _ suggestion: String) {
                log.append(.error(at: location, keyPath: "body", message, suggestion: suggestion))
            }
            let format = MediaFormat(fileName: target)
            if link.isImage, link.text.allSatisfy(\.isWhitespace) {
                error("the picture \(shown) has no description, so readers who cannot see it are told nothing (WCAG 1.1.1)",
                      "describe what it shows between the brackets, e.g. ![Map of the venue, entrance on Mill Lane](\(link.destination))")
            }
            let path: String
            switch media.resolve(link.destination) {
            case .success(let resolved): path = resolved
            case .failure(.absolute):
                error("\(what) \(shown) is an address on this computer, which readers' browsers cannot open",
                      "put the file beside this file (\(media.display(media.folder))) or in \(media.display(MediaFolder.shared)), and write its name: \(link.isImage ? "![…]" : "[…]")(\(target.split(separator: "/").last.map(String.init) ?? "file.png"))")
                continue
            case .failure:
                error("\(what) \(shown) leads outside the content folder, which is never published",
                      "copy the file into \(media.display(media.folder)) (or \(media.display(MediaFolder.shared))) and write its name")
                continue
            }
            guard let format else {
                if link.isImage {
                    error("\(what) \(shown) is not a kind of picture pages can show: use \(MediaFormat.imageList)",
                          "save it again as PNG (drawings, screenshots) or JPEG (photos)")
                } else {
                    error("\(shown) is a kind of file that is not published: documents may be \(MediaFormat.documentList)",
                          "save it as PDF (File → Save as → PDF) and link to the PDF")
                }
                continue
            }
            if link.isImage, !format.isImage {
                error("\(shown) is a \(format.name), which cannot be shown as a picture",
                      "link to it instead: [\(link.text.isEmpty ? "the document" : link.text)](\(link.destination))")
                continue
            }
            if let known = files[path] {
                if !known.destinations.contains(link.destination) { files[path]?.destinations.append(link.destination) }
                continue
            }
            let data: Data
            switch media.read(path, limit: format.sizeLimit) {
            case .success(let read): data = read
            case .failure(.missing(let folder, let name)):
                let hint = Suggestion.didYouMean(name, in: media.names(in: folder))
                error("\(what) \(shown) is not in the content folder: there is no '\(name)' in \(media.display(folder))",
                      (hint.map { $0 + "; or " } ?? "") + "put the file in \(media.display(folder)), or in \(media.display(MediaFolder.shared)) and write files/\(name)")
                continue
            case .failure(.link):
                error("\(what) \(shown) is a symbolic link; files are never read through a link",
                      "copy the file itself into \(media.display(media.folder))")
                continue
            case .failure(.tooLarge(let size)):
                error("\(what) \(shown) is \(sizeText(size)); \(format.isImage ? "a picture" : "a document") may be at most \(format.sizeLimit / 1_000_000) MB",
                      format.isImage ? "save it smaller: 1600 pixels wide is plenty for a page (JPEG for photos)"
                                     : "save a smaller copy (in a PDF: File → Reduce file size), or split it in two")
                continue
            case .failure(.notAFile(let place)):
                error("\(what) \(shown) is not a file ('\(place)' is a folder or a special file)", "write the path of the file itself")
                continue
            case .failure(let problem):
                error("\(what) \(shown) cannot be read: \(problem)", "check the file can be opened, then save it again")
                continue
            }
            guard format.matches(data) else {
                error("\(shown) is not really a \(format.name): its contents are of another kind",
                      "open it and save it again as \(format.name.split(separator: " ").first ?? "") (renaming a file does not change its kind)")
                continue
            }
            var published = data
            if format == .svg {
                switch SVGSanitizer.sanitize(data) {
                case .success(let sanitised): published = sanitised
                case .failure(let problem):
                    error("the picture \(shown) cannot be used: \(problem.message)", problem.suggestion)
                    continue
                }
            }
            let size = format.isImage ? ImageSize.read(published, format: format) : nil
            let publishedPath = MediaFolder.publishedPath(of: path, format: format, data: published)
            let href = String(repeating: "../", count: media.pageDepth) + publishedPath
            files[path] = MarkdownFile(source: path, path: publishedPath, href: href, destinations: [link.destination], isImage: format.isImage,
                                       fileExtension: format.publishedExtension, width: size?.width, height: size?.height, data: published)
            order.append(path)
        }
        // One entry per published name (two source files with the same bytes and name are one file).
        var seen: Set<String> = []
        let unique = order.compactMap { files[$0] }.filter { seen.insert($0.path).inserted }
        return body.linkingFiles(unique)
    }

    /// The file name a relative link or picture names, if it is one of the content's files: every
    /// picture inside the site, and links to a picture or document name (not pages, anchors or mail).
    private static func mediaTarget(_ link: MarkdownLink) -> String? {
        let destination = link.destination
        guard !destination.isEmpty, isInsideSite(destination), !destination.hasPrefix("#") else { return nil }
        let path = String(destination.prefix { $0 != "#" && $0 != "?" })
        guard !path.isEmpty, !path.hasSuffix("/") else { return nil }
        let decoded = path.removingPercentEncoding ?? path
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
