extension Catalogue {
    /// The catalogue as `edition` publishes it, with what that edition's own rules find. `build` and
    /// `check` both go through here, so `check --edition partners` reports what
    /// `build --edition partners` would.
    public func edition(_ edition: Edition) -> (catalogue: Catalogue, diagnostics: [Diagnostic]) {
        switch edition {
        case .staff:
            return (self, [])
        case .partners:
            let partners = partnerEdition()
            var diagnostics: [Diagnostic] = []
            if partners.courses.isEmpty {
                diagnostics.append(.warning(.noPartnerCourses, at: SourceLocation(file: settings.source.file), keyPath: "partners",
                                            "no course is offered to partner schools, so the partner edition would list none",
                                            suggestion: "add partner_cost: … (or partners: true) to each course partner schools may book"))
            }
            let links = PartnerEditionLinks(staff: self, offered: Set(partners.courses.map(\.slug)),
                                            pathways: Set(partners.pathways.map(\.slug)))
            for course in courses where course.openToPartners && !course.draft {
                for link in course.bodyLinks {
                    if let target = links.target(of: link.value, from: "courses") { diagnostics.append(links.warning(link, target)) }
                }
            }
            return (partners, diagnostics)
        }
    }
}
