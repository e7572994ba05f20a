import Dispatch
import Foundation

extension Array where Element: Sendable {
    /// Maps every element on all cores, keeping the order of the results.
    ///
    /// Work is handed out in chunks so that small inputs do not pay for thread hand-offs: sixteen per
    /// core, each taken by whichever core is free, so that the last one does not leave the others
    /// idle for long (with four per core, the load of 20,000 courses ended with a tenth of a second
    /// of one core parsing its last chunk alone).
    ///
    /// `oneByOne`: every element is its own piece of work, handed to whichever core is free: for a
    /// few items of very different sizes (a whole-offer export beside a single page).
    package func parallelMap<Result: Sendable>(oneByOne: Bool = false, _ transform: @Sendable (Element) -> Result) -> [Result] {
        if count < 2 || (count < 8 && !oneByOne) { return map(transform) }
        let chunks = oneByOne ? count : Swift.min(count, ProcessInfoCores.count * 16)
        let chunkSize = (count + chunks - 1) / chunks
        let items = self
        // Each result is made straight into its place in the array: no chunk's results are copied
        // again into the whole (a join that was a serial pause after every parallel map).
        return [Result](unsafeUninitializedCapacity: count) { buffer, initialized in
            let slots = ResultSlots(base: buffer.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                let start = chunk * chunkSize
                let end = Swift.min(start + chunkSize, items.count)
                guard start < end else { return }
                for index in start..<end { slots.initialize(index, to: transform(items[index])) }
            }
            initialized = items.count
        }
    }
}

/// The array being filled by a parallel map: each index is written exactly once, by the one chunk
/// that holds it, and read only after every chunk has finished (`concurrentPerform` returns then).
private struct ResultSlots<Result>: @unchecked Sendable {
    let base: UnsafeMutablePointer<Result>

    func initialize(_ index: Int, to value: consuming Result) {
        (base + index).initialize(to: value)
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
