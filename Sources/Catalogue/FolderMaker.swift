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
        /// True when something stands in the way (a file, a link to nothing); false when the system
        /// refused to make a folder (no permission, a full disk).
        package var inTheWay = true
        package var description: String { message }
    }

    /// Makes `path` (absolute, or relative to the working folder) and the folders above it that
    /// are missing. A folder that exists already, or is reached through a link to a folder, is
    /// left as it is.
    package static func make(_ path: String) throws(Failure) {
        var above = "/"
        for folder in folders(of: path) {
            switch look(at: folder) {
            case .folder: break
            case .blocked(let what): throw Failure(message: "cannot make the folder '\(path)': \(what)")
            case .missing:
                if mkdir(folder, 0o755) != 0, case let code = errno, code != EEXIST {
                    throw Failure(message: "cannot make the folder '\(path)': '\(folder)' cannot be made in '\(above)' (\(String(cString: strerror(code))))"
                                  + (code == EACCES || code == EPERM ? "; whoever runs Prospectus must be able to create folders there" : ""),
                                  inTheWay: false)
                }
                // Made, or made meanwhile by someone else: it must be a folder now.
                if case .blocked(let what) = look(at: folder) { throw Failure(message: "cannot make the folder '\(path)': \(what)") }
            }
            above = folder
        }
    }

    /// What stops `path` from being a folder or being made one, without making anything: the first
    /// part of it that is a file, a link to nothing or to a file, or cannot be read; nil when every
    /// part is a folder or can be made.
    package static func obstacle(_ path: String) -> String? {
        for folder in folders(of: path) {
            switch look(at: folder) {
            case .folder: continue
            case .missing: return nil
            case .blocked(let what): return what
            }
        }
        return nil
    }

    /// `path` made absolute, and each folder on the way to it, from the top.
    private static func folders(of path: String) -> [String] {
        let absolute = path.hasPrefix("/") ? path : WorkingFolder.absoluteURL(path).path
        var folder = ""
        return absolute.split(separator: "/", omittingEmptySubsequences: true).map { part in
            folder += "/" + part
            return folder
        }
    }

    private enum Look { case folder, missing, blocked(String) }

    /// Whether `folder` is a folder (or a link to one), is missing, or is blocked by something else.
    private static func look(at folder: String) -> Look {
        var info = stat()
        if stat(folder, &info) == 0 {
            return info.st_mode & S_IFMT == S_IFDIR ? .folder
                : .blocked("'\(folder)' is \(describe(folder)), not a folder; move it away, or choose another folder")
        }
        let failure = errno
        if let target = SymbolicLink.target(folder) {
            return failure == ENOENT
                ? .blocked("'\(folder)' is a symbolic link to '\(target)', which does not exist; make the folder it points to, or remove the link")
                : .blocked("'\(folder)' is a symbolic link to '\(target)', which cannot be followed (\(String(cString: strerror(failure))))")
        }
        if failure == ENOENT { return .missing }
        return .blocked("'\(folder)' cannot be read (\(String(cString: strerror(failure))))")
    }

    /// What stands at `path`, for a message: "a file", "a symbolic link (to 'f') to a file", ….
    private static func describe(_ path: String) -> String {
        var info = stat()
        guard lstat(path, &info) == 0 else { return "missing" }
        guard let target = SymbolicLink.target(path) else { return kind(info) }
        var followed = stat()
        return "a symbolic link (to '\(target)') to " + (stat(path, &followed) == 0 ? kind(followed) : "nothing")
    }

    private static func kind(_ info: stat) -> String {
        switch info.st_mode & S_IFMT {
        case S_IFREG: "a file"
        case S_IFDIR: "a folder"
        case S_IFIFO: "a named pipe"
        case S_IFSOCK: "a socket"
        case S_IFCHR, S_IFBLK: "a device"
        default: "something other than a folder"
        }
    }
}
