import CCMark
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Renders CommonMark with libcmark in safe mode (raw HTML dropped, `javascript:` links emptied).
///
/// Headings are shifted so that the body's highest heading is an `<h2>` (up or down): the page's own
/// title is the only `<h1>`, and heading levels never skip under it. Safe to call from many threads at once: each call owns its cmark tree.
public enum MarkdownRenderer {
    /// Parses and renders `source`.
    public static func render(_ source: String) -> MarkdownDocument {
        if source.utf8.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 10 || $0 == 13 }) { return .empty }
        let options = CMARK_OPT_SMART | CMARK_OPT_VALIDATE_UTF8
        var source = source
        let root: OpaquePointer? = source.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cmark_parse_document(chars.baseAddress, chars.count, options)
            }
        }
        guard let root else { return .empty }
        defer { cmark_node_free(root) }

        let autolinks = MarkdownAutolinks.link(root)
        let (links, minimumHeading, text, rawHTML, embeds, headings) = inspect(root, autolinks: autolinks)
        if minimumHeading <= 6, minimumHeading != 2 { shiftHeadings(root, by: 2 - minimumHeading) }

        guard let cString = cmark_render_html(root, options) else { return .empty }
        defer { free(cString) }
        let html = String(cString: cString)
        var document = MarkdownDocument(html: html, links: links, plainText: text, rawHTML: rawHTML, embeds: embeds)
        document.headings = headings
        return document
    }

    /// One walk over the tree: link destinations, the smallest heading level, and the plain text.
    private static func inspect(_ root: OpaquePointer, autolinks: MarkdownAutolinks.Places)
        -> ([MarkdownLink], Int, String, [MarkdownPosition], [MarkdownEmbed], [MarkdownHeading]) {
        var links: [MarkdownLink] = []
        var headings: [MarkdownHeading] = []
        var minimumHeading = 7
        var text = PlainText()
        var rawHTML: [MarkdownPosition] = []
        var embeds: [MarkdownEmbed] = []
        guard let iterator = cmark_iter_new(root) else { return (links, minimumHeading, "", rawHTML, embeds, headings) }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if event == CMARK_EVENT_ENTER {
                switch type {
                case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                    let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                    let made = autolinks[node]
                    links.append(MarkdownLink(
                        destination: url,
                        line: made?.line ?? Int(cmark_node_get_start_line(node)),
                        column: made?.column ?? Int(cmark_node_get_start_column(node)),
                        isImage: type == CMARK_NODE_IMAGE,
                        text: literalText(under: node),
                        isBare: made != nil
                    ))
                case CMARK_NODE_HEADING:
                    minimumHeading = min(minimumHeading, Int(cmark_node_get_heading_level(node)))
                    headings.append(MarkdownHeading(line: Int(cmark_node_get_start_line(node)), endLine: Int(cmark_node_get_end_line(node)),
                                                    text: literalText(under: node)))
                case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                    if let literal = cmark_node_get_literal(node) {
                        text.append(literal)
                    }
                case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
                    let line = Int(cmark_node_get_start_line(node)), column = Int(cmark_node_get_start_column(node))
                    let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
                    let (found, mentions) = MarkdownEmbed.find(in: literal, line: line, column: column)
                    embeds += found
                    if !mentions { rawHTML.append(MarkdownPosition(line: line, column: column)) }
                case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                    text.space()
                default:
                    break
                }
            } else if event == CMARK_EVENT_EXIT {
                switch type {
                case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING, CMARK_NODE_ITEM, CMARK_NODE_CODE_BLOCK:
                    text.space()
                default:
                    break
                }
            }
            if type == CMARK_NODE_CODE_BLOCK, event == CMARK_EVENT_ENTER,
               let literal = cmark_node_get_literal(node) {
                text.append(literal)
            }
        }
        return (links, minimumHeading, text.string, rawHTML, embeds, headings)
    }

    /// The text of a node's children (a link's text, an image's description), without markup.
    private static func literalText(under node: OpaquePointer) -> String {
        guard let iterator = cmark_iter_new(node) else { return "" }
        defer { cmark_iter_free(iterator) }
        var text = ""
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator), child != node else { continue }
            let type = cmark_node_get_type(child)
            if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE, let literal = cmark_node_get_literal(child) {
                text += String(cString: literal)
            } else if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK {
                text += " "
            }
        }
        return text
    }

    private static func shiftHeadings(_ root: OpaquePointer, by shift: Int) {
        guard let iterator = cmark_iter_new(root) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator),
                  cmark_node_get_type(node) == CMARK_NODE_HEADING else { continue }
            let level = Int(cmark_node_get_heading_level(node))
            cmark_node_set_heading_level(node, Int32(max(2, min(6, level + shift))))
        }
    }

    /// The plain text of a body: runs of ASCII white space become one space, and leading and
    /// trailing space goes. The literals are kept as cmark holds them (valid while its tree is) and
    /// copied once, into the finished text: this runs over every body.
    private struct PlainText {
        /// Each literal's bytes; an empty piece with no address stands for a space.
        private var pieces: [UnsafeBufferPointer<UInt8>] = []
        private var total = 0

        /// Appends a literal as cmark holds it (UTF-8, ending in NUL).
        mutating func append(_ literal: UnsafePointer<CChar>) {
            let count = strlen(literal)
            guard count > 0 else { return }
            pieces.append(UnsafeBufferPointer(start: UnsafeRawPointer(literal).assumingMemoryBound(to: UInt8.self), count: count))
            total += count
        }

        mutating func space() {
            pieces.append(UnsafeBufferPointer(start: nil, count: 0))
            total += 1
        }

        var string: String {
            guard total > 0 else { return "" }
            return String(unsafeUninitializedCapacity: total) { target in
                guard let out = target.baseAddress else { return 0 }
                var count = 0
                var pendingSpace = false
                for piece in pieces {
                    guard let base = piece.baseAddress else {
                        pendingSpace = count > 0
                        continue
                    }
                    var offset = 0
                    while offset < piece.count {
                        // Eight bytes none of which is white space (or below it) are copied as they are.
                        if offset + 8 <= piece.count {
                            let word = UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
                            if (word &- 0x2121_2121_2121_2121) & ~word & 0x8080_8080_8080_8080 == 0 {
                                if pendingSpace {
                                    out[count] = 32
                                    count += 1
                                    pendingSpace = false
                                }
                                UnsafeMutableRawPointer(out + count).storeBytes(of: word, as: UInt64.self)
                                count += 8
                                offset += 8
                                continue
                            }
                        }
                        for position in offset..<min(offset + 8, piece.count) {
                            let byte = base[position]
                            if byte == 32 || byte == 9 || byte == 10 || byte == 13 {
                                pendingSpace = count > 0
                            } else {
                                if pendingSpace {
                                    out[count] = 32
                                    count += 1
                                    pendingSpace = false
                                }
                                out[count] = byte
                                count += 1
                            }
                        }
                        offset = min(offset + 8, piece.count)
                    }
                }
                return count
            }
        }
    }
}
