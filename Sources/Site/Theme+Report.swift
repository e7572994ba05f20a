import Catalogue

/// What the Report module (`prospectus report`, and the report a staff site may carry) uses of the
/// theme: its `report` template, checked at load against ``ReportView`` like every template, and its
/// words, read the way the site's views read them.
extension Theme {
    /// The report page, rendered with `templates/report.mustache`.
    public func renderReport(_ view: ReportView) -> String { render(view, template: "report") }
}

extension SiteStrings {
    /// The text of `key` with its `{placeholders}` filled from `values`.
    public func reportText(_ key: String, _ values: [String: String] = [:]) -> String {
        // One pass, so a value holding `{name}` is never filled in again.
        var result = "", rest = Substring(unfilled(key))
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            result += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            result += values[name] ?? String(rest[open...close])
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    /// `key.one` when `number` is 1, else `key.other`, with `{count}` the number.
    public func reportCount(_ key: String, _ number: Int, _ values: [String: String] = [:]) -> String {
        reportText(key + (number == 1 ? ".one" : ".other"), values.merging(["count": String(number)]) { $1 })
    }

    /// `Wednesday 14 October 2026`, in the theme's words.
    public func reportLongDate(_ date: LocalDate) -> String { longDate(date) }
    /// `Wed 14 Oct 2026`, in the theme's words.
    public func reportShortDate(_ date: LocalDate) -> String { shortDate(date) }
    /// `School day`, `Twilight`, in the theme's words.
    public func reportTimeOfDay(_ time: TimeOfDay) -> String { timeOfDay(time) }
    /// `every 2 years`, in the theme's words.
    public func reportRenewal(_ months: Int) -> String { renewal(months) }
}

/// Where a staff site carries the CPD lead's report (`report: { on_site: unlisted }` or `linked`).
public enum ReportOnSite {
    /// The report's folder inside the site.
    public static let folder = "report"
    /// Its page, as pages link to it.
    public static let page = folder + "/index.html"

    /// Whether the site of `catalogue` carries the report: the staff edition only, when site.yml asks.
    public static func isCarried(by catalogue: Catalogue) -> Bool {
        catalogue.edition == .staff && catalogue.settings.report.onSite != .no
    }

    /// Whether every page's footer links to it (`on_site: linked`).
    public static func isLinked(by catalogue: Catalogue) -> Bool {
        isCarried(by: catalogue) && catalogue.settings.report.onSite == .linked
    }
}
