import Catalogue

/// Every page the site will have, in a fixed order, before anything is rendered.
struct SitePlan: Sendable {
    /// What a page shows.
    enum Kind: Sendable, Hashable {
        case home, courses, course(String), groups, group(String), pathways, pathway(String), page(String), notFound
        case stage(String), whatsOn, whatsNew, required, brochure, search, plan, accessibility
    }

    struct Page: Sendable, Hashable {
        var path: String
        var kind: Kind
    }

    var pages: [Page]

    init(_ catalogue: Catalogue) {
        var pages: [Page] = [
            Page(path: SitePath.home, kind: .home),
            Page(path: SitePath.courses, kind: .courses),
            Page(path: SitePath.groups, kind: .groups),
            Page(path: SitePath.pathways, kind: .pathways),
            Page(path: SitePath.notFound, kind: .notFound),
            Page(path: SitePath.whatsOn, kind: .whatsOn),
            Page(path: SitePath.whatsNew, kind: .whatsNew),
            Page(path: SitePath.required, kind: .required),
            Page(path: SitePath.brochure, kind: .brochure),
            Page(path: SitePath.search, kind: .search),
            Page(path: SitePath.plan, kind: .plan),
            Page(path: SitePath.accessibility, kind: .accessibility),
        ]
        if !SitePlan.hasRequiredGrid(catalogue) { pages.removeAll { $0.kind == .required } }
        pages += catalogue.settings.stages.map { Page(path: SitePath.stage($0.slug), kind: .stage($0.slug)) }
        pages += catalogue.publishedCourses.map { Page(path: SitePath.course($0.slug), kind: .course($0.slug)) }
        pages += catalogue.groups.map { Page(path: SitePath.group($0.slug), kind: .group($0.slug)) }
        pages += catalogue.pathways.map { Page(path: SitePath.pathway($0.slug), kind: .pathway($0.slug)) }
        pages += catalogue.pages.map { Page(path: SitePath.page($0.slug), kind: .page($0.slug)) }
        self.pages = pages
    }

    /// The required-training grid is the trust's rules for its own staff: the partner edition has none.
    static func hasRequiredGrid(_ catalogue: Catalogue) -> Bool { catalogue.edition == .staff }
}
