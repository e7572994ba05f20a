import Catalogue

extension ViewFactory {
    /// One row of a course's dates. A cancelled date keeps its row (staff must see it is off) but
    /// offers nothing to do: no booking, calendar or plan. When the status tag already counts the
    /// few places left, the places column gives the total rather than saying it twice.
    func session(_ item: CourseSession) -> SessionView {
        let course = item.course, session = item.session
        let status = status(session)
        var places = ""
        if let left = session.placesLeft, session.status == .open, status.tone != "few" {
            places = session.places.map { strings.count("counts.places_left_of", left, ["total": String($0)]) }
                ?? strings.count("status.places_left", left)
        } else if let total = session.places, session.status != .cancelled {
            places = strings.count("counts.places", total)
        }
        let past = session.hasStarted(before: today), cancelled = session.status == .cancelled
        return SessionView(
            dates: strings.rowDates(session), iso: session.firstDay.iso,
            allDays: session.days.count > 1 ? strings.cohortDays(session) : nil,
            time: strings.sessionTime(session, format: course.format), venue: venue(session.venue, course), places: places,
            status: status, timeOfDay: session.timeOfDay(in: catalogue.settings).map(strings.timeOfDay),
            bookHref: bookingURL(course, session),
            bookContext: strings.text("course.book_context", ["course": course.title, "date": strings.longDate(session.firstDay)]),
            calendarHref: past || cancelled ? nil : links.to(item.calendarPath),
            cover: session.coverNeeded.map { strings.text($0 ? "course.cover_needed" : "course.no_cover_needed") },
            past: past, cancelled: cancelled, daysISO: session.days.map(\.iso).joined(separator: " "),
            startText: session.start?.description ?? "", endText: session.end?.description ?? "",
            invitation: session.status == .invitation && !past ? invitation(course) : nil,
            school: catalogue.settings.school(at: session.venue)?.slug ?? "",
            booked: cancelled ? nil : session.booked.map { strings.count("counts.booked", $0) })
    }

    /// Whom a mandatory course is for, in the theme's words; nil for a course that is not mandatory.
    func requirement(_ course: Course) -> RequirementView? {
        guard let audience = course.requiredOf else { return nil }
        switch audience {
        case .everyone:
            return RequirementView(tag: strings.text("mandatory.everyone_tag"), sentence: strings.text("mandatory.everyone"),
                                   hint: nil, tone: "mandatory", nominated: false)
        case .nominated:
            return RequirementView(tag: strings.text("mandatory.nominated_tag"), sentence: strings.text("mandatory.nominated"),
                                   hint: strings.text("mandatory.nominated_hint"), tone: "nominated", nominated: true)
        }
    }

    /// The "Mandatory" line of a course's key facts: for whom, and how often to renew.
    func mandatoryFact(_ course: Course) -> FactView? {
        guard let audience = course.requiredOf else { return nil }
        let value: String
        switch (audience, course.renewalMonths) {
        case (.everyone, let months?): value = strings.text("facts.yes_renew", ["renewal": strings.renewal(months)])
        case (.everyone, nil): value = strings.text("facts.yes")
        case (.nominated, let months?): value = strings.text("mandatory.fact_nominated_renew", ["renewal": strings.renewal(months)])
        case (.nominated, nil): value = strings.text("mandatory.fact_nominated")
        }
        return FactView(label: strings.text("facts.mandatory"), value: value)
    }

    func courseFacts(_ course: Course) -> [FactView] {
        var facts: [FactView] = []
        switch course.groups {
        case .all: facts.append(FactView(label: strings.text("facts.groups"), value: strings.text("facts.all_staff")))
        case .some(let slugs):
            let groupLinks = slugs.compactMap { catalogue.group($0) }.map { LinkView(title: $0.title, href: links.to(SitePath.group($0.slug))) }
            facts.append(FactView(label: strings.text("facts.groups"), value: "", links: groupLinks))
        }
        facts.append(FactView(label: strings.text("facts.stages"), value: stagesText(course)))
        facts.append(FactView(label: strings.text("facts.format"), value: strings.format(course.format)))
        if let provider = course.provider { facts.append(FactView(label: strings.text("facts.provider"), value: provider)) }
        if let hours = course.cpdHours { facts.append(FactView(label: strings.text("facts.hours"), value: strings.hours(hours))) }
        if let cost = course.cost { facts.append(FactView(label: strings.text("facts.cost"), value: strings.cost(cost))) }
        if !course.costs.isEmpty { facts.append(costsFact(course)) }
        if course.openToPartners, catalogue.settings.partners != nil || course.partnerCost != nil {
            facts.append(FactView(label: strings.text("facts.partners"), value: course.partnerCost.map(strings.cost) ?? strings.text("facts.open_to_partners")))
        }
        if let accreditation = course.accreditation { facts.append(FactView(label: strings.text("facts.accreditation"), value: accreditation)) }
        if let mandatory = mandatoryFact(course) {
            facts.append(mandatory)
        } else if let months = course.renewalMonths {
            facts.append(FactView(label: strings.text("facts.renewal"), value: strings.text("course.renew", ["renewal": strings.renewal(months)])))
        }
        if let code = course.code { facts.append(FactView(label: strings.text("facts.code"), value: code.value)) }
        return facts
    }

