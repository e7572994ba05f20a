import Catalogue

/// What's on: the sessions still to come from the build's "today", by term and month, with the past
/// ones folded away below; a filter by staff group and by school (with JavaScript), and links to
/// the group pages and each school's own list (without it).
/// One session What's on shows: made into a row (`WhatsOnRowView`) only when its page is rendered.
struct WhatsOnEntry: Sendable {
    let course: Course
    let session: Session
}

extension ViewFactory {
    private typealias Entry = WhatsOnEntry

    /// The whole offer's What's on, or one school's (`school`): only the sessions at that school;
    /// page `page` of it when it is long (see `whatsOnPage`).
    func whatsOn(school: School? = nil, page: Int = 1) -> WhatsOnView {
        let settings = catalogue.settings
        // Sorted and laid out by month once per build for all the pages of the list (see ListingMemo).
        let sections = cards.listings?.sessions(school?.slug ?? "") { whatsOnSections(school: school) } ?? whatsOnSections(school: school)
        return whatsOnPage(WhatsOnView(
            count: sections.upcomingCount,
            today: strings.longDate(today), todayISO: today.iso,
            school: school?.name,
            calendarHref: links.to(school.map { ICalendarPaths.school($0.slug) } ?? ICalendarPaths.offer),
            subscribeHref: links.to(SitePath.calendars) + (school.map { "#school-" + $0.slug } ?? "#offer"),
            wholeHref: school == nil ? nil : links.to(SitePath.whatsOn),
            coursesHref: links.to(SitePath.courses),
            terms: sections.terms,
            pastCount: sections.pastCount, past: sections.past,
            underWayCount: sections.underWayCount, underWay: sections.underWay,
            groups: catalogue.groups.map { FilterLinkView(value: $0.slug, label: $0.title, href: links.to(SitePath.group($0.slug))) },
            schools: settings.schools.map {
                FilterLinkView(value: $0.slug, label: $0.name, href: links.to(SitePath.whatsOnSchool($0.slug)), current: $0 == school)
            }), entries: sections.entries, page: page, base: school.map { SitePath.whatsOnSchool($0.slug) } ?? SitePath.whatsOn)
    }

    /// What's on's terms and months of sessions to come, past months and the sessions under way, with
    /// their names, ids and counts: the same for every page of the list (rows are made per page).
    func whatsOnSections(school: School?) -> WhatsOnSections {
        let sessions = whatsOnSessions(school: school)
        let past = sessions.past, underWay = sessions.underWay, upcoming = sessions.upcoming
        var ids = Set<String>()
        var entries: [String: [WhatsOnEntry]] = [:]
        var terms = termSections(upcoming, ids: &ids, entries: &entries)
        // This month and the next are open; later months are folded under their names and counts,
        // so a phone's page stays short (the filter opens them).
        var position = 0
        for term in terms.indices {
            for month in terms[term].months.indices {
                terms[term].months[month].folded = position >= 2
                position += 1
            }
        }
        let pastMonths = termSections(past, ids: &ids, entries: &entries, prefix: "past-").flatMap(\.months)
        let underWayID = unique("under-way", &ids)
        entries[underWayID] = underWay
        let underWayMonth = underWay.isEmpty ? [] : [MonthSessionsView(
            name: strings.text("whats_on.under_way"), id: underWayID,
            caption: strings.text("whats_on.under_way_caption", ["sessions": strings.count("counts.sessions", underWay.count)]),
            count: strings.count("counts.sessions", underWay.count), sessions: [], folded: false)]
        return WhatsOnSections(terms: terms, past: pastMonths, underWay: underWayMonth, entries: entries,
                               upcomingCount: strings.count("counts.sessions", upcoming.count),
                               pastCount: strings.count("counts.sessions", past.count),
                               underWayCount: strings.count("counts.sessions", underWay.count))
    }

