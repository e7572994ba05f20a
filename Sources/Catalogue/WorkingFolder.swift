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
    /// `path` as an absolute, standardised file URL, its last part as named.
    package static func absoluteURL(_ path: String) -> URL {
        var absolute = path
        if !path.hasPrefix("/") {
            guard let current = getcwd(nil, 0) else { return URL(fileURLWithPath: path).standardizedFileURL }
            defer { free(current) }
            absolute = String(cString: current) + "/" + path
        }
        return lastPartAsNamed(absolute) ?? URL(fileURLWithPath: absolute).standardizedFileURL
    }

    /// Foundation's standardising resolves symbolic links wherever `..` occurs, the last part's
    /// too: `store/../out` became where a link `out` leads, and the checks that refuse an output or
    /// a history folder that is a link never saw it. For such a path the folders above the last
    /// part are resolved by the system and the last part is kept; nil for any other path (or when
    /// the folders above do not exist yet).
    private static func lastPartAsNamed(_ absolute: String) -> URL? {
        var parts = absolute.utf8.split(separator: UInt8(ascii: "/")).map { String(decoding: $0, as: UTF8.self) }
        guard parts.contains("..") else { return nil }
        while parts.last == "." { parts.removeLast() }
        guard let last = parts.popLast(), last != ".." else { return nil }
        guard let real = realpath("/" + parts.joined(separator: "/"), nil) else { return nil }
        defer { free(real) }
        return URL(fileURLWithPath: String(cString: real), isDirectory: true).appendingPathComponent(last)
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

    /// The nearest folder at `path` (with `includingItself`) or above it that holds a file at
    /// `marker` (`.prospectus-output`, `templates/layout.mustache`, `site.yml`), seen without
    /// following a link at the marker itself; nil when none does. `/` is never taken.
    package static func nearest(holding marker: String, from path: String, includingItself: Bool) -> URL? {
        let folders = folders(from: URL(fileURLWithPath: path))
        for folder in includingItself ? folders[...] : folders.dropFirst() where folder.path != "/" {
            var info = stat()
            if lstat(folder.appendingPathComponent(marker).path, &info) == 0, info.st_mode & S_IFMT != S_IFDIR { return folder }
        }
        return nil
    }

    /// A path written in a settings file (`report.exports: ../Exports`, `brand.logo`), from the
    /// folder it is relative to, where the system finds it: `folder`'s links followed first, so
    /// `..` climbs from the folder the content really is in. (Foundation's standardising took '..'
    /// from the link's own parent for `clink`, and dropped an empty part instead of a folder when
    /// the link's target ended in '/'.) Found as a whole by the system when it exists; otherwise
    /// the real folder with the path's parts added, '.' and '..' taken as written. Absolute paths
    /// are kept as written, only standardised.
    package static func resolve(_ path: String, from folder: URL) -> URL {
        if path.hasPrefix("/") { return URL(fileURLWithPath: path).standardizedFileURL }
        var base = folder.path
        if let real = realpath(base, nil) {
            base = String(cString: real)
            free(real)
        }
        let joined = base + "/" + path
        if let real = realpath(joined, nil) {
            defer { free(real) }
            return URL(fileURLWithPath: String(cString: real))
        }
        var parts: [Substring] = []
        for part in joined.split(separator: "/") where part != "." {
            if part == ".." { _ = parts.popLast() } else { parts.append(part) }
        }
        return URL(fileURLWithPath: "/" + parts.joined(separator: "/"))
    }
}
