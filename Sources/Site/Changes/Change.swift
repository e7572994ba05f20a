import Catalogue

/// One change to the published offer, dated by the build that first saw it.
public struct Change: Codable, Sendable, Hashable {
    /// What happened (its tag on What's new is `changes.<value>` in the theme's `strings.yml`).
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case courseAdded = "course-added"
        case courseWithdrawn = "course-withdrawn"
        case sessionAdded = "session-added"
        case sessionMoved = "session-moved"
        case sessionCancelled = "session-cancelled"
        case sessionFull = "session-full"
        case sessionReopened = "session-reopened"
        case sessionRemoved = "session-removed"
    }

    /// ISO date of the build that found the change.
    public var date: String
    public var kind: Kind
    /// The course's slug and title.
    public var course: String
    public var title: String
    /// The change in words: "Wed 14 Oct 2026 moved to Thu 22 Oct 2026".
    public var detail: String
    /// The session concerned (its calendar UID base), for a stable feed entry id.
    public var session: String?

    public init(date: String, kind: Kind, course: String, title: String, detail: String, session: String? = nil) {
        self.date = date
        self.kind = kind
        self.course = course
        self.title = title
        self.detail = detail
        self.session = session
    }

    /// A stable identifier, for Atom entries.
    var id: String { "\(date)/\(kind.rawValue)/\(course)" + (session.map { "/\($0)" } ?? "") }
}
