/// HTML escaping as swift-mustache does it: `&` `<` `>` `"` `'` become `&amp;` `&lt;` `&gt;` `&quot;`
/// `&#39;`; nothing else changes. Works on UTF-8 bytes (what the template renderer writes); text with
/// nothing to escape is appended whole.
public enum HTMLEscaping {
    /// `text` escaped for HTML element content or a quoted attribute value.
    public static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: needsEscaping) else { return text }
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + 16)
        append(text, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    @inline(__always)
    static func needsEscaping(_ byte: UInt8) -> Bool {
        // All five are below 0x40: one range check rejects most bytes.
        byte < 0x40 && (byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27)
    }

    /// Appends `text`, escaped, to UTF-8 bytes.
    static func append(_ text: String, to output: inout [UInt8]) {
        withUTF8(text) { bytes in
            guard let first = bytes.firstIndex(where: needsEscaping) else {
                output.append(contentsOf: bytes)
                return
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[..<first]))
            for byte in UnsafeBufferPointer(rebasing: bytes[first...]) {
                let replacement: StaticString
                switch byte {
                case 0x26: replacement = "&amp;"
                case 0x3C: replacement = "&lt;"
                case 0x3E: replacement = "&gt;"
                case 0x22: replacement = "&quot;"
                case 0x27: replacement = "&#39;"
                default:
                    output.append(byte)
                    continue
                }
                output.append(contentsOf: UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
            }
        }
    }

    /// Appends `text`'s UTF-8 bytes as they are.
    @inline(__always)
    static func appendUTF8(_ text: String, to output: inout [UInt8]) {
        withUTF8(text) { output.append(contentsOf: $0) }
    }

    /// Calls `body` with the text's UTF-8 bytes, in place when they are (native and small strings are).
    @inline(__always)
    private static func withUTF8(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        if text.utf8.withContiguousStorageIfAvailable(body) == nil {
            var copy = text
            copy.withUTF8(body)
        }
    }
}
