import Templates

// The fields templates may use, declared once per view: lookups and the template checker's schema both
// come from these tables (see TemplateView). docs/theme.md lists them; a test keeps it in step.

extension OptionView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("value") { $0.value },
        .field("label") { $0.label },
    ]
}

extension FiltersView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("groups") { $0.groups },
        .field("stages") { $0.stages },
        .field("formats") { $0.formats },
        .field("strands") { $0.strands },
        .field("terms") { $0.terms },
        .field("times") { $0.times },
        .field("groupLinks") { $0.groupLinks },
        .field("stageLinks") { $0.stageLinks },
    ]
}

extension StageView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("title") { $0.title },
        .field("count") { $0.count },
        .field("strands") { $0.strands },
        .field("otherStages") { $0.otherStages },
        .field("coursesHref") { $0.coursesHref },
        .field("pagination") { $0.pagination },
    ]
}

extension WhatsOnView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("count") { $0.count },
        .field("today") { $0.today },
        .field("todayISO") { $0.todayISO },
        .field("school") { $0.school },
        .field("calendarHref") { $0.calendarHref },
        .field("subscribeHref") { $0.subscribeHref },
        .field("wholeHref") { $0.wholeHref },
        .field("coursesHref") { $0.coursesHref },
        .field("terms") { $0.terms },
        .field("pastCount") { $0.pastCount },
        .field("past") { $0.past },
        .field("underWayCount") { $0.underWayCount },
        .field("underWay") { $0.underWay },
        .field("groups") { $0.groups },
        .field("schools") { $0.schools },
        .field("contents") { $0.contents },
        .field("pagination") { $0.pagination },
    ]
}

extension FilterLinkView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("value") { $0.value },
        .field("label") { $0.label },
        .field("href") { $0.href },
        .field("current") { $0.current },
    ]
}

extension TermSessionsView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("name") { $0.name },
        .field("id") { $0.id },
        .field("count") { $0.count },
        .field("months") { $0.months },
        .field("continued") { $0.continued },
    ]
}

extension MonthSessionsView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("name") { $0.name },
        .field("id") { $0.id },
        .field("caption") { $0.caption },
        .field("sessions") { $0.sessions },
        .field("count") { $0.count },
        .field("folded") { $0.folded },
        .field("continued") { $0.continued },
    ]
}

extension WhatsOnRowView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("dates") { $0.dates },
        .field("iso") { $0.iso },
        .field("time") { $0.time },
        .field("timeOfDay") { $0.timeOfDay },
        .field("courseTitle") { $0.courseTitle },
        .field("courseHref") { $0.courseHref },
        .field("venue") { $0.venue },
        .field("status") { $0.status },
        .field("bookHref") { $0.bookHref },
        .field("bookContext") { $0.bookContext },
        .field("past") { $0.past },
        .field("groups") { $0.groups },
        .field("school") { $0.school },
    ]
}

extension RequiredGridView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("groups") { $0.groups },
        .field("rows") { $0.rows },
        .field("count") { $0.count },
        .field("hasNominated") { $0.hasNominated },
        .field("pagination") { $0.pagination },
    ]
}

extension RequiredRowView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("title") { $0.title },
        .field("href") { $0.href },
        .field("renewal") { $0.renewal },
        .field("requirement") { $0.requirement },
        .field("cells") { $0.cells },
    ]
}

extension RequiredCellView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("required") { $0.required },
        .field("nominated") { $0.nominated },
        .field("group") { $0.group },
    ]
}

extension BrochureView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("count") { $0.count },
        .field("strands") { $0.strands },
        .field("booking") { $0.booking },
        .field("pagination") { $0.pagination },
    ]
}

extension BrochureStrandView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("title") { $0.title },
        .field("courses") { $0.courses },
    ]
}

extension BrochureCourseView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("title") { $0.title },
        .field("href") { $0.href },
        .field("code") { $0.code },
        .field("format") { $0.format },
        .field("dates") { $0.dates },
        .field("sessions") { $0.sessions },
        .field("moreDates") { $0.moreDates },
    ]
}

extension BrochureDateView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("date") { $0.date },
        .field("time") { $0.time },
        .field("venues") { $0.venues },
        .field("status") { $0.status },
        .field("cancelled") { $0.cancelled },
    ]
}

extension WhatsNewView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("days") { $0.days },
        .field("feedHref") { $0.feedHref },
        .field("count") { $0.count },
    ]
}

extension ChangeDayView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("date") { $0.date },
        .field("iso") { $0.iso },
        .field("changes") { $0.changes },
    ]
}

extension ChangeView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("label") { $0.label },
        .field("tone") { $0.tone },
        .field("title") { $0.title },
        .field("href") { $0.href },
        .field("detail") { $0.detail },
    ]
}