    /// A course's page. Its dates come in two lists: those still to come or under way (cancelled
    /// ones among them, marked), first; then the past ones, which the page folds away. The first
    /// date that can be booked is also summed up at the top, so a phone shows Book on its first screen.
    func courseView(_ course: Course) -> CourseView {
        let items = CourseSession.all(of: course)
        let isPast = { (session: Session) in session.hasStarted(before: today) && (session.lastDay < today || session.status == .cancelled) }
        let current = items.filter { !isPast($0.session) }
        let upcoming = current.map(session)
        let past = items.filter { isPast($0.session) }.map(session)
        let next = items.first { $0.session.isBookable(on: today) }.map(session)
        // A future date by invitation is not "no dates open": the row says how to be put forward.
        let bookable = course.sessions.contains { $0.isBookable(on: today) || ($0.status == .invitation && !$0.hasStarted(before: today)) }
        let interest = course.sessions.allSatisfy({ $0.hasStarted(before: today) || $0.status == .cancelled })
            ? catalogue.settings.interest?.expand(for: course, session: nil) : nil
        return CourseView(
            title: course.title, picture: course.picture.map { picture(links.to($0.file.path), $0) }, summary: course.summary, code: course.code?.value, strand: course.strand,
            strandHref: links.to(SitePath.courses + "#" + Strand(title: course.strand, summary: nil).slug),
            mandatory: course.mandatory, requirement: requirement(course), sustained: course.isSustained(in: catalogue.settings), draft: course.draft,
            facts: courseFacts(course), sessions: upcoming, pastSessions: past, pastCount: past.count, next: next,
            sessionCount: strings.count("counts.dates", upcoming.count), hasSessions: !items.isEmpty,
            upcomingBookable: bookable, datesToBeConfirmed: course.sessions.isEmpty && course.link == nil && course.recurring.isEmpty,
            interestHref: interest, feedbackHref: catalogue.settings.feedback?.expand(for: course, session: nil),
            link: course.link, bodyHTML: strings.bodyHTML(course.body),
            prerequisites: course.prerequisites.compactMap { reference in
                guard let prerequisite = catalogue.course(reference.value) else { return nil }
                return LinkView(title: prerequisite.title, href: prerequisite.draft ? "" : links.to(SitePath.course(prerequisite.slug)))
            },
            slug: course.slug, hours: course.cpdHours.map { String($0) } ?? "",
            calendarHref: ICalendarPaths.course(for: course).map(links.to), staffNotes: course.staffNotes,
            jsonLD: JSONLD.course(course, sessions: items, catalogue: catalogue, today: today),
            recurring: course.recurring.map { recurring($0, course) },
            modules: course.modules.enumerated().map { ModuleView(number: $0.offset + 1, title: $0.element) },
            schools: schools(of: current.map(\.session)))
    }

    /// The schools that dates to come are at, in site.yml's order, each linked to its What's on page;
    /// empty when they are at fewer than two (a filter would have nothing to choose between).
    func schools(of sessions: [Session]) -> [FilterLinkView] {
        let slugs = Set(sessions.compactMap { catalogue.settings.school(at: $0.venue)?.slug })
        guard slugs.count > 1 else { return [] }
        return catalogue.settings.schools.filter { slugs.contains($0.slug) }.map {
            FilterLinkView(value: $0.slug, label: $0.name, href: links.to(SitePath.whatsOnSchool($0.slug)))
        }
    }
}
