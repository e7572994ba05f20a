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
    static func course(_ course: Course, catalogue: Catalogue, today: LocalDate) -> String {
        courseValue(course, catalogue: catalogue, today: today).rendered(.script)
    }

    static func courseValue(_ course: Course, catalogue: Catalogue, today: LocalDate) -> JSONValue {
        let settings = catalogue.settings
        let links = ExportLinks(settings)
        let zone = SiteTimeZone(settings.timezone)
        var object: [String: JSONValue] = [
            "@context": "https://schema.org",
            "@type": "Course",
            "name": .string(course.title),
            "description": .string(course.summary),
            "inLanguage": "en-GB",
            "provider": organisation(course.provider ?? settings.title, url: course.provider == nil ? settings.url : nil),
        ]
        if let code = course.code?.value { object["courseCode"] = .string(code) }
        if let url = links.coursePage(course) { object["url"] = .string(url) }
        if let accreditation = course.accreditation { object["educationalCredentialAwarded"] = .string(accreditation) }
        if let hours = course.cpdHours, hours > 0 { object["timeRequired"] = .string(duration(hours: hours)) }
        if case .pence(0)? = course.cost { object["isAccessibleForFree"] = true }
        let prerequisites = course.prerequisites.compactMap { catalogue.course($0.value) }.filter { !$0.draft }.map(\.title)
        if !prerequisites.isEmpty { object["coursePrerequisites"] = .strings(prerequisites) }
        // In the partner edition `cost` is already the partner price.
        let costName = catalogue.edition == .partners ? "Partner schools" : "Trust staff"
        let offers = offers(course, session: nil, links: links, costName: costName)
        if !offers.isEmpty { object["offers"] = .array(offers) }
        let instances = CourseSession.all(of: course)
            .filter { $0.session.lastDay >= today }
            .map { instance($0, zone: zone, links: links, costName: costName) }
        if !instances.isEmpty { object["hasCourseInstance"] = .array(instances) }
        return .object(object)
    }

    private static func organisation(_ name: String, url: String?) -> JSONValue {
        var object: [String: JSONValue] = ["@type": "Organization", "name": .string(name)]
        if let url { object["url"] = .string(url) }
        return .object(object)
    }

    private static func instance(_ item: CourseSession, zone: SiteTimeZone, links: ExportLinks, costName: String) -> JSONValue {
        let course = item.course, session = item.session
        var object: [String: JSONValue] = [
            "@type": "CourseInstance",
            "name": .string(course.title),
            "courseMode": .string(courseMode(course.format)),
            "eventAttendanceMode": .string("https://schema.org/" + attendanceMode(course.format)),
            "eventStatus": .string(session.status == .cancelled ? "https://schema.org/EventCancelled" : "https://schema.org/EventScheduled"),
            "startDate": .string(timestamp(session.firstDay, session.start, zone)),
            "endDate": .string(timestamp(session.lastDay, session.end, zone)),
        ]
        if let venue = session.venue, !venue.isEmpty {
            let online = course.format == .online || course.format == .liveWebinar
            var place: [String: JSONValue] = ["@type": online ? "VirtualLocation" : "Place", "name": .string(venue)]
            if online, let link = course.link { place["url"] = .string(link) }
            if !online { place["address"] = .string(venue) }
            object["location"] = .object(place)
        }
        if let places = session.places { object["maximumAttendeeCapacity"] = .int(places) }
        if let left = session.placesLeft, session.status == .open { object["remainingAttendeeCapacity"] = .int(left) }
        let offers = offers(course, session: session, links: links, costName: costName)
        if !offers.isEmpty { object["offers"] = .array(offers) }
        return .object(object)
    }

    /// Offers for the prices given as numbers (a price written as a phrase has no schema.org form);
    /// `costName` names whose price `cost` is.
    private static func offers(_ course: Course, session: Session?, links: ExportLinks, costName: String) -> [JSONValue] {
        var result: [JSONValue] = []
        let kinds = course.costs.map { (Optional($0.cost), SiteStrings.english.schoolKind($0.kind)) }
        for (cost, name) in [(course.cost, costName), (course.partnerCost, "Partner schools")] + kinds {
            guard case .pence(let pence)? = cost else { continue }
            var offer: [String: JSONValue] = [
                "@type": "Offer", "name": .string(name), "category": .string(pence == 0 ? "Free" : "Paid"),
                "price": .string("\(pence / 100).\(pad(pence % 100, 2))"), "priceCurrency": "GBP",
            ]
            if let session {
                switch session.status {
                case .open: offer["availability"] = "https://schema.org/InStock"
                case .full: offer["availability"] = "https://schema.org/SoldOut"
                case .closed, .cancelled, .tbc, .invitation: break
                }
                if let booking = links.booking(course, session) { offer["url"] = .string(booking) }
            }
            result.append(.object(offer))
        }
        return result
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
