/// HTML escaping as swift-mustache does it: `&` `<` `>` `"` `'` become `&amp;` `&lt;` `&gt;` `&quot;`
/// `&#39;`; nothing else changes. Works on UTF-8 bytes; text with nothing to escape is appended whole.
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
