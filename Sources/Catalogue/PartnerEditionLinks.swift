import Foundation
import Markdown

/// Links written for trust staff that partner schools cannot follow: to pages the partner edition
/// leaves out (staff-only pages, the required-training grid, courses not offered to partners,
/// pathways with no partner course), to the staff site's `url`, or to the staff `contact`.
///
/// Paths are the site's as `SitePath` (in Site) lays it out: `courses/<slug>.html`,
/// `pages/<slug>.html`, `pathways/<slug>.html`, `required.html`.
struct PartnerEditionLinks {
    /// What a link points at that partners cannot use.
    enum Target: Equatable {
        case staffPage(title: String)
        case requiredGrid
        case course(slug: String, title: String)
        case pathway(title: String)
        case staffSite
        case staffContact

        /// A page the partner edition does not have: a relative link to it would be broken there.
        var isLeftOutPage: Bool {
            switch self {
            case .staffPage, .requiredGrid, .course, .pathway: true
            case .staffSite, .staffContact: false
            }
        }
    }

    /// Each left-out page by its path in the site.
    private let leftOut: [String: Target]
    /// The staff site's address (lowercased, ending in `/`), unless partners share it.
    private let staffURL: String?
    /// The staff contact (lowercased), when partners have another.
    private let staffContact: String?
    private let partnerURL: String?
    private let partnerContact: String?

    /// `offered`: the slugs of the courses the partner edition publishes; `pathways`: of its pathways.
    init(staff: Catalogue, offered: Set<String>, pathways: Set<String>) {
        var leftOut: [String: Target] = ["required.html": .requiredGrid]
        for page in staff.pages where !page.audience.includes(.partners) {
            leftOut["pages/\(page.slug).html"] = .staffPage(title: page.title)
        }
        for course in staff.publishedCourses where !offered.contains(course.slug) {
            leftOut["courses/\(course.slug).html"] = .course(slug: course.slug, title: course.title)
        }
        for pathway in staff.pathways where !pathways.contains(pathway.slug) {
            leftOut["pathways/\(pathway.slug).html"] = .pathway(title: pathway.title)
        }
        self.leftOut = leftOut
        let settings = staff.settings
        let partnerURL = settings.partners?.url, partnerContact = settings.partners?.contact
        self.partnerURL = partnerURL
        self.partnerContact = partnerContact
        staffURL = settings.url.map { $0.lowercased() }.flatMap { $0 == partnerURL?.lowercased() ? nil : $0 }
        staffContact = partnerContact.flatMap { $0.lowercased() == settings.contact.lowercased() ? nil : settings.contact.lowercased() }
    }

    /// What `destination`, written in a body published at `folder` (`courses`, `groups`…), points at
    /// that partners cannot use, if anything.
    func target(of destination: String, from folder: String) -> Target? {
        let lowered = destination.lowercased()
        if let staffURL, lowered.hasPrefix(staffURL) || lowered == staffURL.dropLast() { return .staffSite }
        if let staffContact, lowered.hasPrefix("mailto:") {
            let address = String(lowered.dropFirst("mailto:".count).prefix { $0 != "?" })
            return address.percentDecoded == staffContact ? .staffContact : nil
        }
        return Self.resolve(destination, from: folder).flatMap { leftOut[$0] }
    }

    /// Whether `destination` (from a body at `folder`) is a relative link to a page the partner edition leaves out.
    func isLeftOutPage(_ destination: String, from folder: String) -> Bool {
        target(of: destination, from: folder)?.isLeftOutPage ?? false
    }

    /// The path in the site a relative link from a page in `folder` leads to, without its `?query`
    /// or `#fragment`; nil for an address with a scheme, one from the site's root, or one leading out.
    static func resolve(_ destination: String, from folder: String) -> String? {
        let path = destination.prefix { $0 != "#" && $0 != "?" }
        guard !path.isEmpty, !path.hasPrefix("/"), !holdsColon(path.prefix { $0 != "/" }) else { return nil }
        var parts = folder.split(separator: "/").map(String.init)
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(String(part).percentDecoded)
            }
        }
        return parts.joined(separator: "/")
    }

    /// Whether `text` holds a ':': found in its bytes when it is ASCII (nearly every address), else
    /// searched for as text.
    private static func holdsColon(_ text: Substring) -> Bool {
        let utf8 = text.utf8
        if utf8.allSatisfy({ $0 < 0x80 }) { return utf8.contains(UInt8(ascii: ":")) }
        return text.contains(":")
    }

    /// The warning for a course description's link to `target`, at the link.
    func warning(_ link: Located<String>, _ target: Target) -> Diagnostic {
        let shown = "'\(link.value.prefix(80))'"
        let notForPartners = "or mark this course not for partners (partners: false)"
        let instead = "link to a page partner schools can see instead, \(notForPartners)"
        switch target {
        case .staffPage(let title):
            return .warning(.partnerLinkLeftOut, at: link.location, keyPath: "body",
                            "link \(shown) goes to '\(title)', a page for trust staff only (audience: staff): the partner edition leaves that page out, and shows this link as plain text",
                            suggestion: instead)
        case .requiredGrid:
            return .warning(.partnerLinkLeftOut, at: link.location, keyPath: "body",
                            "link \(shown) goes to the required training by role, which is for trust staff only: the partner edition leaves it out, and shows this link as plain text",
                            suggestion: instead)
        case .course(let slug, let title):
            return .warning(.partnerLinkLeftOut, at: link.location, keyPath: "body",
                            "link \(shown) goes to '\(title)', a course not offered to partner schools: the partner edition leaves it out, and shows this link as plain text",
                            suggestion: "offer '\(slug)' to partners too (partner_cost: …), \(instead)")
        case .pathway(let title):
            return .warning(.partnerLinkLeftOut, at: link.location, keyPath: "body",
                            "link \(shown) goes to the pathway '\(title)', which has no course for partner schools: the partner edition leaves it out, and shows this link as plain text",
                            suggestion: instead)
        case .staffSite:
            return .warning(.partnerLinkStaffSite, at: link.location, keyPath: "body",
                            "link \(shown) goes to the trust staff site (url in site.yml), which partner schools cannot open",
                            suggestion: "link to \(partnerURL.map { "the partner edition (\($0)) or " } ?? "")a public page instead, \(notForPartners)")
        case .staffContact:
            return .warning(.partnerLinkStaffContact, at: link.location, keyPath: "body",
                            "link \(shown) writes to the trust staff's contact (contact in site.yml); partner schools write to \(partnerContact ?? "their own contact")",
                            suggestion: "link to mailto:\(partnerContact ?? "…") instead, \(notForPartners)")
        }
    }
}
