import Catalogue

extension SiteOnDemand {
    /// The name of the export that makes the calendars (`exportNames`), under which the preview
    /// keeps the courses' calendars it made one at a time: they are stale when it is.
    public static let calendarsExportName = SiteExports.name(of: CalendarsExport())

    /// The calendars of the course whose own or session calendar is at `path` (`calendars/courses/…`,
    /// `calendars/sessions/…`): the course's and each of its sessions', made now from that course
    /// alone, byte for byte what `build` writes. Nil when `path` is no such calendar.
    public func calendarFiles(at path: String) -> [OutputFile]? {
        guard let course = calendarCourse(at: path) else { return nil }
        let context = exportContext(SiteExports.everyCourse)
        let document = calendarDocument.withLock { document in
            if let document { return document }
            let made = ICalendarDocument(catalogue: parts.catalogue, madeAt: context.madeAt)
            document = made
            return made
        }
        work.count(.courseCalendars)
        let files = CalendarsExport().courseFiles(for: course, context: context, document: document.preparing([course], context: context))
        let made = files.course + files.sessions
        return made.contains { $0.path == path } ? made : nil
    }

    /// The path of every course's and session's calendar, in no particular order.
    public var calendarPaths: [String] {
        parts.catalogue.publishedCourses.flatMap { course in
            ICalendarPaths.course(for: course).map { [$0] + ICalendarPaths.sessions(of: course) } ?? []
        }
    }

    /// The published course whose calendar, or one of whose sessions' calendars, is at `path`.
    private func calendarCourse(at path: String) -> Course? {
        guard path.hasSuffix(".ics") else { return nil }
        let name = path.dropLast(4)
        let catalogue = parts.catalogue
        func published(_ slug: Substring) -> Course? {
            catalogue.course(String(slug)).flatMap { $0.draft ? nil : $0 }
        }
        if name.hasPrefix("calendars/courses/") { return published(name.dropFirst("calendars/courses/".count)) }
        guard name.hasPrefix("calendars/sessions/") else { return nil }
        // `<course>-<yyyy-mm-dd>` or `<course>-<yyyy-mm-dd>-<n>`: the slug is what comes before the
        // date, tried with and without an ordinal at the end (a slug may end in digits too).
        let stem = name.dropFirst("calendars/sessions/".count)
        var candidates = [stem]
        if let dash = stem.lastIndex(of: "-"), stem[stem.index(after: dash)...].allSatisfy(\.isASCIIDigit) {
            candidates.append(stem[..<dash])
        }
        for candidate in candidates where candidate.count > 11 {
            let date = candidate.suffix(11)
            guard date.first == "-", LocalDate(iso: String(date.dropFirst())) != nil else { continue }
            if let course = published(candidate.dropLast(11)), ICalendarPaths.sessions(of: course).contains(String(path)) { return course }
        }
        return nil
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
