import Markdown

/// A staff group ("Teaching Assistants"): who the offer is for. Each group gets its own pathway page.
public struct StaffGroup: Sendable {
    public var slug: String
    public var title: String
    public var family: String
    public var summary: String
    public var order: Int?
    public var body: MarkdownDocument
    /// `staff_notes`: text for the trust's own staff only ("your line manager can book for you"),
    /// shown on the group's page as "For trust staff: …" and never in the partner edition.
    public var staffNotes: String?
    public var source: SourceLocation
}
