import FlyingSocks
import Foundation

/// The bytes of a Server-Sent Events response: a comment to open it, then one `generation` event per
/// rebuild and a `: ping` comment per heartbeat, each handed to the connection as soon as it happens
/// (one HTTP chunk each).
struct EventStreamBody: AsyncBufferedSequence, Sendable {
    typealias Element = UInt8
    /// Subscribes to the events when the body is first read: a stream refused at the cap (503, its
    /// body never read) is never subscribed, and the generation it starts from is the latest.
    let subscribe: @Sendable () -> AsyncStream<ReloadEvents.Message>

    static func event(_ generation: Int) -> [UInt8] {
        Array("event: generation\ndata: \(generation)\n\n".utf8)
    }

    /// A comment line, which EventSource ignores: it only proves the connection is still there.
    static let heartbeat = Array(": ping\n\n".utf8)

    static func bytes(_ message: ReloadEvents.Message) -> [UInt8] {
        switch message {
        case .generation(let generation): event(generation)
        case .heartbeat: heartbeat
        }
    }

    func makeAsyncIterator() -> Iterator {
        Iterator(base: subscribe().makeAsyncIterator(), pending: Array("retry: 500\n: prospectus live reload\n\n".utf8))
    }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var base: AsyncStream<ReloadEvents.Message>.Iterator
        var pending: [UInt8]

        mutating func next() async -> UInt8? {
            guard let buffer = await nextBuffer(suggested: 1) else { return nil }
            return buffer.first
        }

        mutating func nextBuffer(suggested count: Int) async -> [UInt8]? {
            if pending.isEmpty {
                guard let message = await base.next() else { return nil }
                pending = EventStreamBody.bytes(message)
            }
            let taken = Array(pending.prefix(Swift.max(count, 1)))
            pending.removeFirst(taken.count)
            return taken
        }
    }
}
