import Markdown

/// A staff group ("Teaching Assistants"): who the offer is for. Each group gets its own pathway page.
public struct StaffGroup: Sendable {
    public var slug: String
    public var title: String
    public var family: String
    public var summary: String
    public var order: Int?
    public var body: MarkdownDocument
    public var source: SourceLocation
}
