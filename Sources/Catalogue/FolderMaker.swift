import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Makes a folder and every missing folder above it (as `mkdir -p` does), saying which part of the
/// path is in the way when it cannot.
///
/// Foundation's `createDirectory` reports a link to nothing above the folder as "A file with the
/// same name already exists" (or an `NSCocoaErrorDomain Code=516` dump), which sends whoever reads
/// it looking for a file that is not there. Here each folder of the path is looked at in turn: a
/// link whose target does not exist, a file where a folder should be, or a folder the user may not
/// write in is named, with what to do.
package enum FolderMaker {
    /// Why a folder could not be made, in words for the terminal.
    package struct Failure: Error, Sendable, CustomStringConvertible {
        package let message: String
        package var description: String { message }
    }

    /// Makes `path` (absolute, or relative to the working folder) and the folders above it that
    /// are missing. A folder that exists already, or is reached through a link to a folder, is
    /// left as it is.
    package static func make(_ path: String) throws(Failure) {
        let absolute = path.hasPrefix("/") ? path : WorkingFolder.absoluteURL(path).path
        var folder = ""
        for part in absolute.split(separator: "/", omittingEmptySubsequences: true) {
            let above = folder.isEmpty ? "/" : folder
            folder += "/" + part
            var info = stat()
            if stat(folder, &info) == 0 {
                if info.st_mode & S_IFMT == S_IFDIR { continue }
                throw Failure(message: "cannot make the folder '\(path)': '\(folder)' is \(describe(folder)), not a folder; "
                              + "move it away, or choose another folder")
            }
            if errno != ENOENT {
                throw Failure(message: "cannot make the folder '\(path)': '\(folder)' cannot be read (\(String(cString: strerror(errno))))")
            }
            var linkInfo = stat()
            if lstat(folder, &linkInfo) == 0, linkInfo.st_mode & S_IFMT == S_IFLNK {
                let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: folder)) ?? "?"
                throw Failure(message: "cannot make the folder '\(path)': '\(folder)' is a symbolic link to '\(target)', which does "
                              + "not exist; make the folder it points to, or remove the link")
            }
            if mkdir(folder, 0o755) != 0, errno != EEXIST {
                let reason = String(cString: strerror(errno))
                throw Failure(message: "cannot make the folder '\(path)': '\(folder)' cannot be made in '\(above)' (\(reason))"
                              + (errno == EACCES || errno == EPERM ? "; whoever runs Prospectus must be able to create folders there" : ""))
            }
            // Made, or made meanwhile by someone else: it must be a folder now.
            if stat(folder, &info) != 0 || info.st_mode & S_IFMT != S_IFDIR {
                throw Failure(message: "cannot make the folder '\(path)': '\(folder)' is \(describe(folder)), not a folder")
            }
        }
    }

    /// What stands at `path`, for a message: "a file", "a symbolic link to a file", ….
    private static func describe(_ path: String) -> String {
        var info = stat()
        guard lstat(path, &info) == 0 else { return "missing" }
        if info.st_mode & S_IFMT == S_IFLNK {
            let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
            return "a symbolic link (to '\(target)') to something that is not a folder"
        }
        return info.st_mode & S_IFMT == S_IFREG ? "a file" : "not a folder"
    }
}
