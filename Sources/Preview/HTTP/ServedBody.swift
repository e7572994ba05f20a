import FlyingSocks
import Foundation
import Site

/// The bytes of a served file, handed to the connection a buffer at a time straight from the file's
/// own pieces, or read from where it was spilled: a 170 MB catalogue.json is never gathered into one
/// copy to be sent.
struct ServedBody: AsyncBufferedSequence, Sendable {
    typealias Element = UInt8
    let content: ServedContent

    init(file: OutputFile) { content = .made(file) }

    init(content: ServedContent) { self.content = content }

    func makeAsyncIterator() -> Iterator {
        switch content {
        case .spilled(let spilled): return Iterator(source: .spilled(spilled))
        case .made(let file): return Iterator(source: file.textPieces.map { .pieces($0) } ?? .data(file.data))
        }
    }

    struct Iterator: AsyncBufferedIteratorProtocol {
        /// Where the bytes come from: text pieces, bytes in memory, or a spilled file.
        enum Source {
            case pieces([String])
            case data(Data)
            case spilled(SpilledFile)
        }

        let source: Source
        /// Bytes sent so far; for pieces, the piece being sent and how many of its bytes were.
        var sent = 0
        var piece = 0
        var offset = 0

        init(source: Source) { self.source = source }

        mutating func next() async -> UInt8? {
            await nextBuffer(suggested: 1)?.first
        }

        /// Up to `count` bytes (at least one), or nil at the end.
        mutating func nextBuffer(suggested count: Int) async -> [UInt8]? {
            let wanted = Swift.max(count, 1)
            switch source {
            case .spilled(let spilled):
                guard let bytes = spilled.read(at: sent, count: wanted) else { return nil }
                sent += bytes.count
                return bytes
            case .data(let data):
                guard sent < data.count else { return nil }
                let start = data.startIndex + sent, end = Swift.min(start + wanted, data.endIndex)
                sent += end - start
                return [UInt8](data[start..<end])
            case .pieces(let pieces):
                var buffer: [UInt8] = []
                buffer.reserveCapacity(wanted)
                while buffer.count < wanted, piece < pieces.count {
                    var text = pieces[piece]
                    let start = offset
                    let end = text.withUTF8 { bytes in
                        let end = Swift.min(bytes.count, start + wanted - buffer.count)
                        buffer.append(contentsOf: bytes[start..<end])
                        return end
                    }
                    if end == text.utf8.count {
                        piece += 1
                        offset = 0
                    } else {
                        offset = end
                    }
                }
                sent += buffer.count
                return buffer.isEmpty ? nil : buffer
            }
        }
    }
}
