import Markdown

/// A written route through the offer for a group: ordered steps, each naming courses.
public struct Pathway: Sendable {
    public var slug: String
    public var title: String
    public var summary: String
    public var groups: GroupSelection
    /// Position in listings (career order); pathways without one follow, by title.
    public var order: Int?
    public var steps: [PathwayStep]
    public var body: MarkdownDocument
    public var source: SourceLocation
}

/// One numbered step of a pathway.
public struct PathwayStep: Sendable {
    public var title: String
    public var stage: String?
    public var summary: String?
    public var courses: [Located<String>]
    public var location: SourceLocation
}

/// A free page such as "How to book".
public struct Page: Sendable {
    public var slug: String
    public var title: String
    public var summary: String?
    public var order: Int?
    /// Everyone, or the trust's staff only (left out of the partner edition).
    public var audience: PageAudience = .everyone
    public var body: MarkdownDocument
    public var source: SourceLocation
}
