import Catalogue
import Templates

/// Every page the site will have, in a fixed order, before anything is rendered.
struct SitePlan: Sendable {
    struct Page: Sendable, Hashable {
        var path: String
        var kind: PageKind
        /// What the page is about (a course's, group's… slug); empty for a kind that has one page.
        var subject: String

        /// What the page is made from.
        var reads: SiteReads { kind.reads(subject) }
    }

    var pages: [Page]

    /// The pages of every kind in `PageKind.all`, kind by kind, each kind's in the catalogue's order.
    init(_ catalogue: Catalogue) {
        pages = PageKind.all.flatMap { kind in
            kind.subjects(catalogue).map { Page(path: kind.path($0), kind: kind, subject: $0) }
        }
    }

    /// The required-training grid is the trust's rules for its own staff: the partner edition has none,
    /// and neither has an offer with no mandatory training (a grid of "0 mandatory courses").
    static func hasRequiredGrid(_ catalogue: Catalogue) -> Bool {
        catalogue.edition == .staff && catalogue.publishedCourses.contains(where: \.mandatory)
    }
}

/// One kind of page, declared in one place (`PageKind.all`, in PageRenderer.swift): which pages of it
/// the catalogue has, where each goes, what each reads, and how its layout and view are made.
/// `build`, `check` and the preview all render from these declarations; the preview redoes a page
/// only when something its `reads` names changed.
struct PageKind: Sendable, Hashable {
    /// Names the kind (in messages and tests); unique.
    let name: String
    /// The template that renders it, in the theme's `templates/`.
    let template: String
    /// The subjects of its pages (slugs): `[""]` for a kind that has one page.
    let subjects: @Sendable (Catalogue) -> [String]
    /// Where the page of a subject goes.
    let path: @Sendable (String) -> String
    /// What the page of a subject is made from.
    let reads: @Sendable (String) -> SiteReads
    /// The view its template is rendered with (and checked against, `TemplateSchemas`).
    let view: any TemplateView.Type
    /// The page's layout and view, for a subject.
    let make: @Sendable (PageMaker, String) -> PageContext

    /// A kind that has one page, at `path`.
    init<View: TemplateView>(_ name: String, template: String? = nil, at path: String,
                             when exists: @escaping @Sendable (Catalogue) -> Bool = { _ in true }, reads: SiteReads,
                             make: @escaping @Sendable (PageMaker) -> (layout: LayoutView, page: View)) {
        self.name = name
        self.template = template ?? name
        subjects = { exists($0) ? [""] : [] }
        self.path = { _ in path }
        self.reads = { _ in reads }
        view = View.self
        self.make = { maker, _ in
            let made = make(maker)
            return PageContext(layout: made.layout, page: made.page)
        }
    }

    /// A kind with a page per subject.
    init<View: TemplateView>(_ name: String, template: String? = nil, subjects: @escaping @Sendable (Catalogue) -> [String],
                             path: @escaping @Sendable (String) -> String, reads: @escaping @Sendable (String) -> SiteReads,
                             make: @escaping @Sendable (PageMaker, String) -> (layout: LayoutView, page: View)) {
        self.name = name
        self.template = template ?? name
        self.subjects = subjects
        self.path = path
        self.reads = reads
        view = View.self
        self.make = { maker, subject in
            let made = make(maker, subject)
            return PageContext(layout: made.layout, page: made.page)
        }
    }

    static func == (lhs: PageKind, rhs: PageKind) -> Bool { lhs.name == rhs.name }
    func hash(into hasher: inout Hasher) { hasher.combine(name) }
}

/// What a page kind's `make` is given: the catalogue, the views for the page, the change history,
/// and the page's layout for a title, a description and the navigation section it belongs to.
struct PageMaker {
    let catalogue: Catalogue
    let views: ViewFactory
    let changes: ChangeLog
    let layout: (_ title: String, _ description: String, _ section: String?) -> LayoutView
    /// The theme's stylesheet as text (inlined by the 404 page without the site's `url`).
    let stylesheet: () -> String

    var settings: SiteSettings { catalogue.settings }
    /// The theme's words.
    var strings: SiteStrings { views.strings }

    func layout(_ title: String, _ description: String, section: String?) -> LayoutView { layout(title, description, section) }
}
