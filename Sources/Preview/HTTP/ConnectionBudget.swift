import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// How many connections the server may hold open at once: what the process's limit of open files
/// leaves, less the descriptors already open and a reserve.
///
/// The reserve matters. On Linux, libdispatch (which runs Swift's tasks and Foundation's work)
/// watches its worker threads by opening files in /proc, and stops the whole process with SIGILL
/// when it cannot ("workq: registered worker exited prematurely"); rebuilds open content files too.
/// So the server never takes the last descriptors itself: past the budget, new connections wait in
/// the listen queue until others close.
struct ConnectionBudget {
    let capacity: Int
    /// The soft limit on open files, as the process has it.
    let fileLimit: Int

    /// The budget for this process now.
    static func current() -> ConnectionBudget {
        var limit = rlimit()
        let fileLimit = getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 ? Int(clamping: limit.rlim_cur) : 1024
        let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").count) ?? 32
        return ConnectionBudget(fileLimit: fileLimit, open: open)
    }

    init(fileLimit: Int, open: Int) {
        self.fileLimit = fileLimit
        let limit = min(fileLimit, 1 << 20)
        capacity = max(1, limit - open - max(8, limit / 16))
    }
}
