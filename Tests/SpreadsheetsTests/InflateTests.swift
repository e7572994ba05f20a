import Testing
@testable import Spreadsheets

@Suite struct InflateTests {
    private func inflate(_ bytes: [UInt8], limit: Int = 1 << 20) throws -> [UInt8] {
        try Inflate.inflate(bytes[...], limit: limit)
    }

    /// Python's zlib at level 9 (dynamic Huffman blocks) and level 0 (stored blocks, two of
    /// them: the text is over 64 KB), and a short text in fixed Huffman codes.
    @Test(arguments: ["dynamic", "stored"])
    func zlibOutput(kind: String) throws {
        let source = try [UInt8](FixtureFiles.data("inflate-source.txt"))
        let packed = try [UInt8](FixtureFiles.data("inflate-\(kind).deflate"))
        #expect(try inflate(packed) == source)
    }

    @Test func fixedHuffmanCodes() throws {
        let packed = try [UInt8](FixtureFiles.data("inflate-fixed.deflate"))
        #expect(try inflate(packed) == Array("Fixed Huffman codes: a short text, short text, short text.".utf8))
    }

    @Test func outputBeyondTheLimitIsAnError() throws {
        let packed = try [UInt8](FixtureFiles.data("inflate-dynamic.deflate"))
        let size = try FixtureFiles.data("inflate-source.txt").count
        #expect(try inflate(packed, limit: size).count == size)
        #expect(throws: SpreadsheetError.self) { try inflate(packed, limit: size - 1) }
        let stored = try [UInt8](FixtureFiles.data("inflate-stored.deflate"))
        #expect(throws: SpreadsheetError.self) { try inflate(stored, limit: size - 1) }
    }

    @Test func everyTruncationIsAnError() throws {
        for kind in ["dynamic", "stored"] {
            let packed = try [UInt8](FixtureFiles.data("inflate-\(kind).deflate"))
            for length in stride(from: 0, to: packed.count, by: kind == "stored" ? 997 : 61) {
                #expect(throws: SpreadsheetError.self) { try inflate(Array(packed[..<length])) }
            }
        }
    }

    @Test func malformedStreams() {
        var bits = DeflateBits()
        bits.add(1, 1); bits.add(3, 2)   // final block of kind 3
        #expect(throws: SpreadsheetError.self) { try inflate(bits.bytes) }

        bits = DeflateBits()
        bits.add(1, 1); bits.add(0, 2); bits.alignToByte(); bits.add(5, 16); bits.add(5, 16)   // stored, NLEN not ~LEN
        #expect(throws: SpreadsheetError.self) { try inflate(bits.bytes + [1, 2, 3, 4, 5]) }

        bits = DeflateBits()
        bits.add(1, 1); bits.add(1, 2); bits.code(0b000_0001, 7); bits.code(0, 5)   // fixed: a match before any output
        #expect(throws: SpreadsheetError.self) { try inflate(bits.bytes) }

        bits = DeflateBits()
        bits.add(1, 1); bits.add(1, 2); bits.code(0b1100_0110, 8)   // fixed: length symbol 286, which does not exist
        #expect(throws: SpreadsheetError.self) { try inflate(bits.bytes) }

        bits = DeflateBits()
        bits.add(1, 1); bits.add(2, 2); bits.add(31, 5); bits.add(0, 5); bits.add(0, 4)   // dynamic: 288 literal codes
        #expect(throws: SpreadsheetError.self) { try inflate(bits.bytes + [0, 0, 0, 0]) }

        bits = DeflateBits()
        bits.add(1, 1); bits.add(2, 2); bits.add(0, 5); bits.add(0, 5); bits.add(15, 4)
        for _ in 0..<19 { bits.add(1, 3) }   // dynamic: nineteen code-length codes one bit long
        #expect(throws: SpreadsheetError.self) { try inflate(bits.bytes + [0, 0, 0, 0]) }

        bits = DeflateBits()
        bits.add(0, 1); bits.add(1, 2); bits.code(0, 7)   // a block that is not the last, then nothing
        #expect(throws: SpreadsheetError.self) { try inflate(bits.bytes) }
    }

    @Test func aHandMadeFixedBlock() throws {
        var bits = DeflateBits()
        bits.add(1, 1); bits.add(1, 2)
        bits.code(0x30 + 0x61, 8)          // "a"
        bits.code(0b000_0010, 7)           // length 4
        bits.code(0, 5)                    // distance 1
        bits.code(0, 7)                    // end of block
        #expect(try inflate(bits.bytes) == Array("aaaaa".utf8))
    }
}

/// A DEFLATE bit stream written by hand: values least significant bit first, Huffman codes most
/// significant bit first.
struct DeflateBits {
    private(set) var bytes: [UInt8] = []
    private var used = 8

    mutating func add(_ value: Int, _ count: Int) {
        for bit in 0..<count { push(value >> bit & 1) }
    }

    mutating func code(_ code: Int, _ length: Int) {
        for bit in stride(from: length - 1, through: 0, by: -1) { push(code >> bit & 1) }
    }

    mutating func alignToByte() { used = 8 }

    private mutating func push(_ bit: Int) {
        if used == 8 {
            bytes.append(0)
            used = 0
        }
        bytes[bytes.count - 1] |= UInt8(bit) << UInt8(used)
        used += 1
    }
}
