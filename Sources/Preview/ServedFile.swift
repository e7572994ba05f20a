import Foundation

/// One file of the served site: its bytes, a validator for conditional requests, and when its
/// bytes last changed (kept across rebuilds while they stay the same).
struct ServedFile: Sendable {
    let data: Data
    /// Quoted as an HTTP entity tag is: which server run and which rebuild made these bytes. A file
    /// gets a new `ServedFile` only when its bytes change, so the tag changes exactly then, without
    /// hashing megabytes of calendars and JSON on every rebuild.
    let etag: String
    /// Whole seconds since 1970, as HTTP dates have.
    let modified: Int

    /// `version`: unique to the server run and the rebuild (`IncrementalSite` gives run and generation).
    init(data: Data, modified: Int, version: String) {
        self.data = data
        self.etag = "\"" + version + "\""
        self.modified = modified
    }
}
