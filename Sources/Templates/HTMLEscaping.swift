/// HTML escaping as swift-mustache does it: `&` `<` `>` `"` `'` become `&amp;` `&lt;` `&gt;` `&quot;`
/// `&#39;`; nothing else changes. Works on UTF-8 bytes; text with nothing to escape is appended whole.
/// Appends to a string or to UTF-8 bytes (what the template renderer writes).
public enum HTMLEscaping {
    /// `text` escaped for HTML element content or a quoted attribute value.
    public static func escape(_ text: String) -> String {
        var output = ""
        append(text, to: &output)
        return output
    }

    @inline(__always)
    static func needsEscaping(_ byte: UInt8) -> Bool {
        // All five are below 0x40: one range check rejects most bytes.
        byte < 0x40 && (byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27)
    }

    /// Appends `text` to `output`, escaped.
    static func append(_ text: String, to output: inout String) {
        let first: Int?? = text.utf8.withContiguousStorageIfAvailable { $0.firstIndex(where: needsEscaping) }
        switch first {
        case .some(.none):
            output.append(text)
        case .some(.some(let offset)):
            appendEscaping(text, from: offset, to: &output)
        case .none:
            // Not contiguous UTF-8 (a bridged string): make it so.
            var copy = text
            copy.makeContiguousUTF8()
            append(copy, to: &output)
        }
    }

    /// Appends `text`, escaped, to UTF-8 bytes.
    static func append(_ text: String, to output: inout [UInt8]) {
        withUTF8(text) { bytes in
            guard let first = bytes.firstIndex(where: needsEscaping) else {
                output.append(contentsOf: bytes)
                return
            }
            output.append(contentsOf: bytes[..<first])
            for byte in bytes[first...] {
                switch byte {
                case 0x26: output.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B])        // &amp;
                case 0x3C: output.append(contentsOf: [0x26, 0x6C, 0x74, 0x3B])              // &lt;
                case 0x3E: output.append(contentsOf: [0x26, 0x67, 0x74, 0x3B])              // &gt;
                case 0x22: output.append(contentsOf: [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B])  // &quot;
                case 0x27: output.append(contentsOf: [0x26, 0x23, 0x33, 0x39, 0x3B])        // &#39;
                default: output.append(byte)
                }
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

    /// The slow path: `text` has something to escape at byte `offset`.
    private static func appendEscaping(_ text: String, from offset: Int, to output: inout String) {
        let utf8 = text.utf8
        var runStart = utf8.startIndex
        var index = utf8.index(runStart, offsetBy: offset)
        while index != utf8.endIndex {
            let replacement: String
            switch utf8[index] {
            case 0x26: replacement = "&amp;"
            case 0x3C: replacement = "&lt;"
            case 0x3E: replacement = "&gt;"
            case 0x22: replacement = "&quot;"
            case 0x27: replacement = "&#39;"
            default:
                utf8.formIndex(after: &index)
                continue
            }
            if runStart != index { output.append(contentsOf: text[runStart..<index]) }
            output.append(replacement)
            utf8.formIndex(after: &index)
            runStart = index
        }
        if runStart != utf8.endIndex { output.append(contentsOf: text[runStart...]) }
    }
}
