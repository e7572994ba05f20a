import Catalogue

/// Writes an Atom feed (RFC 4287): the feed's head, its entries, and the closing tag, XML-escaped.
struct AtomWriter {
    private(set) var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en-GB\">\n"
    private let e = XMLText.escape

    /// The feed's own elements. `selfLink` is the feed's absolute address, when the site has a url.
    init(id: String, title: String, subtitle: String? = nil, updated: LocalDate, selfLink: String?, alternate: String,
         author: (name: String, email: String)) {
        xml += "  <id>\(e(id))</id>\n"
        xml += "  <title>\(e(title))</title>\n"
        if let subtitle { xml += "  <subtitle>\(e(subtitle))</subtitle>\n" }
        xml += "  <updated>\(ExportFormat.midnightUTC(updated))</updated>\n"
        if let selfLink { xml += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"\(e(selfLink))\"/>\n" }
        xml += "  <link rel=\"alternate\" type=\"text/html\" href=\"\(e(alternate))\"/>\n"
        xml += "  <author>\n    <name>\(e(author.name))</name>\n    <email>\(e(author.email))</email>\n  </author>\n"
        xml += "  <generator>Prospectus</generator>\n"
    }

    mutating func entry(id: String, title: String, link: String?, updated: LocalDate, summary: String, category: String) {
        xml += "  <entry>\n"
        xml += "    <id>\(e(id))</id>\n"
        xml += "    <title>\(e(title))</title>\n"
        if let link { xml += "    <link rel=\"alternate\" type=\"text/html\" href=\"\(e(link))\"/>\n" }
        xml += "    <updated>\(ExportFormat.midnightUTC(updated))</updated>\n"
        xml += "    <summary>\(e(summary))</summary>\n"
        xml += "    <category term=\"\(e(category))\"/>\n"
        xml += "  </entry>\n"
    }

    /// The finished document.
    var document: String { xml + "</feed>\n" }
}
