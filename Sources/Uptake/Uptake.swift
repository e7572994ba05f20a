import Catalogue

/// What the trust's own form downloads say about the offer (`report.exports` in site.yml): places
/// booked on each session and by which staff groups, and the evaluations staff gave.
///
/// Only counts and ratings are kept. No other cell of a download (names, emails, free text) is
/// read into it, so nothing personal can reach a page, an export or the report.
public struct Uptake: Sendable, Equatable {
    /// Bookings matched to a session, by course and the session's first day. Two sessions of one
    /// course that start on the same day (a morning and an afternoon) share a key, and their
    /// bookings are added together here; each session's own count is on its page (`booking(_:)`).
    public var sessions: [SessionKey: SessionUptake]
    /// Evaluations matched to a course, by course slug.
    public var evaluations: [String: EvaluationSummary]
    /// Every download read, in path order, with how many of its rows matched.
    public var files: [ExportFileSummary]
    /// Bookings by session, told apart by start time too: what each session's row shows.
    var bookedBySession: [BookedSession: Int] = [:]

    public init(sessions: [SessionKey: SessionUptake] = [:], evaluations: [String: EvaluationSummary] = [:],
                files: [ExportFileSummary] = []) {
        self.sessions = sessions
        self.evaluations = evaluations
        self.files = files
    }

    /// No downloads: a site without `report.exports`, or an empty folder.
    public static let none = Uptake()
}

/// A session, named the way a booking form names it: the course (by slug) and its first day.
public struct SessionKey: Sendable, Hashable, Comparable {
    public var course: String
    public var firstDay: LocalDate

    public init(course: String, firstDay: LocalDate) {
        self.course = course
        self.firstDay = firstDay
    }

    public static func < (lhs: SessionKey, rhs: SessionKey) -> Bool {
        (lhs.course, lhs.firstDay) < (rhs.course, rhs.firstDay)
    }
}

/// The bookings of one session.
public struct SessionUptake: Sendable, Equatable {
    /// Rows of the booking downloads matched to it.
    public var booked: Int
    /// The same rows by the staff group they name (group slug); rows naming no known group are
    /// counted under "" so the parts always add up to `booked`.
    public var byGroup: [String: Int]

    public init(booked: Int = 0, byGroup: [String: Int] = [:]) {
        self.booked = booked
        self.byGroup = byGroup
    }
}

/// The evaluations of one course: how many, and the mean of their ratings.
public struct EvaluationSummary: Sendable, Equatable {
    /// Responses matched to the course (with or without a rating).
    public var responses: Int
    /// Responses that gave a rating the scale allows.
    public var rated: Int
    /// The sum of those ratings (the mean is `ratingTotal / rated`).
    public var ratingTotal: Double

    public init(responses: Int = 0, rated: Int = 0, ratingTotal: Double = 0) {
        self.responses = responses
        self.rated = rated
        self.ratingTotal = ratingTotal
    }

    /// The mean rating, or nil when no response gave one.
    public var meanRating: Double? { rated > 0 ? ratingTotal / Double(rated) : nil }
}

/// One download that was read, for the report's "sources" list and for messages.
public struct ExportFileSummary: Sendable, Equatable {
    /// What it holds.
    public enum Kind: String, Sendable { case bookings, evaluations }
    public var kind: Kind
    /// Its path as the editor would type it (relative to the folder `prospectus` was run in).
    public var path: String
    /// Response rows in it (the header not counted).
    public var rows: Int
    /// Of those, rows matched to a session (bookings) or a course (evaluations).
    public var matched: Int

    public init(kind: Kind, path: String, rows: Int, matched: Int) {
        self.kind = kind
        self.path = path
        self.rows = rows
        self.matched = matched
    }
}
