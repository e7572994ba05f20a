import Catalogue

/// Long listings in pages, as Hugo and GOV.UK paginate: page 1 at the listing's own address, page
/// `n` at `<address without .html>/page/<n>.html` (`courses/page/2.html`, `stages/early-career/page/2.html`,
/// `whats-on/page/2.html`), a folder no course, stage or school file name can be. A listing short
/// enough for one page has no pagination at all.
struct Pagination: Sendable, Equatable {
    /// Course cards on a page of the courses index, a stage's or a staff group's list: a card is
    /// about 0.8 KB, so a page stays near 100 KB, far under the 300 KB a phone should wait for.
    static let coursesPerPage = 100
    /// Sessions on a page of What's on: a row is about 0.6 KB.
    static let sessionsPerPage = 250
    /// Courses on a page of the required-training grid: a row is about 4 KB with 20 staff groups.
    static let requiredRowsPerPage = 50
    /// Courses on a page of the brochure: a course with its dates is about 0.5 KB.
    static let brochureCoursesPerPage = 200

    /// The page shown, from 1.
    var page: Int
    /// How many pages the listing has (1 or more).
    var pages: Int

    /// The pages of a listing of `count` items, `perPage` to a page.
    static func pageCount(_ count: Int, perPage: Int) -> Int { max(1, (count + perPage - 1) / perPage) }

    /// The items of page `page` (from 1) of a listing, as positions in it.
    static func range(page: Int, count: Int, perPage: Int) -> Range<Int> {
        min(count, (page - 1) * perPage)..<min(count, page * perPage)
    }

    /// The page holding the item at `position`.
    static func page(of position: Int, perPage: Int) -> Int { position / perPage + 1 }

    /// The address of page `number` of the listing at `base` (page 1 is `base` itself).
    static func path(_ base: String, page number: Int) -> String {
        guard number > 1 else { return base }
        let stem = base.hasSuffix("/index.html") ? String(base.dropLast("/index.html".count)) : String(base.dropLast(".html".count))
        return "\(stem)/page/\(number).html"
    }

    /// The subjects of a paged kind's pages: `prefix` for page 1, `prefix/2`… for the others.
    static func subjects(_ prefix: String, pages: Int) -> [String] {
        [prefix] + (pages > 1 ? (2...pages).map { prefix.isEmpty ? "\($0)" : "\(prefix)/\($0)" } : [])
    }

    /// A paged kind's subject split into its own subject and the page number.
    static func split(_ subject: String) -> (subject: String, page: Int) {
        if let number = Int(subject) { return ("", number) }
        guard let slash = subject.lastIndex(of: "/"), let number = Int(subject[subject.index(after: slash)...]) else { return (subject, 1) }
        return (String(subject[..<slash]), number)
    }

    /// The page numbers a pagination bar shows: the first, the last, and the two either side of the
    /// current one, `nil` for each gap ("…").
    var shownNumbers: [Int?] {
        var shown: [Int?] = []
        for number in 1...pages where number == 1 || number == pages || abs(number - page) <= 2 {
            if let last = shown.last ?? nil, number > last + 1 { shown.append(nil) }
            shown.append(number)
        }
        return shown
    }
}

extension ViewFactory {
    /// The pagination bar of page `page` of the listing at `base`, or nil when it has one page.
    func pagination(_ pages: Pagination, base: String) -> PaginationView? {
        guard pages.pages > 1 else { return nil }
        func href(_ number: Int) -> String { links.to(Pagination.path(base, page: number)) }
        return PaginationView(
            label: strings.text("pagination.page_of", ["page": String(pages.page), "pages": String(pages.pages)]),
            previousHref: pages.page > 1 ? href(pages.page - 1) : nil,
            nextHref: pages.page < pages.pages ? href(pages.page + 1) : nil,
            numbers: pages.shownNumbers.map { number in
                guard let number else { return PageNumberView(number: "", href: nil, current: false) }
                return PageNumberView(number: String(number), href: href(number), current: number == pages.page)
            })
    }

    /// A page's title: the listing's, with "page 2 of 40" after it on a listing of several pages.
    func pagedTitle(_ title: String, _ pages: Pagination) -> String {
        pages.pages > 1 && pages.page > 1
            ? strings.text("pagination.title", ["title": title, "page": String(pages.page), "pages": String(pages.pages)]) : title
    }

    /// The strands of a listing (in order, each with its courses), on page `page`: each strand with
    /// the courses of it on this page (none on page 0), `continued` when its first ones are on an
    /// earlier page. Every strand's `href` is its start: `#id` on the page it starts on, else that page.
    func pagedStrands(_ strands: [(strand: Strand, courses: [Course])], page: Int, base: String) -> [StrandView] {
        let perPage = Pagination.coursesPerPage
        let shown = Pagination.range(page: page, count: strands.reduce(0) { $0 + $1.courses.count }, perPage: perPage)
        var start = 0, views: [StrandView] = []
        for entry in strands {
            let span = start..<(start + entry.courses.count)
            defer { start = span.upperBound }
            let here = span.clamped(to: shown)
            let startPage = Pagination.page(of: span.lowerBound, perPage: perPage)
            let href = startPage == page && links.page == Pagination.path(base, page: page)
                ? "#" + entry.strand.slug : links.to(Pagination.path(base, page: startPage) + "#" + entry.strand.slug)
            let continued = here.lowerBound > span.lowerBound
            views.append(StrandView(
                title: entry.strand.title, id: entry.strand.slug + (continued ? "-continued" : ""), summary: entry.strand.summary,
                href: href, count: strings.count("counts.courses", entry.courses.count),
                courses: here.isEmpty ? [] : entry.courses[(here.lowerBound - span.lowerBound)..<(here.upperBound - span.lowerBound)].map(card),
                continued: continued))
        }
        return views
    }
}
