import Foundation

/// One file of the served site: its bytes, a validator for conditional requests, and when its
/// bytes last changed (kept across rebuilds while they stay the same).
struct ServedFile: Sendable {
    let data: Data
    /// A hash of the bytes, quoted as an HTTP entity tag is.
    let etag: String
    /// Whole seconds since 1970, as HTTP dates have.
    let modified: Int

    init(data: Data, modified: Int) {
        self.data = data
        self.etag = "\"" + ServedFile.hash(data) + "\""
        self.modified = modified
    }

    /// FNV-1a, 64 bits, in hex: enough to tell two versions of a file apart.
    static func hash(_ data: Data) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        data.withUnsafeBytes { buffer in
            for byte in buffer {
                hash ^= UInt64(byte)
                hash = hash &* 0x100_0000_01b3
            }
        }
        return String(hash, radix: 16)
    }
}
