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
        let strings = theme.strings
        let views = ViewFactory(catalogue: catalogue, today: today, page: planned.path, strings: strings, cards: cards)
        let settings = catalogue.settings
        func layout(_ title: String, _ description: String, section: String?) -> LayoutView {
            let navigation = [
                (strings.text("navigation.home"), SitePath.home), (strings.text("navigation.courses"), SitePath.courses), (strings.text("navigation.whats_on"), SitePath.whatsOn),
                (strings.text("navigation.groups"), SitePath.groups), (strings.text("navigation.pathways"), SitePath.pathways), (strings.text("navigation.search"), SitePath.search),
            ].map { LinkView(title: $0.0, href: views.links.to($0.1), current: $0.1 == planned.path || $0.1 == section) }
            let offerLinks = [
                (strings.text("navigation.whats_new"), SitePath.whatsNew), (strings.text("navigation.required"), SitePath.required), (strings.text("navigation.brochure"), SitePath.brochure),
                (strings.text("navigation.accessibility"), SitePath.accessibility),
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
                    (strings.text("data_links.calendar"), ICalendarPaths.offer), (strings.text("data_links.courses_csv"), CoursesCSVExport.path),
                    (strings.text("data_links.sessions_csv"), SessionsCSVExport.path), (strings.text("data_links.json"), CatalogueJSON.path),
                    (strings.text("data_links.feed"), AtomFeedExport.path),
                ].map { LinkView(title: $0.0, href: views.links.to($0.1)) },
                feedHref: views.links.to(AtomFeedExport.path),
                brandStylesheet: settings.brand?.colour.map { BrandAssetsExport.stylesheetHref($0, views.links) },
                logoHref: settings.brand?.logo.map { views.links.to(BrandAssetsExport.logoPath($0)) })
        }
        switch planned.kind {
        case .home:
            return theme.render(PageContext(layout: layout(settings.offer, strings.text("pages.home.description", ["offer": settings.offer, "site": settings.title]), section: nil),
                                            page: views.home()), template: "home")
        case .courses:
            return theme.render(PageContext(layout: layout(strings.text("pages.courses.title"), strings.text("pages.courses.description", ["offer": settings.offer]), section: nil),
                                            page: views.coursesIndex()), template: "courses")
        case .course(let slug):
            let course = catalogue.course(slug)!
            return theme.render(PageContext(layout: layout(course.title, course.summary, section: SitePath.courses),
                                            page: views.courseView(course)), template: "course")
        case .groups:
            return theme.render(PageContext(layout: layout(strings.text("pages.groups.title"), strings.text("pages.groups.description"), section: nil),
                                            page: views.groupsIndex()), template: "groups")
        case .group(let slug):
            let group = catalogue.group(slug)!
            return theme.render(PageContext(layout: layout(group.title, group.summary, section: SitePath.groups),
                                            page: views.group(group)), template: "group")
        case .pathways:
            return theme.render(PageContext(layout: layout(strings.text("pages.pathways.title"), strings.text("pages.pathways.description"), section: nil),
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
            return theme.render(PageContext(layout: layout(stage.title, strings.text("pages.stage.description", ["stage": stage.title.lowercased()]), section: SitePath.courses),
                                            page: views.stage(stage)), template: "stage")
        case .whatsOn:
            return theme.render(PageContext(layout: layout(strings.text("pages.whats_on.title"), strings.text("pages.whats_on.description"), section: nil),
                                            page: views.whatsOn()), template: "whats-on")
        case .whatsNew:
            return theme.render(PageContext(layout: layout(strings.text("pages.whats_new.title"), strings.text("pages.whats_new.description"), section: nil),
                                            page: views.whatsNew(changes)), template: "whats-new")
        case .required:
            return theme.render(PageContext(layout: layout(strings.text("pages.required.title"), strings.text("pages.required.description"), section: SitePath.groups),
                                            page: views.requiredGrid()), template: "required")
        case .brochure:
            return theme.render(PageContext(layout: layout(strings.text("pages.brochure.title"), strings.text("pages.brochure.description"), section: nil),
                                            page: views.brochure()), template: "brochure")
        case .search:
            return theme.render(PageContext(layout: layout(strings.text("pages.search.title"), strings.text("pages.search.description"), section: nil),
                                            page: PageView(title: strings.text("pages.search.title"), summary: nil, bodyHTML: "")), template: "search")
        case .plan:
            return theme.render(PageContext(layout: layout(strings.text("pages.plan.title"), strings.text("pages.plan.description"), section: nil),
                                            page: PageView(title: strings.text("pages.plan.title"), summary: nil, bodyHTML: "")), template: "plan")
        case .accessibility:
            return theme.render(PageContext(layout: layout(strings.text("pages.accessibility.title"), strings.text("pages.accessibility.description"), section: nil),
                                            page: PageView(title: strings.text("pages.accessibility.title"), summary: nil, bodyHTML: "")), template: "accessibility")
        case .notFound:
            return theme.render(PageContext(layout: layout(strings.text("pages.not_found.title"), strings.text("pages.not_found.description"), section: nil),
                                            page: PageView(title: strings.text("pages.not_found.title"), summary: nil, bodyHTML: "")), template: "404")
        }
    }

    /// A theme asset's relative URL with a content fingerprint, so browsers fetch a changed file.
    private func asset(_ path: String, _ links: Links) -> String {
        let href = links.to(path)
        return theme.fingerprint(path).map { href + "?v=" + $0 } ?? href
    }
}
