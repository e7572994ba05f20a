import Catalogue
import Parallel

/// Every calendar file, sharing one document so each session's VEVENT is written once.
struct CalendarsExport: SiteExport {
    let reads = SiteExports.everyCourse
    func files(for context: ExportContext) -> [OutputFile] {
        let (document, files) = wholeOffer(for: context)
        let perCourse = context.catalogue.publishedCourses.parallelMap { courseFiles(for: $0, context: context, document: document) }
        return files + perCourse.flatMap(\.course) + perCourse.flatMap(\.sessions)
    }

    /// The calendars made from the whole offer: `offer.ics`, each group's and each school's (not
    /// the courses' and sessions' own, which the preview makes one course at a time).
    func wholeOfferFiles(for context: ExportContext) -> [OutputFile] {
        wholeOffer(for: context).files
    }

    private func wholeOffer(for context: ExportContext) -> (document: ICalendarDocument, files: [OutputFile]) {
        let courses = context.catalogue.publishedCourses
        let document = ICalendarDocument(catalogue: context.catalogue, madeAt: context.madeAt, preparing: courses, context: context)
        // Every event in order, once: the offer's calendar and each school's are subsets of it, already
        // in order; groups' calendars are subsets of the same events with venues joined. Both are
        // gathered course by course, then put in calendar order.
        let everyEvent = document.events(ofCourses: courses)
        let joined = document.eventsJoiningVenues(ofCourses: courses)
        return (document, OfferCalendarExport().files(for: context, document: document, events: everyEvent)
            + GroupCalendarsExport().files(for: context, document: document, events: joined)
            + SchoolCalendarsExport().files(for: context, document: document, events: everyEvent))
    }

    /// A course's own calendar (none without sessions) and each of its sessions', from `document`
    /// (which has the course's events prepared, or writes them now).
    func courseFiles(for course: Course, context: ExportContext, document: ICalendarDocument) -> (course: [OutputFile], sessions: [OutputFile]) {
        let items = CourseSession.all(of: course)
        return (course: CourseCalendarsExport().files(for: course, sessions: items, context: context, document: document),
                sessions: SessionCalendarsExport().files(for: items, document: document))
    }
}

/// `offer.ics`: every session of every published course, past and cancelled ones included.
struct OfferCalendarExport: SiteExport {
    let reads = SiteExports.everyCourse
    func files(for context: ExportContext) -> [OutputFile] {
        let document = ICalendarDocument(catalogue: context.catalogue, madeAt: context.madeAt)
        return files(for: context, document: document, events: document.events(of: CourseSession.published(in: context.catalogue)))
    }

    /// `events`: every published session's events, in calendar order.
    func files(for context: ExportContext, document: ICalendarDocument, events: [ICalendarDocument.PreparedEvent]) -> [OutputFile] {
        let settings = context.catalogue.settings
        return [document.file(ICalendarPaths.offer, name: "\(settings.title): \(settings.offer)", events: events)]
    }
}

/// `calendars/groups/<group>.ics`: the sessions of the courses open to each group (`all` included),
/// one file per group, written even when the group has no sessions yet so a subscription never breaks.
/// A course at the same time at several venues is one event naming them (`eventsJoiningVenues`).
struct GroupCalendarsExport: SiteExport {
    let reads = SiteExports.everyCourse
    func files(for context: ExportContext) -> [OutputFile] {
        let document = ICalendarDocument(catalogue: context.catalogue, madeAt: context.madeAt)
        return files(for: context, document: document, events: document.eventsJoiningVenues(of: CourseSession.published(in: context.catalogue)))
    }

    /// `events`: every published session's events with venues joined, in calendar order.
    func files(for context: ExportContext, document: ICalendarDocument, events: [ICalendarDocument.PreparedEvent]) -> [OutputFile] {
        let catalogue = context.catalogue
        let membership = CalendarGroupMembership(catalogue, events: events)
        return catalogue.groups.parallelMap { group in
            let name = "\(catalogue.settings.offer): \(group.title)"
            let own = membership.events(events, openTo: group.slug)
            let make = { document.file(ICalendarPaths.group(group.slug), name: name, events: own) }
            // In the preview, a group's file is kept while its events are the same.
            guard let fragments = context.fragments else { return make() }
            return fragments.fragment("group-calendar", group.slug, inputs: FragmentInputs(name, own.map(\.text)), make: make)
        }
    }
}

/// `calendars/schools/<school>.ics`: the sessions at each school of site.yml's `schools` (a venue
/// starting with the school's name), one file per school, written even when it has none yet.
struct SchoolCalendarsExport: SiteExport {
    let reads = SiteExports.everyCourse
    func files(for context: ExportContext) -> [OutputFile] {
        let document = ICalendarDocument(catalogue: context.catalogue, madeAt: context.madeAt)
        return files(for: context, document: document, events: document.events(of: CourseSession.published(in: context.catalogue)))
    }

    /// `events`: every published session's events, in calendar order.
    func files(for context: ExportContext, document: ICalendarDocument, events: [ICalendarDocument.PreparedEvent]) -> [OutputFile] {
        let settings = context.catalogue.settings
        guard !settings.schools.isEmpty else { return [] }
        return settings.schools.map { school in
            let own = events.filter { school.hosts(venue: $0.venue) }
            return document.file(ICalendarPaths.school(school.slug), name: "\(settings.offer): \(school.name)", events: own)
        }
    }
}

/// `calendars/courses/<course>.ics`: one file per published course that has sessions.
struct CourseCalendarsExport: SiteExport {
    let reads = SiteExports.everyCourse
    func files(for context: ExportContext) -> [OutputFile] {
        let document = ICalendarDocument(catalogue: context.catalogue, madeAt: context.madeAt)
        return context.catalogue.publishedCourses.parallelMap { files(for: $0, context: context, document: document) }.flatMap { $0 }
    }

    /// The course's calendar, or nothing when it has no sessions.
    func files(for course: Course, context: ExportContext, document: ICalendarDocument) -> [OutputFile] {
        files(for: course, sessions: CourseSession.all(of: course), context: context, document: document)
    }

    /// The course's calendar from its `sessions` (`CourseSession.all(of: course)`), or nothing when it has none.
    func files(for course: Course, sessions: [CourseSession], context: ExportContext, document: ICalendarDocument) -> [OutputFile] {
        guard let path = ICalendarPaths.course(for: course) else { return [] }
        return [document.file(path, name: "\(context.catalogue.settings.offer): \(course.title)", sessions: sessions)]
    }
}

/// `calendars/sessions/<course>-<yyyy-mm-dd>[-n].ics`: one file per session, for "add to calendar" links.
struct SessionCalendarsExport: SiteExport {
    let reads = SiteExports.everyCourse
    func files(for context: ExportContext) -> [OutputFile] {
        let document = ICalendarDocument(catalogue: context.catalogue, madeAt: context.madeAt)
        return context.catalogue.publishedCourses.parallelMap { files(for: CourseSession.all(of: $0), document: document) }.flatMap { $0 }
    }

    /// One file per session of a course (`sessions`: `CourseSession.all(of:)` of it).
    func files(for sessions: [CourseSession], document: ICalendarDocument) -> [OutputFile] {
        sessions.map { item in
            document.file(item.calendarPath, name: "\(item.course.title), \(SiteStrings.english.shortDate(item.session.firstDay))", sessions: [item])
        }
    }
}