    /// Every session of the offer (or at `school`) in date order, then start time, then course title,
    /// split into past, under way and to come.
    func whatsOnSessions(school: School?) -> WhatsOnSessions {
        // Positions are sorted, not courses and sessions: moving those retains every string they
        // hold, n log n times, which showed at 20,000 courses. Each entry is made once, in order.
        let published = catalogue.publishedCourses
        var positions: [(day: LocalDate, minutes: Int, course: Int, session: Int)] = []
        for (courseIndex, course) in published.enumerated() {
            for (sessionIndex, session) in course.sessions.enumerated() where school.map({ $0.hosts(venue: session.venue) }) ?? true {
                positions.append((session.firstDay, session.start?.minutes ?? 0, courseIndex, sessionIndex))
            }
        }
        positions.sort { a, b in
            if a.day != b.day { return a.day < b.day }
            if a.minutes != b.minutes { return a.minutes < b.minutes }
            return (published[a.course].title, published[a.course].slug) < (published[b.course].title, published[b.course].slug)
        }
        let entries = positions.map { Entry(course: published[$0.course], session: published[$0.course].sessions[$0.session]) }
        // Past: the last day is before today. Under way: a cohort that started and meets again (it
        // cannot be booked, so it is folded away with the past, not shown at its first day).
        return WhatsOnSessions(past: entries.filter { $0.session.lastDay < today },
                               underWay: entries.filter { $0.session.firstDay < today && $0.session.lastDay >= today },
                               upcoming: entries.filter { $0.session.firstDay >= today })
    }

    /// Sessions by term, then month; every id unique on the page (`ids`), even for a month split
    /// across two terms (its second part's id names the term).
    /// Each month's sessions go into `byMonth` under its id: they are made into rows only for the page shown.
    private func termSections(_ entries: [Entry], ids: inout Set<String>, entries byMonth: inout [String: [WhatsOnEntry]],
                              prefix: String = "") -> [TermSessionsView] {
        var terms: [TermSessionsView] = []
        for entry in entries {
            let session = entry.session
            let termName = catalogue.settings.term(of: session.firstDay)?.name ?? strings.text("whats_on.before_term")
            let monthName = strings.monthAndYear(session.firstDay)
            if terms.last?.name != termName {
                terms.append(TermSessionsView(name: termName, id: unique(prefix + "term-" + Slug.make(from: termName), &ids), count: "", months: []))
            }
            let termIndex = terms.count - 1
            if terms[termIndex].months.last?.name != monthName {
                let base = prefix + "month-\(session.firstDay.year)-\(pad(session.firstDay.month, 2))"
                let id = ids.contains(base) ? unique(base + "-" + Slug.make(from: termName), &ids) : unique(base, &ids)
                terms[termIndex].months.append(MonthSessionsView(name: monthName, id: id, caption: "", count: "", sessions: [], folded: false))
            }
            byMonth[terms[termIndex].months[terms[termIndex].months.count - 1].id, default: []].append(entry)
        }
        for index in terms.indices {
            let total = terms[index].months.reduce(0) { $0 + (byMonth[$1.id]?.count ?? 0) }
            terms[index].count = strings.count("counts.sessions", total)
            for month in terms[index].months.indices {
                let m = terms[index].months[month]
                terms[index].months[month].count = strings.count("counts.sessions", byMonth[m.id]?.count ?? 0)
                terms[index].months[month].caption = strings.text("whats_on.month_caption", ["month": m.name, "sessions": terms[index].months[month].count])
            }
        }
        return terms
    }

    /// `id`, or `id-2`, `id-3`… when it is taken; the one returned is taken from then on.
    private func unique(_ id: String, _ ids: inout Set<String>) -> String {
        var candidate = id, number = 1
        while ids.contains(candidate) {
            number += 1
            candidate = "\(id)-\(number)"
        }
        ids.insert(candidate)
        return candidate
    }

    /// A session's row: made for the sessions of the page being rendered only (see `whatsOnPage`).
    func row(_ course: Course, _ session: Session) -> WhatsOnRowView {
        let groups: String
        switch course.groups {
        case .all: groups = "all"
        case .some(let slugs): groups = slugs.sorted().joined(separator: " ")
        }
        return WhatsOnRowView(
            dates: strings.dates(session), iso: session.firstDay.iso, time: strings.sessionTime(session, format: course.format),
            timeOfDay: session.timeOfDay(in: catalogue.settings).map(strings.timeOfDay),
            courseTitle: course.title, courseHref: links.to(SitePath.course(course.slug)), venue: venue(session.venue, course),
            status: status(session), bookHref: bookingURL(course, session),
            bookContext: strings.text("course.book_context", ["course": course.title, "date": strings.longDate(session.firstDay)]),
            past: session.lastDay < today, groups: groups, school: catalogue.settings.school(at: session.venue)?.slug ?? "")
    }
}
