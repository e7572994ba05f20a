import Foundation

/// A raw-HTML element in a body that runs or embeds something (`<script>`, `<iframe>`, `<object>`,
/// `<embed>`, `<frame>`): refused, unlike other raw HTML, which is only left out. Its place is as in
/// `MarkdownPosition` (the column counted in UTF-8 bytes).
public struct MarkdownEmbed: Sendable, Equatable {
    /// The element's name in lowercase: `script`, `iframe`.
    public var element: String
    /// Its `src` (or `data`) address, when it has one, to offer as a link instead.
    public var source: String?
    public var line: Int
    public var column: Int

    /// The elements refused.
    public static let elements = ["script", "iframe", "object", "embed", "frame"]

    /// The opening tags of refused elements in a raw-HTML node's `literal`, which starts at `line`
    /// and `column`; `closes` is true when the literal holds such an element's closing tag, and
    /// nothing but refused elements' tags then needs its own warning.
    static func find(in literal: String, line: Int, column: Int) -> (found: [MarkdownEmbed], mentions: Bool) {
        let bytes = Array(literal.utf8)
        var found: [MarkdownEmbed] = []
        var mentions = false
        var lineNumber = line
        var lineStart = 0
        var index = 0
        while index < bytes.count {
            if bytes[index] == 10 { lineNumber += 1; lineStart = index + 1 }
            if bytes[index] == UInt8(ascii: "<") {
                let closing = index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "/")
                let nameStart = index + (closing ? 2 : 1)
                var nameEnd = nameStart
                while nameEnd < bytes.count, (bytes[nameEnd] | 0x20) >= UInt8(ascii: "a"), (bytes[nameEnd] | 0x20) <= UInt8(ascii: "z") { nameEnd += 1 }
                let name = String(decoding: bytes[nameStart..<nameEnd], as: UTF8.self).lowercased()
                let boundary = nameEnd == bytes.count || [UInt8(ascii: ">"), UInt8(ascii: "/"), 32, 9, 10].contains(bytes[nameEnd])
                if boundary, elements.contains(name) {
                    mentions = true
                    if !closing {
                        let tagEnd = bytes[nameEnd...].firstIndex(of: UInt8(ascii: ">")) ?? bytes.count
                        let tag = String(decoding: bytes[nameEnd..<tagEnd], as: UTF8.self)
                        found.append(MarkdownEmbed(element: name, source: attribute(name == "object" ? "data" : "src", in: tag),
                                                   line: lineNumber, column: column + index - lineStart))
                    }
                }
            }
            index += 1
        }
        return (found, mentions)
    }

    /// The value of `name="…"` (or `'…'`, or bare) in a tag's attributes.
    private static func attribute(_ name: String, in tag: String) -> String? {
        guard let range = tag.range(of: name + "=", options: .caseInsensitive) else { return nil }
        var rest = tag[range.upperBound...]
        if let quote = rest.first, quote == "\"" || quote == "'" {
            rest = rest.dropFirst()
            return String(rest.prefix { $0 != quote })
        }
        return String(rest.prefix { $0 != " " && $0 != ">" })
    }
}
