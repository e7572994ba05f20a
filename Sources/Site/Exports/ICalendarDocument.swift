import Catalogue

/// A whole calendar file: VCALENDAR with its name, the site's VTIMEZONE and the events of some sessions.
enum ICalendarDocument {
    /// The `.ics` text for `sessions`, named `name` in calendar clients. Events are in date order.
    static func render(name: String, sessions: [CourseSession], catalogue: Catalogue) -> String {
        let links = ExportLinks(catalogue.settings)
        let zone = SiteTimeZone(catalogue.settings.timezone)
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
        let years = events.map(\.date.year)
        let first = years.min() ?? catalogue.settings.academicYear.startYear
        let last = years.max() ?? catalogue.settings.academicYear.startYear + 1
        ICalendarTimeZone(zone).write(into: &writer, years: first...last)
        for event in events { event.write(into: &writer, tzid: zone.identifier) }
        writer.end("VCALENDAR")
        return writer.output
    }
}
