import Foundation

/// A picture or document of the content folder that a body shows (`![alt](map.png)`) or links to
/// (`[the handout](handout.pdf)`), as it is published.
public struct MarkdownFile: Sendable, Equatable {
    /// Where the file is in the content folder: `courses/safeguarding/map.png`.
    public var source: String
    /// Where the file is published, relative to the output root: `files/handout.3f2a9c1b.pdf`.
    public var path: String
    /// The address the page uses for it (relative to the page: `../files/handout.3f2a9c1b.pdf`).
    public var href: String
    /// The destinations written in the body that lead to this file, exactly as cmark read them.
    public var destinations: [String]
    /// A picture (shown with `<img>`) or a document (linked to).
    public var isImage: Bool
    /// The file type, by the published name's extension: `pdf`, `docx`, `png`…
    public var fileExtension: String
    /// A picture's size in CSS pixels, written on its `<img>` so the page does not jump as it loads.
    public var width: Int?
    public var height: Int?
    /// The bytes to publish (an SVG picture as sanitised).
    public var data: Data

    public init(source: String, path: String, href: String, destinations: [String], isImage: Bool, fileExtension: String,
                width: Int? = nil, height: Int? = nil, data: Data) {
        self.source = source
        self.path = path
        self.href = href
        self.destinations = destinations
        self.isImage = isImage
        self.fileExtension = fileExtension
        self.width = width
        self.height = height
        self.data = data
    }
}

extension MarkdownDocument {
    /// The document with each `src` and `href` written as one of `files`' destinations pointing at
    /// that file's published address; pictures also get their `width`, `height` and
    /// `loading="lazy"`. The files are kept in `files`, for publishing and for `htmlLabellingFiles`.
    ///
    /// Works on the HTML cmark rendered in safe mode, where every `<img src="` and `<a href="` is an
    /// image's or a link's own (text, code and titles are escaped, and raw HTML is left out).
    public func linkingFiles(_ files: [MarkdownFile]) -> MarkdownDocument {
        guard !files.isEmpty else { return self }
        var byDestination: [String: MarkdownFile] = [:]
        for file in files {
            for destination in file.destinations { byDestination[Self.decoded(destination)] = file }
        }
        var result = ""
        result.reserveCapacity(html.utf8.count + files.count * 64)
        var rest = Substring(html)
        while let open = Self.nextAttributeStart(in: rest) {
            let valueStart = open.range.upperBound
            guard let quote = rest[valueStart...].firstIndex(of: "\"") else { break }
            result += rest[..<valueStart]
            let destination = Self.decoded(Self.unescapingHTML(rest[valueStart..<quote]))
            if let file = byDestination[destination] {
                result += Self.escapingAttribute(file.href) + "\""
                if open.isImage, let width = file.width, let height = file.height {
                    result += " width=\"\(width)\" height=\"\(height)\""
                }
                if open.isImage { result += " loading=\"lazy\"" }
            } else {
                result += rest[valueStart...quote]
            }
            rest = rest[rest.index(after: quote)...]
        }
        result += rest
        var document = self
        document.html = result
        document.files = files
        return document
    }

    /// The HTML with `label(file)` written after each link to one of the body's documents, e.g.
    /// ` <span class="file-type">(PDF, 240 KB)</span>`; the HTML as it is when there are none.
    public func htmlLabellingFiles(_ label: (MarkdownFile) -> String) -> String {
        let documents = files.filter { !$0.isImage }
        guard !documents.isEmpty else { return html }
        var byHref: [String: MarkdownFile] = [:]
        for file in documents { byHref[file.href] = file }
        var result = ""
        result.reserveCapacity(html.utf8.count + documents.count * 48)
        var rest = Substring(html)
        while let open = rest.firstRange(of: "<a href=\"") {
            guard let quote = rest[open.upperBound...].firstIndex(of: "\""),
                  let close = rest[quote...].firstRange(of: "</a>") else { break }
            result += rest[..<close.upperBound]
            if let file = byHref[Self.unescapingHTML(rest[open.upperBound..<quote])] { result += label(file) }
            rest = rest[close.upperBound...]
        }
        result += rest
        return result
    }

    /// The next `<img src="` or `<a href="` in `text`: the range up to the opening quote, and which.
    private static func nextAttributeStart(in text: Substring) -> (range: Range<Substring.Index>, isImage: Bool)? {
        let image = text.firstRange(of: "<img src=\""), link = text.firstRange(of: "<a href=\"")
        switch (image, link) {
        case let (image?, link?): return image.lowerBound < link.lowerBound ? (image, true) : (link, false)
        case let (image?, nil): return (image, true)
        case let (nil, link?): return (link, false)
        case (nil, nil): return nil
        }
    }

    /// A destination with its percent-encoding undone (cmark writes `my map.png` as `my%20map.png`).
    private static func decoded(_ destination: String) -> String {
        // Without a '%' there is nothing to undo, and no trip through NSString.
        destination.utf8.contains(UInt8(ascii: "%")) ? destination.removingPercentEncoding ?? destination : destination
    }

    /// An attribute value escaped as cmark escapes one.
    static func escapingAttribute(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "\"": result += "&quot;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "'": result += "&#x27;"
            default: result.append(character)
            }
        }
        return result
    }
}
