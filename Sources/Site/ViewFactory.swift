import Catalogue

/// Builds the view models of the pages from the catalogue: every href relative to the page being built,
/// every date judged against the build's "today".
struct ViewFactory {
    let catalogue: Catalogue
    let today: LocalDate
    let links: Links
    /// The theme's words (English when not given: the pages and exports always give the theme's).
    let strings: SiteStrings
    /// Course cards already rendered for pages at this depth; cards not in it are rendered on demand.
    let cards: CardCache

    /// `base`: the site's address when every link must be absolute (the 404 page).
    init(catalogue: Catalogue, today: LocalDate, page: String, base: String? = nil, strings: SiteStrings = .english, cards: CardCache = .empty) {
        self.catalogue = catalogue
        self.today = today
        self.links = Links(page: page, base: base)
        self.strings = strings
        self.cards = cards
    }

    /// The published courses by strand (`Catalogue.strands`), grouped once per build for every page.
    var strands: [(strand: Strand, courses: [Course])] {
        cards.listings?.strands { catalogue.strands } ?? catalogue.strands
    }

    // MARK: Courses

    /// A course's card as HTML: rendered once per build and reused on every listing that shows it.
    func card(_ course: Course) -> CardHTML {
        CardHTML(html: cards.html(for: course.slug, depth: links.depth) ?? cards.render(cardView(course)))
    }

    /// The card's data. Its link starts from the site root (`../courses/x.html`) so that the same card
    /// HTML serves every page at the same depth.
    func cardView(_ course: Course) -> CourseCardView {
        CourseCardView(
            title: course.title, href: SitePath.root(of: links.page) + SitePath.course(course.slug), summary: course.summary,
            code: course.code?.value, format: strings.format(course.format), stages: stagesText(course), strand: course.strand,
            mandatory: course.mandatory, requirement: requirement(course), renewal: course.renewalMonths.map { strings.text("course.renew", ["renewal": strings.renewal($0)]) },
            sustained: course.isSustained(in: catalogue.settings), timesOfDay: timesOfDay(course).map(strings.timeOfDay).joined(separator: ", "),
            next: nextDate(course), filter: filterData(course),
            picture: course.picture.map { picture(SitePath.root(of: links.page) + $0.file.path, $0) })
    }

    /// `cardView(course)`, made once per build for all the pages with the same root prefix (the
    /// listings' memo keeps it): for the card data group pages list.
    func sharedCardView(_ course: Course) -> CourseCardView {
        guard links.base == nil, let memo = cards.listings else { return cardView(course) }
        return memo.cardView(SitePath.root(of: links.page) + course.slug) { cardView(course) }
    }

    func picture(_ src: String, _ picture: CoursePicture) -> PictureView {
        PictureView(src: src, alt: picture.alt, width: picture.file.width, height: picture.file.height)
    }

    /// The times of day of a course's sessions that are still to come, in a fixed order.
    func timesOfDay(_ course: Course) -> [TimeOfDay] {
        let found = Set(course.sessions.filter { !$0.hasStarted(before: today) && $0.status != .cancelled }
            .compactMap { $0.timeOfDay(in: catalogue.settings) })
        return TimeOfDay.allCases.filter(found.contains)
    }

    func filterData(_ course: Course) -> FilterDataView {
        let upcoming = course.sessions.filter { !$0.hasStarted(before: today) && ($0.status == .open || $0.status == .tbc) }
        var terms: [String] = []
        for session in upcoming {
            if let term = catalogue.settings.term(of: session.firstDay).map({ Slug.make(from: $0.name) }), !terms.contains(term) {
                terms.append(term)
            }
        }
        let groups: String
        switch course.groups {
        case .all: groups = "all"
        case .some(let slugs): groups = slugs.joined(separator: " ")
        }
        return FilterDataView(
            groups: groups, stages: course.stages.isEmpty ? "all" : course.stages.joined(separator: " "),
            format: course.format.rawValue, strand: Slug.make(from: course.strand), terms: terms.joined(separator: " "),
            times: timesOfDay(course).map(\.rawValue).joined(separator: " "),
            open: course.sessions.contains { $0.isBookable(on: today) } || (course.sessions.isEmpty && course.link != nil),
            mandatory: course.mandatory)
    }

    func stagesText(_ course: Course) -> String {
        if course.stages.isEmpty { return strings.text("course.all_stages") }
        return course.stages.compactMap { catalogue.settings.stage($0)?.title }.joined(separator: ", ")
    }

    func nextDate(_ course: Course) -> NextDateView {
        if course.sessions.isEmpty {
            return NextDateView(text: strings.text(course.format == .selfStudy || course.format == .online ? "course.available_any_time" : "course.dates_to_be_confirmed"),
                                iso: nil, status: nil)
        }
        guard let next = course.nextSession(onOrAfter: today) else {
            // Said once: "No more dates this year" needs no "No dates" tag beside it.
            return NextDateView(text: strings.text("course.no_more_dates_this_year"), iso: nil, status: nil)
        }
        return NextDateView(text: strings.dates(next), iso: next.firstDay.iso, status: status(next))
    }

    func status(_ session: Session) -> StatusView {
        if session.hasStarted(before: today) {
            return session.lastDay >= today && session.status != .cancelled
                ? StatusView(label: strings.text("status.under_way"), tone: "past")
                : StatusView(label: strings.text(session.status == .cancelled ? "status.cancelled" : "status.past"), tone: "past")
        }
        switch session.status {
        case .open:
            if let left = session.placesLeft, left <= 5 {
                return StatusView(label: strings.count("status.places_left", left), tone: "few")
            }
            return StatusView(label: strings.status(.open), tone: "open")
        case .full, .closed, .cancelled, .tbc, .invitation: return StatusView(label: strings.status(session.status), tone: session.status.rawValue)
        }
    }

    /// The booking link for a session: the course's own template, else the site's.
    func bookingURL(_ course: Course, _ session: Session) -> String? {
        guard session.isBookable(on: today), let template = course.booking ?? catalogue.settings.booking else { return nil }
        return template.expand(for: course, session: session)
    }
}
