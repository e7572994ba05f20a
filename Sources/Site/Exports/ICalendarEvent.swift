import Catalogue

/// One VEVENT: one day of a session.
///
/// A cohort that meets on several days becomes one event per day rather than one event with RDATEs:
/// Google Calendar and Outlook handle RDATE poorly or not at all in subscribed and imported calendars,
/// while separate events show correctly everywhere and can each have the cohort's times. Their UIDs
/// share the session's id with `-d1`, `-d2`… appended, and the summary says `(day 2 of 3)`.
struct ICalendarEvent: Sendable {
    /// Globally unique and stable: `<session id>[-d<k>]@<host>`.
    var uid: String
    var date: LocalDate
    var start: LocalTime?
    var end: LocalTime?
    var summary: String
    var location: String?
    var description: String
    var url: String?
    var category: String
    var status: SessionStatus

    /// The events of one session: one per day it meets. `host` is `links.host`, worked out once by
    /// the caller (it parses the site's URL).
    static func events(for item: CourseSession, links: ExportLinks, host: String) -> [ICalendarEvent] {
        let session = item.session, course = item.course
        let base = item.id
        var description = course.summary
        if session.days.count > 1 {
            let days = session.days.map(SiteStrings.english.shortDate)
            description += "\n\nThis cohort meets on \(session.days.count) days: "
                + days.dropLast().joined(separator: ", ") + " and " + days[days.count - 1] + "."
        }
        if session.status != .open { description += "\n\nStatus: \(SiteStrings.english.status(session.status))." }
        if let booking = links.booking(course, session) { description += "\n\nBook: \(booking)" }
        let page = links.coursePage(course)
        if let page { description += "\n\nCourse page: \(page)" }
        let title: String
        switch session.status {
        case .cancelled: title = "Cancelled: \(course.title)"
        case .tbc: title = "\(course.title) (to be confirmed)"
        default: title = course.title
        }
        return session.days.enumerated().map { position, day in
            let multiple = session.days.count > 1
            return ICalendarEvent(
                uid: multiple ? "\(base)-d\(position + 1)@\(host)" : "\(base)@\(host)",
                date: day, start: session.start, end: session.end,
                summary: multiple ? "\(title) (day \(position + 1) of \(session.days.count))" : title,
                location: session.venue, description: description, url: page,
                category: course.strand, status: session.status)
        }
    }

    /// STATUS: cancelled sessions stay in the calendar as CANCELLED so subscribed calendars update;
    /// `tbc` is TENTATIVE; open, full and closed sessions take place, so they are CONFIRMED.
    var statusValue: String {
        switch status {
        case .cancelled: return "CANCELLED"
        case .tbc: return "TENTATIVE"
        case .open, .full, .closed, .invitation: return "CONFIRMED"
        }
    }

    /// SEQUENCE: 0, or 1 once the session is cancelled, so clients treat the cancellation as a newer
    /// version of the event. Derived from the content alone, like everything else in the file.
    var sequence: Int { status == .cancelled ? 1 : 0 }

    /// Writes BEGIN:VEVENT … END:VEVENT; timed events use `tzid`, untimed ones are all-day events.
    /// `stamp` is DTSTAMP, when the file was made (`ExportFormat.utcStamp` of the build's moment).
    func write(into writer: inout ICalendarWriter, tzid: String, stamp: String) {
        writer.begin("VEVENT")
        writer.property("UID", uid)
        writer.property("DTSTAMP", stamp)
        if let start {
            writer.property("DTSTART", dateTime(date, start), parameter: ("TZID", tzid))
            if let end { writer.property("DTEND", dateTime(date, end), parameter: ("TZID", tzid)) }
        } else {
            writer.property("DTSTART", ExportFormat.compact(date), parameter: ("VALUE", "DATE"))
            writer.property("DTEND", ExportFormat.compact(date.adding(days: 1)), parameter: ("VALUE", "DATE"))
        }
        writer.text("SUMMARY", summary)
        if let location, !location.isEmpty { writer.text("LOCATION", location) }
        writer.text("DESCRIPTION", description)
        if let url { writer.property("URL", url) }
        writer.text("CATEGORIES", category)
        writer.property("STATUS", statusValue)
        writer.property("SEQUENCE", String(sequence))
        writer.property("TRANSP", status == .cancelled ? "TRANSPARENT" : "OPAQUE")
        writer.end("VEVENT")
    }

    private func dateTime(_ date: LocalDate, _ time: LocalTime) -> String {
        "\(ExportFormat.compact(date))T\(ExportFormat.compact(time))00"
    }
}
