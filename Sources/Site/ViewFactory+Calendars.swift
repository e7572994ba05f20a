import Catalogue

/// The subscription page: each calendar with a `webcal://` link and its https address when site.yml
/// gives the site's `url` (subscribing needs an address the calendar app can reach), and the file
/// itself, to download, always.
extension ViewFactory {
    func calendars() -> CalendarsView {
        let settings = catalogue.settings
        func feed(_ id: String, _ title: String, _ path: String) -> CalendarFeedView {
            let address = settings.url.map { $0 + path }
            return CalendarFeedView(id: id, title: title, href: links.to(path), webcal: address.map(Self.webcal), address: address)
        }
        return CalendarsView(
            hasAddresses: settings.url != nil,
            offer: feed("offer", strings.text("calendars.offer"), ICalendarPaths.offer),
            groups: catalogue.groups.map { feed("group-" + $0.slug, $0.title, ICalendarPaths.group($0.slug)) },
            schools: settings.schools.map { feed("school-" + $0.slug, $0.name, ICalendarPaths.school($0.slug)) },
            apps: ["outlook", "google", "apple"].map { app in
                // Without the site's address there is nothing to subscribe to: the steps import the file.
                let step = settings.url == nil ? "import" : "step"
                return CalendarAppView(id: "steps-" + app, name: strings.text("calendars.\(app).name"),
                                       steps: (1...3).map { strings.text("calendars.\(app).\(step)_\($0)") }.filter { !$0.isEmpty })
            })
    }

    /// `webcal://host/path` for `https://host/path` (or `http://`): the scheme calendar apps open to subscribe.
    static func webcal(_ address: String) -> String {
        for scheme in ["https://", "http://"] where address.lowercased().hasPrefix(scheme) {
            return "webcal://" + address.dropFirst(scheme.count)
        }
        return address
    }
}
