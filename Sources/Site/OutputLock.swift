import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One build (or publish) at a time into an output folder: an exclusive `flock` on `.<name>.lock`
/// beside the folder (`.Output.lock` for `Output/`), held from the moment a build reads the
/// published site until its new site is swapped in and its leftovers are gone.
///
/// A second build into the same folder waits for the first (as a cron job that overruns should);
/// without the lock it deleted the first build's staging folder as a "leftover", and one of the two
/// failed. The system releases the lock when its holder exits or is killed, so a killed build never
/// blocks the next one. The lock file itself stays (removing it would let two builds lock two
/// different files); it is hidden, and ignored by git.
public final class OutputLock: @unchecked Sendable {
    /// The lock file.
    public let path: String
    private var descriptor: Int32

    /// The lock file of `output`: `.<name>.lock` in the same parent folder.
    public static func path(for output: URL) -> String {
        let output = output.standardizedFileURL
        return output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).lock").path
    }

    /// Takes the lock of `output`, creating the parent folder and the lock file when missing. When
    /// another build holds it, calls `waiting` once and then waits until that build is done. Where
    /// the file system cannot lock files at all (some network shares), goes ahead without the lock,
    /// as before there was one.
    public init(for output: URL, waiting: () -> Void) throws {
        path = OutputLock.path(for: output)
        try FileManager.default.createDirectory(at: output.standardizedFileURL.deletingLastPathComponent(), withIntermediateDirectories: true)
        descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw OutputError(message: "cannot create the lock file '\(path)' that keeps two builds apart: \(String(cString: strerror(errno)))")
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
        let descriptor = open(path(for: output), O_RDONLY | O_CLOEXEC)
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

    private static func unsupported(_ error: Int32) -> Bool {
        error == ENOLCK || error == EOPNOTSUPP || error == EINVAL || error == ENOSYS
    }
}
