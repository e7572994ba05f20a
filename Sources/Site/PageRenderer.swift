import Catalogue
import Templates

/// The context every template receives: the layout's data (`{{layout.…}}`) and the page's own view
/// (`{{page.…}}`). Both are wrapped once here, so each of a page's many `{{page.…}}` lookups does
/// not copy the view again.
struct PageContext: Sendable {
    let layout: TemplateValue
    let page: TemplateValue

    init(layout: LayoutView, page: some TemplateObject) {
        self.layout = .init(layout)
        self.page = .init(page)
    }
}

/// Renders planned pages to HTML with the theme. Safe to use from many threads: it holds only values.
struct PageRenderer: Sendable {
    let catalogue: Catalogue
    let theme: Theme
    let today: LocalDate
    /// The course cards of listings, and the history of changes (set by the preview when a page needs them).
    var cards: CardCache
    var changes: ChangeLog
    /// The header's and footer's page links whose pages this catalogue has (the partner edition has
    /// no required grid): found once, not for every page rendered.
    let navigation: [(kind: PageKind, words: String)]
    let offerLinks: [(kind: PageKind, words: String)]
    /// The scripts' words (`layout.scriptWords`), made once.
    let scriptWords: String
    /// The layout's parts of each folder's pages, made once per folder.
    let layoutCache = LayoutPartsCache()

    /// `fragments`: the preview's memo, from which unchanged courses' cards are reused. `cardsFor`:
    /// the pages that will be rendered, when not all of them (no cards are made for a course page alone).
    init(catalogue: Catalogue, theme: Theme, today: LocalDate, plan: SitePlan, changes: ChangeLog = ChangeLog(changes: []),
         fragments: CourseFragments? = nil, cardsFor pages: [SitePlan.Page]? = nil) {
        self.changes = changes
        self.catalogue = catalogue
        self.theme = theme
        self.today = today
        navigation = PageKind.navigation.filter { !$0.kind.subjects(catalogue).isEmpty }
        offerLinks = PageKind.offerLinks.filter { !$0.kind.subjects(catalogue).isEmpty }
        scriptWords = ScriptWords.json(theme.strings)
        // Listings live one folder down (courses/, groups/, stages/, pathways/); a course page alone needs no cards.
        let listings = (pages ?? plan.pages).filter(\.reads.listsCourses)
        cards = CardCache(catalogue: catalogue, today: today, theme: theme,
                          depths: Set(listings.map { Links(page: $0.path).depth }.filter { $0 > 0 }), fragments: fragments)
    }

    func render(_ planned: SitePlan.Page) -> String {
        String(decoding: renderBytes(planned), as: UTF8.self)
    }

    /// The page's UTF-8 bytes, as they are written.
    func renderBytes(_ planned: SitePlan.Page) -> [UInt8] {
        let strings = theme.strings
        let settings = catalogue.settings
        // The 404 page is shown for missing pages in any folder: its links are absolute (site.yml
        // `url`), or, without one, it offers only the links that cannot go wrong (see NotFoundView).
        let notFound = planned.kind == .notFound
        let views = ViewFactory(catalogue: catalogue, today: today, page: planned.path, base: notFound ? settings.url : nil, strings: strings, cards: cards)
        let onlySafeLinks = notFound && settings.url == nil
        // The 404's stylesheets follow its links, absolute with a `url`; it also inlines its styles for
        // where they cannot load (no `url`, or the address not reachable). It loads no script: a
        // relative one would be missing in a sub-folder, and the page needs none. Other pages share
        // their folder's parts (their links depend on nothing else).
        let parts: LayoutParts
        if !notFound, let folder = LayoutPartsCache.folder(of: planned.path) {
            parts = layoutCache.parts(folder: folder) { layoutParts(page: planned.path, links: views.links, notFound: false, onlySafeLinks: false) }
        } else {
            parts = layoutParts(page: planned.path, links: views.links, notFound: notFound, onlySafeLinks: onlySafeLinks)
        }
        func layout(_ title: String, _ description: String, section: String?) -> LayoutView {
            parts.layout(page: planned.path, title: title, description: description, section: section)
        }
        let maker = PageMaker(catalogue: catalogue, views: views, changes: changes, layout: { layout($0, $1, section: $2) },
                              stylesheet: { theme.assets[SitePath.stylesheet].flatMap { String(data: $0, encoding: .utf8) } ?? "" })
        return theme.renderBytes(planned.kind.make(maker, planned.subject), template: planned.kind.template)
    }

