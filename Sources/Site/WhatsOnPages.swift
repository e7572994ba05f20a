import Catalogue

/// What's on in pages, when it has more than `Pagination.sessionsPerPage` sessions: the months to
/// come in date order, then the cohorts under way, then the past sessions, cut every
/// `sessionsPerPage` rows. Each page keeps the terms and months of its rows (a month begun on an
/// earlier page is `continued`); "Jump to" links every month to the page it starts on.
extension ViewFactory {
    /// The sessions What's on lists for `school` (or the whole offer): the rows of all its pages.
    static func whatsOnRowCount(_ catalogue: Catalogue, school: School?) -> Int {
        catalogue.publishedCourses.reduce(0) { total, course in
            total + (school.map { school in course.sessions.count(where: { school.hosts(venue: $0.venue) }) } ?? course.sessions.count)
        }
    }

    /// `whatsOnRowCount`, counted once per build for all of the listing's pages.
    func whatsOnRowCount(school: School?) -> Int {
        let make = { Self.whatsOnRowCount(catalogue, school: school) }
        return cards.listings?.total("whats-on/" + (school?.slug ?? ""), make) ?? make()
    }

    /// `view` (every session) cut to page `page`, with its pagination and its "Jump to" links.
    /// `entries`: each month's sessions by its id, made into rows here for the page shown only.
    func whatsOnPage(_ view: WhatsOnView, entries: [String: [WhatsOnEntry]], page: Int, base: String) -> WhatsOnView {
        let perPage = Pagination.sessionsPerPage
        func count(_ month: MonthSessionsView) -> Int { entries[month.id]?.count ?? 0 }
        let upcoming = view.terms.flatMap(\.months), total = (upcoming + view.underWay + view.past).reduce(0) { $0 + count($1) }
        let pages = Pagination(page: page, pages: Pagination.pageCount(total, perPage: perPage))
        var view = view
        /// A month with the rows of its sessions at `range` (positions in the month) made.
        func made(_ month: MonthSessionsView, _ range: Range<Int>) -> MonthSessionsView {
            var month = month
            month.sessions = (entries[month.id] ?? [])[range].map { row($0.course, $0.session) }
            return month
        }
        guard pages.pages > 1 else {
            view.terms = view.terms.map { term in
                var term = term
                term.months = term.months.map { made($0, 0..<count($0)) }
                return term
            }
            view.underWay = view.underWay.map { made($0, 0..<count($0)) }
            view.past = view.past.map { made($0, 0..<count($0)) }
            view.contents = upcoming.map { LinkView(title: $0.name, href: "#" + $0.id) }
                + (view.underWay.isEmpty ? [] : [LinkView(title: strings.text("whats_on.under_way"), href: "#under-way-sessions")])
                + (view.past.isEmpty ? [] : [LinkView(title: strings.text("whats_on.past"), href: "#past")])
            return view
        }
        let shown = Pagination.range(page: page, count: total, perPage: perPage)
        var start = 0
        /// A month's rows on this page (nil when none), and the page its first row is on.
        func cut(_ month: MonthSessionsView) -> (month: MonthSessionsView?, startPage: Int) {
            let span = start..<(start + count(month))
            start = span.upperBound
            let here = span.clamped(to: shown), startPage = Pagination.page(of: span.lowerBound, perPage: perPage)
            guard !here.isEmpty else { return (nil, startPage) }
            var cut = made(month, (here.lowerBound - span.lowerBound)..<(here.upperBound - span.lowerBound))
            cut.continued = here.lowerBound > span.lowerBound
            cut.folded = false
            return (cut, startPage)
        }
        func href(_ id: String, _ startPage: Int) -> String {
            startPage == page ? "#" + id : links.to(Pagination.path(base, page: startPage) + "#" + id)
        }
        var contents: [LinkView] = [], terms: [TermSessionsView] = []
        for term in view.terms {
            var kept = term
            kept.months = []
            for month in term.months {
                let (here, startPage) = cut(month)
                contents.append(LinkView(title: month.name, href: href(month.id, startPage)))
                if let here { kept.months.append(here) }
            }
            kept.continued = kept.months.first?.id != term.months.first?.id || kept.months.first?.continued == true
            if !kept.months.isEmpty { terms.append(kept) }
        }
        let underWayStart = Pagination.page(of: start, perPage: perPage)
        let underWay = view.underWay.compactMap { cut($0).month }
        if !view.underWay.isEmpty { contents.append(LinkView(title: strings.text("whats_on.under_way"), href: href("under-way-sessions", underWayStart))) }
        let pastStart = Pagination.page(of: start, perPage: perPage)
        let past = view.past.compactMap { cut($0).month }
        if !view.past.isEmpty { contents.append(LinkView(title: strings.text("whats_on.past"), href: href("past", pastStart))) }
        view.terms = terms
        view.underWay = underWay
        view.past = past
        view.contents = contents
        view.pagination = pagination(pages, base: base)
        return view
    }
}
