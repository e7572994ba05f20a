import Foundation

/// A value shared between threads, reached only inside `withLock`: the one lock type of Prospectus.
///
/// Why an `NSLock` (a pthread mutex) and not `Synchronization.Mutex`: `make sanitize` runs the
/// suite under ThreadSanitizer, which intercepts `pthread_mutex_lock` and so knows what the lock
/// orders. `Mutex` on Linux waits on a futex through atomics in the prebuilt standard library, which
/// ThreadSanitizer does not see, so it reports races behind a `Mutex` that are not there. A class
/// (not a `~Copyable` struct) also lets a lock be shared by the closures that need it.
package final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    package init(_ value: Value) { self.value = value }

    /// Runs `body` with the value, no other thread inside at the same time.
    package func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
