import Catalogue
import JSON

/// A course's object in `catalogue.json`, written straight to text (`JSONStreamWriter`): the members
/// in the order `JSONValue` sorts them (by the keys' bytes), so the text is the one a `JSONValue`
/// of the same members gives. What each member holds is documented in `docs/catalogue-json.md`.
extension CatalogueJSON {
    /// What every course's object is written with, made once for the whole document.
    struct CourseInputs: Sendable {
        let catalogue: Catalogue
        let links: ExportLinks
        let published: Set<String>
        /// Strands are few: each one's slug is made once, not once per course.
        let strandSlugs: [String: String]
        let stageSlugs: [String]

        init(_ catalogue: Catalogue) {
            self.catalogue = catalogue
            links = ExportLinks(catalogue.settings)
            published = Set(catalogue.publishedCourses.map(\.slug))
            strandSlugs = Dictionary(Set(catalogue.publishedCourses.map(\.strand)).map { ($0, Strand(title: $0, summary: nil).slug) },
                                     uniquingKeysWith: { first, _ in first })
            stageSlugs = catalogue.settings.stages.map(\.slug)
        }
    }

    /// The course's object as it is written at depth 2 of the file (document, "courses", course).
    /// Made from its bytes (`courseBytes`), so always in storage of its own size, whether the preview
    /// `kept` it between rebuilds or not.
    static func courseText(_ course: Course, _ inputs: CourseInputs, kept: Bool) -> String {
        String(decoding: courseBytes(course, inputs), as: UTF8.self)
    }

    /// `courseText` as UTF-8 bytes.
    static func courseBytes(_ course: Course, _ inputs: CourseInputs) -> [UInt8] {
        let catalogue = inputs.catalogue, links = inputs.links
        let groups = selection(course.groups, catalogue)
        let body = course.body.html, sessions = CourseSession.all(of: course)
        // About what the text takes (some 2 KB besides the description, 0.8 KB a session), an eighth
        // more: grown by doubling, a string that outgrows its room can end up twice its text.
        let estimate = body.utf8.count + course.body.plainText.utf8.count + 2048 + 800 * (sessions.count + course.recurring.count)
        var out = JSONStreamWriter(style: .file, depth: 2, capacity: estimate + estimate / 8)
        out.beginObject()
        out.member("accreditation", text: course.accreditation)
        out.member("all_stages", .bool(course.stages.isEmpty))
        out.member("booking_template", text: links.bookingTemplate(course))
        out.member("calendar", text: ICalendarPaths.course(for: course))
        out.member("code", text: course.code?.value)
        out.member("cost", cost(course.cost))
        out.member("costs_by_school", .array(course.costs.map(kindCost)))
        out.member("cpd_hours", .number(course.cpdHours))
        out.member("description_html", text: body)
        out.member("description_text", text: course.body.plainText)
        out.member("feedback_url", text: catalogue.settings.feedback?.expand(for: course, session: nil))
        out.member("format", text: course.format.rawValue)
        out.member("format_label", text: SiteStrings.english.format(course.format))
        out.member("groups", strings: groups.slugs)
        out.member("interest_url", text: catalogue.settings.interest?.expand(for: course, session: nil))
        out.member("invitation_contact", text: course.invitationContact)
        out.member("link", text: course.link)
        out.member("mandatory", .bool(course.mandatory))
        out.member("mandatory_for", text: course.requiredOf?.rawValue)
        out.member("modules", strings: course.modules)
        out.member("open_to_all", .bool(groups.all))
        out.member("page", text: SitePath.course(course.slug))
        out.member("partner_cost", cost(course.partnerCost))
        out.member("prerequisites", strings: course.prerequisites.map { $0.value }.filter(inputs.published.contains))
        out.member("provider", text: course.provider)
        out.member("recurring_sessions", .array(course.recurring.map { recurring($0, catalogue) }))
        out.member("reference", text: course.reference)
        out.member("renewal_months", .integer(course.renewalMonths))
        out.key("sessions")
        out.beginArray()
        for session in sessions { write(session, catalogue, links, into: &out) }
        out.endArray()
        out.member("slug", text: course.slug)
        out.member("stages", strings: course.stages.isEmpty ? inputs.stageSlugs : course.stages)
        out.member("strand", text: course.strand)
        out.member("strand_slug", text: inputs.strandSlugs[course.strand] ?? Strand(title: course.strand, summary: nil).slug)
        out.member("summary", text: course.summary)
        out.member("title", text: course.title)
        out.member("url", text: links.coursePage(course))
        out.endObject()
        return out.finishBytes()
    }

    private static func write(_ item: CourseSession, _ catalogue: Catalogue, _ links: ExportLinks, into out: inout JSONStreamWriter) {
        let session = item.session
        out.beginObject()
        out.member("booked", .integer(session.booked))
        out.member("booking_url", text: links.booking(item.course, session))
        out.member("calendar", text: item.calendarPath)
        out.member("cover_needed", .flag(session.coverNeeded))
        out.member("days", strings: session.days.map { $0.iso })
        out.member("end", text: session.end?.description)
        out.member("first_day", text: session.firstDay.iso)
        out.member("id", text: item.id)
        out.member("last_day", text: session.lastDay.iso)
        out.member("places", .integer(session.places))
        out.member("places_left", .integer(session.placesLeft))
        out.member("start", text: session.start?.description)
        out.member("status", text: session.status.rawValue)
        out.member("status_label", text: SiteStrings.english.status(session.status))
        out.member("term", text: catalogue.settings.term(of: session.firstDay)?.name)
        out.member("time_of_day", text: session.timeOfDay(in: catalogue.settings)?.rawValue)
        out.member("venue", text: session.venue)
        out.endObject()
    }
}
