// Byte-level reading for the parser. Positions are UTF-8 offsets; every place the parser cuts the
// text is an ASCII byte or the start of a delimiter, so slices are whole characters' bytes.

extension TemplateParser {
    var atEnd: Bool { position >= bytes.count }

    /// The text of `range` of the template.
    func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// Moves past spaces and tabs (what swift-mustache skips at the start of a line) and returns them.
    mutating func readSpacesAndTabs() -> Range<Int> {
        let start = position
        while position < bytes.count, bytes[position] == UInt8(ascii: " ") || bytes[position] == UInt8(ascii: "\t") {
            position += 1
        }
        return start..<position
    }

    /// The Unicode scalar at `offset` and its length in bytes.
    func scalar(at offset: Int) -> (Unicode.Scalar, Int)? {
        guard offset < bytes.count else { return nil }
        let lead = bytes[offset]
        let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        guard offset + length <= bytes.count else { return nil }
        var value = length == 1 ? UInt32(lead) : UInt32(lead) & (0xFF >> UInt32(length + 1))
        for byte in bytes[(offset + 1)..<(offset + length)] { value = value << 6 | UInt32(byte & 0x3F) }
        return Unicode.Scalar(value).map { ($0, length) }
    }

    /// Whether the character at `offset` is whitespace (Unicode White_Space, newlines included).
    func isWhitespace(at offset: Int) -> Bool {
        guard let (scalar, _) = scalar(at: offset) else { return false }
        return scalar.properties.isWhitespace
    }

    /// Moves past whitespace, as swift-mustache does inside tags.
    mutating func skipWhitespace() {
        while let (scalar, length) = scalar(at: position), scalar.properties.isWhitespace { position += length }
    }

    /// The length in bytes of the line break at `offset` (`\n`, `\r\n`, `\r`, VT, FF, NEL, LS, PS), if any.
    func newlineLength(at offset: Int) -> Int? {
        guard offset < bytes.count else { return nil }
        switch bytes[offset] {
        case 0x0A, 0x0B, 0x0C: return 1
        case 0x0D: return offset + 1 < bytes.count && bytes[offset + 1] == 0x0A ? 2 : 1
        case 0xC2: return offset + 1 < bytes.count && bytes[offset + 1] == 0x85 ? 2 : nil
        case 0xE2:
            guard offset + 2 < bytes.count, bytes[offset + 1] == 0x80, bytes[offset + 2] == 0xA8 || bytes[offset + 2] == 0xA9 else { return nil }
            return 3
        default: return nil
        }
    }

    /// Whether `sequence` is next.
    func matches(_ sequence: [UInt8], at offset: Int) -> Bool {
        guard offset + sequence.count <= bytes.count else { return false }
        for (index, byte) in sequence.enumerated() where bytes[offset + index] != byte { return false }
        return true
    }

    /// Moves past bytes of `set`, and returns them.
    mutating func read(while set: NameCharacters) -> Range<Int> {
        let start = position
        while position < bytes.count, set.contains(bytes[position]) { position += 1 }
        return start..<position
    }

    /// Moves past `sequence` if it is next.
    mutating func read(_ sequence: [UInt8]) -> Bool {
        guard matches(sequence, at: position) else { return false }
        position += sequence.count
        return true
    }

    /// Reads the template's own text up to the next tag or line break. Afterwards `position` is at the
    /// line break (`\n`), just after the opening delimiter of a tag, or at the end.
    mutating func readText(_ state: State) -> Range<Int> {
        let start = position
        let first = state.startDelimiter[0]
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\n") { return start..<position }
            if byte == first, matches(state.startDelimiter, at: position) {
                defer { position += state.startDelimiter.count }
                return start..<position
            }
            position += 1
        }
        return start..<position
    }

    /// swift-mustache's standalone test: the tag began a line (only spaces and tabs before it) and only
    /// spaces and tabs follow it up to a line break, which is consumed; or it is the very end.
    mutating func isStandalone(_ state: State) -> Bool {
        guard state.newLine else { return false }
        if atEnd { return true }
        var offset = position
        while offset < bytes.count, bytes[offset] == UInt8(ascii: " ") || bytes[offset] == UInt8(ascii: "\t") { offset += 1 }
        guard let length = newlineLength(at: offset) else { return false }
        position = offset + length
        return true
    }
}

/// A set of ASCII bytes allowed in names.
struct NameCharacters {
    private let bits: (UInt64, UInt64)

    init(_ characters: String) {
        var low: UInt64 = 0, high: UInt64 = 0
        for byte in characters.utf8 {
            if byte < 64 { low |= 1 << UInt64(byte) } else { high |= 1 << UInt64(byte - 64) }
        }
        bits = (low, high)
    }

    func contains(_ byte: UInt8) -> Bool {
        byte < 64 ? bits.0 & (1 << UInt64(byte)) != 0 : byte < 128 && bits.1 & (1 << UInt64(byte - 64)) != 0
    }

    private static let letters = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*"
    /// Variable and section names, transforms excluded.
    static let plainName = NameCharacters(letters)
    /// Variable and section names with transform calls.
    static let name = NameCharacters(letters + "()")
    /// Partial and parent names (may hold a folder: `partials/card`).
    static let partialName = NameCharacters(letters + "()/")
}
