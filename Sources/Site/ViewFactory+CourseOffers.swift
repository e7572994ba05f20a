import Catalogue

/// The parts of a course page for the newer content settings: invitation-only places, prices by
/// kind of school, recurring sessions, online venues.
extension ViewFactory {
    /// Who puts staff forward: the course's `invitation_contact`, else the site's contact.
    func invitation(_ course: Course) -> InvitationView {
        let contact = course.invitationContact ?? catalogue.settings.contact
        return InvitationView(ask: strings.text("course.invitation_ask"), contact: contact, href: "mailto:" + contact)
    }

    /// `Cost`: one line for each kind of school, in the order written.
    func costsFact(_ course: Course) -> FactView {
        FactView(label: strings.text("facts.cost"), value: "",
                 items: course.costs.map { FactItemView(label: strings.schoolKind($0.kind), value: strings.cost($0.cost)) })
    }

    /// The venue as written; for an online course without one, its format (`Online`), never an empty cell.
    func venue(_ venue: String?, _ course: Course) -> String {
        if let venue { return venue }
        return [.online, .selfStudy, .liveWebinar].contains(course.format) ? strings.format(course.format) : ""
    }

    func recurring(_ session: RecurringSession, _ course: Course) -> RecurringView {
        RecurringView(
            when: strings.recurs(session), time: strings.timeRange(start: session.start, end: session.end), venue: venue(session.venue, course),
            status: session.invitation ? StatusView(label: strings.status(.invitation), tone: "invitation")
                : StatusView(label: strings.status(.tbc), tone: "tbc"),
            invitation: session.invitation ? invitation(course) : nil)
    }
}
