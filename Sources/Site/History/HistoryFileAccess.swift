import Catalogue
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads and writes the history of changes without ever following a symbolic link: the folder that
/// holds it must be a real folder and the file a regular file (reading through `NoFollowFile`).
enum HistoryFileAccess {
    /// Why a path was refused or could not be used, in words for the build's message.
    struct Failure: Error, Sendable {
        var message: String
        /// What to do, where it is not the usual advice (restore the file).
        var suggestion: String? = nil
    }

    /// The bytes of a regular file, or nil when there is none. A link, a folder, a FIFO or a device
    /// there is refused without reading it.
    static func read(_ url: URL) throws(Failure) -> [UInt8]? {
        // The output's no-follow reader: the folder and the file are opened with O_NOFOLLOW.
        switch NoFollowFile.read(url.lastPathComponent, in: url.deletingLastPathComponent()) {
        case .success(let data): return data.map { [UInt8]($0) }
        case .failure(.link): throw Failure(message: "it is a symbolic link, and the history is never read through a link")
        case .failure(.notRegular): throw Failure(message: "it is not a regular file")
        case .failure(.failed(_, let error)): throw Failure(message: "it cannot be read: \(String(cString: strerror(error)))")
        case .failure(.missing): return nil
        }
    }

    /// What to do when something is in the way of the history's folder.
    static let movedAside = "nothing was published; move what is in the way, or keep the history in another folder with --history DIR"

    /// Whether the folder exists; throws when it is a link or not a folder.
    static func folderExists(_ url: URL) throws(Failure) -> Bool {
        var info = stat()
        guard lstat(url.path, &info) == 0 else {
            if errno == ENOENT { return false }
            // A file (or a link to nothing) above it: named, where the system says only "Not a directory".
            let reason = String(cString: strerror(errno))
            throw Failure(message: "its folder cannot be used: \(FolderMaker.obstacle(url.path) ?? reason)", suggestion: movedAside)
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return true
        case S_IFLNK:
            // The file is fine wherever the link leads: the folder is what to name, when the links
            // end at a folder or at nothing yet (not at a file, nor in a loop of links).
            let target = OutputWriter.realPath(url)
            var info = stat()
            let usable = lstat(target, &info) != 0 ? errno == ENOENT : info.st_mode & S_IFMT == S_IFDIR
            let named = usable ? "name the folder the link leads to (--history \(ShellWord.quoted(target))), or " : ""
            throw Failure(message: "its folder \(url.path) is a symbolic link (to \(target)), and the history is never kept through a link",
                          suggestion: "nothing was published; " + named + "put a real folder in place of the link")
        default: throw Failure(message: "\(url.path) is not a folder",
                               suggestion: "nothing was published; give --history a folder (the history is kept as files inside it)")
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
                try FolderMaker.make(folder.path)
            } catch {
                throw Failure(message: "its folder cannot be made: \(error.message)",
                              suggestion: error.inTheWay ? movedAside : "nothing was published, so the next build finds the same changes; "
                                  + "keep the history in a folder you can create folders in with --history DIR")
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
}
