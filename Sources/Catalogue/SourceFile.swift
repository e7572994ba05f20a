import Foundation

/// The text of one content file, decoded and normalised: UTF-8 without byte-order mark, LF endings.
public struct SourceFile: Sendable {
    /// The path shown to editors (relative to the working folder where possible).
    public var path: String
    /// The whole text, normalised.
    public var text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = SourceFile.normalise(text)
    }

    /// Reads and decodes a file; a file that is not UTF-8 is an error naming the first bad byte.
    public static func read(at url: URL, displayPath: String) -> Result<SourceFile, Diagnostic> {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            return .failure(.error(at: SourceLocation(file: displayPath),
                                   "cannot read the file: \(error.localizedDescription)"))
        }
        return decode(data, displayPath: displayPath)
    }

    /// Decodes bytes as UTF-8 (dropping a byte-order mark), or reports where the bad byte is.
    public static func decode(_ data: Data, displayPath: String) -> Result<SourceFile, Diagnostic> {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return .failure(.error(
                at: SourceLocation(file: displayPath, line: 1, column: 1),
                "the file is saved as UTF-16, not UTF-8",
                suggestion: "save it again choosing the encoding 'UTF-8'"))
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            if let nul = text.utf8.firstIndex(of: 0) {
                let (line, column) = position(ofByte: text.utf8.distance(from: text.utf8.startIndex, to: nul), in: bytes)
                return .failure(.error(
                    at: SourceLocation(file: displayPath, line: line, column: column),
                    "the file contains a NUL byte, so it is not a text file",
                    suggestion: "save the file again as plain text (UTF-8)"))
            }
            return .success(SourceFile(path: displayPath, text: text))
        }
        let offset = firstInvalidUTF8Offset(bytes)
        let (line, column) = position(ofByte: offset, in: bytes)
        let byte = bytes[bytes.startIndex + offset]
        return .failure(.error(
            at: SourceLocation(file: displayPath, line: line, column: column),
            "the file is not UTF-8 text (byte 0x\(String(byte, radix: 16, uppercase: true)) cannot be read)",
            suggestion: "save it again choosing the encoding 'UTF-8'; in Word use 'Plain Text' and 'Unicode (UTF-8)'"))
    }

    /// The 1-based line `number`, without its newline, or nil past the end.
    public func line(_ number: Int) -> String? {
        guard number >= 1 else { return nil }
        var current = 1
        var start = text.startIndex
        while current < number {
            guard let newline = text[start...].firstIndex(of: "\n") else { return nil }
            start = text.index(after: newline)
            current += 1
        }
        let end = text[start...].firstIndex(of: "\n") ?? text.endIndex
        return String(text[start..<end])
    }

    /// A location in this file, quoting its line.
    public func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(file: path, line: line, column: column, lineText: self.line(line))
    }

    static func normalise(_ text: String) -> String {
        var text = text
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        if text.utf8.contains(13) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        return text
    }

    private static func firstInvalidUTF8Offset(_ bytes: Data.SubSequence) -> Int {
        var decoder = UTF8()
        var counting = CountingIterator(base: bytes.makeIterator())
        while true {
            let before = counting.count
            switch decoder.decode(&counting) {
            case .scalarValue: continue
            case .emptyInput: return max(0, bytes.count - 1)
            case .error: return before
            }
        }
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
