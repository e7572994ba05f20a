import Markdown

/// A course's own picture (`picture:` and `picture_alt:` in its front matter), shown on its page and
/// its card: the file as published, and the description read to those who cannot see it.
public struct CoursePicture: Sendable, Equatable {
    public var file: MarkdownFile
    public var alt: String

    public init(file: MarkdownFile, alt: String) {
        self.file = file
        self.alt = alt
    }
}

extension Course {
    /// `picture: venue-map.png` with `picture_alt: …`: checked like a picture in the description,
    /// at the `picture` value; nil when there is none, or after reporting why it cannot be shown.
    static func readPicture(_ reader: MappingReader, log: FileDiagnostics, media: MediaFolder?) -> CoursePicture? {
        let alt = reader.string("picture_alt")
        guard let name = reader.string("picture") else {
            if alt != nil, !reader.has("picture") {
                log.error(.pictureAltWithoutPicture, "picture_alt describes the course's picture, but there is no picture", at: reader.value("picture_alt"),
                          keyPath: "picture_alt", suggestion: "add picture: and the file's name (e.g. picture: venue-map.png), or remove picture_alt")
            }
            return nil
        }
        let node = reader.value("picture")
        let described = alt.map { !$0.allSatisfy(\.isWhitespace) } ?? false
        if !described {
            log.error(.pictureNoAlt, "the course's picture has no description, so readers who cannot see it are told nothing (WCAG 1.1.1)", at: node,
                      keyPath: "picture_alt", suggestion: "add picture_alt: saying what it shows, e.g. picture_alt: Map of the venue, entrance on Mill Lane")
        }
        if described, let alt, let problem = ContentFile.meaninglessDescription(alt, of: name) {
            log.error(.pictureAltMeaningless, "the picture's description '\(alt.prefix(80))' \(problem), so readers who cannot see it are told nothing (WCAG 1.1.1)",
                      at: reader.value("picture_alt"), keyPath: "picture_alt",
                      suggestion: "say what the picture shows, e.g. picture_alt: Map of the venue, entrance on Mill Lane")
        }
        if let problem = ContentFile.remoteImageProblem(name) {
            log.error(.remoteImage, problem.message, at: node, keyPath: "picture",
                      suggestion: "save the picture beside the course file and write its name, e.g. picture: venue-map.png")
            return nil
        }
        guard let media else { return nil }
        let reference = ContentFile.MediaReference(destination: name, isImage: true, text: alt ?? "",
                                                   location: log.location(of: node), keyPath: "picture")
        guard let file = ContentFile.mediaFile(reference, in: media, log: log), described, let alt else { return nil }
        return CoursePicture(file: file, alt: alt.trimmed())
    }
}
