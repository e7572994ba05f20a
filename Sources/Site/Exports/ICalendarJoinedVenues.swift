import Catalogue

/// A course held at the same days and times at several venues (the safeguarding hour at five
/// schools) is one event in a staff group's calendar, its venues listed in LOCATION and DESCRIPTION,
/// so a subscriber sees the hour once. A school's calendar keeps its own session (see
/// `SchoolCalendarsExport`).
extension ICalendarDocument {
    /// Sessions of one course that meet on the same days at the same times.
    private struct SameTime: Hashable {
        let course: String
        let days: [LocalDate]
        let start: LocalTime?
        let end: LocalTime?
        init(_ item: CourseSession) {
            course = item.course.slug
            days = item.session.days
            start = item.session.start
            end = item.session.end
        }

        /// The key of a session of a course whose sessions alone are compared (no course named).
        init(_ session: Session) {
            course = ""
            days = session.days
            start = session.start
            end = session.end
        }
    }

    /// The events of `sessions`, in calendar order, with each course's sessions at the same days and
    /// times made one event per day that names every venue.
    func eventsJoiningVenues(of sessions: [CourseSession]) -> [PreparedEvent] {
        // Positions in `sessions`, not the sessions: each one holds a whole course, costly to copy.
        var together: [[Int]] = []
        var place: [SameTime: Int] = [:]
        place.reserveCapacity(sessions.count)
        for (position, item) in sessions.enumerated() {
            let key = SameTime(item)
            if let index = place[key] {
                together[index].append(position)
            } else {
                place[key] = together.count
                together.append([position])
            }
        }
        let events = together.flatMap { positions -> [PreparedEvent] in
            guard positions.count > 1 else { return self.events(of: sessions[positions[0]]) }
            let items = positions.map { sessions[$0] }
            return ICalendarEvent.joined(items, links: links, host: host).map { prepare($0, course: items[0].course.slug) }
        }
        return PreparedEvent.inOrder(events)
    }

    /// `eventsJoiningVenues(of:)` of every session of `courses`, found course by course: only a
    /// course's own sessions can be joined, and calendar order (by day, start and UID, which are
    /// unique) does not depend on the order they are found in. A course's sessions at the same days
    /// and times are taken in the course's order, as in the sessions' calendar order.
    func eventsJoiningVenues(ofCourses courses: [Course]) -> [PreparedEvent] {
        var events: [PreparedEvent] = []
        for course in courses where !course.sessions.isEmpty {
            let sessions = course.sessions
            guard sessions.count > 1 else {
                events += preparedEvents(course, 0)
                continue
            }
            // Positions of the sessions at the same days and times, in the course's order.
            var together: [[Int]] = []
            var keys: [SameTime] = []
            for position in sessions.indices {
                let key = SameTime(sessions[position])
                if let index = keys.firstIndex(of: key) {
                    together[index].append(position)
                } else {
                    keys.append(key)
                    together.append([position])
                }
            }
            var items: [CourseSession]?
            for positions in together {
                guard positions.count > 1 else {
                    events += preparedEvents(course, positions[0])
                    continue
                }
                if items == nil { items = CourseSession.all(of: course) }
                let joined = positions.map { items![$0] }
                events += ICalendarEvent.joined(joined, links: links, host: host).map { prepare($0, course: course.slug) }
            }
        }
        return PreparedEvent.inOrder(events)
    }
}

extension ICalendarEvent {
    /// One event per day for sessions of one course at the same days and times at several venues.
    /// The UID names the course, first day and times (`…-venues`), so it stays while venues change.
    static func joined(_ items: [CourseSession], links: ExportLinks, host: String) -> [ICalendarEvent] {
        let active = items.filter { $0.session.status != .cancelled }
        let shown = active.isEmpty ? items : active
        // The event takes place when any of its sessions does: an open one speaks for them all.
        let speaking = shown.first { $0.session.status == .open } ?? shown[0]
        let venues = shown.compactMap(\.session.venue).filter { !$0.isEmpty }
        // In English, like the rest of the calendar files (data for other systems).
        let words = SiteStrings.english
        let list = items.map { item in
            var line = "- " + (item.session.venue ?? "Venue to be confirmed")
            if item.session.status != .open { line += " (\(words.status(item.session.status)))" }
            if let booking = links.booking(item.course, item.session) { line += ": \(booking)" }
            return line
        }.joined(separator: "\n")
        let first = items[0]
        let times = [first.session.start, first.session.end].compactMap { $0.map(ExportFormat.compact) }.joined(separator: "-")
        let base = "\(first.course.slug)-\(ExportFormat.compact(first.session.firstDay))-\(times.isEmpty ? "day" : times)-venues"
        let multiple = first.session.days.count > 1
        return events(for: speaking, links: links, host: host).enumerated().map { position, event in
            var joined = event
            joined.uid = "\(base)\(multiple ? "-d\(position + 1)" : "")@\(host)"
            joined.location = venues.joined(separator: "; ")
            joined.description = first.course.summary + "\n\n"
                + "At \(items.count) places at the same time; book the one you will go to:\n" + list
                + (links.coursePage(first.course).map { "\n\nCourse page: \($0)" } ?? "")
            return joined
        }
    }
}
