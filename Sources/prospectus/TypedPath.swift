import Foundation
import Catalogue

/// A path as typed on the command line, relative to the working folder or absolute.
enum TypedPath {
    /// The folder or file it names.
    static func url(_ path: String) -> URL {
        // Resolved by the system, not Foundation, which cannot name a working folder deeper than
        // about a kilobyte (every file would then fail to read).
        WorkingFolder.absoluteURL(path)
    }

    /// A folder whose own last part must be seen as named (the history's, which is never used
    /// through a link): the folders above it resolved by the system, its last part as typed. `url`
    /// would resolve a link wherever `..` occurs (`store/../hl` became where the link `hl` leads,
    /// so the check that refuses `hl` never saw it).
    static func folderURL(_ path: String) -> URL {
        var typed = path
        while typed.count > 1, typed.hasSuffix("/") { typed.removeLast() }
        let parts = typed.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        guard let last = parts.last, !last.isEmpty, last != ".", last != ".." else { return url(path) }
        let above = parts.dropLast().joined(separator: "/")
        let parent = parts.count == 1 ? "." : (above.isEmpty ? "/" : above)
        // A parent that does not exist yet holds no link to resolve: the plain URL then.
        guard let real = realpath(parent, nil) else { return url(path) }
        defer { free(real) }
        return URL(fileURLWithPath: String(cString: real), isDirectory: true).appendingPathComponent(last)
    }

    /// The path as the editor would type it: relative to the working folder where it is inside it.
    static func display(_ path: String) -> String {
        var path = path
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        let cwd = FileManager.default.currentDirectoryPath
        if path.hasPrefix(cwd + "/") { return String(path.dropFirst(cwd.count + 1)) }
        if path.hasPrefix("./") { return String(path.dropFirst(2)) }
        return path
    }
}
