/// The subscription page: how to subscribe in each calendar app, and every calendar's addresses.
struct CalendarsView: Sendable {
    /// Whether site.yml gives the site's `url`, so the calendars have addresses to subscribe to.
    var hasAddresses: Bool
    /// The whole offer's, each staff group's and (in a trust) each school's calendars.
    var offer: CalendarFeedView
    var groups: [CalendarFeedView]
    var schools: [CalendarFeedView]
    /// Outlook, Google and Apple, each with its steps (strings.yml `calendars.*`).
    var apps: [CalendarAppView]
}

/// One calendar file and the ways to get it.
struct CalendarFeedView: Sendable {
    /// The anchor of its entry (`offer`, `group-<slug>`, `school-<slug>`).
    var id: String
    var title: String
    /// The file, relative to the page: a download (a copy that never changes).
    var href: String
    /// `webcal://…`: opens the calendar app to subscribe; nil without the site's `url`.
    var webcal: String?
    /// The https address to paste into a calendar app; nil without the site's `url`.
    var address: String?
}

/// How to subscribe in one calendar app.
struct CalendarAppView: Sendable {
    var id: String
    var name: String
    var steps: [String]
}

/// The page shown for an address that does not exist, from any folder of the site.
struct NotFoundView: Sendable {
    var title: String
    /// The theme's stylesheet, inlined: a server shows the page at the missing page's address, in
    /// any folder, where a relative stylesheet link breaks (and an absolute one may not be reachable).
    var inlineStyles: String
    /// Whether links are absolute (site.yml `url`), so they work from any folder.
    var absoluteLinks: Bool
}

/// My plan: what its calendar file (made in the browser, site.js) needs from the site.
struct PlanView: Sendable {
    var title: String
    /// The site's time zone (site.yml `timezone`) and its VTIMEZONE for the academic year.
    var timezone: String
    var vtimezone: String
    /// The site's address (site.yml `url`), or empty: the course pages' URLs in the file.
    var siteURL: String
}
