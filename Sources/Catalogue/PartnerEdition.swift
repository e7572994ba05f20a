import Markdown

/// The editions a catalogue can be published as.
public enum Edition: String, Sendable, CaseIterable {
    /// The trust's own staff: everything published.
    case staff
    /// Partner schools: only courses offered to them, at partner prices, with nothing internal.
    case partners
}

extension Catalogue {
    /// The catalogue as partner schools see it: courses marked `partners: true` only, their sessions
    /// open to partners, the partner price as the cost, the partners' booking form, contact and feedback
    /// form (no feedback link without one), and no staff-only notes, trust mandatory rules or trust nomination contacts. Pathways keep only partner courses, and are dropped when none is left.
    /// Staff-only pages are left out; the home introduction is the partners' own (none without one),
    /// and absolute links use the edition's own `url` (none without one), never the staff site's.
    /// A link written in a description to a page left out keeps its text but is no longer a link.
    public func partnerEdition() -> Catalogue {
        var settings = self.settings
        let partnerSettings = settings.partners
        settings.offer = "\(settings.offer): \(partnerSettings?.title ?? "Partner schools edition")"
        settings.url = partnerSettings?.url
        if let contact = partnerSettings?.contact { settings.contact = contact }
        if let booking = partnerSettings?.booking { settings.booking = booking }
        if let interest = partnerSettings?.interest { settings.interest = interest }
        settings.feedback = partnerSettings?.feedback  // the staff evaluation form is never the partners'

        let courses: [Course] = self.courses.filter { $0.openToPartners && !$0.draft }.map { course in
            var course = course
            // Places left, yes; places booked are the trust's own numbers.
            course.sessions = course.sessions.filter(\.forPartners).map { session in
                var session = session
                session.booked = nil
                return session
            }
            course.cost = course.partnerCost ?? course.cost
            course.partnerCost = nil
            course.staffNotes = nil
            // The trust's own rules are not the partner school's: which training its staff must take,
            // and the trust colleague who puts its staff forward for places by invitation.
            course.mandatory = false
            course.invitationContact = nil
            if partnerSettings?.booking != nil { course.booking = nil }  // partners always use their own form
            return course
        }
        let offered = Set(courses.map(\.slug))
        let pathways: [Pathway] = self.pathways.compactMap { pathway in
            var pathway = pathway
            pathway.steps = pathway.steps.compactMap { step in
                var step = step
                step.courses = step.courses.filter { offered.contains($0.value) }
                return step.courses.isEmpty ? nil : step
            }
            return pathway.steps.isEmpty ? nil : pathway
        }
        // A link to a page this edition leaves out keeps its text but is no longer a link.
        let links = PartnerEditionLinks(staff: self, offered: offered, pathways: Set(pathways.map(\.slug)))
        func unlinked(_ body: MarkdownDocument, from folder: String) -> MarkdownDocument {
            body.removingLinks { links.isLeftOutPage($0, from: folder) }
        }
        let trimmed = courses.map { course -> Course in
            var course = course
            course.prerequisites = course.prerequisites.filter { offered.contains($0.value) }
            course.body = unlinked(course.body, from: "courses")
            return course
        }
        let groups = self.groups.map { group in
            var group = group
            group.staffNotes = nil
            group.body = unlinked(group.body, from: "groups")
            return group
        }
        let partnerPathways = pathways.map { pathway in
            var pathway = pathway
            pathway.body = unlinked(pathway.body, from: "pathways")
            return pathway
        }
        let partnerPages = pages.filter { $0.audience.includes(.partners) }.map { page in
            var page = page
            page.body = unlinked(page.body, from: "pages")
            return page
        }
        var edition = Catalogue(settings: settings, home: unlinked(partnerSettings?.intro ?? .empty, from: ""), groups: groups,
                                courses: trimmed, pathways: partnerPathways, pages: partnerPages)
        edition.edition = .partners
        return edition
    }
}
