/// The byte-level steps of `ICalendarWriter`: escaping a TEXT value and removing line breaks while
/// appending it, and folding a line where every fold point falls between two ASCII characters.
///
/// Everything these steps escape, drop or insert is ASCII, and no byte of a multi-byte UTF-8
/// sequence is ASCII, so working on bytes never splits or changes a character.
enum ICalendarBytes {
    /// Appends `text` TEXT-escaped (`ICalendarWriter.escape(_:)`'s rules): `\` `;` `,` get a
    /// backslash, CRLF, CR and LF become `\n`, tab stays, and other control characters are dropped.
    static func appendEscaped(_ text: String, to bytes: inout [UInt8]) {
        withUTF8(text) { source in
            // The runs between the bytes that change are appended whole (most values are one run).
            var runStart = 0
            for index in source.indices {
                let byte = source[index]
                guard byte < 0x20 || byte == 0x7F || byte == 92 || byte == 59 || byte == 44, byte != 9 else { continue }
                if runStart < index { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<index])) }
                runStart = index + 1
                switch byte {
                case 92, 59, 44:
                    bytes.append(92)
                    bytes.append(byte)
                case 13:
                    bytes.append(92)
                    bytes.append(UInt8(ascii: "n"))
                case 10:
                    // The LF of a CRLF: the CR already wrote the line break.
                    if index == 0 || source[index - 1] != 13 {
                        bytes.append(92)
                        bytes.append(UInt8(ascii: "n"))
                    }
                default:
                    // Another control character: dropped.
                    break
                }
            }
            if runStart < source.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart...])) }
        }
    }

    /// Appends `value` without its CR and LF characters.
    static func appendRemovingLineBreaks(_ value: String, to bytes: inout [UInt8]) {
        withUTF8(value) { source in
            guard source.contains(where: { $0 == 13 || $0 == 10 }) else {
                bytes.append(contentsOf: source)
                return
            }
            for byte in source where byte != 13 && byte != 10 { bytes.append(byte) }
        }
    }

    /// Folds the line `bytes[start...]` (no CRLF yet) in place as `ICalendarWriter.fold(_:)` would,
    /// when every fold point (after 75 octets, then every 74 after the continuation space) lies
    /// between two ASCII characters other than CR and LF: there the line always breaks between
    /// characters, so the greedy fold by characters breaks exactly at those points. Returns false,
    /// leaving the bytes as they were, when a fold point touches a multi-byte character (or a CRLF):
    /// the caller folds by characters.
    static func foldAtASCII(_ bytes: inout [UInt8], from start: Int) -> Bool {
        let limit = ICalendarWriter.lineLimit
        let count = bytes.count - start
        guard count > limit else { return true }
        // Fold points, relative to the line: 75, 149, 223, …
        let folds = (count - limit - 1) / (limit - 1) + 1
        for fold in 0..<folds {
            let point = start + limit + fold * (limit - 1)
            let before = bytes[point - 1], after = bytes[point]
            guard before < 0x80, after < 0x80, !(before == 13 && after == 10) else { return false }
        }
        let end = bytes.count
        bytes.append(contentsOf: repeatElement(0, count: folds * 3))
        bytes.withUnsafeMutableBufferPointer { buffer in
            let base = buffer.baseAddress!
            // From the last segment back, each moves right by three octets per fold before it.
            var segmentEnd = end
            for fold in stride(from: folds, to: 0, by: -1) {
                let segmentStart = start + limit + (fold - 1) * (limit - 1)
                let shift = fold * 3
                // Overlapping ranges: copyMemory moves like memmove.
                UnsafeMutableRawPointer(base + segmentStart + shift).copyMemory(from: base + segmentStart, byteCount: segmentEnd - segmentStart)
                base[segmentStart + shift - 3] = 13
                base[segmentStart + shift - 2] = 10
                base[segmentStart + shift - 1] = 32
                segmentEnd = segmentStart
            }
        }
        return true
    }

    /// Calls `body` with the UTF-8 of `text`, without copying it when the string is stored as UTF-8.
    private static func withUTF8(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        if text.utf8.withContiguousStorageIfAvailable(body) == nil {
            Array(text.utf8).withUnsafeBufferPointer(body)
        }
    }
}
