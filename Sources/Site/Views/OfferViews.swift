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
}

/// Every session of the year by term and month.
struct WhatsOnView: Sendable {
    var count: String
    var calendarHref: String
    var terms: [TermSessionsView]
}

/// One term on the what's-on page.
struct TermSessionsView: Sendable {
    var name: String
    var id: String
    var count: String
    var months: [MonthSessionsView]
}

/// One month on the what's-on page.
struct MonthSessionsView: Sendable {
    var name: String
    var id: String
    var caption: String
    var sessions: [WhatsOnRowView]
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
}

/// The grid of mandatory training against staff groups.
struct RequiredGridView: Sendable {
    var groups: [LinkView]
    var rows: [RequiredRowView]
    var count: String
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

/// Whether one group needs one mandatory course.
struct RequiredCellView: Sendable {
    var required: Bool
    var group: String
}

/// The printable one-page brochure.
struct BrochureView: Sendable {
    var count: String
    var strands: [BrochureStrandView]
    var booking: String
}

/// A strand in the brochure.
struct BrochureStrandView: Sendable {
    var title: String
    var courses: [BrochureCourseView]
}

/// A course in the brochure: one line.
struct BrochureCourseView: Sendable {
    var title: String
    var code: String?
    var format: String
    var dates: String
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
