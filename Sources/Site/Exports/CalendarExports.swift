import Catalogue

/// `offer.ics`: every session of every published course, past and cancelled ones included.
struct OfferCalendarExport: SiteExport {
    func files(for context: ExportContext) -> [OutputFile] {
        let settings = context.catalogue.settings
        let text = ICalendarDocument.render(name: "\(settings.title): \(settings.offer)",
                                            sessions: CourseSession.published(in: context.catalogue), catalogue: context.catalogue)
        return [OutputFile(path: ICalendarPaths.offer, text: text)]
    }
}

/// `calendars/groups/<group>.ics`: the sessions of the courses open to each group (`all` included),
/// one file per group, written even when the group has no sessions yet so a subscription never breaks.
struct GroupCalendarsExport: SiteExport {
    func files(for context: ExportContext) -> [OutputFile] {
        let catalogue = context.catalogue
        return catalogue.groups.map { group in
            let sessions = catalogue.courses(openTo: group.slug).flatMap(CourseSession.all(of:))
            let text = ICalendarDocument.render(name: "\(catalogue.settings.offer): \(group.title)", sessions: sessions, catalogue: catalogue)
            return OutputFile(path: ICalendarPaths.group(group.slug), text: text)
        }
    }
}

/// `calendars/courses/<course>.ics`: one file per published course that has sessions.
struct CourseCalendarsExport: SiteExport {
    func files(for context: ExportContext) -> [OutputFile] {
        let catalogue = context.catalogue
        return catalogue.publishedCourses.compactMap { course in
            guard let path = ICalendarPaths.course(for: course) else { return nil }
            let text = ICalendarDocument.render(name: "\(catalogue.settings.offer): \(course.title)",
                                                sessions: CourseSession.all(of: course), catalogue: catalogue)
            return OutputFile(path: path, text: text)
        }
    }
}

/// `calendars/sessions/<course>-<yyyy-mm-dd>[-n].ics`: one file per session, for "add to calendar" links.
struct SessionCalendarsExport: SiteExport {
    func files(for context: ExportContext) -> [OutputFile] {
        let catalogue = context.catalogue
        return catalogue.publishedCourses.flatMap(CourseSession.all(of:)).map { item in
            let text = ICalendarDocument.render(name: "\(item.course.title), \(item.session.firstDay.shortText)",
                                                sessions: [item], catalogue: catalogue)
            return OutputFile(path: item.calendarPath, text: text)
        }
    }
}
