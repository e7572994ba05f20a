/// What every page's layout needs: the site's name, navigation with the current page marked, footer links.
struct LayoutView: Sendable {
    var root: String
    /// The language of the pages: the theme's `language` string.
    var lang = "en-GB"
    var pageTitle: String
    var description: String
    var siteTitle: String
    var offer: String
    var contact: String
    var contactHref: String
    var stylesheet: String
    /// The theme's `site.js`; nil on the 404 page (a relative address fails from a sub-folder, and the page needs no script).
    var script: String?
    /// The home page; none on a 404 page without `url` (from a sub-folder a relative one goes astray).
    var homeHref: String?
    var searchHref: String
    var planHref: String
    var planCurrent: Bool
    var navigation: [LinkView]
    var footerLinks: [LinkView]
    var offerLinks: [LinkView]
    /// Calendars, spreadsheets and data for other systems.
    var dataLinks: [LinkView]
    var feedHref: String
    /// The address of `assets/brand.css` (the brand colour) when site.yml sets one.
    var brandStylesheet: String?
    var logoHref: String?
    /// The words the scripts write (`ScriptWords`): a JSON object, safe inside `<script>`, for
    /// `<script type="application/json" id="prospectus-words">{{{layout.scriptWords}}}</script>`.
    var scriptWords = "{}"
    /// The browser-tab icon (`<link rel="icon">`): the theme's `assets/favicon.svg`; none on a 404 page
    /// without `url` (a relative address would be missing in a sub-folder).
    var iconHref: String?
}

/// A link with its text; `current` marks the page being shown (rendered as `aria-current="page"`).
struct LinkView: Sendable {
    var title: String
    var href: String
    var current: Bool = false
    var summary: String?
    var meta: String?
}

/// The links of one page, all made relative to it.
struct Links {
    let page: String
    /// The site's address (site.yml `url`) when links must be absolute (the 404 page), else nil.
    var base: String?

    init(page: String, base: String? = nil) {
        self.page = page
        self.base = base
    }

    func to(_ target: String) -> String { base.map { $0 + target } ?? SitePath.relative(from: page, to: target) }

    /// How many folders deep the page is (0 for `index.html`).
    var depth: Int { page.utf8.count { $0 == UInt8(ascii: "/") } }
}
