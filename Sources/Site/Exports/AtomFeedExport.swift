import Catalogue

/// `feed.xml`: an Atom feed (RFC 4287) with one entry per published course.
///
/// Dates come from the content, never the clock: an entry's `updated` is midnight UTC on the first
/// day of the course's latest session (the first day of the academic year for a course without
/// sessions), so an entry moves when a later date is added; the feed's `updated` is the latest of
/// its entries'. Links are absolute when site.yml has a `url`, else relative to the feed.
struct AtomFeedExport: SiteExport {
    static let path = "feed.xml"
    let reads = SiteExports.everyCourse

    func files(for context: ExportContext) -> [OutputFile] {
        [OutputFile(path: AtomFeedExport.path, text: AtomFeedExport.render(context.catalogue))]
    }

    static func render(_ catalogue: Catalogue) -> String {
        let settings = catalogue.settings
        let links = ExportLinks(settings)
        let yearStart = settings.academicYear.firstDay
        let courses = catalogue.publishedCourses
        let updated = courses.map { updatedDate($0, yearStart: yearStart) }
        let feedUpdated = updated.max() ?? yearStart
        var atom = AtomWriter(
            id: feedID(settings), title: "\(settings.offer): \(settings.title)",
            subtitle: "Courses and CPD opportunities in \(settings.offer)", updated: feedUpdated,
            selfLink: links.absolute(path), alternate: links.absoluteOrRelative(SitePath.courses),
            author: (settings.title, settings.contact))
        for (course, date) in zip(courses, updated) {
            atom.entry(id: entryID(course, settings), title: course.title,
                       link: links.absoluteOrRelative(SitePath.course(course.slug)), updated: date,
                       summary: course.summary, category: course.strand)
        }
        return atom.document
    }

    /// The first day of the course's latest session, or the first day of the academic year.
    static func updatedDate(_ course: Course, yearStart: LocalDate) -> LocalDate {
        course.sessions.map(\.firstDay).max() ?? yearStart
    }

    /// The site's URL, or a `tag:` URI built from the organisation and the academic year.
    static func feedID(_ settings: SiteSettings) -> String {
        settings.url ?? "tag:prospectus.invalid,\(settings.academicYear.startYear):\(Slug.make(from: settings.title))/\(Slug.make(from: settings.offer))"
    }

    /// The course page's URL, or a `tag:` URI under the feed's.
    static func entryID(_ course: Course, _ settings: SiteSettings) -> String {
        if let url = settings.url { return url + SitePath.course(course.slug) }
        return feedID(settings) + "/courses/" + course.slug
    }
}
