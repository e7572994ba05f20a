import Templates

// The fields templates may use, declared once per view: lookups and the template checker's schema both
// come from these tables (see TemplateView). docs/theme.md lists them; a test keeps it in step.

extension LayoutView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("root") { $0.root },
        .field("lang") { $0.lang },
        .field("pageTitle") { $0.pageTitle },
        .field("description") { $0.description },
        .field("siteTitle") { $0.siteTitle },
        .field("offer") { $0.offer },
        .field("contact") { $0.contact },
        .field("contactHref") { $0.contactHref },
        .field("stylesheet") { $0.stylesheet },
        .field("script") { $0.script },
        .field("homeHref") { $0.homeHref },
        .field("searchHref") { $0.searchHref },
        .field("planHref") { $0.planHref },
        .field("planCurrent") { $0.planCurrent },
        .field("navigation") { $0.navigation },
        .field("footerLinks") { $0.footerLinks },
        .field("offerLinks") { $0.offerLinks },
        .field("dataLinks") { $0.dataLinks },
        .field("hasDataLinks") { !$0.dataLinks.isEmpty },
        .field("feedHref") { $0.feedHref },
        .field("brandStylesheet") { $0.brandStylesheet },
        .field("logoHref") { $0.logoHref },
        .field("scriptWords") { $0.scriptWords },
        .field("iconHref") { $0.iconHref },
    ]
}

extension LinkView: TemplateView {
    static let templateFields: TemplateFields<Self> = [
        .field("title") { $0.title },
        .field("href") { $0.href },
        .field("current") { $0.current },
        .field("summary") { $0.summary },
        .field("meta") { $0.meta },
    ]
}

extension PageContext: TemplateObject {
    /// What a page template sees: `layout` and `page`. The page's view depends on the template, so
    /// the table is made for a given one; lookups read the stored values and do not depend on it.
    static func templateFields(page: any TemplateView.Type) -> TemplateFields<Self> {
        let pageType = page.templateType
        return [
            .field("layout", type: { LayoutView.templateType }) { $0.layout },
            .field("page", type: { pageType }) { $0.page },
        ]
    }

    /// The table lookups use (the page's type plays no part in them).
    private static let lookupFields = templateFields(page: PageView.self)

    func value(forKey key: String) -> TemplateValue {
        Self.lookupFields.value(of: self, forKey: key)
    }

    func value(for key: TemplateKey) -> TemplateValue {
        Self.lookupFields.value(of: self, for: key)
    }

    /// The schema of a page template's context when its page is a `page`, named in messages as
    /// docs/theme.md names it.
    static func templateSchema(page: any TemplateView.Type) -> TemplateSchema {
        TemplateSchema(name: "the page's context (layout, page)", identity: "PageContext<\(page.templateSchema.identity)>", fields: templateFields(page: page).schemaFields)
    }
}
