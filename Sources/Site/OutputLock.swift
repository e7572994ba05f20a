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
/// Take it only after the output has passed `OutputWriter.problem()`: it creates the parent folder
/// when missing.
public final class OutputLock: @unchecked Sendable {
    /// The locked folder: the output's parent.
    public let path: String
    private var descriptor: Int32

    /// The folder locked for `output`: its parent.
    public static func path(for output: URL) -> String {
        output.standardizedFileURL.deletingLastPathComponent().standardizedFileURL.path
    }

    /// Takes the lock of `output`, creating the parent folder when missing. When another build
    /// holds it, calls `waiting` once and then waits until that build is done. Where the file system
    /// cannot lock folders at all (some network shares), goes ahead without the lock, as before there
    /// was one.
    public init(for output: URL, waiting: () -> Void) throws {
        path = OutputLock.path(for: output)
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw OutputError(message: "cannot open the folder '\(path)' to keep two builds apart: \(String(cString: strerror(errno)))")
        }
        if OutputLock.lock(descriptor, blocking: false) { return }
        guard errno == EWOULDBLOCK else {
            if OutputLock.unsupported(errno) { return }
            let problem = String(cString: strerror(errno))
            close(descriptor)
            descriptor = -1
            throw OutputError(message: "cannot lock '\(path)': \(problem)")
        }
        waiting()
        guard OutputLock.lock(descriptor, blocking: true) else {
            let problem = String(cString: strerror(errno))
            close(descriptor)
            descriptor = -1
            throw OutputError(message: "cannot lock '\(path)': \(problem)")
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
        guard descriptor >= 0 else { return }
        close(descriptor)
        descriptor = -1
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
