import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Which folder a path is on disk, by device and inode number, for the checks that keep the site
/// out of the folders a build reads or `publish` copies. Comparing paths cannot see everything the
/// system follows: a bind mount of `Output/` elsewhere, or a link whose target is not valid UTF-8
/// (a Latin-1 folder name on an old share), which Foundation reads as another path.
enum PhysicalFolder {
    /// Linux's `O_PATH` (a descriptor that only names a folder: no read permission needed), which
    /// Glibc's module leaves out without `_GNU_SOURCE`; the same value on every Linux architecture
    /// Swift runs on.
    private static let openPath: Int32 = 0o10000000

    struct Identity: Equatable {
        let device: UInt64
        let inode: UInt64

        init(_ info: stat) {
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
        }
    }

    /// The folder at `path` (links followed), or nil when there is no folder there.
    static func identity(_ path: String) -> Identity? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return nil }
        return Identity(info)
    }

    /// True when the folder `folder` exists and is `path`, or a folder above it, on disk. A `path`
    /// not made yet is taken from its deepest folder that exists (where it would be made), and the
    /// walk up goes through each folder's real parent (`..`), never through the path's text.
    static func isAtOrAbove(_ folder: String, _ path: String) -> Bool {
        guard let target = identity(folder) else { return false }
        var existing = path
        while identity(existing) == nil {
            // Cut at the last '/' (NSString's deletingLastPathComponent crashes on some short paths).
            guard let slash = existing.lastIndex(of: "/"), existing != "/" else { return false }
            existing = slash == existing.startIndex ? "/" : String(existing[..<slash])
        }
        var descriptor = open(existing, PhysicalFolder.openPath | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        for _ in 0..<4096 {
            var info = stat()
            guard fstat(descriptor, &info) == 0 else { return false }
            if Identity(info) == target { return true }
            let parent = openat(descriptor, "..", PhysicalFolder.openPath | O_DIRECTORY | O_CLOEXEC)
            guard parent >= 0 else { return false }
            var parentInfo = stat()
            // The root is its own parent.
            guard fstat(parent, &parentInfo) == 0, Identity(parentInfo) != Identity(info) else {
                close(parent)
                return false
            }
            close(descriptor)
            descriptor = parent
        }
        return false
    }
}
