import Catalogue

/// The context every template receives: the layout's data and the page's own view.
struct PageContext<Content> {
    var layout: LayoutView
    var page: Content
}

/// Renders planned pages to HTML with the theme. Safe to use from many threads: it holds only values.
struct PageRenderer: Sendable {
    let catalogue: Catalogue
    let theme: Theme
    let today: LocalDate

    func render(_ planned: SitePlan.Page) -> String {
        let views = ViewFactory(catalogue: catalogue, today: today, page: planned.path)
        let settings = catalogue.settings
        func layout(_ title: String, _ description: String, section: String?) -> LayoutView {
            let navigation = [
                ("Home", SitePath.home), ("Courses", SitePath.courses), ("Staff groups", SitePath.groups),
                ("Pathways", SitePath.pathways),
            ].map { LinkView(title: $0.0, href: views.links.to($0.1), current: $0.1 == planned.path || $0.1 == section) }
            var stylesheet = views.links.to(SitePath.stylesheet)
            if let fingerprint = theme.fingerprint(SitePath.stylesheet) { stylesheet += "?v=" + fingerprint }
            return LayoutView(
                root: SitePath.root(of: planned.path), pageTitle: title, description: description,
                siteTitle: settings.title, offer: settings.offer, contact: settings.contact,
                contactHref: "mailto:" + settings.contact, stylesheet: stylesheet,
                homeHref: views.links.to(SitePath.home), navigation: navigation,
                footerLinks: catalogue.pages.map { LinkView(title: $0.title, href: views.links.to(SitePath.page($0.slug))) })
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
        case .notFound:
            return theme.render(PageContext(layout: layout("Page not found", "This page does not exist", section: nil),
                                            page: PageView(title: "Page not found", summary: nil, bodyHTML: "")), template: "404")
        }
    }
}
