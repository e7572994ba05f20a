import Foundation

/// The text of one content file, decoded and normalised: UTF-8 without byte-order mark, LF endings.
public struct SourceFile: Sendable {
    /// The path shown to editors (relative to the working folder where possible).
    public var path: String
    /// The whole text, normalised.
    public let text: String
    /// UTF-8 offset of the start of each line, so quoting a line is O(1) however many diagnostics a file has.
    private let lineStarts: [Int]
    /// Where columns are in a file that is not all ASCII (nil when it is, and a column is a byte offset).
    private let scalars: ScalarIndex?

    /// Columns count Unicode scalars (as the YAML parser does). To find one in a long line without
    /// walking the line, the file's scalars are numbered: the number of the first scalar of each
    /// line, and the UTF-8 offset of every `stride`-th scalar of the file.
    private struct ScalarIndex: Sendable {
        static let stride = 64
        var lineStarts: [Int]
        var checkpoints: [Int]
        var count: Int
        /// The numbers of the scalars beyond U+FFFF (two UTF-16 code units each), in order.
        var astral: [Int]
    }

    public init(path: String, text: String) {
        self.path = path
        var normalised = SourceFile.normalise(text)
        normalised.makeContiguousUTF8()
        self.text = normalised
        // Most files are ASCII: their line starts are found with memchr, and no scalar index is made.
        let asciiStarts: [Int]? = normalised.withUTF8 { bytes in
            guard let base = bytes.baseAddress, bytes.isASCII else { return bytes.isEmpty ? [0] : nil }
            var starts = [0]
            var offset = 0
            while offset < bytes.count, let hit = memchr(base + offset, 10, bytes.count - offset) {
                offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) + 1
                starts.append(offset)
            }
            return starts
        }
        if let asciiStarts {
            lineStarts = asciiStarts
            scalars = nil
            return
        }
        var starts = [0]
        var scalarLineStarts = [0]
        var checkpoints: [Int] = []
        var astral: [Int] = []
        var offset = 0
        var scalar = 0
        normalised.withUTF8 { bytes in
            for byte in bytes {
                if byte & 0xC0 != 0x80 {
                    if scalar % ScalarIndex.stride == 0 { checkpoints.append(offset) }
                    if byte >= 0xF0 { astral.append(scalar) }
                    scalar += 1
                }
                offset += 1
                if byte == 10 {
                    starts.append(offset)
                    scalarLineStarts.append(scalar)
                }
            }
        }
        lineStarts = starts
        scalars = ScalarIndex(lineStarts: scalarLineStarts, checkpoints: checkpoints, count: scalar, astral: astral)
    }

    /// Reads and decodes a file; a file that is not UTF-8 is an error naming the first bad byte.
    public static func read(at url: URL, displayPath: String) -> Result<SourceFile, Diagnostic> {
        if url.isFileURL, let data = readRegularFile(url.path) { return decode(data, displayPath: displayPath) }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            return .failure(.error(.fileUnreadable, at: SourceLocation(file: displayPath),
                                   "cannot read the file: \(error.localizedDescription)"))
        }
        return decode(data, displayPath: displayPath)
    }

    /// The bytes of the regular file at `path` (as many as fstat says it holds), read with one open,
    /// fstat and read: every content file is read so. Nil when anything is unusual (an error, an
    /// empty size, a short read), and `Data(contentsOf:)` reads it and says why.
    private static func readRegularFile(_ path: String) -> Data? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        // An empty size may not mean an empty file (a file the kernel makes as it is read): Foundation reads it.
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_size > 0 else { return nil }
        var data = Data(count: Int(info.st_size))
        let complete = data.withUnsafeMutableBytes { buffer -> Bool in
            var done = 0
            while done < buffer.count {
                let got = readBytes(descriptor, buffer.baseAddress! + done, buffer.count - done)
                if got < 0, errno == EINTR { continue }
                guard got > 0 else { return false }
                done += got
            }
            return true
        }
        return complete ? data : nil
    }

    /// Decodes bytes as UTF-8 (dropping a byte-order mark), or reports where the bad byte is.
    public static func decode(_ data: Data, displayPath: String) -> Result<SourceFile, Diagnostic> {
        var bytes = data[...]
        // The file's own name, for messages only: worked out when one is made.
        var name: String { displayPath.split(separator: "/").last.map(String.init) ?? displayPath }
        if let binary = BinaryFile(bytes, name: name) { return .failure(binary.diagnostic(displayPath: displayPath)) }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return .failure(.error(.utf16File,
                at: SourceLocation(file: displayPath),
                "the file is saved as UTF-16, not UTF-8",
                suggestion: "save it again choosing the encoding 'UTF-8'"))
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            if text.utf8.containsByte(0), let nul = text.utf8.firstIndex(of: 0) {
                // Every other byte NUL: UTF-16 ("Unicode" in old Notepad) without its byte-order mark.
                let pairs = bytes.prefix(64)
                if pairs.count >= 4, pairs.enumerated().allSatisfy({ ($0.offset % 2 == (pairs.first == 0 ? 0 : 1)) == ($0.element == 0) }) {
                    return .failure(.error(.utf16File, at: SourceLocation(file: displayPath), "the file is saved as UTF-16, not UTF-8",
                                           suggestion: "save it again choosing the encoding 'UTF-8'"))
                }
                let (line, column) = position(ofByte: text.utf8.distance(from: text.utf8.startIndex, to: nul), in: bytes)
                return .failure(.error(.nulByte,
                    at: SourceLocation(file: displayPath, line: line, column: column),
                    "the file contains a NUL byte, so it is not a text file (it may be a document or a picture saved as \(name))",
                    suggestion: "open it in the program that made it, copy the text into a new file in a plain text editor, and save that as plain text (UTF-8)"))
            }
            if let conflict = ConflictMarkers(in: text) {
                return .failure(conflict.diagnostic(file: displayPath, resolve: ConflictMarkers.keepOneSide(displayPath)))
            }
            return .success(SourceFile(path: displayPath, text: text))
        }
        let offset = firstInvalidUTF8Offset(bytes)
        let (line, column) = position(ofByte: offset, in: bytes)
        if hasNUL(bytes) || BinaryFile.hasControlBytes(bytes) {
            return .failure(.error(.fileNotText,
                at: SourceLocation(file: displayPath),
                "this is not a text file: it holds bytes no text editor writes (it may be a document or a picture saved as \(name))",
                suggestion: "open it in the program that made it, copy the text into a new file in a plain text editor, and save that as plain text (UTF-8)"))
        }
        let byte = bytes[bytes.startIndex + offset]
        let character = windows1252Name(byte).map { ", probably \($0) saved by Word or Excel" } ?? ""
        let lineText = String(decoding: lineBytes(line, in: bytes), as: UTF8.self)
        return .failure(.error(.notUTF8,
            at: SourceLocation(file: displayPath, line: line, column: column, lineText: lineText),
            "the file is not UTF-8 text: byte 0x\(String(byte, radix: 16, uppercase: true)) cannot be read\(character)",
            suggestion: "save the file again choosing the encoding 'UTF-8' (in Notepad: Save as, Encoding: UTF-8)"))
    }

    private static func hasNUL(_ bytes: Data.SubSequence) -> Bool { bytes.contains(0) }

    /// The 1-based line `number`, without its newline, or nil past the end.
    public func line(_ number: Int) -> String? {
        guard number >= 1, number <= lineStarts.count else { return nil }
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: lineStarts[number - 1])
        let end = number < lineStarts.count ? utf8.index(utf8.startIndex, offsetBy: lineStarts[number] - 1) : utf8.endIndex
        return String(text[start..<end])
    }

    /// A location in this file, quoting its line (or, for a long line, a window of it around the
    /// column). `column` counts Unicode scalars from 1. O(1) however long the line.
    public func location(line: Int, column: Int) -> SourceLocation {
        guard line >= 1, line <= lineStarts.count else { return SourceLocation(file: path, line: line, column: column, excerpt: nil) }
        var text = text
        let excerpt = text.withUTF8 { bytes in
            let start = lineStarts[line - 1]
            let end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
            return LineExcerpt(bytes, line: start..<end, caret: offset(ofColumn: column, line: line, lineBytes: start..<end, in: bytes))
        }
        var location = SourceLocation(file: path, line: line, column: column, excerpt: excerpt)
        location.utf16Column = utf16Column(column, line: line)
        return location
    }

    /// A location that also says where the offending text ends: `endColumn` on the same line,
    /// exclusive (nil when the end is not known).
    public func location(line: Int, column: Int, endColumn: Int?) -> SourceLocation {
        var location = location(line: line, column: column)
        if let endColumn, endColumn > column, line >= 1, line <= lineStarts.count {
            location.endLine = line
            location.endColumn = endColumn
            location.utf16EndColumn = utf16Column(endColumn, line: line)
        }
        return location
    }

    /// The UTF-16 column of the 1-based scalar `column` of `line`: the column plus the scalars beyond
    /// U+FFFF before it on the line. O(log n) however long the line.
    private func utf16Column(_ column: Int, line: Int) -> Int? {
        guard line >= 1, line <= lineStarts.count else { return nil }
        guard let scalars, !scalars.astral.isEmpty else { return max(column, 1) }
        let lineEnd = line < scalars.lineStarts.count ? scalars.lineStarts[line] - 1 : scalars.count
        let start = scalars.lineStarts[line - 1]
        let end = min(start + max(column, 1) - 1, lineEnd)
        return max(column, 1) + SourceFile.count(of: scalars.astral, in: start..<max(start, end))
    }

    /// How many of the sorted `numbers` are in `range`.
    private static func count(of numbers: [Int], in range: Range<Int>) -> Int {
        func firstIndex(notBelow value: Int) -> Int {
            var low = 0, high = numbers.count
            while low < high {
                let middle = (low + high) / 2
                if numbers[middle] < value { low = middle + 1 } else { high = middle }
            }
            return low
        }
        return firstIndex(notBelow: range.upperBound) - firstIndex(notBelow: range.lowerBound)
    }

    /// A location given as cmark gives it: `byteColumn` counts UTF-8 bytes from 1. Turned into the
    /// scalar column every other message uses, so the column and the caret stay right after "é" or "—".
    /// O(log n) however long the line, like `location(line:column:)`: a hostile body can put
    /// thousands of links on one line.
    public func location(line: Int, byteColumn: Int) -> SourceLocation {
        guard let scalars, line >= 1, line <= lineStarts.count, byteColumn > 1 else { return location(line: line, column: byteColumn) }
        let start = lineStarts[line - 1]
        let end = line < lineStarts.count ? lineStarts[line] - 1 : text.utf8.count
        let offset = start + min(byteColumn - 1, end - start)
        // The last checkpoint at or before the offset, then one scalar per byte that starts one.
        var low = 0, high = scalars.checkpoints.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if scalars.checkpoints[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        var text = text
        let scalar = text.withUTF8 { bytes in
            bytes[scalars.checkpoints[low]..<offset].reduce(low * ScalarIndex.stride) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
        }
        return location(line: line, column: scalar - scalars.lineStarts[line - 1] + 1)
    }

    /// How many lines the file has.
    var lineCount: Int { lineStarts.count }

    /// The UTF-8 offsets of a 1-based line, without its newline.
    func lineRange(_ line: Int) -> Range<Int> {
        lineStarts[line - 1]..<(line < lineStarts.count ? lineStarts[line] - 1 : text.utf8.count)
    }

    /// The UTF-8 offset of the 1-based scalar `column` of a line, or the line's end when it is shorter.
    func offset(ofColumn column: Int, line: Int, lineBytes: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let column = max(column, 1)
        guard let scalars else { return lineBytes.lowerBound + min(column - 1, lineBytes.count) }
        let lineEnd = line < scalars.lineStarts.count ? scalars.lineStarts[line] - 1 : scalars.count
        let target = min(scalars.lineStarts[line - 1] + column - 1, lineEnd)
        guard target < scalars.count else { return bytes.count }
        var offset = scalars.checkpoints[target / ScalarIndex.stride]
        for _ in 0..<(target % ScalarIndex.stride) {
            offset += 1
            while offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
        }
        return offset
    }

    package static func normalise(_ text: String) -> String {
        var text = text
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        if text.utf8.containsByte(13) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        return text
    }

    /// Byte offset of the first byte that does not start or continue a valid UTF-8 sequence.
    static func firstInvalidUTF8Offset(_ bytes: Data.SubSequence) -> Int {
        let data = Array(bytes)
        var index = 0
        while index < data.count {
            let byte = data[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: index += 1; continue
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            guard index + length <= data.count else { return index }
            for offset in 1..<length where data[index + offset] & 0xC0 != 0x80 { return index }
            // Overlong forms and surrogates are invalid too.
            if byte == 0xE0, data[index + 1] < 0xA0 { return index }
            if byte == 0xED, data[index + 1] > 0x9F { return index }
            if byte == 0xF0, data[index + 1] < 0x90 { return index }
            if byte == 0xF4, data[index + 1] > 0x8F { return index }
            index += length
        }
        return max(0, data.count - 1)
    }

    /// The character a Windows-1252 byte stands for, to say what to retype.
    static func windows1252Name(_ byte: UInt8) -> String? {
        switch byte {
        case 0x80: return "€"
        case 0x91, 0x92: return "a curly apostrophe (’)"
        case 0x93, 0x94: return "a curly quote (“ ”)"
        case 0x96: return "an en dash (–)"
        case 0x97: return "an em dash (—)"
        case 0x85: return "an ellipsis (…)"
        case 0xA3: return "a pound sign (£)"
        case 0xA0: return "a non-breaking space"
        case 0xE9: return "é"
        default: return nil
        }
    }

    private static func lineBytes(_ number: Int, in bytes: Data.SubSequence) -> [UInt8] {
        var current = 1
        var result: [UInt8] = []
        for byte in bytes {
            if byte == 10 {
                if current == number { break }
                current += 1
                continue
            }
            if current == number { result.append(byte) }
        }
        return result
    }

    private static func position(ofByte offset: Int, in bytes: Data.SubSequence) -> (Int, Int) {
        var line = 1
        var lineStart = 0
        var index = 0
        for byte in bytes {
            if index >= offset { break }
            if byte == 10 {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        let prefix = bytes[(bytes.startIndex + lineStart)..<(bytes.startIndex + offset)]
        let column = (String(decoding: prefix, as: UTF8.self).count) + 1
        return (line, column)
    }
}

/// A byte iterator that counts how many bytes it has handed out.
private struct CountingIterator: IteratorProtocol {
    var base: Data.SubSequence.Iterator
    var count = 0
    mutating func next() -> UInt8? {
        guard let byte = base.next() else { return nil }
        count += 1
        return byte
    }
}

/// `read(2)`, named apart from `SourceFile.read`.
private func readBytes(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
