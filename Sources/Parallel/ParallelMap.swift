import Dispatch
import Foundation

extension Array where Element: Sendable {
    /// Maps every element on all cores, keeping the order of the results.
    ///
    /// Work is handed out in chunks so that small inputs do not pay for thread hand-offs.
    ///
    /// `oneByOne`: every element is its own piece of work, handed to whichever core is free: for a
    /// few items of very different sizes (a whole-offer export beside a single page).
    package func parallelMap<Result: Sendable>(oneByOne: Bool = false, _ transform: @Sendable (Element) -> Result) -> [Result] {
        if count < 2 || (count < 8 && !oneByOne) { return map(transform) }
        let chunks = oneByOne ? count : Swift.min(count, ProcessInfoCores.count * 4)
        let chunkSize = (count + chunks - 1) / chunks
        let collected = ChunkResults<Result>()
        let items = self
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let start = chunk * chunkSize
            let end = Swift.min(start + chunkSize, items.count)
            guard start < end else { return }
            collected.store(items[start..<end].map(transform), at: chunk)
        }
        return collected.joined(chunks: chunks)
    }
}

/// The results of each chunk, by chunk number.
private final class ChunkResults<Result>: Sendable {
    private let byChunk = Locked<[Int: [Result]]>([:])

    func store(_ results: [Result], at chunk: Int) {
        byChunk.withLock { $0[chunk] = results }
    }

    func joined(chunks: Int) -> [Result] {
        byChunk.withLock { byChunk in (0..<chunks).flatMap { byChunk[$0] ?? [] } }
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
