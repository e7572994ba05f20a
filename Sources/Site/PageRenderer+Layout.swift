import Catalogue
import Parallel

/// What every page of one folder shows alike in its layout: the links (relative to the folder),
/// their words, the site's name and addresses. Made once per folder and reused by each of its
/// pages (a 20,000-course site has 20,000 pages in `courses/`), which add only their title,
/// description and which links are marked current.
struct LayoutParts: Sendable {
    /// The folder's layout with no title or description, and no link marked current.
    var layout: LayoutView
    /// The paths the header's links and the footer's links about the offer lead to, in their order.
    var navigationPaths: [String]
    var offerPaths: [String]

    /// The layout of a page with these parts: `page` is its path, `section` the path of the
    /// header link that stands for its part of the site. A header link is current when it leads to
    /// the page or its section, a footer link about the offer when it leads to the page.
    func layout(page: String, title: String, description: String, section: String?) -> LayoutView {
        var layout = layout
        layout.pageTitle = title
        layout.description = description
        layout.planCurrent = page == SitePath.plan
        Self.mark(&layout.navigation, navigationPaths) { $0 == page || $0 == section }
        Self.mark(&layout.offerLinks, offerPaths) { $0 == page }
        return layout
    }

    /// Sets `current` on the links whose path is current.
    private static func mark(_ links: inout [LinkView], _ paths: [String], current: (String) -> Bool) {
        for index in paths.indices where current(paths[index]) { links[index].current = true }
    }
}

/// Each folder's ``LayoutParts``, made when its first page is rendered. Shared by the threads
/// rendering pages (and by copies of the renderer, which have the same catalogue and theme).
final class LayoutPartsCache: Sendable {
    private let parts = Locked<[String: LayoutParts]>([:])

    /// The parts for pages in `folder`, made by `make` the first time.
    func parts(folder: String, make: () -> LayoutParts) -> LayoutParts {
        if let known = parts.withLock({ $0[folder] }) { return known }
        let made = make()
        parts.withLock { $0[folder] = made }
        return made
    }

    /// The folder part of a page's path, with its final slash (`courses/`; `""` at the root):
    /// every link of a page depends only on it. Nil for a path that ends with a slash (no page does).
    static func folder(of page: String) -> String? {
        guard page.utf8.last != UInt8(ascii: "/") else { return nil }
        guard let slash = page.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(page.utf8[...slash])
    }
}

extension PageRenderer {
    /// The layout's parts for a page at `path` whose links are made by `links`. `onlySafeLinks`:
    /// the 404 page without a site address, which offers only the links that cannot go wrong;
    /// `notFound`: the 404 page, which loads no script (see `render`).
    func layoutParts(page path: String, links: Links, notFound: Bool, onlySafeLinks: Bool) -> LayoutParts {
        let strings = theme.strings, settings = catalogue.settings
        func linkViews(_ kinds: [(kind: PageKind, words: String)]) -> (links: [LinkView], paths: [String]) {
            guard !onlySafeLinks else { return ([], []) }
            let paths = kinds.map { $0.kind.path("") }
            return (zip(kinds, paths).map { LinkView(title: strings.text($0.words), href: links.to($1)) }, paths)
        }
        let navigation = linkViews(self.navigation), offerLinks = linkViews(self.offerLinks)
        let layout = LayoutView(
            root: SitePath.root(of: path), lang: strings.text("language"), pageTitle: "", description: "",
            siteTitle: settings.title, offer: settings.offer, contact: settings.contact,
            contactHref: "mailto:" + settings.contact, stylesheet: asset(SitePath.stylesheet, links),
            script: notFound ? nil : asset(SitePath.script, links), homeHref: onlySafeLinks ? nil : links.to(SitePath.home),
            searchHref: links.to(SitePath.search), planHref: links.to(SitePath.plan),
            planCurrent: false, navigation: navigation.links,
            footerLinks: onlySafeLinks ? [] : catalogue.pages.map { LinkView(title: $0.title, href: links.to(SitePath.page($0.slug))) }
                + (ReportOnSite.isLinked(by: catalogue) ? [LinkView(title: strings.text("report.footer_link"), href: links.to(ReportOnSite.page))] : []),
            offerLinks: offerLinks.links,
            dataLinks: [
                (strings.text("data_links.calendar"), ICalendarPaths.offer), (strings.text("data_links.courses_csv"), CoursesCSVExport.path),
                (strings.text("data_links.sessions_csv"), SessionsCSVExport.path), (strings.text("data_links.json"), CatalogueJSON.path),
                (strings.text("data_links.feed"), AtomFeedExport.path),
            ].filter { _ in !onlySafeLinks }.map { LinkView(title: $0.0, href: links.to($0.1)) },
            feedHref: links.to(AtomFeedExport.path),
            brandStylesheet: settings.brand?.colour.map { BrandAssetsExport.stylesheetHref($0, links) },
            // Without `url` the 404's relative pictures would be missing in a sub-folder: it shows none.
            logoHref: onlySafeLinks ? nil : settings.brand?.logo.map { links.to(BrandAssetsExport.logoPath($0)) },
            scriptWords: scriptWords, iconHref: onlySafeLinks ? nil : links.to(BrandAssetsExport.themeIconPath))
        return LayoutParts(layout: layout, navigationPaths: navigation.paths, offerPaths: offerLinks.paths)
    }
}
