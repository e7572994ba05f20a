import Catalogue

/// Every calendar file, sharing one document so each session's VEVENT is written once.
struct CalendarsExport: SiteExport {
    func files(for context: ExportContext) -> [OutputFile] {
        let sessions = CourseSession.published(in: context.catalogue)
        let document = ICalendarDocument(catalogue: context.catalogue, preparing: sessions)
        // Every event in order, once: each group's calendar is a subset of it, already in order.
        let everyEvent = document.events(of: sessions)
        return OfferCalendarExport().files(for: context, document: document, events: everyEvent)
            + GroupCalendarsExport().files(for: context, document: document, events: everyEvent)
            + CourseCalendarsExport().files(for: context, document: document)
            + SessionCalendarsExport().files(for: context, document: document)
    }
}

/// `offer.ics`: every session of every published course, past and cancelled ones included.
struct OfferCalendarExport: SiteExport {
    func files(for context: ExportContext) -> [OutputFile] {
        files(for: context, document: ICalendarDocument(catalogue: context.catalogue))
    }

    func files(for context: ExportContext, document: ICalendarDocument) -> [OutputFile] {
        files(for: context, document: document, events: document.events(of: CourseSession.published(in: context.catalogue)))
    }

    /// `events`: every published session's events, in calendar order.
    func files(for context: ExportContext, document: ICalendarDocument, events: [ICalendarDocument.PreparedEvent]) -> [OutputFile] {
        let settings = context.catalogue.settings
        return [OutputFile(path: ICalendarPaths.offer, text: document.render(name: "\(settings.title): \(settings.offer)", events: events))]
    }
}

/// `calendars/groups/<group>.ics`: the sessions of the courses open to each group (`all` included),
/// one file per group, written even when the group has no sessions yet so a subscription never breaks.
struct GroupCalendarsExport: SiteExport {
    func files(for context: ExportContext) -> [OutputFile] {
        files(for: context, document: ICalendarDocument(catalogue: context.catalogue))
    }

    func files(for context: ExportContext, document: ICalendarDocument) -> [OutputFile] {
        files(for: context, document: document, events: document.events(of: CourseSession.published(in: context.catalogue)))
    }

    /// `events`: every published session's events, in calendar order.
    func files(for context: ExportContext, document: ICalendarDocument, events: [ICalendarDocument.PreparedEvent]) -> [OutputFile] {
        let catalogue = context.catalogue
        return catalogue.groups.parallelMap { group in
            let courses = Set(catalogue.courses(openTo: group.slug).map(\.slug))
            let text = document.render(name: "\(catalogue.settings.offer): \(group.title)", events: events.filter { courses.contains($0.course) })
            return OutputFile(path: ICalendarPaths.group(group.slug), text: text)
        }
    }
}

/// `calendars/courses/<course>.ics`: one file per published course that has sessions.
struct CourseCalendarsExport: SiteExport {
    func files(for context: ExportContext) -> [OutputFile] {
        files(for: context, document: ICalendarDocument(catalogue: context.catalogue))
    }

    func files(for context: ExportContext, document: ICalendarDocument) -> [OutputFile] {
        let catalogue = context.catalogue
        return catalogue.publishedCourses.parallelMap { course -> OutputFile? in
            guard let path = ICalendarPaths.course(for: course) else { return nil }
            let text = document.render(name: "\(catalogue.settings.offer): \(course.title)", sessions: CourseSession.all(of: course))
            return OutputFile(path: path, text: text)
        }.compactMap { $0 }
    }
}

/// `calendars/sessions/<course>-<yyyy-mm-dd>[-n].ics`: one file per session, for "add to calendar" links.
struct SessionCalendarsExport: SiteExport {
    func files(for context: ExportContext) -> [OutputFile] {
        files(for: context, document: ICalendarDocument(catalogue: context.catalogue))
    }

    func files(for context: ExportContext, document: ICalendarDocument) -> [OutputFile] {
        return context.catalogue.publishedCourses.flatMap(CourseSession.all(of:)).parallelMap { item in
            let text = document.render(name: "\(item.course.title), \(item.session.firstDay.shortText)", sessions: [item])
            return OutputFile(path: item.calendarPath, text: text)
        }
    }
}
