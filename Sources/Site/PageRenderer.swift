import Catalogue
import Templates

/// The context every template receives: the layout's data (`{{layout.…}}`) and the page's own view
/// (`{{page.…}}`). Both are wrapped once here, so each of a page's many `{{page.…}}` lookups does
/// not copy the view again.
struct PageContext: Sendable {
    let layout: TemplateValue
    let page: TemplateValue

    init(layout: LayoutView, page: some TemplateObject) {
        self.layout = .init(layout)
        self.page = .init(page)
    }
}

/// Renders planned pages to HTML with the theme. Safe to use from many threads: it holds only values.
struct PageRenderer: Sendable {
    let catalogue: Catalogue
    let theme: Theme
    let today: LocalDate
    let cards: CardCache
    let changes: ChangeLog

    /// `fragments`: the preview's memo, from which unchanged courses' cards are reused. `cardsFor`:
    /// the pages that will be rendered, when not all of them (no cards are made for a course page alone).
    init(catalogue: Catalogue, theme: Theme, today: LocalDate, plan: SitePlan, changes: ChangeLog = ChangeLog(changes: []),
         fragments: CourseFragments? = nil, cardsFor pages: [SitePlan.Page]? = nil) {
        self.changes = changes
        self.catalogue = catalogue
        self.theme = theme
        self.today = today
        // Listings live one folder down (courses/, groups/, stages/, pathways/).
        let listings = (pages ?? plan.pages).filter { if case .course = $0.kind { return false } else { return true } }
        cards = CardCache(catalogue: catalogue, today: today, theme: theme,
                          depths: Set(listings.map { Links(page: $0.path).depth }.filter { $0 > 0 }), fragments: fragments)
    }

