extension CatalogueValidator {
    /// A course description's link to a page of the offer that is not published (`first-aid.html`
    /// for a course deleted or renamed, or a draft) is an error at its address, with the pages close
    /// to it: the link would lead to "page not found".
    static func pageLinks(_ catalogue: Catalogue) -> [Diagnostic] {
        let published: [String: Set<String>] = [
            "courses": Set(catalogue.publishedCourses.map(\.slug)), "groups": Set(catalogue.groups.map(\.slug)),
            "pathways": Set(catalogue.pathways.map(\.slug)), "pages": Set(catalogue.pages.map(\.slug)),
        ]
        let drafts = Set(catalogue.courses.filter(\.draft).map(\.slug))
        var diagnostics: [Diagnostic] = []
        for course in catalogue.publishedCourses {
            for link in course.bodyLinks {
                guard let path = PartnerEditionLinks.resolve(link.value, from: "courses"), path.hasSuffix(".html") else { continue }
                let parts = path.split(separator: "/")
                guard parts.count == 2, let slugs = published[String(parts[0])] else { continue }
                let slug = String(parts[1].dropLast(5))
                guard slug != "index", !slugs.contains(slug) else { continue }
                let shown = "'\(link.value.prefix(80))'"
                if parts[0] == "courses", drafts.contains(slug) {
                    diagnostics.append(.error(.linkTargetMissing, at: link.location, keyPath: "body",
                                              "the link \(shown) goes to the course '\(slug)', which is a draft (draft: true), so it is not published and the link would lead nowhere",
                                              suggestion: "publish '\(slug)' (remove draft: true), or remove the link until it is"))
                    continue
                }
                let hint = Suggestion.didYouMean(slug, in: slugs)
                let kind = parts[0] == "courses" ? "course" : parts[0] == "pages" ? "page" : parts[0] == "groups" ? "staff group" : "pathway"
                diagnostics.append(.error(.linkTargetMissing, at: link.location, keyPath: "body",
                                          "the link \(shown) goes to a \(kind) page that is not published: there is no \(kind) called '\(slug)'",
                                          suggestion: (hint.map { $0.replacingOccurrences(of: "'?", with: ".html'?") + " " } ?? "")
                                            + "a page of a \(kind) is its file name with .html; or link to its file, e.g. [\(kind)](\(slug).md)"))
            }
        }
        return diagnostics
    }
}
