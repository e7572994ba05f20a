import Catalogue
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One build (or publish) at a time into an output folder: an exclusive `flock` on the folder that
/// holds it (the parent of `Output/`), held from the moment a build reads the published site until
/// its new site is swapped in and its leftovers are gone.
///
/// A second build into the same folder waits for the first (as a cron job that overruns should);
/// without the lock it deleted the first build's staging folder as a "leftover", and one of the two
/// failed. The system releases the lock when its holder exits or is killed, so a killed build never
/// blocks the next one.
///
/// The lock is taken on the parent folder itself, so no lock file is ever created: not beside the
/// site (where the parent may be a served folder, the home folder or `/`), and not in a temporary
/// folder that a service's private `/tmp` or another user would not share. Every spelling of the
/// folder (through links, `..`) locks the same folder, and the parent is the one thing the swap
/// never replaces. Builds into two folders side by side (`Output/` and `Output-partners/`) take
/// turns too; a build takes seconds.
///
/// A build also locks the folder that holds its history folder (`Content/` for `Content/history/`,
/// or the parent of `--history`), so two builds that share a history take turns even when their
/// outputs are far apart: each reads the history, adds its changes and saves it, and without the
/// lock the later save dropped the changes the earlier one had recorded (and published). Folders
/// are locked in one order (by device and inode), so two builds never each hold what the other
/// waits for; a folder locked twice (the same folder spelled two ways) is locked once.
///
/// Take it only after the output has passed `OutputWriter.problem()`: it creates the parent folder
/// when missing.
public final class OutputLock: @unchecked Sendable {
    /// The locked folder: the output's parent.
    public let path: String
    private var descriptors: [Int32] = []

    /// The folder locked for `output`: its parent.
    public static func path(for output: URL) -> String {
        output.standardizedFileURL.deletingLastPathComponent().standardizedFileURL.path
    }

    /// The folder locked for a history folder: the nearest existing folder that holds it (its
    /// parent, unless that is not made yet). Nothing is created for it.
    static func path(forHistory history: URL) -> String {
        var folder = history.standardizedFileURL.deletingLastPathComponent().standardizedFileURL
        var isDirectory: ObjCBool = false
        while folder.path != "/", !(FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) && isDirectory.boolValue) {
            folder = folder.deletingLastPathComponent().standardizedFileURL
        }
        return folder.path
    }

    /// Takes the lock of `output`, creating the parent folder when missing, and of `history`'s
    /// folder when given. When another build holds one, calls `waiting` once and then waits until
    /// that build is done. Where the file system cannot lock folders at all (some network shares),
    /// goes ahead without that lock, as before there was one.
    public init(for output: URL, history: URL? = nil, waiting: () -> Void) throws {
        path = OutputLock.path(for: output)
        do { try FolderMaker.make(path) } catch { throw OutputError(message: error.message) }
        var opened: [(descriptor: Int32, key: [UInt64], folder: String)] = []
        for folder in [path] + (history.map { [OutputLock.path(forHistory: $0)] } ?? []) {
            let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            guard descriptor >= 0 else {
                let problem = String(cString: strerror(errno))
                opened.forEach { close($0.descriptor) }
                throw OutputError(message: "cannot open the folder '\(folder)' to keep two builds apart: \(problem)")
            }
            var info = stat()
            let key = fstat(descriptor, &info) == 0 ? [UInt64(info.st_dev), UInt64(info.st_ino)] : [UInt64.max, UInt64(opened.count)]
            if opened.contains(where: { $0.key == key }) {
                close(descriptor)
            } else {
                opened.append((descriptor, key, folder))
            }
        }
        opened.sort { $0.key.lexicographicallyPrecedes($1.key) }
        descriptors = opened.map(\.descriptor)
        var waited = false
        for (descriptor, _, folder) in opened {
            if OutputLock.lock(descriptor, blocking: false) { continue }
            guard errno == EWOULDBLOCK else {
                if OutputLock.unsupported(errno) { continue }
                let problem = String(cString: strerror(errno))
                release()
                throw OutputError(message: "cannot lock '\(folder)': \(problem)")
            }
            if !waited {
                waited = true
                waiting()
            }
            guard OutputLock.lock(descriptor, blocking: true) else {
                let problem = String(cString: strerror(errno))
                release()
                throw OutputError(message: "cannot lock '\(folder)': \(problem)")
            }
        }
    }

    /// True when the lock is held by someone (this object included). For tests and messages.
    public static func isHeld(for output: URL) -> Bool {
        let descriptor = open(path(for: output), O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        if lock(descriptor, blocking: false) { return false }  // closing the descriptor releases it
        return errno == EWOULDBLOCK
    }

    /// Lets the next build in. Also done when the object goes away, and by the system on exit.
    public func release() {
        descriptors.forEach { close($0) }
        descriptors = []
    }

    deinit { release() }

    private static func lock(_ descriptor: Int32, blocking: Bool) -> Bool {
        while flock(descriptor, LOCK_EX | (blocking ? 0 : LOCK_NB)) != 0 {
            if errno != EINTR { return false }
        }
        return true
    }

    /// Errors of a file system that cannot lock (NFS emulates `flock` with write locks, which a folder
    /// opened for reading cannot take: EBADF).
    private static func unsupported(_ error: Int32) -> Bool {
        error == ENOLCK || error == EOPNOTSUPP || error == EINVAL || error == ENOSYS || error == EBADF
    }
}
