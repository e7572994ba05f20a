import Templates

// The fields templates may use, declared once per view: lookups and the template checker's schema both
// come from these tables (see TemplateView). docs/theme.md lists them; a test keeps it in step.

extension CardHTML: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("html") { $0.html },
    ]
}

extension CourseCardView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("title") { $0.title },
        .field("href") { $0.href },
        .field("summary") { $0.summary },
        .field("code") { $0.code },
        .field("format") { $0.format },
        .field("stages") { $0.stages },
        .field("strand") { $0.strand },
        .field("mandatory") { $0.mandatory },
        .field("requirement") { $0.requirement },
        .field("renewal") { $0.renewal },
        .field("sustained") { $0.sustained },
        .field("timesOfDay") { $0.timesOfDay },
        .field("next") { $0.next },
        .field("filter") { $0.filter },
        .field("picture") { $0.picture },
    ]
}

extension PictureView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("src") { $0.src },
        .field("alt") { $0.alt },
        .field("width") { $0.width },
        .field("height") { $0.height },
    ]
}

extension FilterDataView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("groups") { $0.groups },
        .field("stages") { $0.stages },
        .field("format") { $0.format },
        .field("strand") { $0.strand },
        .field("terms") { $0.terms },
        .field("times") { $0.times },
        .field("open") { $0.open },
        .field("mandatory") { $0.mandatory },
    ]
}

extension NextDateView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("text") { $0.text },
        .field("iso") { $0.iso },
        .field("status") { $0.status },
    ]
}

extension StatusView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("label") { $0.label },
        .field("tone") { $0.tone },
    ]
}

extension SessionView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("dates") { $0.dates },
        .field("iso") { $0.iso },
        .field("allDays") { $0.allDays },
        .field("time") { $0.time },
        .field("venue") { $0.venue },
        .field("places") { $0.places },
        .field("status") { $0.status },
        .field("timeOfDay") { $0.timeOfDay },
        .field("bookHref") { $0.bookHref },
        .field("bookContext") { $0.bookContext },
        .field("calendarHref") { $0.calendarHref },
        .field("cover") { $0.cover },
        .field("past") { $0.past },
        .field("cancelled") { $0.cancelled },
        .field("daysISO") { $0.daysISO },
        .field("startText") { $0.startText },
        .field("endText") { $0.endText },
        .field("invitation") { $0.invitation },
        .field("school") { $0.school },
        .field("booked") { $0.booked },
    ]
}

extension RequirementView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("tag") { $0.tag },
        .field("sentence") { $0.sentence },
        .field("hint") { $0.hint },
        .field("tone") { $0.tone },
        .field("nominated") { $0.nominated },
    ]
}

extension FactView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("label") { $0.label },
        .field("value") { $0.value },
        .field("links") { $0.links },
        .field("items") { $0.items },
    ]
}

extension CourseView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("title") { $0.title },
        .field("picture") { $0.picture },
        .field("summary") { $0.summary },
        .field("code") { $0.code },
        .field("strand") { $0.strand },
        .field("strandHref") { $0.strandHref },
        .field("mandatory") { $0.mandatory },
        .field("requirement") { $0.requirement },
        .field("sustained") { $0.sustained },
        .field("draft") { $0.draft },
        .field("facts") { $0.facts },
        .field("sessions") { $0.sessions },
        .field("pastSessions") { $0.pastSessions },
        .field("pastCount") { $0.pastCount },
        .field("next") { $0.next },
        .field("sessionCount") { $0.sessionCount },
        .field("hasSessions") { $0.hasSessions },
        .field("upcomingBookable") { $0.upcomingBookable },
        .field("datesToBeConfirmed") { $0.datesToBeConfirmed },
        .field("interestHref") { $0.interestHref },
        .field("feedbackHref") { $0.feedbackHref },
        .field("link") { $0.link },
        .field("bodyHTML") { $0.bodyHTML },
        .field("prerequisites") { $0.prerequisites },
        .field("slug") { $0.slug },
        .field("hours") { $0.hours },
        .field("calendarHref") { $0.calendarHref },
        .field("staffNotes") { $0.staffNotes },
        .field("jsonLD") { $0.jsonLD },
        .field("recurring") { $0.recurring },
        .field("modules") { $0.modules },
        .field("schools") { $0.schools },
    ]
}
