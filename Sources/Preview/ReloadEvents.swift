import Foundation
import Synchronization

/// The open event streams of the browsers watching the site: each gets the generation number after
/// every rebuild.
final class ReloadEvents: Sendable {
    private let subscribers = Mutex<[UUID: AsyncStream<Int>.Continuation]>([:])
    private let closed = Mutex(false)

    /// A stream of generation numbers, starting with `current`.
    func subscribe(current: Int) -> AsyncStream<Int> {
        let id = UUID()
        let (stream, continuation) = AsyncStream<Int>.makeStream(bufferingPolicy: .bufferingNewest(4))
        continuation.yield(current)
        continuation.onTermination = { [weak self] _ in
            _ = self?.subscribers.withLock { $0.removeValue(forKey: id) }
        }
        if closed.withLock({ $0 }) {
            continuation.finish()
        } else {
            subscribers.withLock { $0[id] = continuation }
        }
        return stream
    }

    func publish(_ generation: Int) {
        for continuation in subscribers.withLock({ Array($0.values) }) { continuation.yield(generation) }
    }

    /// Ends every stream (the server is stopping).
    func close() {
        closed.withLock { $0 = true }
        for continuation in subscribers.withLock({ subscribers in
            defer { subscribers = [:] }
            return Array(subscribers.values)
        }) { continuation.finish() }
    }

    var count: Int { subscribers.withLock { $0.count } }
}
