import Foundation

/// A content file's bytes, digested: its length and two independent 64-bit hashes of them, so the
/// preview tells an unchanged file from an edited one without keeping every file's bytes.
///
/// The hashes are seeded per process (Swift's `Hasher`), which is all a digest compared within one
/// server run needs; two different files of the same length agree on both by chance with odds of
/// about one in 2¹²⁸.
struct ContentDigest: Sendable, Equatable {
    let count: Int
    let first: Int
    let second: Int

    init(_ bytes: Data) {
        count = bytes.count
        var one = Hasher(), two = Hasher()
        one.combine(0x5052_4F53)
        two.combine(0x4350_4421)
        bytes.withUnsafeBytes { buffer in
            one.combine(bytes: buffer)
            two.combine(bytes: buffer)
        }
        first = one.finalize()
        second = two.finalize()
    }
}
