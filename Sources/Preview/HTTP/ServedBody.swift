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
        case .spilled(let spilled): return Iterator(pieces: [], data: nil, spilled: spilled)
        case .made(let file):
            if let pieces = file.textPieces { return Iterator(pieces: pieces, data: nil) }
            return Iterator(pieces: [], data: file.data)
        }
    }

    struct Iterator: AsyncBufferedIteratorProtocol {
        /// The pieces not sent yet, from `piece`, and how many bytes of `pieces[piece]` were.
        var pieces: [String]
        var piece = 0
        var offset = 0
        /// A file made as bytes, and how many of them were sent.
        var data: Data?
        var sent = 0
        /// A file spilled out of memory, read from `sent` on.
        var spilled: SpilledFile?

        init(pieces: [String], data: Data?, spilled: SpilledFile? = nil) {
            self.pieces = pieces
            self.data = data
            self.spilled = spilled
        }

        mutating func next() async -> UInt8? {
            await nextBuffer(suggested: 1)?.first
        }

        /// Up to `count` bytes (at least one), or nil at the end.
        mutating func nextBuffer(suggested count: Int) async -> [UInt8]? {
            let wanted = Swift.max(count, 1)
            if let spilled {
                guard let bytes = spilled.read(at: sent, count: wanted) else { return nil }
                sent += bytes.count
                return bytes
            }
            if let data {
                guard sent < data.count else { return nil }
                let start = data.startIndex + sent, end = Swift.min(start + wanted, data.endIndex)
                sent += end - start
                return [UInt8](data[start..<end])
            }
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
            return buffer.isEmpty ? nil : buffer
        }
    }
}
