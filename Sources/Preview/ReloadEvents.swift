import Foundation
import Parallel

/// The open event streams of the browsers watching the site: each gets the generation number after
/// every rebuild, and a heartbeat whenever the interval passes.
final class ReloadEvents: Sendable {
    /// What one event stream carries.
    enum Message: Sendable, Equatable {
        /// The site's generation: on connecting, and after every rebuild.
        case generation(Int)
        /// Nothing happened; written so that a client which has gone is noticed (the write fails).
        case heartbeat
    }

    private let subscribers = Locked<[UUID: AsyncStream<Message>.Continuation]>([:])
    private let closed = Locked(false)

    /// A stream of messages, starting with the generation `current`, with a heartbeat every
    /// `heartbeat` seconds until the stream ends (its reader stops, or `close()`).
    ///
    /// Nothing is dropped, and the buffer stays small all the same: the connection reads the
    /// stream and writes each message within `ServerLimits.writeTimeout`, or closes and ends it.
    func subscribe(current: Int, heartbeat: Double) -> AsyncStream<Message> {
        let id = UUID()
        let (stream, continuation) = AsyncStream<Message>.makeStream(bufferingPolicy: .unbounded)
        continuation.yield(.generation(current))
        let interval = Duration.milliseconds(max(1, Int((heartbeat * 1000).rounded())))
        let ticker = Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: interval)
                if case .terminated = continuation.yield(.heartbeat) { return }
            }
        }
        continuation.onTermination = { [weak self] _ in
            ticker.cancel()
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
        for continuation in subscribers.withLock({ Array($0.values) }) { continuation.yield(.generation(generation)) }
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
