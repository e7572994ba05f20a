import Catalogue

/// Every calendar file, sharing one document so each session's VEVENT is written once.
struct CalendarsExport: SiteExport {
    func files(for context: ExportContext) -> [OutputFile] {
        let document = ICalendarDocument(catalogue: context.catalogue, preparing: CourseSession.published(in: context.catalogue))
        return OfferCalendarExport().files(for: context, document: document)
            + GroupCalendarsExport().files(for: context, document: document)
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
        let settings = context.catalogue.settings
        let text = document.render(
            name: "\(settings.title): \(settings.offer)", sessions: CourseSession.published(in: context.catalogue))
        return [OutputFile(path: ICalendarPaths.offer, text: text)]
    }
}

/// `calendars/groups/<group>.ics`: the sessions of the courses open to each group (`all` included),
/// one file per group, written even when the group has no sessions yet so a subscription never breaks.
struct GroupCalendarsExport: SiteExport {
    func files(for context: ExportContext) -> [OutputFile] {
        files(for: context, document: ICalendarDocument(catalogue: context.catalogue))
    }

    func files(for context: ExportContext, document: ICalendarDocument) -> [OutputFile] {
        let catalogue = context.catalogue
        return catalogue.groups.parallelMap { group in
            let sessions = catalogue.courses(openTo: group.slug).flatMap(CourseSession.all(of:))
            let text = document.render(name: "\(catalogue.settings.offer): \(group.title)", sessions: sessions)
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
