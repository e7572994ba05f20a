import Dispatch

/// Work started on another thread at once, its result waited for when it is needed: for a step
/// that runs on one core (encoding the history file) and can go on while the other cores render.
package final class Background<Value: Sendable>: Sendable {
    private let result = Locked<Value?>(nil)
    private let finished = DispatchSemaphore(value: 0)

    /// Starts `work` on a thread of its own.
    package init(_ work: @escaping @Sendable () -> Value) {
        let result = self.result, finished = self.finished
        DispatchQueue.global().async {
            let value = work()
            result.withLock { $0 = value }
            finished.signal()
        }
    }

    /// What the work made, waiting for it to finish if it has not.
    package var value: Value {
        if let value = result.withLock({ $0 }) { return value }
        finished.wait()
        // Signalled again, so that a second read does not wait forever.
        finished.signal()
        return result.withLock { $0! }
    }
}
