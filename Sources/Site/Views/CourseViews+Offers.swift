import Templates

/// How to be put forward for a session by invitation: the words, then the contact as a link.
struct InvitationView: Sendable {
    /// `Ask to be put forward:`
    var ask: String
    var contact: String
    /// `mailto:` the contact.
    var href: String
}

/// One line of a fact that is a list, such as a price for each kind of school.
struct FactItemView: Sendable {
    /// `Maintained schools`
    var label: String
    /// `£60`
    var value: String
}

/// A session that recurs before its days are fixed: how often, and what is known.
struct RecurringView: Sendable {
    /// `Every half-term: dates to be confirmed`
    var when: String
    var time: String
    var venue: String
    var status: StatusView
    var invitation: InvitationView?
}

/// One module of a course's ordered series.
struct ModuleView: Sendable {
    var number: Int
    var title: String
}

extension InvitationView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("ask") { $0.ask },
        .field("contact") { $0.contact },
        .field("href") { $0.href },
    ]
}

extension FactItemView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("label") { $0.label },
        .field("value") { $0.value },
    ]
}

extension RecurringView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("when") { $0.when },
        .field("time") { $0.time },
        .field("venue") { $0.venue },
        .field("status") { $0.status },
        .field("invitation") { $0.invitation },
    ]
}

extension ModuleView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("number") { $0.number },
        .field("title") { $0.title },
    ]
}
