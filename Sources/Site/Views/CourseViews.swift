import Catalogue

/// A course card already rendered from the `partials/course-card` template.
struct CardHTML: Sendable {
    var html: String
}

/// A course in a listing: enough to choose it.
struct CourseCardView: Sendable {
    var title: String
    var href: String
    var summary: String
    var code: String?
    var format: String
    var stages: String
    var strand: String
    var mandatory: Bool
    /// Whom it is mandatory for (nil when it is not).
    var requirement: RequirementView?
    var renewal: String?
    var sustained: Bool
    var timesOfDay: String
    var next: NextDateView
    /// Space-separated tokens the filter script matches against (`data-groups`, `data-terms`, …).
    var filter: FilterDataView
    /// The course's picture (`picture:`), if it has one.
    var picture: PictureView?
}

/// A picture from the content: its relative address, description and size in pixels (written on
/// the `<img>` so the page keeps its place while it loads).
struct PictureView: Sendable {
    var src: String
    var alt: String
    var width: Int?
    var height: Int?
}

/// What a course card carries for the live filters on the courses index.
struct FilterDataView: Sendable {
    /// Group slugs, or `all`.
    var groups: String
    /// Stage slugs, or `all`.
    var stages: String
    var format: String
    var strand: String
    /// Term names (slugs) of sessions that can still be booked or are to be confirmed.
    var terms: String
    /// `training-day`, `school-day`, `twilight` of those sessions.
    var times: String
    var open: Bool
    var mandatory: Bool
}

/// The next date of a course, or why there is none.
struct NextDateView: Sendable {
    var text: String
    var iso: String?
    var status: StatusView?
}

/// A status tag: words first, colour only as a second cue.
struct StatusView: Sendable {
    var label: String
    /// CSS modifier: open, few, full, closed, cancelled, tbc, past.
    var tone: String
}

/// One row of a course's sessions table.
struct SessionView: Sendable {
    var dates: String
    var iso: String
    var allDays: String?
    var time: String
    var venue: String
    var places: String
    var status: StatusView
    var timeOfDay: String?
    var bookHref: String?
    var bookContext: String
    /// The date's own calendar file; nil when it is past or cancelled.
    var calendarHref: String?
    var cover: String?
    var past: Bool
    /// Cancelled: the row says so and offers no booking, calendar or plan.
    var cancelled: Bool
    /// Every day as `YYYY-MM-DD`, space-separated, and the times as `HH:MM`, for "my plan".
    var daysISO: String
    var startText: String
    var endText: String
    /// For a session by invitation: how to be put forward.
    var invitation: InvitationView? = nil
    /// The slug of the school (site.yml `schools:`) its venue names; empty for a venue that names none.
    var school: String = ""
    /// "12 booked": the places booked, counted from the trust's booking downloads; nil without
    /// them, for a cancelled date, and in the partner edition.
    var booked: String? = nil
}

/// Whom mandatory training is for, in words: a short tag for cards, a sentence for the course page.
struct RequirementView: Sendable {
    /// "Mandatory" or "Nominated staff only".
    var tag: String
    /// "Mandatory for everyone in this role" or "Required for nominated staff only".
    var sentence: String
    /// A line more for nominated training: who counts as nominated.
    var hint: String?
    /// CSS modifier: mandatory or nominated.
    var tone: String
    var nominated: Bool
}

/// A label and value in a course's key facts.
struct FactView: Sendable {
    var label: String
    var value: String
    var links: [LinkView]?
    /// A fact that is a short list (prices by kind of school); empty otherwise.
    var items: [FactItemView] = []
}

/// The full course page.
struct CourseView: Sendable {
    var title: String
    /// The course's picture (`picture:`), if it has one.
    var picture: PictureView?
    var summary: String
    var code: String?
    var strand: String
    var strandHref: String
    var mandatory: Bool
    /// Whom it is mandatory for (nil when it is not).
    var requirement: RequirementView?
    var sustained: Bool
    var draft: Bool
    var facts: [FactView]
    /// Dates still to come or under way (cancelled ones among them), in date order.
    var sessions: [SessionView]
    /// Dates that are over, in date order: the page folds them away.
    var pastSessions: [SessionView]
    var pastCount: Int
    /// The first date that can be booked, summed up at the top of the page.
    var next: SessionView?
    var sessionCount: String
    var hasSessions: Bool
    var upcomingBookable: Bool
    var datesToBeConfirmed: Bool
    var interestHref: String?
    var feedbackHref: String?
    var link: String?
    var bodyHTML: String
    var prerequisites: [LinkView]
    var slug: String
    var hours: String
    var calendarHref: String?
    /// Notes for the trust's own staff (never in the partner edition).
    var staffNotes: String?
    /// schema.org JSON-LD, already escaped for a script element.
    var jsonLD: String
    /// Sessions that recur before their days are fixed (`recurs:`).
    var recurring: [RecurringView] = []
    /// The ordered series of modules taken in turn (`modules:`).
    var modules: [ModuleView] = []
    /// The schools (site.yml `schools:`) its dates to come are at, each with its own What's on page,
    /// when there are two or more; empty otherwise (no school filter is offered).
    var schools: [FilterLinkView] = []
}
