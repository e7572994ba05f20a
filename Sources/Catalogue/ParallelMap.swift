import Dispatch
import Synchronization

extension Array where Element: Sendable {
    /// Maps every element on all cores, keeping the order of the results.
    ///
    /// Work is handed out in chunks so that small inputs do not pay for thread hand-offs.
    public func parallelMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        if count < 8 { return map(transform) }
        let chunks = Swift.min(count, ProcessInfoCores.count * 4)
        let chunkSize = (count + chunks - 1) / chunks
        let collected = Mutex<[Int: [Result]]>([:])
        let items = self
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let start = chunk * chunkSize
            let end = Swift.min(start + chunkSize, items.count)
            guard start < end else { return }
            let results = items[start..<end].map(transform)
            collected.withLock { $0[chunk] = results }
        }
        return collected.withLock { dictionary in
            (0..<chunks).flatMap { dictionary[$0] ?? [] }
        }
    }
}

private enum ProcessInfoCores {
    static let count: Int = {
        #if canImport(Glibc)
        return Swift.max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        #else
        return 4
        #endif
    }()
}
#if canImport(Glibc)
import Glibc
#endif
