import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The file that marks a folder Prospectus writes (a site of either edition, or a report), which
/// the next build, report or publish there replaces whole: nothing else may be kept inside one.
package enum OutputMarker {
    package static let name = ".prospectus-output"

    /// The nearest folder above `path` (a path with its links followed) that holds the marker, or
    /// nil when there is none.
    package static func enclosing(_ path: String) -> String? {
        for folder in WorkingFolder.folders(from: URL(fileURLWithPath: path)).dropFirst() where folder.path != "/" {
            var info = stat()
            if lstat(folder.appendingPathComponent(name).path, &info) == 0 { return folder.path }
        }
        return nil
    }
}