    /// A theme asset's relative URL with a content fingerprint, so browsers fetch a changed file.
    func asset(_ path: String, _ links: Links) -> String {
        let href = links.to(path)
        return theme.fingerprint(path).map { href + "?v=" + $0 } ?? href
    }
}

/// Every kind of page, in the order the site plan lists them. To add a kind of page, declare it here:
/// its path, template, what it reads and how its layout and view are made. The view's type is the
/// one the template is checked against (`TemplateSchemas`), so it is named nowhere else.
extension PageKind {
    static let all: [PageKind] = [
        home, courses, groups, pathways, notFound, whatsOn, whatsNew, required, brochure, search, plan, accessibility,
        calendars, stage, course, group, pathway, page, whatsOnSchool, groupList,
    ]

    /// The links in every page's header, in order, each with the key of its words in strings.yml.
    static let navigation: [(kind: PageKind, words: String)] = [
        (home, "navigation.home"), (courses, "navigation.courses"), (whatsOn, "navigation.whats_on"),
        (groups, "navigation.groups"), (pathways, "navigation.pathways"), (search, "navigation.search"),
    ]

    /// The footer's links to the pages about the offer, in order (a kind with no page in the catalogue is left out).
    static let offerLinks: [(kind: PageKind, words: String)] = [
        (whatsNew, "navigation.whats_new"), (required, "navigation.required"), (brochure, "navigation.brochure"),
        (calendars, "navigation.calendars"), (accessibility, "navigation.accessibility"),
    ]

    /// The layout, and courses' fields as listings show them: what most listings read.
    private static func listing(_ inputs: Set<SiteInput>, _ which: CourseSelection = .published) -> SiteReads {
        .page(inputs.union([.today]), courses: [(which, .listed)])
    }

