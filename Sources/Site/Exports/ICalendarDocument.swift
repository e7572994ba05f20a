import Catalogue
import Parallel

/// A whole calendar file: VCALENDAR with its name, the site's VTIMEZONE and the events of some sessions.
///
/// Made once per export and used for every file it writes: the VTIMEZONE (read from Foundation's
/// transition data, the slow part) is built once for the academic year and reused.
struct ICalendarDocument: Sendable {
    let links: ExportLinks
    let zone: SiteTimeZone
    let academicYears: ClosedRange<Int>
    /// DTSTAMP of every event: when the files are made (`ExportContext.madeAt`), in UTC.
    let stamp: String
    /// The lines after a calendar's name for the academic year's VTIMEZONE (`head(zone:years:)`), made once.
    private let academicYearHead: String
    /// The host of every UID (`ExportLinks.host`), worked out once: it parses the site's URL.
    let host: String
    /// Each prepared course's events by its slug, then by the session's position in the course: a
    /// session appears in the offer's calendar, its groups', its course's and its own.
    private var prepared: [String: [[PreparedEvent]]] = [:]

    /// One VEVENT, written, with what calendar files are sorted by. A class: the offer's, the
    /// groups', the schools', the courses' and the sessions' calendars pass the same events around,
    /// and copying one costs one reference count, not one per string.
    final class PreparedEvent: Sendable {
        let date: LocalDate
        /// Minutes after midnight, -1 for an all-day event (all-day events come first).
        let start: Int
        let uid: String
        let course: String
        /// LOCATION, for the schools' calendars.
        let venue: String?
        /// BEGIN:VEVENT … END:VEVENT, folded, CRLF-terminated.
        let text: String
        /// The UID's first eight bytes, big-endian (zeros after a shorter one), when the whole UID is
        /// ASCII: two such UIDs whose keys differ compare as their keys do (`inOrder`).
        private let uidKey: UInt64?

        init(date: LocalDate, start: Int, uid: String, course: String, venue: String?, text: String) {
            self.date = date
            self.start = start
            self.uid = uid
            self.course = course
            self.venue = venue
            self.text = text
            var key: UInt64 = 0, count = 0, ascii = true
            for byte in uid.utf8 {
                if byte >= 0x80 { ascii = false; break }
                if count < 8 { key |= UInt64(byte) << (56 - 8 * count) }
                count += 1
            }
            uidKey = ascii ? key : nil
        }

        /// Calendar order: day, start, then UID (unique, so the order is total).
        static func inOrder(_ events: [PreparedEvent]) -> [PreparedEvent] {
            // A session's own file holds one event: nothing to sort.
            if events.count < 2 { return events }
            // Sorts positions, not events: moving an event retains and releases each of its strings,
            // and the offer's calendar sorts every event of the year.
            let dates = events.map { $0.date }, starts = events.map { $0.start }, keys = events.map { $0.uidKey }
            let order = events.indices.sorted { a, b in
                if dates[a] != dates[b] { return dates[a] < dates[b] }
                if starts[a] != starts[b] { return starts[a] < starts[b] }
                // Many events share a day and a start: ASCII UIDs (all of them, nearly always) are
                // told apart by their first eight bytes, which order them as the strings do.
                if let first = keys[a], let second = keys[b], first != second { return first < second }
                return events[a].uid < events[b].uid
            }
            return order.map { events[$0] }
        }
    }

    /// A document for `catalogue`; with `preparing`, the VEVENTs of those courses' sessions are
    /// written up front. With a `context` that carries the preview's memo, a course's events are
    /// reused while the course is unchanged.
    init(catalogue: Catalogue, madeAt: Int, preparing courses: [Course], context: ExportContext? = nil) {
        self.init(catalogue: catalogue, madeAt: madeAt)
        self = preparing(courses, context: context)
    }

    /// This document with the VEVENTs of `courses`' sessions written up front (reused from the
    /// preview's memo in `context` while a course is unchanged), in place of any prepared before.
    func preparing(_ courses: [Course], context: ExportContext? = nil) -> ICalendarDocument {
        let document = self
        let events = courses.filter { !$0.sessions.isEmpty }.parallelMap { course in
            let make = { CourseSession.all(of: course).map { document.write($0) } }
            guard let context else { return (course.slug, make()) }
            // In the preview, kept while the course is unchanged.
            return (course.slug, context.fragment("calendar-events", of: course, make: make))
        }
        var prepared = document
        prepared.prepared = Dictionary(events, uniquingKeysWith: { first, _ in first })
        return prepared
    }

    /// A document whose events are stamped `madeAt` (seconds since 1970, UTC).
    init(catalogue: Catalogue, madeAt: Int) {
        stamp = ExportFormat.utcStamp(madeAt)
        links = ExportLinks(catalogue.settings)
        host = links.host
        zone = SiteTimeZone(catalogue.settings.timezone)
        let start = catalogue.settings.academicYear.startYear
        academicYears = start...(start + 1)
        academicYearHead = ICalendarDocument.head(zone: zone, years: academicYears)
    }

