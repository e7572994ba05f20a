extension CatalogueValidator {
    /// A course description's link to a page of the offer that is not published (`first-aid.html`
    /// for a course deleted or renamed, or a draft) is an error at its address, with the pages close
    /// to it: the link would lead to "page not found".
    static func pageLinks(_ catalogue: Catalogue) -> [Diagnostic] {
        let targets = LinkTargets(catalogue)
        return catalogue.publishedCourses.flatMap { pageLinks($0, to: targets) }
    }

    /// The pages a course description may link to: the published ones by folder, and the drafts.
    struct LinkTargets: Sendable {
        let published: [String: Set<String>]
        let drafts: Set<String>

        init(_ catalogue: Catalogue) {
            published = [
                "courses": Set(catalogue.publishedCourses.map(\.slug)), "groups": Set(catalogue.groups.map(\.slug)),
                "pathways": Set(catalogue.pathways.map(\.slug)), "pages": Set(catalogue.pages.map(\.slug)),
            ]
            drafts = Set(catalogue.courses.filter(\.draft).map(\.slug))
        }
    }

    /// One published course's links to pages that are not published.
    static func pageLinks(_ course: Course, to targets: LinkTargets) -> [Diagnostic] {
        let published = targets.published, drafts = targets.drafts
        var diagnostics: [Diagnostic] = []
        for link in course.bodyLinks {
            guard let resolved = PartnerEditionLinks.resolve(link.value, from: "courses") else { continue }
            let path = String(resolved.prefix { $0 != "#" && $0 != "?" })
            let parts = path.split(separator: "/")
            guard parts.count == 2, let slugs = published[String(parts[0])] else { continue }
            let shown = "'\(link.value.prefix(80))'"
            // "first-aid-at-work" or "../pages/how-to-book", copied from an address bar without
            // its ending: a file share or plain web server has only the .html file.
            if !path.hasSuffix(".html"), !parts[1].contains("."), slugs.contains(String(parts[1])) {
                let address = link.value.prefix { $0 != "#" && $0 != "?" }
                diagnostics.append(.error(.linkTargetMissing, at: link.location, keyPath: "body",
                                          "the link \(shown) has no '.html' at its end: the page is published as \(parts[1]).html, and on a file share or a plain web server the link leads to 'page not found'",
                                          suggestion: "write \(address).html" + link.value.dropFirst(address.count)))
                continue
            }
            guard path.hasSuffix(".html") else { continue }
            let slug = String(parts[1].dropLast(5))
            guard slug != "index", !slugs.contains(slug) else { continue }
            if parts[0] == "courses", drafts.contains(slug) {
                diagnostics.append(.error(.linkTargetMissing, at: link.location, keyPath: "body",
                                          "the link \(shown) goes to the course '\(slug)', which is a draft (draft: true), so it is not published and the link would lead nowhere",
                                          suggestion: "publish '\(slug)' (remove draft: true), or remove the link until it is"))
                continue
            }
            let hint = Suggestion.didYouMean(slug, in: slugs)
            let kind = ["courses": "course", "pages": "page", "groups": "staff group", "pathways": "pathway"][String(parts[0])] ?? "page"
            diagnostics.append(.error(.linkTargetMissing, at: link.location, keyPath: "body",
                                      "the link \(shown) goes to a \(kind) that does not exist (deleted or renamed?): no \(kind) is called '\(slug)', so the link would lead to 'page not found'",
                                      suggestion: (hint.map { $0.replacingOccurrences(of: "'?", with: ".html'?").replacingOccurrences(of: "', '", with: ".html', '")
                                                                  .replacingOccurrences(of: "' or '", with: ".html' or '") + " " } ?? "")
                                        + "link to a \(kind) that exists (its file name in Content/\(parts[0])/, with .html instead of .md), or remove the link"))
        }
        return diagnostics
    }
}