    static let home = PageKind("home", at: SitePath.home, reads: listing([.home, .groups, .pathways])) { page in
        (layout: page.layout(page.settings.offer, page.strings.text("pages.home.description", ["offer": page.settings.offer, "site": page.settings.title]), section: nil),
                    page: page.views.home())
    }
    /// The courses index, in pages of `Pagination.coursesPerPage` (subjects "", "2", "3"…).
    static let courses = PageKind("courses", subjects: { Pagination.subjects("", pages: Pagination.pageCount($0.publishedCourses.count, perPage: Pagination.coursesPerPage)) },
                                  path: { Pagination.path(SitePath.courses, page: Pagination.split($0).page) }, reads: { _ in listing([.groups]) }) { page, subject in
        let pages = Pagination(page: Pagination.split(subject).page, pages: Pagination.pageCount(page.catalogue.publishedCourses.count, perPage: Pagination.coursesPerPage))
        return (layout: page.layout(page.views.pagedTitle(page.strings.text("pages.courses.title"), pages),
                                    page.strings.text("pages.courses.description", ["offer": page.settings.offer]), section: pages.page > 1 ? SitePath.courses : nil),
                page: page.views.coursesIndex(page: pages.page))
    }
    static let course = PageKind("course", subjects: { $0.publishedCourses.map(\.slug) }, path: SitePath.course, reads: { slug in
        // Its own fields, all of them; of its prerequisites, the title (and whether to link it).
        .page([.today, .groups], courses: [(.course(slug), .all), (.prerequisitesOf(slug), .prerequisiteShown)])
    }) { page, slug in
        let course = page.catalogue.course(slug)!
        return (layout: page.layout(course.title, course.summary, section: SitePath.courses),
                           page: page.views.courseView(course))
    }
    static let groups = PageKind("groups", at: SitePath.groups, reads: listing([.groups])) { page in
        (layout: page.layout(page.strings.text("pages.groups.title"), page.strings.text("pages.groups.description"), section: nil),
                    page: page.views.groupsIndex())
    }
    static let group = PageKind("group", subjects: { $0.groups.map(\.slug) }, path: SitePath.group, reads: { slug in
        listing([.groups, .pathways], .openTo(slug))
    }) { page, slug in
        let group = page.catalogue.group(slug)!
        return (layout: page.layout(group.title, group.summary, section: SitePath.groups),
                           page: page.views.group(group))
    }
    /// A long group page's list of its courses for one stage (or every stage), in pages.
    static let groupList = PageKind("group-list", subjects: GroupLists.subjects, path: { subject in
        let (group, stage, number) = GroupLists.split(subject)
        return Pagination.path(GroupLists.path(group: group, stage: stage), page: number)
    }, reads: { subject in
        listing([.groups], .openTo(GroupLists.split(subject).group))
    }) { page, subject in
        let (slug, stage, number) = GroupLists.split(subject)
        let group = page.catalogue.group(slug)!
        let view = page.views.groupList(group, stage: stage, page: number)
        let count = page.views.groupListCourses(slug, stage: stage).count
        let pages = Pagination(page: number, pages: Pagination.pageCount(count, perPage: Pagination.coursesPerPage))
        let title = page.strings.text("group_list.title", ["group": group.title, "stage": view.title])
        return (layout: page.layout(page.views.pagedTitle(title, pages), group.summary, section: SitePath.groups),
                page: view)
    }
    static let pathways = PageKind("pathways", at: SitePath.pathways, reads: .page([.pathways])) { page in
        (layout: page.layout(page.strings.text("pages.pathways.title"), page.strings.text("pages.pathways.description"), section: nil),
                    page: page.views.pathwaysIndex())
    }
    static let pathway = PageKind("pathway", subjects: { $0.pathways.map(\.slug) }, path: SitePath.pathway, reads: { slug in
        listing([.pathways, .groups], .inPathway(slug))
    }) { page, slug in
        let pathway = page.catalogue.pathways.first { $0.slug == slug }!
        return (layout: page.layout(pathway.title, pathway.summary, section: SitePath.pathways),
                           page: page.views.pathway(pathway))
    }
    static let page = PageKind("page", subjects: { $0.pages.map(\.slug) }, path: SitePath.page, reads: { _ in .page() }) { page, slug in
        let shown = page.catalogue.pages.first { $0.slug == slug }!
        return (layout: page.layout(shown.title, shown.summary ?? shown.title, section: nil),
                           page: page.views.page(shown))
    }
    /// A stage's courses, in pages of `Pagination.coursesPerPage` (subjects "slug", "slug/2"…).
    static let stage = PageKind("stage", subjects: { catalogue in
        zip(catalogue.settings.stages, ViewFactory.stageCourseCounts(catalogue)).flatMap { stage, count in
            Pagination.subjects(stage.slug, pages: Pagination.pageCount(count, perPage: Pagination.coursesPerPage))
        }
    }, path: { subject in
        let (slug, number) = Pagination.split(subject)
        return Pagination.path(SitePath.stage(slug), page: number)
    }, reads: { subject in
        listing([], .forStage(Pagination.split(subject).subject))
    }) { page, subject in
        let (slug, number) = Pagination.split(subject)
        let stage = page.settings.stage(slug)!
        let count = page.views.stageCourseCount(slug)
        let pages = Pagination(page: number, pages: Pagination.pageCount(count, perPage: Pagination.coursesPerPage))
        return (layout: page.layout(page.views.pagedTitle(stage.title, pages),
                                    page.strings.text("pages.stage.description", ["stage": stage.title.lowercased()]), section: SitePath.courses),
                page: page.views.stage(stage, page: number))
    }
    /// What's on, in pages of `Pagination.sessionsPerPage` sessions (subjects "", "2"…).
    static let whatsOn = PageKind("whats-on", subjects: { catalogue in
        Pagination.subjects("", pages: Pagination.pageCount(ViewFactory.whatsOnRowCount(catalogue, school: nil), perPage: Pagination.sessionsPerPage))
    }, path: { Pagination.path(SitePath.whatsOn, page: Pagination.split($0).page) }, reads: { _ in listing([.groups]) }) { page, subject in
        let number = Pagination.split(subject).page
        let pages = Pagination(page: number, pages: Pagination.pageCount(page.views.whatsOnRowCount(school: nil), perPage: Pagination.sessionsPerPage))
        return (layout: page.layout(page.views.pagedTitle(page.strings.text("pages.whats_on.title"), pages), page.strings.text("pages.whats_on.description"),
                                    section: number > 1 ? SitePath.whatsOn : nil),
                page: page.views.whatsOn(page: number))
    }
    static let whatsNew = PageKind("whats-new", at: SitePath.whatsNew, reads: .page([.changes, .today])) { page in
        (layout: page.layout(page.strings.text("pages.whats_new.title"), page.strings.text("pages.whats_new.description"), section: nil),
                    page: page.views.whatsNew(page.changes))
    }
    /// The required-training grid, in pages of `Pagination.requiredRowsPerPage` courses (subjects "", "2"…).
    static let required = PageKind("required", subjects: { catalogue in
        SitePlan.hasRequiredGrid(catalogue)
            ? Pagination.subjects("", pages: Pagination.pageCount(catalogue.publishedCourses.count(where: \.mandatory), perPage: Pagination.requiredRowsPerPage)) : []
    }, path: { Pagination.path(SitePath.required, page: Pagination.split($0).page) }, reads: { _ in listing([.groups]) }) { page, subject in
        let number = Pagination.split(subject).page
        let pages = Pagination(page: number, pages: Pagination.pageCount(page.views.mandatoryCourseCount(), perPage: Pagination.requiredRowsPerPage))
        return (layout: page.layout(page.views.pagedTitle(page.strings.text("pages.required.title"), pages), page.strings.text("pages.required.description"),
                                    section: SitePath.groups),
                page: page.views.requiredGrid(page: number))
    }
    /// The brochure, in pages of `Pagination.brochureCoursesPerPage` courses (subjects "", "2"…).
    static let brochure = PageKind("brochure", subjects: { catalogue in
        Pagination.subjects("", pages: Pagination.pageCount(catalogue.publishedCourses.count, perPage: Pagination.brochureCoursesPerPage))
    }, path: { Pagination.path(SitePath.brochure, page: Pagination.split($0).page) }, reads: { _ in listing([]) }) { page, subject in
        let number = Pagination.split(subject).page
        let pages = Pagination(page: number, pages: Pagination.pageCount(page.catalogue.publishedCourses.count, perPage: Pagination.brochureCoursesPerPage))
        return (layout: page.layout(page.views.pagedTitle(page.strings.text("pages.brochure.title"), pages), page.strings.text("pages.brochure.description"),
                                    section: nil),
                page: page.views.brochure(page: number))
    }
    static let search = PageKind("search", at: SitePath.search, reads: .page()) { page in
        (layout: page.layout(page.strings.text("pages.search.title"), page.strings.text("pages.search.description"), section: nil),
                    page: PageView(title: page.strings.text("pages.search.title"), summary: nil, bodyHTML: ""))
    }
    static let plan = PageKind("plan", at: SitePath.plan, reads: .page()) { page in
        (layout: page.layout(page.strings.text("pages.plan.title"), page.strings.text("pages.plan.description"), section: nil),
                    page: page.views.plan())
    }
    static let accessibility = PageKind("accessibility", at: SitePath.accessibility, reads: .page()) { page in
        (layout: page.layout(page.strings.text("pages.accessibility.title"), page.strings.text("pages.accessibility.description"), section: nil),
                    page: PageView(title: page.strings.text("pages.accessibility.title"), summary: nil, bodyHTML: ""))
    }
    static let notFound = PageKind("not-found", template: "404", at: SitePath.notFound, reads: .page()) { page in
        (layout: page.layout(page.strings.text("pages.not_found.title"), page.strings.text("pages.not_found.description"), section: nil),
                    page: page.views.notFound(stylesheet: page.stylesheet))
    }
}
