import Catalogue

/// `sitemap.xml` (sitemaps.org 0.9): every HTML page as an absolute URL. Written only when site.yml
/// has a `url`, since a sitemap needs absolute addresses. The 404 page is left out: it is not a page
/// search engines should index. No `lastmod`, which would have to come from the clock.
struct SitemapExport: SiteExport {
    static let path = "sitemap.xml"
    /// Every page's address: the plan's subjects, in the plan's order (courses by title, so a retitle
    /// can move a course's address in the file).
    let reads = SiteReads([.settings, .groups, .pathways, .pages],
                          courses: [(.published, .only([CourseField(\.slug), CourseField(\.title)]))])

    func files(for context: ExportContext) -> [OutputFile] {
        guard let text = SitemapExport.render(context.catalogue, plan: context.plan) else { return [] }
        return [OutputFile(path: SitemapExport.path, text: text)]
    }

    /// The sitemap of `catalogue`, from its `plan` (made when not given).
    static func render(_ catalogue: Catalogue, plan: SitePlan? = nil) -> String? {
        let links = ExportLinks(catalogue.settings)
        guard links.base != nil else { return nil }
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        xml += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for page in (plan ?? SitePlan(catalogue)).pages where page.kind != .notFound {
            guard let url = links.absolute(page.path) else { continue }
            xml += "  <url><loc>\(XMLText.escape(url))</loc></url>\n"
        }
        xml += "</urlset>\n"
        return xml
    }
}
