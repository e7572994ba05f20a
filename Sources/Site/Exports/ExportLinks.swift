import Catalogue
import Foundation

/// The links every export shares: absolute addresses built from `site.yml`'s `url`, and booking links.
///
/// Nothing here looks at "today": a booking link is given for every session whose status is `open`,
/// past or not, so that two builds of the same content write the same files. Readers of the data
/// compare the dates themselves.
struct ExportLinks: Sendable {
    let settings: SiteSettings

    init(_ settings: SiteSettings) { self.settings = settings }

    /// The site's base URL (always ending in `/`), when site.yml gives one.
    var base: String? { settings.url }

    /// `https://example.org/cpd/courses/first-aid.html` for `courses/first-aid.html`, or nil without a base URL.
    func absolute(_ path: String) -> String? { base.map { $0 + path } }

    /// The absolute URL when there is a base URL, else the path relative to the output root.
    func absoluteOrRelative(_ path: String) -> String { absolute(path) ?? path }

    /// The host name used to make calendar UIDs globally unique (`prospectus.invalid` without a base URL).
    var host: String {
        guard let base, let host = URL(string: base)?.host, !host.isEmpty else { return "prospectus.invalid" }
        return host.lowercased()
    }

    /// The course page as an absolute URL, or nil without a base URL.
    func coursePage(_ course: Course) -> String? { absolute(SitePath.course(course.slug)) }

    /// The booking link of a session whose status is `open`: the course's own template, else the site's.
    func booking(_ course: Course, _ session: Session) -> String? {
        guard session.status == .open, let template = course.booking ?? settings.booking else { return nil }
        return template.expand(for: course, session: session)
    }

    /// The course's booking template as written (the site's when the course has none).
    func bookingTemplate(_ course: Course) -> String? { (course.booking ?? settings.booking)?.description }
}
