import Markdown

extension ContentFile {
    /// The folders of the content whose files are published as pages, `<folder>/<name>.html`.
    static let pageFolders = ["courses", "groups", "pathways", "pages"]

    /// The body with each link to a content file (`[Fire Marshal Training](fire-marshal.md)`, read
    /// from this file's folder, then from the content folder) leading to the page that file is
    /// published as (`fire-marshal.html`); a link to a `.md` file that is not there is an error at
    /// its address, with the names close to it. `indent`, `keyPath`: as for `linkingFiles`.
    static func linkingPages(_ body: MarkdownDocument, in media: MediaFolder, bodyLineOffset: Int, indent: Int = 0, keyPath: String = "body",
                             log: FileDiagnostics) -> MarkdownDocument {
        var addresses: [String: String] = [:]
        for link in body.links where !link.isImage && !link.isBare && addresses[link.destination] == nil {
            let written = String(link.destination.prefix { $0 != "#" && $0 != "?" })
            let path = written.percentDecoded
            guard path.lowercased().hasSuffix(".md"), isInsideSite(link.destination) else { continue }
            let fragment = link.destination.dropFirst(written.count)
            let fromRoot = path.split(separator: "/").filter { $0 != "." }.joined(separator: "/")
            let besideFile = (try? media.resolve(written).get()).flatMap { media.isRegularFile($0) ? $0 : nil }
            if let found = besideFile ?? (media.isRegularFile(fromRoot) ? fromRoot : nil), let page = publishedPage(of: found) {
                addresses[link.destination] = href(to: page, from: media) + fragment
                continue
            }
            let place = log.file.linkPlaces(line: link.line + bodyLineOffset, byteColumn: link.column, indent: indent).address
            let shown = "'\(ControlCharacters.visible(String(link.destination.prefix(80))))'"
            let name = path.split(separator: "/").last.map(String.init) ?? path
            let folder = (try? media.resolve(written).get()).map { $0.split(separator: "/").dropLast().joined(separator: "/") } ?? media.folder
            let hint = Suggestion.didYouMean(name, in: media.names(in: folder).filter { $0.hasSuffix(".md") })
            log.append(.error(.linkTargetMissing, at: place, keyPath: keyPath,
                              "the link \(shown) names a content file that is not there: there is no '\(name)' in \(media.display(folder))",
                              suggestion: (hint.map { $0 + " " } ?? "")
                                + "a link to another course or page names its .md file, from this file's folder or from Content/ (e.g. courses/mandatory/first-aid.md)"))
        }
        return body.replacingLinks(addresses)
    }

    /// The page a content file is published as, relative to the output root: `courses/x.md` (in any
    /// folder under courses/) is `courses/x.html`, `index.md` is `index.html`; nil for another file.
    static func publishedPage(of path: String) -> String? {
        let parts = path.split(separator: "/")
        guard let last = parts.last, last.hasSuffix(".md") else { return nil }
        let name = last.dropLast(3)
        if parts.count == 1 { return name == "index" ? "index.html" : nil }
        guard let folder = parts.first, pageFolders.contains(String(folder)), name != "index" else { return nil }
        return "\(folder)/\(name).html"
    }

    /// The relative address of `page` from the page `media`'s file is published as.
    private static func href(to page: String, from media: MediaFolder) -> String {
        guard media.pageDepth > 0 else { return page }
        let own = media.folder.split(separator: "/").first.map(String.init) ?? ""
        if page.hasPrefix(own + "/") { return String(page.dropFirst(own.count + 1)) }
        return String(repeating: "../", count: media.pageDepth) + page
    }
}
