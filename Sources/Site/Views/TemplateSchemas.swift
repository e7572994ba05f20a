import Templates

/// Which view each template is rendered with: what `Theme.load` checks each template against, so
/// an unknown name (`{{page.titel}}`) is a build error. A page template gets a ``PageContext``
/// (`layout` and `page`), the layout is checked as part of every page template that fills it in
/// (`{{<layout}}`), and partials in the context they are included from.
///
/// A page kind's view is named in its declaration (`PageKind`); in debug builds `Theme.render`
/// asserts that every page is rendered with the view named here.
enum TemplateSchemas {
    /// What a template is rendered with.
    enum Root: Sendable {
        /// A page: `layout` (``LayoutView``) and `page`, of this view.
        case page(any TemplateView.Type)
        /// This view itself (the course card).
        case view(any TemplateView.Type)

        var type: TemplateType {
            switch self {
            case .page(let view): .object(PageContext.templateSchema(page: view))
            case .view(let view): view.templateType
            }
        }

        var view: any TemplateView.Type {
            switch self {
            case .page(let view), .view(let view): view
            }
        }
    }

    /// Every template the site renders directly, by name: each page kind's (`PageKind.all`, where a
    /// page kind names its view), the course card's and the CPD lead's report's.
    static let roots: [String: Root] = {
        var roots: [String: Root] = ["partials/course-card": .view(CourseCardView.self), "report": .view(ReportView.self)]
        for kind in PageKind.all {
            if case .page(let view)? = roots[kind.template] {
                precondition(view == kind.view, "two page kinds render '\(kind.template)' with different views")
            }
            roots[kind.template] = .page(kind.view)
        }
        return roots
    }()

    /// Whether `value` is what the template `name` is declared to be rendered with (for the
    /// debug-build assertion in `Theme.render`).
    static func matches(_ value: some TemplateObject, template name: String) -> Bool {
        switch roots[name] {
        case .page(let view):
            guard let context = value as? PageContext, case .object(let page) = context.page else { return false }
            return type(of: page.object) == view
        case .view(let view):
            return type(of: value) == view
        case nil:
            return false
        }
    }
}
