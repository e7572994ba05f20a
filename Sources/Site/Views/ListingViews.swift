/// The home page: the offer, a way in by role and by strand.
struct HomeView: Sendable {
    var introHTML: String
    /// The partner schools' edition: the page speaks to partner schools, not to the trust's staff.
    var forPartners: Bool
    var courseCount: String
    var sessionCount: String
    var families: [FamilyView]
    var strands: [StrandView]
    var pathways: [LinkView]
    var upcoming: [UpcomingView]
}

/// A session in the home page's "coming up" list.
struct UpcomingView: Sendable {
    var date: String
    var iso: String
    var title: String
    var href: String
    var status: StatusView
}

/// A family of staff groups ("Support staff") with its groups.
struct FamilyView: Sendable {
    var name: String
    var id: String
    var groups: [LinkView]
}

/// A strand of the offer with its courses.
struct StrandView: Sendable {
    var title: String
    var id: String
    var summary: String?
    var href: String
    var count: String
    var courses: [CardHTML]
    /// On a listing of several pages: the strand's first courses are on an earlier page.
    var continued = false
}

/// The courses index, or one page of it.
struct CoursesIndexView: Sendable {
    var count: String
    var groupsHref: String
    var filters: FiltersView
    /// The strands with courses on this page.
    var strands: [StrandView]
    /// Every strand, each linking to its start (`#id` on this page, or the page it starts on).
    var contents: [StrandView]
    /// The pages of the index; nil when it has one.
    var pagination: PaginationView?
    /// The compact data of every course the filters need when the index has several pages
    /// (`assets/course-filters/…`), relative to this page; nil on an index of one page.
    var filterDataHref: String?
    /// The script that filters across the pages (`assets/course-filters.js`), with `filterDataHref`.
    var filterScriptHref: String?
}

/// The numbered links between the pages of a long listing: "Page 2 of 40", previous, next.
struct PaginationView: Sendable {
    /// "Page 2 of 40".
    var label: String
    var previousHref: String?
    var nextHref: String?
    /// The first, the last, and the pages around this one; a gap has no `href`.
    var numbers: [PageNumberView]
}

/// One page's link in a pagination bar, or a gap ("…") when `href` is nil.
struct PageNumberView: Sendable {
    var number: String
    var href: String?
    var current: Bool
}

/// The groups index.
struct GroupsIndexView: Sendable {
    var count: String
    var families: [FamilyView]
}

/// One staff group's pathway page.
struct GroupView: Sendable {
    var title: String
    var family: String
    var summary: String
    var bodyHTML: String
    /// The group's `staff_notes`, for trust staff only (the partner edition has none).
    var staffNotes: String?
    var courseCount: String
    /// The group's mandatory training, in order of urgency (see `ViewFactory.byUrgency`).
    var required: [CardHTML]
    var requiredCount: String
    /// The part of it everyone in the group must take, most urgent first.
    var requiredEveryone: [CourseCardView]
    var requiredEveryoneCount: String
    /// The part only staff a school nominates must take (first aiders, fire marshals…).
    var requiredNominated: [CourseCardView]
    var requiredNominatedCount: String
    var stages: [StageSectionView]
    var anyStage: [CardHTML]
    var anyStageCount: String
    /// On a long group page, the first courses for every stage only: the list of them all; nil when all are shown.
    var anyStageHref: String?
    var pathways: [LinkView]
    var contents: [LinkView]
    var calendarHref: String
    /// This group's calendar on the subscription page (calendars.html), with its address and the steps.
    var subscribeHref: String
    /// The required-training grid; nil in the partner edition, which has none.
    var requiredHref: String?
}

/// The courses of one career stage on a group page.
struct StageSectionView: Sendable {
    var title: String
    var id: String
    var count: String
    var courses: [CardHTML]
    /// On a long group page, the stage's first courses only: the list of them all (`group-list`); nil when all are shown.
    var allHref: String?
}

/// One staff group's courses for a stage (or for every stage), a page of them: the list a long
/// group page links to.
struct GroupListView: Sendable {
    /// The group's title, and its page.
    var group: String
    var groupHref: String
    /// The stage's title, or "For every stage".
    var title: String
    var count: String
    var courses: [CardHTML]
    var pagination: PaginationView?
}

/// The pathways index.
struct PathwaysIndexView: Sendable {
    var count: String
    var pathways: [LinkView]
}

/// A pathway page: numbered steps.
struct PathwayView: Sendable {
    var title: String
    var summary: String
    var bodyHTML: String
    var groups: [LinkView]
    var forEveryone: Bool
    var steps: [StepView]
}

/// One numbered step of a pathway.
struct StepView: Sendable {
    var number: Int
    var title: String
    var stage: String?
    var summary: String?
    var courses: [CardHTML]
}

/// A free page.
struct PageView: Sendable {
    var title: String
    var summary: String?
    var bodyHTML: String
}
