extension MarkdownDocument {
    /// The document with the links whose destination `shouldRemove` accepts turned back into plain
    /// text: the `<a …>` and `</a>` tags go, the link's text stays. Images are kept.
    ///
    /// Works on the HTML cmark rendered in safe mode, where every `<a href="` is a link's own (text,
    /// code and titles are escaped, and raw HTML is left out) and links never nest. `shouldRemove`
    /// is given each href with its HTML escapes undone, as the destination cmark read (its
    /// percent-encoding kept).
    public func removingLinks(where shouldRemove: (String) -> Bool) -> MarkdownDocument {
        guard links.contains(where: { !$0.isImage && shouldRemove($0.destination) }) else { return self }
        var html = Substring(self.html)
        var result = ""
        result.reserveCapacity(html.utf8.count)
        while let open = html.firstRange(of: "<a href=\"") {
            result += html[..<open.lowerBound]
            guard let quote = html[open.upperBound...].firstIndex(of: "\""),
                  let tagEnd = html[quote...].firstIndex(of: ">"),
                  let close = html[tagEnd...].firstRange(of: "</a>") else {
                html = html[open.lowerBound...]
                break
            }
            if shouldRemove(Self.unescapingHTML(html[open.upperBound..<quote])) {
                result += html[html.index(after: tagEnd)..<close.lowerBound]
            } else {
                result += html[open.lowerBound..<close.upperBound]
            }
            html = html[close.upperBound...]
        }
        result += html
        var document = self
        document.html = result
        document.links = links.filter { $0.isImage || !shouldRemove($0.destination) }
        return document
    }

    /// The document with each link whose destination is a key of `addresses` leading to that key's
    /// value instead (a link to a content file, `fire-marshal.md`, to its page, `fire-marshal.html`).
    /// Works on cmark's safe HTML as `removingLinks` does; images are left as they are.
    public func replacingLinks(_ addresses: [String: String]) -> MarkdownDocument {
        guard !addresses.isEmpty else { return self }
        var html = Substring(self.html)
        var result = ""
        result.reserveCapacity(html.utf8.count)
        while let open = html.firstRange(of: "<a href=\"") {
            result += html[..<open.upperBound]
            guard let quote = html[open.upperBound...].firstIndex(of: "\"") else {
                html = html[open.upperBound...]
                break
            }
            let written = Self.unescapingHTML(html[open.upperBound..<quote])
            result += addresses[written].map(Self.escapingAttribute) ?? String(html[open.upperBound..<quote])
            html = html[quote...]
        }
        result += html
        var document = self
        document.html = result
        for index in document.links.indices where !document.links[index].isImage {
            if let address = addresses[document.links[index].destination] { document.links[index].destination = address }
        }
        return document
    }

    /// An attribute value as cmark escaped it (`&amp;`, `&quot;`, `&#x27;`, `&lt;`, `&gt;`), read back.
    static func unescapingHTML(_ text: Substring) -> String {
        guard text.contains("&") else { return String(text) }
        let entities: [(String, String)] = [("&amp;", "&"), ("&quot;", "\""), ("&#x27;", "'"), ("&#39;", "'"), ("&lt;", "<"), ("&gt;", ">")]
        var result = ""
        var rest = text
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            rest = rest[ampersand...]
            if let (entity, character) = entities.first(where: { rest.hasPrefix($0.0) }) {
                result += character
                rest = rest.dropFirst(entity.count)
            } else {
                result += "&"
                rest = rest.dropFirst()
            }
        }
        return result + rest
    }
}
