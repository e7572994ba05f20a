/// A choice in a filter control.
struct OptionView: Sendable {
    var value: String
    var label: String
}

/// The filter panel of the courses index: live controls (with JavaScript) and links to the
/// pre-rendered listings for each group and stage (without it).
struct FiltersView: Sendable {
    var groups: [OptionView]
    var stages: [OptionView]
    var formats: [OptionView]
    var strands: [OptionView]
    var terms: [OptionView]
    var times: [OptionView]
    var groupLinks: [LinkView]
    var stageLinks: [LinkView]
}

/// A career stage's listing: every course for that stage, by strand.
struct StageView: Sendable {
    var title: String
    var count: String
    var strands: [StrandView]
    var otherStages: [LinkView]
    var coursesHref: String
    /// The pages of the stage's list; nil when it has one.
    var pagination: PaginationView?
}

/// The sessions from today by term and month, the past ones apart; the whole offer's or one school's.
struct WhatsOnView: Sendable {
    /// How many sessions are still to come.
    var count: String
    /// The build's "today", in words and ISO.
    var today: String
    var todayISO: String
    /// The school's name on a school's own page; nil on the whole offer's.
    var school: String?
    var calendarHref: String
    /// This list's calendar on the subscription page.
    var subscribeHref: String
    /// The whole offer's What's on, from a school's page.
    var wholeHref: String?
    var coursesHref: String
    var terms: [TermSessionsView]
    var pastCount: String
    /// The months of past sessions, oldest first.
    var past: [MonthSessionsView]
    /// Cohorts that started before today and meet again: one block, or none.
    var underWayCount: String
    var underWay: [MonthSessionsView]
    /// Staff groups for the filter, each with its page for readers without JavaScript.
    var groups: [FilterLinkView]
    /// Schools (site.yml `schools`) for the filter, each with its own What's on page; empty for one school.
    var schools: [FilterLinkView]
    /// "Jump to": every month to come, then under way and past sessions, each linking to its start
    /// (`#id` on this page, or the page it starts on).
    var contents: [LinkView] = []
    /// The pages of a long list (every page but the last full, past sessions last); nil when it has one.
    var pagination: PaginationView?
}

/// A filter choice that is also a link: the page that lists the same without JavaScript.
struct FilterLinkView: Sendable {
    var value: String
    var label: String
    var href: String
    var current: Bool = false
}

/// One term on the what's-on page.
struct TermSessionsView: Sendable {
    var name: String
    var id: String
    var count: String
    var months: [MonthSessionsView]
    /// On a list of several pages: the term's first sessions are on an earlier page.
    var continued = false
}

/// One month on the what's-on page.
struct MonthSessionsView: Sendable {
    var name: String
    var id: String
    var caption: String
    var count: String
    var sessions: [WhatsOnRowView]
    /// Folded away under its name and count (What's on's months after the next).
    var folded: Bool
    /// On a list of several pages: the month's first sessions are on an earlier page.
    var continued = false
}

/// A session on the what's-on page.
struct WhatsOnRowView: Sendable {
    var dates: String
    var iso: String
    var time: String
    var timeOfDay: String?
    var courseTitle: String
    var courseHref: String
    var venue: String
    var status: StatusView
    var bookHref: String?
    var bookContext: String
    var past: Bool
    /// The groups the course is open to, space-separated slugs, or `all`: what the filter matches.
    var groups: String
    /// The slug of the school the venue is at, or empty.
    var school: String
}

/// The grid of mandatory training against staff groups.
struct RequiredGridView: Sendable {
    var groups: [LinkView]
    var rows: [RequiredRowView]
    var count: String
    /// Whether any row is for nominated staff only: the grid's key then explains its mark.
    var hasNominated: Bool
    /// The pages of a long grid; nil when it has one.
    var pagination: PaginationView?
}

/// One mandatory course across the staff groups.
struct RequiredRowView: Sendable {
    var title: String
    var href: String
    var renewal: String
    /// Whom it is mandatory for: the grid's rows list everyone's training before nominated staff's.
    var requirement: RequirementView?
    var cells: [RequiredCellView]
}

/// Whether one group needs one mandatory course, and whether everyone in it or only nominated staff.
struct RequiredCellView: Sendable {
    var required: Bool
    /// Required of the staff a school nominates only (`mandatory: nominated`), not everyone in the group.
    var nominated: Bool
    var group: String
}

/// The printable brochure; a large offer's in pages (`Pagination.brochureCoursesPerPage` courses each).
struct BrochureView: Sendable {
    var count: String
    var strands: [BrochureStrandView]
    var booking: String
    /// The pages of a long brochure; nil when it has one.
    var pagination: PaginationView?
}

/// A strand in the brochure.
struct BrochureStrandView: Sendable {
    var title: String
    var courses: [BrochureCourseView]
}

/// A course in the brochure: one line.
struct BrochureCourseView: Sendable {
    var title: String
    /// The course page.
    var href: String
    var code: String?
    var format: String
    /// Its dates still to come on one line (`12 Jan, 3 Feb`), or why there are none (`No more dates`).
    var dates: String
    /// Its dates still to come, one a line with time, venue and status (at most four; cancelled ones marked).
    var sessions: [BrochureDateView]
    /// "2 more dates" when it has more than the lines show, else nil.
    var moreDates: String?
}

/// One date of a course in the brochure.
struct BrochureDateView: Sendable {
    /// `Tue 12 Jan`, or a cohort's first and last day.
    var date: String
    /// `16:00 to 17:00`, or empty.
    var time: String
    /// Where: every venue holding it that day at that time.
    var venues: [String]
    /// `Full`, `By invitation`, `Cancelled`…; nil when it is open.
    var status: String?
    var cancelled: Bool
}

/// The What's new page: changes by the day they were published, newest first.
struct WhatsNewView: Sendable {
    var days: [ChangeDayView]
    var feedHref: String
    var count: String
}

/// The changes found by one day's build.
struct ChangeDayView: Sendable {
    var date: String
    var iso: String
    var changes: [ChangeView]
}

/// One change, in words.
struct ChangeView: Sendable {
    var label: String
    var tone: String
    var title: String
    var href: String?
    var detail: String
}
