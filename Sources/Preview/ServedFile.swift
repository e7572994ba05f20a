import Foundation
import Site

/// One file of the served site: its content, a validator for conditional requests, and when its
/// bytes last changed (kept across rebuilds while they stay the same).
///
/// The content is kept as it was made: a file spliced from pieces (catalogue.json's courses, a
/// calendar's events) keeps the pieces, which it shares with the preview's memo and with the other
/// files that show them, and is sent a piece at a time (`ServedBody`), never joined into one copy.
/// A large export is spilled out of memory instead (`SpillPlace`), and read back as it is sent.
struct ServedFile: Sendable {
    let content: ServedContent
    /// The number of bytes sent.
    let byteCount: Int
    /// Quoted as an HTTP entity tag is: which server run and which rebuild made these bytes. A file
    /// gets a new `ServedFile` only when its bytes change, so the tag changes exactly then, without
    /// hashing megabytes of calendars and JSON on every rebuild.
    let etag: String
    /// Whole seconds since 1970, as HTTP dates have.
    let modified: Int

    /// `version`: unique to the server run and the rebuild (`IncrementalSite` gives run and generation).
    init(content: ServedContent, modified: Int, version: String) {
        self.content = content
        switch content {
        case .made(let file): byteCount = file.byteCount
        case .spilled(let spilled): byteCount = spilled.byteCount
        }
        self.etag = "\"" + version + "\""
        self.modified = modified
    }

    /// The file's bytes (a copy, joined, for a file made of text; read back, for a spilled one).
    var data: Data {
        switch content {
        case .made(let file): return file.data
        case .spilled(let spilled): return spilled.data
        }
    }

    /// The bytes the file holds in memory: none once spilled.
    var memoryBytes: Int {
        if case .spilled = content { return 0 }
        return byteCount
    }
}

/// Where a served file's bytes are: as made, or spilled out of memory.
enum ServedContent: Sendable {
    case made(OutputFile)
    case spilled(SpilledFile)
}

/// Which served files are spilled out of memory, and where to: files that are not pages (pages get
/// the reload script joined in) of at least `threshold` bytes, into `directory` (the system's
/// temporary folder). Their bytes are written once, as they are hashed for the entity tag.
struct SpillPlace: Sendable {
    let directory: String
    let threshold: Int

    /// One megabyte and more: the whole-offer exports of a large offer (catalogue.json, the
    /// spreadsheets, offer.ics, the feeds), never a page, a course's calendar or a small offer's files.
    static let standard = SpillPlace(directory: temporaryDirectory(ProcessInfo.processInfo.environment), threshold: 1 << 20)

    /// `$TMPDIR` when it is set and not empty, else `/tmp`.
    static func temporaryDirectory(_ environment: [String: String]) -> String {
        guard let folder = environment["TMPDIR"], !folder.isEmpty else { return "/tmp" }
        return folder
    }

    func takes(_ file: OutputFile) -> Bool {
        !ContentTypes.isHTML(file.path) && file.byteCount >= threshold
    }
}
