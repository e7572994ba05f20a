import Catalogue
import Foundation

/// What the server shows at one moment: the last site that built, and the errors of the latest
/// build when it failed. Replaced whole after every rebuild; never changed in place.
public struct SiteSnapshot: Sendable {
    /// Counts rebuilds that finished (successful or not), from 1; the reload script compares it.
    public let generation: Int
    /// The last good site, by path (empty until a build succeeds).
    let files: [String: ServedFile]
    /// The errors of the latest build (empty when it succeeded); the site shown is then the previous one.
    public let errors: [Diagnostic]
    /// Seconds since 1970 when this snapshot was made.
    let made: Int

    static let empty = SiteSnapshot(generation: 0, files: [:], errors: [], made: 0)

    public var hasSite: Bool { !files.isEmpty }

    /// The paths of the served site, sorted.
    public var paths: [String] { files.keys.sorted() }

    /// The bytes of a file of the site as built (without the reload script).
    public func data(at path: String) -> Data? { files[path]?.data }
}
