import Catalogue
import JSON

/// schema.org structured data for a course page, as JSON-LD to embed in
/// `<script type="application/ld+json">`.
///
/// The text escapes `<`, `>` and `&` (and U+2028, U+2029) as `\uXXXX`, so no content can close the
/// script element or open a comment; it can be inserted into the page without HTML escaping.
enum JSONLD {
    /// A schema.org `Course` with a `CourseInstance` for each session that has not ended by `today`
    /// (cancelled ones included, marked `EventCancelled`). Times carry the site's UTC offset.
    ///
    /// Written straight to text (`JSONStreamWriter`): every object's members in `JSONValue`'s order,
    /// sorted by the keys' bytes (`@` before letters), members without a value left out.
    static func course(_ course: Course, catalogue: Catalogue, today: LocalDate) -> String {
        self.course(course, sessions: CourseSession.all(of: course), catalogue: catalogue, today: today)
    }

    /// The same, given the course's sessions (`CourseSession.all(of: course)`), which its page has made already.
    static func course(_ course: Course, sessions: [CourseSession], catalogue: Catalogue, today: LocalDate) -> String {
        let settings = catalogue.settings
        let links = ExportLinks(settings)
        let zone = SiteTimeZone(settings.timezone)
        // In the partner edition `cost` is already the partner price.
        let costName = catalogue.edition == .partners ? "Partner schools" : "Trust staff"
        var out = JSONStreamWriter(style: .script, capacity: 2048)  // most pages' JSON-LD fits: no regrowing as it is written
        out.beginObject()
        out.member("@context", text: "https://schema.org")
        out.member("@type", text: "Course")
        if let code = course.code?.value { out.member("courseCode", text: code) }
        let prerequisites = course.prerequisites.compactMap { catalogue.course($0.value) }.filter { !$0.draft }.map { $0.title }
        if !prerequisites.isEmpty { out.member("coursePrerequisites", strings: prerequisites) }
        out.member("description", text: course.summary)
        if let accreditation = course.accreditation { out.member("educationalCredentialAwarded", text: accreditation) }
        let instances = sessions.filter { $0.session.lastDay >= today }
        if !instances.isEmpty {
            out.key("hasCourseInstance")
            out.beginArray()
            for item in instances { instance(item, zone: zone, links: links, costName: costName, into: &out) }
            out.endArray()
        }
        out.member("inLanguage", text: "en-GB")
        if case .pence(0)? = course.cost { out.member("isAccessibleForFree", .bool(true)) }
        out.member("name", text: course.title)
        offers(course, session: nil, links: links, costName: costName, into: &out)
        out.key("provider")
        organisation(course.provider ?? settings.title, url: course.provider == nil ? settings.url : nil, into: &out)
        if let hours = course.cpdHours, hours > 0 { out.member("timeRequired", text: duration(hours: hours)) }
        if let url = links.coursePage(course) { out.member("url", text: url) }
        out.endObject()
        return out.text
    }

    private static func organisation(_ name: String, url: String?, into out: inout JSONStreamWriter) {
        out.beginObject()
        out.member("@type", text: "Organization")
        out.member("name", text: name)
        if let url { out.member("url", text: url) }
        out.endObject()
    }

    private static func instance(_ item: CourseSession, zone: SiteTimeZone, links: ExportLinks, costName: String,
                                 into out: inout JSONStreamWriter) {
        let course = item.course, session = item.session
        out.beginObject()
        out.member("@type", text: "CourseInstance")
        out.member("courseMode", text: courseMode(course.format))
        out.member("endDate", text: timestamp(session.lastDay, session.end, zone))
        out.member("eventAttendanceMode", text: "https://schema.org/" + attendanceMode(course.format))
        out.member("eventStatus", text: session.status == .cancelled ? "https://schema.org/EventCancelled" : "https://schema.org/EventScheduled")
        if let venue = session.venue, !venue.isEmpty {
            let online = course.format == .online || course.format == .liveWebinar
            out.key("location")
            out.beginObject()
            out.member("@type", text: online ? "VirtualLocation" : "Place")
            if !online { out.member("address", text: venue) }
            out.member("name", text: venue)
            if online, let link = course.link { out.member("url", text: link) }
            out.endObject()
        }
        if let places = session.places { out.member("maximumAttendeeCapacity", .int(places)) }
        out.member("name", text: course.title)
        offers(course, session: session, links: links, costName: costName, into: &out)
        if let left = session.placesLeft, session.status == .open { out.member("remainingAttendeeCapacity", .int(left)) }
        out.member("startDate", text: timestamp(session.firstDay, session.start, zone))
        out.endObject()
    }

    /// `offers`: one for each price given as a number (a price written as a phrase has no schema.org
    /// form); `costName` names whose price `cost` is. Left out when there is none.
    private static func offers(_ course: Course, session: Session?, links: ExportLinks, costName: String, into out: inout JSONStreamWriter) {
        let kinds = course.costs.map { (Optional($0.cost), SiteStrings.english.schoolKind($0.kind)) }
        let priced = ([(course.cost, costName), (course.partnerCost, "Partner schools")] + kinds).compactMap { cost, name -> (Int, String)? in
            guard case .pence(let pence)? = cost else { return nil }
            return (pence, name)
        }
        guard !priced.isEmpty else { return }
        let booking = session.flatMap { links.booking(course, $0) }
        out.key("offers")
        out.beginArray()
        for (pence, name) in priced {
            out.beginObject()
            out.member("@type", text: "Offer")
            switch session?.status {
            case .open?: out.member("availability", text: "https://schema.org/InStock")
            case .full?: out.member("availability", text: "https://schema.org/SoldOut")
            case .closed?, .cancelled?, .tbc?, .invitation?, nil: break
            }
            out.member("category", text: pence == 0 ? "Free" : "Paid")
            out.member("name", text: name)
            out.member("price", text: "\(pence / 100).\(pad(pence % 100, 2))")
            out.member("priceCurrency", text: "GBP")
            if let booking { out.member("url", text: booking) }
            out.endObject()
        }
        out.endArray()
    }

    /// `2026-10-14T09:00:00+01:00`, or the date alone for a session without that time.
    static func timestamp(_ date: LocalDate, _ time: LocalTime?, _ zone: SiteTimeZone) -> String {
        guard let time else { return date.iso }
        let offset = zone.offset(on: date, minutes: time.minutes)
        return "\(date.iso)T\(time):00\(ExportFormat.offset(offset, colon: true))"
    }

    /// schema.org's usual `courseMode` labels.
    static func courseMode(_ format: CourseFormat) -> String {
        switch format {
        case .online, .liveWebinar, .selfStudy: return "Online"
        case .blended: return "Blended"
        case .faceToFace, .coaching, .conference: return "Onsite"
        }
    }

    private static func attendanceMode(_ format: CourseFormat) -> String {
        switch format {
        case .online, .liveWebinar, .selfStudy: return "OnlineEventAttendanceMode"
        case .blended: return "MixedEventAttendanceMode"
        case .faceToFace, .coaching, .conference: return "OfflineEventAttendanceMode"
        }
    }

    /// `PT6H`, `PT1H30M`.
    private static func duration(hours: Double) -> String {
        let minutes = Int((hours * 60).rounded())
        return "PT" + (minutes >= 60 ? "\(minutes / 60)H" : "") + (minutes % 60 != 0 || minutes < 60 ? "\(minutes % 60)M" : "")
    }
}
