import Markdown
import Yams

/// One content file opened for reading: its front matter as a reader, its body rendered, its diagnostics.
struct ContentFile {
    let log: FileDiagnostics
    let reader: MappingReader?
    let body: MarkdownDocument
    /// The line of the file just before the body's first line.
    let bodyLineOffset: Int
    let slug: String

    /// Splits, composes and renders `file`. `kind` names the file in messages ("course", "group").
    /// `media`: where the body's pictures and documents are found; without it they are left as written.
    init(_ file: SourceFile, slug: String, kind: String, frontMatterRequired: Bool = true, media: MediaFolder? = nil) {
        self.slug = slug
        switch FrontMatter.split(file, required: frontMatterRequired, kind: kind) {
        case .failure(let diagnostic):
            log = FileDiagnostics(file: file, lineOffset: 0)
            log.append(diagnostic)
            reader = nil
            body = .empty
            bodyLineOffset = 0
        case .success(let parts):
            log = FileDiagnostics(file: file, lineOffset: parts.yamlLineOffset)
            parts.problems.forEach(log.append)
            if parts.isPresent {
                if parts.yaml.allSatisfy(\.isWhitespace) {
                    if frontMatterRequired {
                        log.error(.settingsEmpty, "the front matter between the '---' lines is empty", at: nil, keyPath: "",
                                  suggestion: "add the \(kind)'s settings, starting with 'title: …'")
                    }
                    reader = nil
                } else {
                    let log = self.log
                    let root = log.compose(parts.yaml)
                    // A note needs a '#': settings without one (most files) are not walked for notes.
                    if let root, parts.yaml.utf8.containsByte(UInt8(ascii: "#")) { log.warnAboutCutNotes(in: root) }
                    if root == nil, !log.hasErrors, frontMatterRequired {
                        log.error(.settingsOnlyNotes, "the front matter between the '---' lines has only notes (lines starting with #), no settings",
                                  at: nil, keyPath: "", suggestion: "remove the # in front of the settings, starting with 'title: …'")
                    }
                    reader = root.flatMap { MappingReader($0, path: "", log: log, what: "the front matter") }
                }
            } else {
                reader = nil
            }
            let rendered = MarkdownRenderer.render(parts.body)
            bodyLineOffset = parts.bodyLineOffset
            ContentFile.checkLinks(rendered, bodyLineOffset: parts.bodyLineOffset, log: log)
            ContentFile.checkWriting(parts.body, rendered, bodyLineOffset: parts.bodyLineOffset, log: log)
            if let media {
                let linked = ContentFile.linkingPages(rendered, in: media, bodyLineOffset: parts.bodyLineOffset, log: log)
                body = ContentFile.linkingFiles(linked, in: media, bodyLineOffset: parts.bodyLineOffset, log: log)
            } else {
                body = rendered
            }
            ControlCharacters.checkBody(parts.body, bodyLineOffset: parts.bodyLineOffset, log: log)
            ContentFile.checkEmbeds(body, bodyLineOffset: parts.bodyLineOffset, log: log)
            if let first = body.rawHTML.first {
                let more = body.rawHTML.count > 1 ? " (and \(body.rawHTML.count - 1) more \(body.rawHTML.count == 2 ? "place" : "places"))" : ""
                log.append(.warning(.htmlInBody, at: log.file.location(line: first.line + parts.bodyLineOffset, byteColumn: first.column), keyPath: "body",
                                    "HTML in the text is left out of the page\(more)",
                                    suggestion: "write it in Markdown instead: **bold**, *italic*, [link text](https://example.org)"))
            }
        }
    }

    var location: SourceLocation { log.file.location(line: 1, column: 1) }

    /// The body's links (not images), each at its place in the file, for checks made after loading.
    var bodyLinks: [Located<String>] {
        body.links.filter { !$0.isImage }.map {
            Located($0.destination, at: log.file.linkPlaces(line: $0.line + bodyLineOffset, byteColumn: $0.column).address)
        }
    }

