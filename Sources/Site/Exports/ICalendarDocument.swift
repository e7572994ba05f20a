import Catalogue

/// A whole calendar file: VCALENDAR with its name, the site's VTIMEZONE and the events of some sessions.
///
/// Made once per export and used for every file it writes: the VTIMEZONE (read from Foundation's
/// transition data, the slow part) is built once for the academic year and reused.
struct ICalendarDocument: Sendable {
    let links: ExportLinks
    let zone: SiteTimeZone
    let academicYears: ClosedRange<Int>
    private let academicYearZone: ICalendarWriter
    /// Each published event's VEVENT text by UID, written once: a session appears in the offer's
    /// calendar, its groups', its course's and its own.
    private var eventTexts: [String: ICalendarWriter] = [:]

    /// A document for `catalogue`; with `preparing`, the VEVENTs of those sessions are written up front.
    init(catalogue: Catalogue, preparing sessions: [CourseSession]) {
        self.init(catalogue: catalogue)
        let links = self.links, tzid = zone.identifier
        let prepared = sessions.parallelMap { item in
            ICalendarEvent.events(for: item, links: links).map { event -> (String, ICalendarWriter) in
                var writer = ICalendarWriter()
                event.write(into: &writer, tzid: tzid)
                return (event.uid, writer)
            }
        }
        eventTexts = Dictionary(prepared.flatMap { $0 }, uniquingKeysWith: { first, _ in first })
    }

    init(catalogue: Catalogue) {
        links = ExportLinks(catalogue.settings)
        zone = SiteTimeZone(catalogue.settings.timezone)
        let start = catalogue.settings.academicYear.startYear
        academicYears = start...(start + 1)
        var writer = ICalendarWriter()
        ICalendarTimeZone(zone).write(into: &writer, years: academicYears)
        academicYearZone = writer
    }

    /// The `.ics` text for `sessions`, named `name` in calendar clients. Events are in date order.
    static func render(name: String, sessions: [CourseSession], catalogue: Catalogue) -> String {
        ICalendarDocument(catalogue: catalogue).render(name: name, sessions: sessions)
    }

    /// The `.ics` text for `sessions`, named `name` in calendar clients. Events are in date order.
    func render(name: String, sessions: [CourseSession]) -> String {
        let events = CourseSession.sorted(sessions)
            .flatMap { ICalendarEvent.events(for: $0, links: links) }
            .sorted { ($0.date, $0.start?.minutes ?? -1, $0.uid) < ($1.date, $1.start?.minutes ?? -1, $1.uid) }

        var writer = ICalendarWriter()
        writer.begin("VCALENDAR")
        writer.property("VERSION", "2.0")
        writer.property("PRODID", "-//Prospectus//CPD Offer//EN")
        writer.property("CALSCALE", "GREGORIAN")
        writer.property("METHOD", "PUBLISH")
        writer.text("X-WR-CALNAME", name)
        writer.text("X-WR-TIMEZONE", zone.identifier)
        // Subscribed calendars: ask clients to look for changes twice a day.
        writer.property("REFRESH-INTERVAL", "PT12H", parameters: [("VALUE", "DURATION")])
        writer.property("X-PUBLISHED-TTL", "PT12H")
        // Always cover the academic year, so nearly every file reuses the same VTIMEZONE.
        let years = events.map(\.date.year)
        let first = min(years.min() ?? academicYears.lowerBound, academicYears.lowerBound)
        let last = max(years.max() ?? academicYears.upperBound, academicYears.upperBound)
        if first...last == academicYears {
            writer.append(academicYearZone)
        } else {
            ICalendarTimeZone(zone).write(into: &writer, years: first...last)
        }
        for event in events {
            if let text = eventTexts[event.uid] {
                writer.append(text)
            } else {
                event.write(into: &writer, tzid: zone.identifier)
            }
        }
        writer.end("VCALENDAR")
        return writer.output
    }
}
