/// A Markdown body rendered to safe HTML, with the links it contains so that callers can check them.
public struct MarkdownDocument: Sendable, Equatable {
    /// HTML produced by cmark in safe mode: raw HTML is omitted and unsafe link schemes are emptied.
    public var html: String
    /// Every link and image destination in the body, in document order.
    public var links: [MarkdownLink]
    /// The plain text of the body (for search indexes and summaries), whitespace collapsed.
    public var plainText: String
    /// Where the body has raw HTML, which safe rendering leaves out (positions as in `MarkdownPosition`).
    public var rawHTML: [MarkdownPosition]
    /// Raw-HTML scripts and embedded frames, which are refused (not in `rawHTML`).
    public var embeds: [MarkdownEmbed]
    /// The pictures and documents of the content folder the body shows or links to, each once, with
    /// the bytes to publish (see `linkingFiles(_:)`).
    public var files: [MarkdownFile] = []
    /// The headings, in document order (a heading underlined with `---` or `===` spans two lines or more).
    public var headings: [MarkdownHeading] = []

    public init(html: String, links: [MarkdownLink], plainText: String, rawHTML: [MarkdownPosition] = [], embeds: [MarkdownEmbed] = []) {
        self.html = html
        self.links = links
        self.plainText = plainText
        self.rawHTML = rawHTML
        self.embeds = embeds
    }

    /// An empty body.
    public static let empty = MarkdownDocument(html: "", links: [], plainText: "")

    public var isEmpty: Bool { html.isEmpty }
}

/// A link or image destination found in a Markdown body, with its place in the body as cmark gives
/// it: a 1-based line, and a 1-based column counted in UTF-8 bytes (not characters).
public struct MarkdownLink: Sendable, Equatable {
    public var destination: String
    public var line: Int
    public var column: Int
    public var isImage: Bool
    /// The link's text, or the image's description (its alt text), as plain text.
    public var text: String
    /// A bare web address in the text, made a link (its place is the address's first byte).
    public var isBare: Bool

    public init(destination: String, line: Int, column: Int, isImage: Bool, text: String = "", isBare: Bool = false) {
        self.destination = destination
        self.line = line
        self.column = column
        self.isImage = isImage
        self.text = text
        self.isBare = isBare
    }
}

/// A heading of a Markdown body: the lines it spans (one for `## Heading`; the text's lines and the
/// underline for a heading underlined with `---` or `===`) and its text.
public struct MarkdownHeading: Sendable, Equatable {
    public var line: Int
    public var endLine: Int
    public var text: String

    /// Made by an underline (`Heading` above `---`), not by `#`.
    public var isUnderlined: Bool { endLine > line }

    public init(line: Int, endLine: Int, text: String) {
        self.line = line
        self.endLine = endLine
        self.text = text
    }
}

/// A 1-based line and column in a Markdown body, the column counted in UTF-8 bytes as cmark counts it
/// (`SourceFile.location(line:byteColumn:)` turns it into the character column editors see).
public struct MarkdownPosition: Sendable, Equatable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}
