import Catalogue

/// `courses.csv`: one row per published course, for Excel. Columns are documented in docs/catalogue-json.md.
struct CoursesCSVExport: SiteExport {
    static let path = "courses.csv"
    let reads = SiteExports.everyCourse
    static let header = [
        "Slug", "Code", "Title", "Summary", "Strand", "Format", "Groups", "Stages", "Mandatory", "Renewal months",
        "CPD hours", "Cost", "Partner cost", "Provider", "Accreditation", "Prerequisites", "Link", "Sessions",
        "First date", "Last date", "Page", "Modules", "Recurring sessions", "Mandatory for",
    ]

    func files(for context: ExportContext) -> [OutputFile] {
        let catalogue = context.catalogue
        let links = ExportLinks(catalogue.settings)
        var writer = CSVWriter(header: CoursesCSVExport.header)
        for course in catalogue.publishedCourses {
            // The row shows the titles of the course's prerequisites: they are inputs too.
            let prerequisites = course.prerequisites.compactMap { catalogue.course($0.value) }.filter { !$0.draft }
            writer.append(records: context.fragment("courses-csv", of: course, inputs: FragmentInputs(course, prerequisites.map { $0.title })) {
                Self.record(course, prerequisites: prerequisites, catalogue: catalogue, links: links)
            })
        }
        return [OutputFile(path: CoursesCSVExport.path, bytePieces: [writer.bytes])]
    }

    private static func record(_ course: Course, prerequisites: [Course], catalogue: Catalogue, links: ExportLinks) -> String {
        let running = course.sessions.filter { $0.status != .cancelled }
        return CSVWriter.record([
            .text(course.slug), .optional(course.code?.value), .text(course.title), .text(course.summary),
            .text(course.strand), .text(SiteStrings.english.format(course.format)), .text(CSVText.groups(course.groups, catalogue)),
            .text(CSVText.stages(course, catalogue)), .text(course.mandatory ? "Yes" : "No"),
            .integer(course.renewalMonths), .decimal(course.cpdHours), .optional(CSVText.cost(course)),
            .optional(course.partnerCost?.description), .optional(course.provider), .optional(course.accreditation),
            .text(prerequisites.map { $0.title }.joined(separator: "; ")),
            .optional(course.link), .integer(course.sessions.count),
            .optional(running.map { $0.firstDay }.min()?.iso), .optional(running.map { $0.lastDay }.max()?.iso),
            .text(links.absoluteOrRelative(SitePath.course(course.slug))),
            .text(course.modules.joined(separator: "; ")), .text(course.recurring.map(CSVText.recurring).joined(separator: "; ")),
            .optional(course.requiredOf?.rawValue),
        ])
    }
}

/// `sessions.csv`: one row per session of a published course, in date order, past and cancelled
/// sessions included (see the Status column).
struct SessionsCSVExport: SiteExport {
    static let path = "sessions.csv"
    let reads = SiteExports.everyCourse
    static let header = [
        "Session ID", "Course", "Code", "Course slug", "Strand", "Format", "First day", "Last day", "Days", "All days",
        "Start", "End", "Venue", "Term", "Status", "Places", "Places left", "Cover needed", "Booking link",
        "Calendar", "Course page", "Time of day", "Booked",
    ]

    func files(for context: ExportContext) -> [OutputFile] {
        let catalogue = context.catalogue
        let links = ExportLinks(catalogue.settings)
        var writer = CSVWriter(header: SessionsCSVExport.header)
        // Each course's session rows are made together (the preview keeps them), then put in date order.
        var rows: [String: [String]] = [:]
        for course in catalogue.publishedCourses {
            rows[course.slug] = context.fragment("sessions-csv", of: course) {
                CourseSession.all(of: course).map { Self.record($0, catalogue: catalogue, links: links) }
            }
        }
        for item in CourseSession.published(in: catalogue) {
            writer.append(records: rows[item.course.slug]![item.index])
        }
        return [OutputFile(path: SessionsCSVExport.path, bytePieces: [writer.bytes])]
    }

    private static func record(_ item: CourseSession, catalogue: Catalogue, links: ExportLinks) -> String {
        let course = item.course, session = item.session
        return CSVWriter.record([
            .text(item.id), .text(course.title), .optional(course.code?.value), .text(course.slug), .text(course.strand),
            .text(SiteStrings.english.format(course.format)), .text(session.firstDay.iso), .text(session.lastDay.iso),
            .integer(session.days.count), .text(session.days.map { $0.iso }.joined(separator: "; ")),
            .optional(session.start?.description), .optional(session.end?.description), .optional(session.venue),
            .optional(catalogue.settings.term(of: session.firstDay)?.name), .text(SiteStrings.english.status(session.status)),
            .integer(session.places), .integer(session.placesLeft),
            .optional(session.coverNeeded.map { $0 ? "Yes" : "No" }), .optional(links.booking(course, session)),
            .text(links.absoluteOrRelative(item.calendarPath)), .text(links.absoluteOrRelative(SitePath.course(course.slug))),
            .optional(session.timeOfDay(in: catalogue.settings).map(SiteStrings.english.timeOfDay)),
            .integer(session.booked),
        ])
    }
}

/// How lists read in a spreadsheet cell.
enum CSVText {
    /// `All staff`, or the group titles separated by `; `.
    static func groups(_ selection: GroupSelection, _ catalogue: Catalogue) -> String {
        switch selection {
        case .all: return "All staff"
        case .some(let slugs): return slugs.compactMap { catalogue.group($0)?.title }.joined(separator: "; ")
        }
    }

    /// `All stages`, or the stage titles separated by `; `.
    static func stages(_ course: Course, _ catalogue: Catalogue) -> String {
        course.stages.isEmpty ? "All stages" : course.stages.compactMap { catalogue.settings.stage($0)?.title }.joined(separator: "; ")
    }
}
