import FlyingSocks
import Foundation

/// The bytes of a Server-Sent Events response: a comment to open it, then one `generation` event per
/// rebuild, each handed to the connection as soon as it happens (one HTTP chunk per event).
struct EventStreamBody: AsyncBufferedSequence, Sendable {
    typealias Element = UInt8
    let generations: AsyncStream<Int>

    static func event(_ generation: Int) -> [UInt8] {
        Array("event: generation\ndata: \(generation)\n\n".utf8)
    }

    func makeAsyncIterator() -> Iterator {
        Iterator(base: generations.makeAsyncIterator(), pending: Array("retry: 500\n: prospectus live reload\n\n".utf8))
    }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var base: AsyncStream<Int>.Iterator
        var pending: [UInt8]

        mutating func next() async -> UInt8? {
            guard let buffer = await nextBuffer(suggested: 1) else { return nil }
            return buffer.first
        }

        mutating func nextBuffer(suggested count: Int) async -> [UInt8]? {
            if pending.isEmpty {
                guard let generation = await base.next() else { return nil }
                pending = EventStreamBody.event(generation)
            }
            let taken = Array(pending.prefix(Swift.max(count, 1)))
            pending.removeFirst(taken.count)
            return taken
        }
    }
}
