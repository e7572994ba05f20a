/// DEFLATE decompression (RFC 1951): stored, fixed-Huffman and dynamic-Huffman blocks, in pure
/// Swift, for the parts of an `.xlsx`.
///
/// Hostile data cannot make it trap, loop or grow without bound: every read is bounds-checked, every
/// code is checked as it is built, a back-reference may not reach before the start, and output
/// beyond `limit` bytes is an error.
enum Inflate {
    static func inflate(_ input: ArraySlice<UInt8>, limit: Int) throws(SpreadsheetError) -> [UInt8] {
        var bits = BitReader(input)
        var out: [UInt8] = []
        out.reserveCapacity(min(limit, max(input.count * 4, 1024)))
        var last = false
        while !last {
            last = try bits.read(1) == 1
            switch try bits.read(2) {
            case 0: try stored(&bits, into: &out, limit: limit)
            case 1: try codes(&bits, HuffmanTable.fixedLengths, HuffmanTable.fixedDistances, into: &out, limit: limit)
            case 2:
                let (lengths, distances) = try dynamicTables(&bits)
                try codes(&bits, lengths, distances, into: &out, limit: limit)
            default: throw damaged("a block of an unknown kind")
            }
        }
        return out
    }

    static func damaged(_ what: String) -> SpreadsheetError {
        SpreadsheetError(message: "The file is damaged: its compressed data has \(what).")
    }

    private static func tooLarge(_ limit: Int) -> SpreadsheetError {
        SpreadsheetError(message: "The file is too large to read: a part of it unpacks to more than \(limit) bytes.")
    }

    private static func stored(_ bits: inout BitReader, into out: inout [UInt8], limit: Int) throws(SpreadsheetError) {
        bits.alignToByte()
        let length = Int(try bits.read(16))
        let check = Int(try bits.read(16))
        guard length == ~check & 0xFFFF else { throw damaged("a stored block whose length does not match its check") }
        guard out.count + length <= limit else { throw tooLarge(limit) }
        try bits.copyBytes(length, into: &out)
    }

    private static let lengthBase: [Int] = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31,
                                            35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    private static let lengthExtra: [Int] = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2,
                                             3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    private static let distanceBase: [Int] = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193,
                                              257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577]
    private static let distanceExtra: [Int] = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6,
                                               7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]

    private static func codes(_ bits: inout BitReader, _ lengths: HuffmanTable, _ distances: HuffmanTable,
                              into out: inout [UInt8], limit: Int) throws(SpreadsheetError) {
        while true {
            let symbol = try lengths.decode(&bits)
            if symbol < 256 {
                guard out.count < limit else { throw tooLarge(limit) }
                out.append(UInt8(symbol))
                continue
            }
            if symbol == 256 { return }
            let index = symbol - 257
            guard index < lengthBase.count else { throw damaged("a length code that does not exist") }
            let length = lengthBase[index] + Int(try bits.read(lengthExtra[index]))
            let code = try distances.decode(&bits)
            guard code < distanceBase.count else { throw damaged("a distance code that does not exist") }
            let distance = distanceBase[code] + Int(try bits.read(distanceExtra[code]))
            guard distance <= out.count else { throw damaged("a reference to data before its start") }
            guard out.count + length <= limit else { throw tooLarge(limit) }
            var from = out.count - distance
            for _ in 0..<length {
                out.append(out[from])
                from += 1
            }
        }
    }

    /// The order in which a dynamic block gives the code lengths of its code-length code.
    private static let codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    private static func dynamicTables(_ bits: inout BitReader) throws(SpreadsheetError) -> (HuffmanTable, HuffmanTable) {
        let literalCount = Int(try bits.read(5)) + 257
        let distanceCount = Int(try bits.read(5)) + 1
        let codeLengthCount = Int(try bits.read(4)) + 4
        guard literalCount <= 286, distanceCount <= 30 else { throw damaged("too many codes in a block's header") }
        var codeLengthLengths = [UInt8](repeating: 0, count: 19)
        for i in 0..<codeLengthCount { codeLengthLengths[codeLengthOrder[i]] = UInt8(try bits.read(3)) }
        let codeLengths = try HuffmanTable(lengths: codeLengthLengths)

        var lengths: [UInt8] = []
        lengths.reserveCapacity(literalCount + distanceCount)
        while lengths.count < literalCount + distanceCount {
            let symbol = try codeLengths.decode(&bits)
            switch symbol {
            case 0...15:
                lengths.append(UInt8(symbol))
            case 16:
                guard let previous = lengths.last else { throw damaged("a repeat with nothing to repeat") }
                lengths.append(contentsOf: repeatElement(previous, count: 3 + Int(try bits.read(2))))
            case 17:
                lengths.append(contentsOf: repeatElement(0, count: 3 + Int(try bits.read(3))))
            default:
                lengths.append(contentsOf: repeatElement(0, count: 11 + Int(try bits.read(7))))
            }
        }
        guard lengths.count == literalCount + distanceCount else { throw damaged("code lengths that run past their end") }
        guard lengths[256] != 0 else { throw damaged("a block with no end code") }
        return (try HuffmanTable(lengths: lengths[0..<literalCount]),
                try HuffmanTable(lengths: lengths[literalCount...]))
    }
}
