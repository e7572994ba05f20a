import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A symbolic link as messages describe it: its target as written, and where it leads. Output,
/// rollover and folder messages all say "a symbolic link (to 'x', which does not exist)" from here.
package enum SymbolicLink {
    /// Where a link leads, once every link on the way is followed.
    package enum Leads: Sendable { case folder, notFolder, nothing }

    /// The target of the link at `path` as written, or nil when `path` is not a link ("?" when it
    /// cannot be read).
    package static func target(_ path: String) -> String? {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return nil }
        return (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
    }

    /// Where the link (or anything else) at `path` leads: a folder, something else, or nothing (a
    /// link to a missing target, or a loop).
    package static func leads(_ path: String) -> Leads {
        var info = stat()
        guard stat(path, &info) == 0 else { return .nothing }
        return info.st_mode & S_IFMT == S_IFDIR ? .folder : .notFolder
    }

    /// "to 'x'", "to 'x', which is not a folder" or "to 'x', which does not exist" for the link at
    /// `path` whose target is `target`.
    package static func leadsText(_ path: String, target: String) -> String {
        switch leads(path) {
        case .folder: "to '\(target)'"
        case .notFolder: "to '\(target)', which is not a folder"
        case .nothing: "to '\(target)', which does not exist"
        }
    }
}
