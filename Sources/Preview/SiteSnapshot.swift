import Catalogue
import Foundation

/// What the server shows at one moment: the last site that built, and the errors of the latest
/// build when it failed. Replaced whole after every rebuild; the site's files are made when first
/// asked for (`ServedSite`), from the models of the generation the snapshot shows.
public struct SiteSnapshot: Sendable {
    /// Counts rebuilds that finished (successful or not), from 1; the reload script compares it.
    public let generation: Int
    /// The last good site (nil until a build succeeds).
    let site: ServedSite?
    /// The errors of the latest build (empty when it succeeded); the site shown is then the previous one.
    public let errors: [Diagnostic]
    /// Seconds since 1970 when this snapshot was made.
    let made: Int

    static let empty = SiteSnapshot(generation: 0, site: nil, errors: [], made: 0)

    public var hasSite: Bool { site != nil }

    /// The paths of the served site, sorted (every export is made to know its paths: for tests and tools, not for serving).
    public var paths: [String] { site?.paths ?? [] }

    /// The bytes of a file of the site as built (without the reload script), made now if need be.
    public func data(at path: String) -> Data? { file(at: path)?.data }

    /// True when `path` is a whole-offer export that waits for the full rebuild in progress.
    func waitsForRebuild(_ path: String) -> Bool { site?.waitsForRebuild(path) ?? false }

    /// A file of the site, made now if need be; nil when the site has no such file.
    func file(at path: String) -> ServedFile? { site?.file(at: path) }
}
