/// A text download's bytes as UTF-8 without a byte-order mark: UTF-8 as it is (checked), UTF-16
/// with a byte-order mark (Excel's "Unicode text") transcoded.
enum TextEncoding {
    static let lineFeed = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")

    /// The text as valid UTF-8 bytes, or an error naming the line of the first byte that is not.
    static func utf8Bytes(_ bytes: [UInt8]) throws(SpreadsheetError) -> [UInt8] {
        if bytes.starts(with: [0xFF, 0xFE]) { return try fromUTF16(bytes[2...], bigEndian: false) }
        if bytes.starts(with: [0xFE, 0xFF]) { return try fromUTF16(bytes[2...], bigEndian: true) }
        let text = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes[3...]) : bytes
        if let bad = firstInvalidUTF8(text) {
            throw SpreadsheetError(line: line(at: bad, in: text),
                                   message: "The file is not UTF-8 text here; save or download it again as CSV UTF-8.")
        }
        return text
    }

    /// The 1-based line of byte `index`: lines end at LF, CR LF or a lone CR.
    static func line(at index: Int, in bytes: [UInt8], from start: Int = 0, firstLine: Int = 1) -> Int {
        var line = firstLine
        var i = start
        while i < index {
            if bytes[i] == lineFeed || (bytes[i] == carriageReturn && (i + 1 >= bytes.count || bytes[i + 1] != lineFeed)) {
                line += 1
            }
            i += 1
        }
        return line
    }

    /// Where the first ill-formed UTF-8 sequence starts (Unicode's table 3-7: no overlong forms,
    /// no surrogates, nothing above U+10FFFF), or nil when all of it is well formed.
    static func firstInvalidUTF8(_ b: [UInt8]) -> Int? {
        var i = 0
        let n = b.count
        while i < n {
            let lead = b[i]
            if lead < 0x80 { i += 1; continue }
            let count: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: count = 1
            case 0xE0: count = 2; low = 0xA0
            case 0xED: count = 2; high = 0x9F
            case 0xE1...0xEF: count = 2
            case 0xF0: count = 3; low = 0x90
            case 0xF4: count = 3; high = 0x8F
            case 0xF1...0xF3: count = 3
            default: return i
            }
            guard i + count < n else { return i }
            guard b[i + 1] >= low && b[i + 1] <= high else { return i }
            var k = 2
            while k <= count {
                guard b[i + k] & 0xC0 == 0x80 else { return i }
                k += 1
            }
            i += count + 1
        }
        return nil
    }

    private static func fromUTF16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) throws(SpreadsheetError) -> [UInt8] {
        guard bytes.count % 2 == 0 else {
            throw SpreadsheetError(message: "The file says it is UTF-16 text but has an odd number of bytes: it is cut short.")
        }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let first = UInt16(bytes[i]), second = UInt16(bytes[i + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            i += 2
        }
        var out: [UInt8] = []
        out.reserveCapacity(units.count)
        let failed = transcode(units.makeIterator(), from: UTF16.self, to: UTF8.self, stoppingOnError: true) { out.append($0) }
        if failed {
            throw SpreadsheetError(line: line(at: out.count, in: out),
                                   message: "The UTF-16 text has a broken character here; save it again as CSV UTF-8.")
        }
        return out
    }
}