    /// The events of `sessions`, in calendar order.
    func events(of sessions: [CourseSession]) -> [PreparedEvent] {
        // A loop, not `flatMap(preparedEvents)`: the method as a closure would carry a copy of the document.
        var events: [PreparedEvent] = []
        for item in sessions { events += preparedEvents(item) }
        return PreparedEvent.inOrder(events)
    }

    /// The events of one session, in calendar order.
    func events(of item: CourseSession) -> [PreparedEvent] {
        PreparedEvent.inOrder(preparedEvents(item))
    }

    /// The events of every session of `courses`, in calendar order (`events(of:)` of their sessions,
    /// found course by course: calendar order does not depend on the order they are found in).
    func events(ofCourses courses: [Course]) -> [PreparedEvent] {
        var events: [PreparedEvent] = []
        for course in courses {
            for index in course.sessions.indices { events += preparedEvents(course, index) }
        }
        return PreparedEvent.inOrder(events)
    }

    /// The session's events as prepared up front (written now when they were not), in the session's order.
    private func preparedEvents(_ item: CourseSession) -> [PreparedEvent] {
        if let course = prepared[item.course.slug], item.index < course.count { return course[item.index] }
        return write(item)
    }

    /// The events of session `index` of `course`, as `preparedEvents(_:)` gives them.
    func preparedEvents(_ course: Course, _ index: Int) -> [PreparedEvent] {
        if let events = prepared[course.slug], index < events.count { return events[index] }
        return write(CourseSession.all(of: course)[index])
    }

    /// The `.ics` file at `path` for `sessions`, named `name` in calendar clients; events in calendar order.
    func file(_ path: String, name: String, sessions: [CourseSession]) -> OutputFile {
        file(path, name: name, events: events(of: sessions))
    }

    /// The `.ics` file at `path` for `events` (in calendar order), made of pieces: the calendar's
    /// head, then each event's own text, shared with every other file that shows the event.
    func file(_ path: String, name: String, events: [PreparedEvent]) -> OutputFile {
        OutputFile(path: path, pieces: pieces(name: name, events: events))
    }

    /// The file's text in pieces, in order.
    private func pieces(name: String, events: [PreparedEvent]) -> [String] {
        var nameLine = ICalendarWriter()
        nameLine.text("X-WR-CALNAME", name)
        // Always cover the academic year, so nearly every file reuses the same VTIMEZONE.
        let first = min(events.first?.date.year ?? academicYears.lowerBound, academicYears.lowerBound)
        let last = max(events.last?.date.year ?? academicYears.upperBound, academicYears.upperBound)
        var pieces: [String] = []
        pieces.reserveCapacity(events.count + 4)
        pieces.append(ICalendarDocument.opening)
        pieces.append(nameLine.output)
        if first...last == academicYears {
            pieces.append(academicYearHead)
        } else {
            pieces.append(ICalendarDocument.head(zone: zone, years: first...last))
        }
        for event in events { pieces.append(event.text) }
        pieces.append(ICalendarDocument.closing)
        return pieces
    }

    /// The lines every calendar starts with, before its name.
    private static let opening: String = {
        var writer = ICalendarWriter()
        writer.begin("VCALENDAR")
        writer.property("VERSION", "2.0")
        writer.property("PRODID", "-//Prospectus//CPD Offer//EN")
        writer.property("CALSCALE", "GREGORIAN")
        writer.property("METHOD", "PUBLISH")
        return writer.output
    }()

    /// The line every calendar ends with.
    private static let closing: String = {
        var writer = ICalendarWriter()
        writer.end("VCALENDAR")
        return writer.output
    }()

    /// The lines after a calendar's name: its time zone, how often to refresh, and the VTIMEZONE for `years`.
    private static func head(zone: SiteTimeZone, years: ClosedRange<Int>) -> String {
        var writer = ICalendarWriter()
        writer.text("X-WR-TIMEZONE", zone.identifier)
        // Subscribed calendars: ask clients to look for changes twice a day.
        writer.property("REFRESH-INTERVAL", "PT12H", parameter: ("VALUE", "DURATION"))
        writer.property("X-PUBLISHED-TTL", "PT12H")
        ICalendarTimeZone(zone).write(into: &writer, years: years)
        return writer.output
    }

    /// Writes the events of one session.
    private func write(_ item: CourseSession) -> [PreparedEvent] {
        ICalendarEvent.events(for: item, links: links, host: host).map { prepare($0, course: item.course.slug) }
    }

    /// Writes one event.
    func prepare(_ event: ICalendarEvent, course: String) -> PreparedEvent {
        var writer = ICalendarWriter(reservingCapacity: 2048)
        event.write(into: &writer, tzid: zone.identifier, stamp: stamp)
        return PreparedEvent(date: event.date, start: event.start?.minutes ?? -1, uid: event.uid, course: course, venue: event.location, text: writer.output)
    }
}
