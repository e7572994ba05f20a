/// The parts of a ZIP archive (an `.xlsx` is one), read from memory: the end-of-central-directory
/// record, the central directory, and each entry's local header and data.
///
/// Only what Office files use: entries stored (method 0) or deflated (method 8), not encrypted,
/// not ZIP64 (over 4 GB or 65,535 entries: an error that says so). A hostile archive gets an
/// error, not a crash: at most `maxEntries` entries, each unpacking to at most `maxEntrySize`
/// bytes and no more than its stated size, at most DEFLATE's own ratio, and its CRC-32 checked;
/// at most `maxTotalSize` bytes unpacked in all (128 MB unless a test says less).
struct ZipArchive {
    static let maxEntries = 10_000
    static let maxEntrySize = 64 << 20
    static let defaultMaxTotalSize = 128 << 20

    struct Entry {
        var name: String
        var method: Int
        var flags: Int
        var crc: UInt32
        var compressedSize: Int
        var size: Int
        var localHeaderOffset: Int
    }

    private let bytes: [UInt8]
    private let maxTotalSize: Int
    /// Entries by name (the first when a name repeats).
    private(set) var entries: [String: Entry] = [:]
    /// Bytes unpacked so far.
    private var unpackedSize = 0

    init(_ bytes: [UInt8], maxTotalSize: Int = defaultMaxTotalSize) throws(SpreadsheetError) {
        self.bytes = bytes
        self.maxTotalSize = maxTotalSize
        let end = try Self.endOfCentralDirectory(bytes)
        let count = Int(Self.uint16(bytes, end + 10))
        let directorySize = Int(Self.uint32(bytes, end + 12))
        let directoryOffset = Int(Self.uint32(bytes, end + 16))
        if count == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF
            || (end >= 20 && Self.uint32(bytes, end - 20) == 0x0706_4B50) {
            throw SpreadsheetError(message: "The workbook is a ZIP64 archive (over 4 GB or 65,535 parts), which cannot be read; save it again from Excel.")
        }
        guard count <= Self.maxEntries else { throw Self.damaged("too many parts (\(count))") }
        guard directoryOffset <= end, directorySize <= end - directoryOffset else {
            throw Self.damaged("a table of contents outside the file")
        }
        var at = directoryOffset
        for _ in 0..<count {
            guard at + 46 <= end, Self.uint32(bytes, at) == 0x0201_4B50 else { throw Self.damaged("a broken table of contents") }
            let nameLength = Int(Self.uint16(bytes, at + 28))
            let extraLength = Int(Self.uint16(bytes, at + 30))
            let commentLength = Int(Self.uint16(bytes, at + 32))
            guard at + 46 + nameLength <= end else { throw Self.damaged("a broken table of contents") }
            let entry = Entry(
                name: String(decoding: bytes[at + 46 ..< at + 46 + nameLength], as: UTF8.self),
                method: Int(Self.uint16(bytes, at + 10)),
                flags: Int(Self.uint16(bytes, at + 8)),
                crc: Self.uint32(bytes, at + 16),
                compressedSize: Int(Self.uint32(bytes, at + 20)),
                size: Int(Self.uint32(bytes, at + 24)),
                localHeaderOffset: Int(Self.uint32(bytes, at + 42)))
            if entries[entry.name] == nil { entries[entry.name] = entry }
            at += 46 + nameLength + extraLength + commentLength
        }
    }

    /// The unpacked bytes of the entry called `name`, or nil when there is none.
    mutating func contents(of name: String) throws(SpreadsheetError) -> [UInt8]? {
        guard let entry = entries[name] else { return nil }
        if entry.flags & 1 != 0 { throw SpreadsheetError(message: "The workbook is encrypted (password-protected); save a copy without a password.") }
        guard entry.size <= Self.maxEntrySize else {
            throw SpreadsheetError(message: "The workbook is too large to read: \(name) unpacks to \(entry.size) bytes (at most \(Self.maxEntrySize)).")
        }
        unpackedSize += entry.size
        guard unpackedSize <= maxTotalSize else {
            throw SpreadsheetError(message: "The workbook is too large to read: its parts unpack to more than \(maxTotalSize) bytes.")
        }
        let header = entry.localHeaderOffset
        guard header <= bytes.count - 30, Self.uint32(bytes, header) == 0x0403_4B50 else { throw Self.damaged("a part (\(name)) that is not where its table says") }
        let start = header + 30 + Int(Self.uint16(bytes, header + 26)) + Int(Self.uint16(bytes, header + 28))
        guard start <= bytes.count, entry.compressedSize <= bytes.count - start else { throw Self.damaged("a part (\(name)) cut short") }
        let data = bytes[start ..< start + entry.compressedSize]
        let unpacked: [UInt8]
        switch entry.method {
        case 0:
            guard entry.compressedSize == entry.size else { throw Self.damaged("a stored part (\(name)) whose sizes differ") }
            unpacked = Array(data)
        case 8:
            // DEFLATE never packs more than 1,032 bytes into one; a larger claim is a lie.
            guard entry.size <= entry.compressedSize * 1_032 + 1_024 else { throw Self.damaged("a part (\(name)) claiming an impossible size") }
            unpacked = try Inflate.inflate(data, limit: entry.size)
        default:
            throw SpreadsheetError(message: "The workbook's part \(name) is packed with a method (\(entry.method)) that cannot be read; save it again from Excel.")
        }
        guard unpacked.count == entry.size else { throw Self.damaged("a part (\(name)) whose size is not what its table says") }
        guard CRC32.checksum(unpacked) == entry.crc else { throw Self.damaged("a part (\(name)) whose checksum is wrong") }
        return unpacked
    }

    static func damaged(_ what: String) -> SpreadsheetError {
        SpreadsheetError(message: "The workbook is damaged or not an .xlsx: it has \(what).")
    }

    /// The end-of-central-directory record: the last one in the final 64 KB + 22 bytes.
    private static func endOfCentralDirectory(_ b: [UInt8]) throws(SpreadsheetError) -> Int {
        guard b.count >= 22 else { throw damaged("no ZIP structure (it is too short)") }
        var at = b.count - 22
        let lowest = max(0, b.count - 22 - 0xFFFF)
        while at >= lowest {
            if b[at] == 0x50 && uint32(b, at) == 0x0605_4B50 { return at }
            at -= 1
        }
        throw damaged("no ZIP structure")
    }

    private static func uint16(_ b: [UInt8], _ at: Int) -> UInt16 {
        UInt16(b[at]) | UInt16(b[at + 1]) << 8
    }

    private static func uint32(_ b: [UInt8], _ at: Int) -> UInt32 {
        UInt32(b[at]) | UInt32(b[at + 1]) << 8 | UInt32(b[at + 2]) << 16 | UInt32(b[at + 3]) << 24
    }
}

/// The CRC-32 of ZIP (and PNG, gzip): polynomial 0xEDB88320, reflected.
enum CRC32 {
    private static let table: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return ~crc
    }
}
