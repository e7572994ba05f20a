/// The largest picture and document that are published: 5 MB and 20 MB unless site.yml says
/// otherwise (`files: { max_picture_kb: 500, max_document_mb: 10 }`).
public struct FileLimits: Sendable, Hashable {
    /// The largest picture, in bytes.
    public var pictureBytes: Int
    /// The largest document, in bytes.
    public var documentBytes: Int

    public init(pictureBytes: Int, documentBytes: Int) {
        self.pictureBytes = pictureBytes
        self.documentBytes = documentBytes
    }

    /// Without `files:` in site.yml.
    public static let standard = FileLimits(pictureBytes: 5_000_000, documentBytes: 20_000_000)

    /// The settings of `files:` and the ranges they accept.
    static let pictureKey = "max_picture_kb", documentKey = "max_document_mb"
    static let pictureRange = 1...50_000, documentRange = 1...500

    /// The limit for a file of `format`.
    func bytes(for format: MediaFormat) -> Int { format.isImage ? pictureBytes : documentBytes }

    /// A limit as messages say it: `5 MB`, `500 KB`.
    static func text(_ bytes: Int) -> String {
        bytes % 1_000_000 == 0 ? "\(bytes / 1_000_000) MB" : "\(bytes / 1000) KB"
    }
}

extension SiteSettings {
    /// `files:` in site.yml: the size limits of pictures and documents, whole numbers in range.
    static func readFileLimits(_ reader: MappingReader) -> FileLimits {
        guard let node = reader.value("files"), let files = MappingReader(node, path: "files", log: reader.log, what: "files") else {
            return .standard
        }
        files.rejectUnknownKeys([FileLimits.pictureKey, FileLimits.documentKey])
        let picture = files.int(FileLimits.pictureKey, range: FileLimits.pictureRange, example: "5000")
        let document = files.int(FileLimits.documentKey, range: FileLimits.documentRange, example: "20")
        return FileLimits(pictureBytes: picture.map { $0 * 1000 } ?? FileLimits.standard.pictureBytes,
                          documentBytes: document.map { $0 * 1_000_000 } ?? FileLimits.standard.documentBytes)
    }
}