    /// The settings of each kind of file, to tell an editor who saved a file in the wrong folder.
    static func otherKinds(than kind: String) -> [(kind: String, folder: String, keys: [String])] {
        [("course", "courses", Course.keys), ("group", "groups", StaffGroup.keys), ("pathway", "pathways", Pathway.keys)]
            .filter { $0.0 != kind }
    }

    /// Whether an image source is a relative path inside the site: no scheme (`https:`, `data:`, any
    /// other) and no `//host`. Pages promise to load nothing from other servers (docs/hosting.md),
    /// and a remote picture is a tracking pixel when the site is opened from a file share.
    static func isInsideSite(_ source: String) -> Bool {
        let trimmed = source.unicodeScalars.first.map(ControlCharacters.isForbidden) == true ? "//" : source.trimmed()
        if trimmed.hasPrefix("//") || trimmed.hasPrefix("\\\\") || trimmed.hasPrefix("/\\") || trimmed.hasPrefix("\\/") { return false }
        guard let colon = trimmed.firstIndex(of: ":") else { return true }
        // A colon after the first '/', '?' or '#' is part of a path or query, not a scheme.
        if let end = trimmed.firstIndex(where: { "/?#".contains($0) }), end < colon { return true }
        return false
    }

    /// The error for an image whose source is not a file of the site, nil for a relative one (or none).
    static func remoteImageProblem(_ source: String) -> URLProblem? {
        guard !source.isEmpty, !isInsideSite(source) else { return nil }
        let shown = ControlCharacters.visible(String(source.prefix(80)))
        return URLProblem(code: .remoteImage, message: "pictures must be files in the content folder; a picture from another site ('\(shown)') would be fetched by every reader's browser",
                          suggestion: "save the picture into the content folder and show it with ![description](picture.png), or make it a link: [text](\(shown))")
    }

    /// `sarah.jones@example.org` written as a link's address: an email address without `mailto:`,
    /// which would be a broken link to a page of this site.
    static func isEmailWithoutMailto(_ destination: String) -> Bool {
        // Without an '@' byte there is no '@' to find: most addresses are passed without a text search.
        guard destination.utf8.containsByte(UInt8(ascii: "@")) else { return false }
        return destination.contains("@") && !destination.contains("/") && URLSafety.scheme(of: destination) == nil
            && MediaFormat(fileName: destination.lowercased()) == nil
    }

    /// Every link and image in a body must be http, https, mailto or relative; images relative only.
    /// Each mistake is at the address, the thing to fix. `indent`, `keyPath`: as for `linkingFiles`.
    static func checkLinks(_ body: MarkdownDocument, bodyLineOffset: Int, indent: Int = 0, keyPath: String = "body", log: FileDiagnostics) {
        for link in body.links {
            let what = link.isImage ? "image" : "link"
            var location: SourceLocation { log.file.linkPlaces(line: link.line + bodyLineOffset, byteColumn: link.column, indent: indent).address }
            if link.isImage, let problem = ContentFile.remoteImageProblem(link.destination) {
                log.append(.error(problem.code, at: location, keyPath: keyPath, problem.message, suggestion: problem.suggestion))
            } else if link.destination.isEmpty {
                log.append(.error(.linkWithoutAddress, at: location, keyPath: keyPath, "the \(what) has no address (or an address that is never allowed, such as 'javascript:')",
                                  suggestion: "write it as [text](https://example.org/page)"))
            } else if let problem = URLSafety.rememberedProblem(with: link.destination, allowRelative: link.isImage || !isEmailWithoutMailto(link.destination)) {
                log.append(.error(problem.code, at: location, keyPath: keyPath, "\(what) '\(link.destination.prefix(80))': \(problem.message)",
                                  suggestion: problem.suggestion))
            }
        }
    }
}
