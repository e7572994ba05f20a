import Templates

extension CalendarsView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("hasAddresses") { $0.hasAddresses },
        .field("offer") { $0.offer },
        .field("groups") { $0.groups },
        .field("schools") { $0.schools },
        .field("apps") { $0.apps },
    ]
}

extension CalendarFeedView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("id") { $0.id },
        .field("title") { $0.title },
        .field("href") { $0.href },
        .field("webcal") { $0.webcal },
        .field("address") { $0.address },
    ]
}

extension CalendarAppView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("id") { $0.id },
        .field("name") { $0.name },
        .field("steps") { $0.steps },
    ]
}

extension NotFoundView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("title") { $0.title },
        .field("inlineStyles") { $0.inlineStyles },
        .field("absoluteLinks") { $0.absoluteLinks },
    ]
}

extension PlanView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("title") { $0.title },
        .field("timezone") { $0.timezone },
        .field("vtimezone") { $0.vtimezone },
        .field("siteURL") { $0.siteURL },
    ]
}
