import CCMark
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Bare web addresses in the text (`More information: https://www.hse.gov.uk/fire/`) made into
/// links, as editors expect from every other tool: plain CommonMark leaves them as text.
///
/// Only `https://` and `http://` addresses with a site name are linked, never inside a link, a
/// picture's description or code; punctuation that ends the sentence (`.`, `,`, `)` without its
/// `(`…) stays out of the link.
enum MarkdownAutolinks {
    /// Where each link made starts in the body: the text node's place plus the bytes before the
    /// address (cmark keeps no place for nodes made after parsing).
    typealias Places = [OpaquePointer: MarkdownPosition]

    /// Splits the text nodes of `root` that hold a bare address into text, link, text.
    static func link(_ root: OpaquePointer) -> Places {
        var candidates: [OpaquePointer] = []
        guard let iterator = cmark_iter_new(root) else { return [:] }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator),
                  cmark_node_get_type(node) == CMARK_NODE_TEXT,
                  let literal = cmark_node_get_literal(node), strstr(literal, "http") != nil,
                  !isInsideLink(node) else { continue }
            candidates.append(node)
        }
        cmark_iter_free(iterator)
        var places: Places = [:]
        for node in candidates {
            let literal = String(cString: cmark_node_get_literal(node))
            let found = addresses(in: literal)
            guard !found.isEmpty else { continue }
            let line = Int(cmark_node_get_start_line(node)), column = Int(cmark_node_get_start_column(node))
            var rest = literal.utf8[...]
            for range in found {
                let before = String(decoding: rest[rest.startIndex..<range.lowerBound], as: UTF8.self)
                if !before.isEmpty { insert(text(before), before: node) }
                let address = String(decoding: literal.utf8[range], as: UTF8.self)
                let link = cmark_node_new(CMARK_NODE_LINK)!
                cmark_node_set_url(link, address)
                cmark_node_append_child(link, text(address))
                insert(link, before: node)
                places[link] = MarkdownPosition(line: line, column: column + literal.utf8.distance(from: literal.utf8.startIndex, to: range.lowerBound))
                rest = literal.utf8[range.upperBound...]
            }
            if !rest.isEmpty { insert(text(String(decoding: rest, as: UTF8.self)), before: node) }
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
        return places
    }

    /// The byte ranges of the bare addresses in `text`.
    static func addresses(in text: String) -> [Range<String.UTF8View.Index>] {
        let bytes = text.utf8
        var ranges: [Range<String.UTF8View.Index>] = []
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let rest = bytes[index...]
            let scheme = rest.starts(with: "https://".utf8) ? 8 : rest.starts(with: "http://".utf8) ? 7 : 0
            let previous = index > bytes.startIndex ? bytes[bytes.index(before: index)] : 32
            guard scheme > 0, !isWordByte(previous) else {
                index = bytes.index(after: index)
                continue
            }
            var end = index
            while end < bytes.endIndex, bytes[end] > 32, bytes[end] != UInt8(ascii: "<"), bytes[end] != UInt8(ascii: ">") {
                end = bytes.index(after: end)
            }
            end = trimmingTrailingPunctuation(bytes, from: index, to: end)
            let host = bytes[bytes.index(index, offsetBy: scheme)..<end].prefix { $0 != UInt8(ascii: "/") && $0 != UInt8(ascii: "?") && $0 != UInt8(ascii: "#") }
            if host.contains(UInt8(ascii: ".")), host.first.map(isWordByte) == true {
                ranges.append(index..<end)
            }
            index = max(end, bytes.index(index, offsetBy: scheme))
        }
        return ranges
    }

    /// `end` moved back over what ends a sentence rather than the address: `.,:;!?'"*_` and a `)`
    /// or `]` with no opening one inside the address.
    private static func trimmingTrailingPunctuation(_ bytes: String.UTF8View, from start: String.UTF8View.Index, to end: String.UTF8View.Index) -> String.UTF8View.Index {
        var end = end
        while end > start {
            let last = bytes[bytes.index(before: end)]
            let address = bytes[start..<end]
            if ".,:;!?'\"*_".utf8.contains(last)
                || (last == UInt8(ascii: ")") && address.filter({ $0 == UInt8(ascii: "(") }).count < address.filter({ $0 == UInt8(ascii: ")") }).count)
                || (last == UInt8(ascii: "]") && address.filter({ $0 == UInt8(ascii: "[") }).count < address.filter({ $0 == UInt8(ascii: "]") }).count) {
                end = bytes.index(before: end)
            } else {
                break
            }
        }
        return end
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 128 || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }

    private static func isInsideLink(_ node: OpaquePointer) -> Bool {
        var parent = cmark_node_parent(node)
        while let current = parent {
            let type = cmark_node_get_type(current)
            if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE { return true }
            parent = cmark_node_parent(current)
        }
        return false
    }

    private static func text(_ literal: String) -> OpaquePointer {
        let node = cmark_node_new(CMARK_NODE_TEXT)!
        cmark_node_set_literal(node, literal)
        return node
    }

    private static func insert(_ node: OpaquePointer, before sibling: OpaquePointer) {
        cmark_node_insert_before(sibling, node)
    }
}
