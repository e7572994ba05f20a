import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads and writes the history of changes without ever following a symbolic link: the folder that
/// holds it must be a real folder and the file a regular file (`O_NOFOLLOW`, then `fstat`).
///
/// Private to the history for now; the output's own no-follow reader may replace it later.
enum HistoryFileAccess {
    /// Why a path was refused or could not be used, in words for the build's message.
    struct Failure: Error, Sendable {
        var message: String
    }

    /// The bytes of a regular file, or nil when there is none. A link, a folder, a FIFO or a device
    /// there is refused without reading it.
    static func read(_ url: URL) throws(Failure) -> [UInt8]? {
        let path = url.path
        let file = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        if file < 0 {
            let error = errno
            if error == ENOENT { return nil }
            if isLink(path) || error == ELOOP { throw Failure(message: "it is a symbolic link, and the history is never read through a link") }
            throw Failure(message: "it cannot be opened: \(String(cString: strerror(error)))")
        }
        defer { close(file) }
        var info = stat()
        guard fstat(file, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            throw Failure(message: "it is not a regular file")
        }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let got = buffer.withUnsafeMutableBytes { Glibc.read(file, $0.baseAddress, $0.count) }
            if got < 0, errno == EINTR { continue }
            if got < 0 { throw Failure(message: "it cannot be read: \(String(cString: strerror(errno)))") }
            if got == 0 { return bytes }
            bytes += buffer[0..<got]
        }
    }

    /// Whether the folder exists; throws when it is a link or not a folder.
    static func folderExists(_ url: URL) throws(Failure) -> Bool {
        var info = stat()
        guard lstat(url.path, &info) == 0 else {
            if errno == ENOENT { return false }
            throw Failure(message: "its folder cannot be used: \(String(cString: strerror(errno)))")
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return true
        case S_IFLNK: throw Failure(message: "its folder \(url.path) is a symbolic link, and the history is never kept through a link")
        default: throw Failure(message: "\(url.path) is not a folder")
        }
    }

    /// Names of the regular `.json` files in a folder (none when it is missing).
    static func jsonFiles(in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted()
    }

    /// Writes `bytes` to a new file beside `url` and renames it over `url`, so the history is never
    /// half-written; creates the folder when it is missing. Nothing is written through
    /// a link: the folder is checked, the new file is created exclusively, and a rename replaces a
    /// name, never what a link at it points to.
    static func write(_ bytes: [UInt8], to url: URL) throws(Failure) {
        let folder = url.deletingLastPathComponent()
        if try !folderExists(folder) {
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                throw Failure(message: "its folder cannot be made: \(error.localizedDescription)")
            }
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp").path
        let file = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard file >= 0 else { throw Failure(message: "it cannot be written: \(String(cString: strerror(errno)))") }
        var written = 0
        var failure: Int32?
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { Glibc.write(file, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            if count <= 0 { failure = errno; break }
            written += count
        }
        // The history cannot be made again from anything else: make sure it reached the disk.
        if failure == nil, fsync(file) != 0 { failure = errno }
        close(file)
        if failure == nil, rename(temporary, url.path) != 0 { failure = errno }
        if let failure {
            unlink(temporary)
            throw Failure(message: "it cannot be written: \(String(cString: strerror(failure)))")
        }
    }

    /// What tells one version of a file from another without reading it (inode, size, modification
    /// time); nil when there is nothing at the path.
    static func stamp(_ url: URL) -> [Int]? {
        var info = stat()
        guard lstat(url.path, &info) == 0 else { return nil }
        return [Int(info.st_ino), Int(info.st_size), Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec)]
    }

    private static func isLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK
    }
}
