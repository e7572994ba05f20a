/// A canonical Huffman code (RFC 1951 §3.2.2) as a lookup table indexed by the next `maxLength`
/// input bits, so each symbol is decoded with one look-up.
struct HuffmanTable {
    /// Per index: the symbol in the high bits and the code's length in the low 4; 0 for a bit
    /// pattern no code starts with (an incomplete code).
    private let entries: [UInt32]
    private let maxLength: Int

    /// Builds the code from each symbol's code length (0: unused); an over-subscribed set of
    /// lengths is an error.
    init<Lengths: Collection>(lengths: Lengths) throws(SpreadsheetError) where Lengths.Element == UInt8 {
        var counts = [Int](repeating: 0, count: 16)
        for length in lengths { counts[Int(length)] += 1 }
        counts[0] = 0
        var left = 1
        for length in 1...15 {
            left = left * 2 - counts[length]
            guard left >= 0 else { throw Inflate.damaged("an impossible Huffman code") }
        }
        let maxLength = max(1, counts.lastIndex { $0 > 0 } ?? 1)
        var next = [Int](repeating: 0, count: 16)
        var code = 0
        for length in 1...15 {
            code = (code + counts[length - 1]) << 1
            next[length] = code
        }
        var entries = [UInt32](repeating: 0, count: 1 << maxLength)
        for (symbol, length8) in lengths.enumerated() where length8 > 0 {
            let length = Int(length8)
            let code = next[length]
            next[length] += 1
            var reversed = 0
            for bit in 0..<length where code & (1 << bit) != 0 { reversed |= 1 << (length - 1 - bit) }
            let entry = UInt32(symbol) << 4 | UInt32(length)
            var index = reversed
            while index < entries.count {
                entries[index] = entry
                index += 1 << length
            }
        }
        self.entries = entries
        self.maxLength = maxLength
    }

    func decode(_ bits: inout BitReader) throws(SpreadsheetError) -> Int {
        let entry = entries[Int(bits.peek(maxLength))]
        let length = Int(entry & 15)
        guard length > 0 else { throw Inflate.damaged("a Huffman code that is not in its table") }
        try bits.skip(length)
        return Int(entry >> 4)
    }

    static let fixedLengths: HuffmanTable = {
        let lengths = [UInt8](repeating: 8, count: 144) + [UInt8](repeating: 9, count: 112)
            + [UInt8](repeating: 7, count: 24) + [UInt8](repeating: 8, count: 8)
        // The fixed code is complete, so building it cannot fail.
        return (try? HuffmanTable(lengths: lengths)) ?? HuffmanTable(entries: [], maxLength: 0)
    }()

    static let fixedDistances: HuffmanTable = {
        (try? HuffmanTable(lengths: [UInt8](repeating: 5, count: 30))) ?? HuffmanTable(entries: [], maxLength: 0)
    }()

    private init(entries: [UInt32], maxLength: Int) {
        self.entries = entries
        self.maxLength = maxLength
    }
}

/// DEFLATE's bit stream: least significant bit first, read through a 64-bit buffer.
struct BitReader {
    private let bytes: ArraySlice<UInt8>
    private var position: Int
    private var buffer: UInt64 = 0
    private var count = 0

    init(_ bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        position = bytes.startIndex
    }

    private mutating func refill() {
        while count <= 56 && position < bytes.endIndex {
            buffer |= UInt64(bytes[position]) << UInt64(count)
            position += 1
            count += 8
        }
    }

    /// The next `n` bits (n ≤ 32), or an error when the data ends first.
    mutating func read(_ n: Int) throws(SpreadsheetError) -> UInt32 {
        let value = peek(n)
        try skip(n)
        return value
    }

    /// The next `n` bits without using them, with zeros past the end of the data.
    mutating func peek(_ n: Int) -> UInt32 {
        if count < n { refill() }
        return UInt32(truncatingIfNeeded: buffer & ((1 << UInt64(n)) - 1))
    }

    mutating func skip(_ n: Int) throws(SpreadsheetError) {
        if count < n { refill() }
        guard count >= n else { throw Inflate.damaged("an end before its last block") }
        buffer >>= UInt64(n)
        count -= n
    }

    mutating func alignToByte() {
        let drop = count % 8
        buffer >>= UInt64(drop)
        count -= drop
    }

    /// Copies `n` whole bytes (after `alignToByte`).
    mutating func copyBytes(_ n: Int, into out: inout [UInt8]) throws(SpreadsheetError) {
        var left = n
        while left > 0 && count >= 8 {
            out.append(UInt8(truncatingIfNeeded: buffer))
            buffer >>= 8
            count -= 8
            left -= 1
        }
        guard bytes.endIndex - position >= left else { throw Inflate.damaged("an end before its last block") }
        out.append(contentsOf: bytes[position..<position + left])
        position += left
    }
}