    func render(_ planned: SitePlan.Page) -> String {
        let views = ViewFactory(catalogue: catalogue, today: today, page: planned.path, cards: cards)
        let settings = catalogue.settings
        func layout(_ title: String, _ description: String, section: String?) -> LayoutView {
            let navigation = [
                ("Home", SitePath.home), ("Courses", SitePath.courses), ("What's on", SitePath.whatsOn),
                ("Staff groups", SitePath.groups), ("Pathways", SitePath.pathways), ("Search", SitePath.search),
            ].map { LinkView(title: $0.0, href: views.links.to($0.1), current: $0.1 == planned.path || $0.1 == section) }
            let offerLinks = [
                ("What's new", SitePath.whatsNew), ("Required training by role", SitePath.required), ("Printable brochure", SitePath.brochure),
                ("Accessibility statement", SitePath.accessibility),
            ].filter { $0.1 != SitePath.required || SitePlan.hasRequiredGrid(catalogue) }.map { LinkView(title: $0.0, href: views.links.to($0.1), current: $0.1 == planned.path) }
            return LayoutView(
                root: SitePath.root(of: planned.path), pageTitle: title, description: description,
                siteTitle: settings.title, offer: settings.offer, contact: settings.contact,
                contactHref: "mailto:" + settings.contact, stylesheet: asset(SitePath.stylesheet, views.links),
                script: asset(SitePath.script, views.links), homeHref: views.links.to(SitePath.home),
                searchHref: views.links.to(SitePath.search), planHref: views.links.to(SitePath.plan),
                planCurrent: planned.path == SitePath.plan, navigation: navigation,
                footerLinks: catalogue.pages.map { LinkView(title: $0.title, href: views.links.to(SitePath.page($0.slug))) },
                offerLinks: offerLinks,
                dataLinks: [
                    ("Every session (calendar, .ics)", ICalendarPaths.offer), ("Courses (spreadsheet, .csv)", CoursesCSVExport.path),
                    ("Sessions (spreadsheet, .csv)", SessionsCSVExport.path), ("The whole offer (JSON)", CatalogueJSON.path),
                    ("New courses (Atom feed)", AtomFeedExport.path),
                ].map { LinkView(title: $0.0, href: views.links.to($0.1)) },
                feedHref: views.links.to(AtomFeedExport.path),
                brandStylesheet: settings.brand?.colour.map { BrandAssetsExport.stylesheetHref($0, views.links) },
                logoHref: settings.brand?.logo.map { views.links.to(BrandAssetsExport.logoPath($0)) })
        }
        switch planned.kind {
        case .home:
            return theme.render(PageContext(layout: layout(settings.offer, "The \(settings.offer) of \(settings.title)", section: nil),
                                            page: views.home()), template: "home")
        case .courses:
            return theme.render(PageContext(layout: layout("All courses", "Every course in the \(settings.offer)", section: nil),
                                            page: views.coursesIndex()), template: "courses")
        case .course(let slug):
            let course = catalogue.course(slug)!
            return theme.render(PageContext(layout: layout(course.title, course.summary, section: SitePath.courses),
                                            page: views.courseView(course)), template: "course")
        case .groups:
            return theme.render(PageContext(layout: layout("Staff groups", "Find the courses for your role", section: nil),
                                            page: views.groupsIndex()), template: "groups")
        case .group(let slug):
            let group = catalogue.group(slug)!
            return theme.render(PageContext(layout: layout(group.title, group.summary, section: SitePath.groups),
                                            page: views.group(group)), template: "group")
        case .pathways:
            return theme.render(PageContext(layout: layout("Pathways", "Routes through the offer by career stage", section: nil),
                                            page: views.pathwaysIndex()), template: "pathways")
        case .pathway(let slug):
            let pathway = catalogue.pathways.first { $0.slug == slug }!
            return theme.render(PageContext(layout: layout(pathway.title, pathway.summary, section: SitePath.pathways),
                                            page: views.pathway(pathway)), template: "pathway")
        case .page(let slug):
            let page = catalogue.pages.first { $0.slug == slug }!
            return theme.render(PageContext(layout: layout(page.title, page.summary ?? page.title, section: nil),
                                            page: views.page(page)), template: "page")
        case .stage(let slug):
            let stage = settings.stage(slug)!
            return theme.render(PageContext(layout: layout(stage.title, "Courses for \(stage.title.lowercased())", section: SitePath.courses),
                                            page: views.stage(stage)), template: "stage")
        case .whatsOn:
            return theme.render(PageContext(layout: layout("What's on", "Every session of the year by term and month", section: nil),
                                            page: views.whatsOn()), template: "whats-on")
        case .whatsNew:
            return theme.render(PageContext(layout: layout("What's new", "Changes to the offer: new courses, new dates, cancellations", section: nil),
                                            page: views.whatsNew(changes)), template: "whats-new")
        case .required:
            return theme.render(PageContext(layout: layout("Required training by role", "Mandatory training for each staff group and how often to renew it", section: SitePath.groups),
                                            page: views.requiredGrid()), template: "required")
        case .brochure:
            return theme.render(PageContext(layout: layout("Printable brochure", "The whole offer on one page", section: nil),
                                            page: views.brochure()), template: "brochure")
        case .search:
            return theme.render(PageContext(layout: layout("Search", "Search the offer", section: nil),
                                            page: PageView(title: "Search", summary: nil, bodyHTML: "")), template: "search")
        case .plan:
            return theme.render(PageContext(layout: layout("My plan", "Your shortlist of courses", section: nil),
                                            page: PageView(title: "My plan", summary: nil, bodyHTML: "")), template: "plan")
        case .accessibility:
            return theme.render(PageContext(layout: layout("Accessibility statement", "How accessible this site is", section: nil),
                                            page: PageView(title: "Accessibility statement", summary: nil, bodyHTML: "")), template: "accessibility")
        case .notFound:
            return theme.render(PageContext(layout: layout("Page not found", "This page does not exist", section: nil),
                                            page: PageView(title: "Page not found", summary: nil, bodyHTML: "")), template: "404")
        }
    }

    /// A theme asset's relative URL with a content fingerprint, so browsers fetch a changed file.
    private func asset(_ path: String, _ links: Links) -> String {
        let href = links.to(path)
        return theme.fingerprint(path).map { href + "?v=" + $0 } ?? href
    }
}
