import Foundation
import Site

/// One file of the served site: its content, a validator for conditional requests, and when its
/// bytes last changed (kept across rebuilds while they stay the same).
///
/// The content is kept as it was made: a file spliced from pieces (catalogue.json's courses, a
/// calendar's events) keeps the pieces, which it shares with the preview's memo and with the other
/// files that show them, and is sent a piece at a time (`ServedBody`), never joined into one copy.
struct ServedFile: Sendable {
    let content: OutputFile
    /// The number of bytes sent.
    let byteCount: Int
    /// Quoted as an HTTP entity tag is: which server run and which rebuild made these bytes. A file
    /// gets a new `ServedFile` only when its bytes change, so the tag changes exactly then, without
    /// hashing megabytes of calendars and JSON on every rebuild.
    let etag: String
    /// Whole seconds since 1970, as HTTP dates have.
    let modified: Int

    /// `version`: unique to the server run and the rebuild (`IncrementalSite` gives run and generation).
    init(content: OutputFile, modified: Int, version: String) {
        self.content = content
        byteCount = content.byteCount
        self.etag = "\"" + version + "\""
        self.modified = modified
    }

    /// The file's bytes (a copy, joined, for a file made of text).
    var data: Data { content.data }
}
