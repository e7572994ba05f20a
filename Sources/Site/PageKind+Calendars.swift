import Catalogue

/// The page kinds of the calendars and What's on by school (listed in `PageKind.all`).
extension PageKind {
    /// `calendars.html`: how to subscribe, and every calendar's address.
    static let calendars = PageKind("calendars", at: SitePath.calendars, reads: .page([.groups])) { page in
        (layout: page.layout(page.strings.text("pages.calendars.title"), page.strings.text("pages.calendars.description"), section: nil),
         page: page.views.calendars())
    }

    /// `whats-on/<school>.html`: What's on at one school of site.yml's `schools` (the school filter
    /// without JavaScript).
    static let whatsOnSchool = PageKind("whats-on-school", template: "whats-on", subjects: { catalogue in
        catalogue.settings.schools.flatMap { school in
            Pagination.subjects(school.slug, pages: Pagination.pageCount(ViewFactory.whatsOnRowCount(catalogue, school: school), perPage: Pagination.sessionsPerPage))
        }
    }, path: { subject in
        let (slug, number) = Pagination.split(subject)
        return Pagination.path(SitePath.whatsOnSchool(slug), page: number)
    }, reads: { _ in .page([.today], courses: [(.published, .listed)]) }) { page, subject in
        let (slug, number) = Pagination.split(subject)
        let school = page.settings.schools.first { $0.slug == slug }!
        let pages = Pagination(page: number, pages: Pagination.pageCount(page.views.whatsOnRowCount(school: school), perPage: Pagination.sessionsPerPage))
        return (layout: page.layout(page.views.pagedTitle(page.strings.text("pages.whats_on_school.title", ["school": school.name]), pages),
                                    page.strings.text("pages.whats_on_school.description", ["school": school.name]), section: SitePath.whatsOn),
                page: page.views.whatsOn(school: school, page: number))
    }
}

extension ViewFactory {
    /// My plan, with the site's time zone for the calendar file its script makes.
    func plan() -> PlanView {
        let settings = catalogue.settings
        let zone = SiteTimeZone(settings.timezone)
        var writer = ICalendarWriter()
        let start = settings.academicYear.startYear
        ICalendarTimeZone(zone).write(into: &writer, years: start...(start + 1))
        return PlanView(title: strings.text("pages.plan.title"), timezone: zone.identifier, vtimezone: writer.output, siteURL: settings.url ?? "")
    }

    /// The 404 page: its stylesheet inlined, so it is styled wherever it is shown (a server shows it
    /// at the missing page's address, in any folder, where a relative stylesheet link breaks).
    func notFound(stylesheet: () -> String) -> NotFoundView {
        NotFoundView(title: strings.text("pages.not_found.title"), inlineStyles: stylesheet(), absoluteLinks: links.base != nil)
    }
}
