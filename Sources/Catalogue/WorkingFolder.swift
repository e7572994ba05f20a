import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Absolute file URLs, even when the working folder's path is too long for Foundation to name.
///
/// Foundation asks for the working folder with a buffer of about a kilobyte; deeper than that, a
/// relative path stays relative, and a walk up its folders (`deletingLastPathComponent`) climbs
/// `../../..` for ever instead of reaching `/`. The system itself names working folders up to
/// `PATH_MAX`, so a relative path is resolved here against that.
package enum WorkingFolder {
    /// `path` as an absolute, standardised file URL.
    package static func absoluteURL(_ path: String) -> URL {
        if path.hasPrefix("/") { return URL(fileURLWithPath: path).standardizedFileURL }
        guard let current = getcwd(nil, 0) else { return URL(fileURLWithPath: path).standardizedFileURL }
        defer { free(current) }
        return URL(fileURLWithPath: String(cString: current) + "/" + path).standardizedFileURL
    }

    /// `url` and each folder above it, up to and including `/`; never endless.
    package static func folders(from url: URL) -> [URL] {
        var folder = url.path.hasPrefix("/") ? url.standardizedFileURL : absoluteURL(url.path)
        var folders = [folder]
        while folder.path != "/", !folder.path.isEmpty {
            let parent = folder.deletingLastPathComponent().standardizedFileURL
            // A path that does not shorten (still relative, or odd) ends the walk.
            guard parent.path.count < folder.path.count else { break }
            folders.append(parent)
            folder = parent
        }
        return folders
    }
}
