/// One bookable date of a course: a single day, or a cohort meeting on several days booked once.
public struct Session: Sendable, Hashable {
    /// The days it meets, in order (one for a single-day session).
    public var days: [LocalDate]
    public var start: LocalTime?
    public var end: LocalTime?
    public var venue: String?
    public var places: Int?
    public var placesLeft: Int?
    public var status: SessionStatus
    public var coverNeeded: Bool?
    /// False for a session only the trust's own staff may book (left out of the partner edition).
    public var forPartners: Bool
    public var location: SourceLocation
    /// Places booked, counted from the trust's booking downloads (`report.exports`); nil when no
    /// booking download covers the session (there are none, or it has no `places`), and always nil
    /// in the partner edition (the trust's own numbers).
    public var booked: Int? = nil
    /// True when the session is full only because `places_left: 0` says so: bookings counted
    /// from the downloads replace that hand-kept number, and may open it again.
    var fullByPlacesLeft = false

    public var firstDay: LocalDate { days[0] }
    public var lastDay: LocalDate { days[days.count - 1] }

    /// True when the session has started before `today`: shown as past, with no booking link.
    public func hasStarted(before today: LocalDate) -> Bool { firstDay < today }

    /// True when staff can book it on `today`.
    public func isBookable(on today: LocalDate) -> Bool {
        status == .open && !hasStarted(before: today)
    }
}

/// Whether a session can be booked.
/// Pages show it in the theme's words (`status.<value>` in `strings.yml`).
public enum SessionStatus: String, Sendable, CaseIterable {
    case open, full, closed, cancelled, tbc
    /// Places by invitation or nomination only: never "Open", never a Book button; the page says
    /// who puts staff forward.
    case invitation
}

/// A session that recurs before its days are fixed (`recurs: every half-term` and no date): shown
/// with "dates to be confirmed", never bookable, never in a calendar.
public struct RecurringSession: Sendable, Hashable {
    /// How often, in the editor's words: `every half-term`, `termly`.
    public var recurs: String
    public var start: LocalTime?
    public var end: LocalTime?
    public var venue: String?
    public var places: Int?
    /// True for `status: invitation`.
    public var invitation: Bool
    /// False for one only the trust's own staff may join (left out of the partner edition).
    public var forPartners: Bool
    public var location: SourceLocation

    public init(recurs: String, start: LocalTime?, end: LocalTime?, venue: String?, places: Int?, invitation: Bool,
                forPartners: Bool, location: SourceLocation) {
        self.recurs = recurs
        self.start = start
        self.end = end
        self.venue = venue
        self.places = places
        self.invitation = invitation
        self.forPartners = forPartners
        self.location = location
    }
}
