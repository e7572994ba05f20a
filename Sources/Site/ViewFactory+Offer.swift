import Catalogue

extension ViewFactory {
    func filters() -> FiltersView {
        let settings = catalogue.settings
        let published = catalogue.publishedCourses
        let formats = CourseFormat.allCases.filter { format in published.contains { $0.format == format } }
        return FiltersView(
            groups: catalogue.groups.map { OptionView(value: $0.slug, label: $0.title) },
            stages: settings.stages.map { OptionView(value: $0.slug, label: $0.title) },
            formats: formats.map { OptionView(value: $0.rawValue, label: strings.format($0)) },
            strands: catalogue.strands.map { OptionView(value: $0.strand.slug, label: $0.strand.title) },
            terms: settings.terms.map { OptionView(value: Slug.make(from: $0.name), label: strings.text("filters.term", ["term": $0.name])) },
            times: TimeOfDay.allCases.map { OptionView(value: $0.rawValue, label: strings.timeOfDay($0)) },
            groupLinks: catalogue.groups.map { LinkView(title: $0.title, href: links.to(SitePath.group($0.slug))) },
            stageLinks: settings.stages.map { LinkView(title: $0.title, href: links.to(SitePath.stage($0.slug))) })
    }

    /// Every published course for a stage (courses for every stage included), by strand.
    func stage(_ stage: Stage) -> StageView {
        let strands: [StrandView] = catalogue.strands.compactMap { entry in
            let courses = entry.courses.filter { $0.isFor(stage: stage.slug) }
            guard !courses.isEmpty else { return nil }
            return StrandView(title: entry.strand.title, id: entry.strand.slug, summary: entry.strand.summary,
                              href: "#" + entry.strand.slug, count: strings.count("counts.courses", courses.count),
                              courses: courses.map(card))
        }
        let total = strands.reduce(0) { $0 + $1.courses.count }
        return StageView(
            title: stage.title, count: strings.count("counts.courses", total), strands: strands,
            otherStages: catalogue.settings.stages.map {
                LinkView(title: $0.title, href: links.to(SitePath.stage($0.slug)), current: $0.slug == stage.slug)
            },
            coursesHref: links.to(SitePath.courses))
    }

    /// Mandatory training (rows) against staff groups (columns).
    func requiredGrid() -> RequiredGridView {
        let mandatory = byUrgency(catalogue.publishedCourses.filter(\.mandatory))
        return RequiredGridView(
            groups: catalogue.groups.map { LinkView(title: $0.title, href: links.to(SitePath.group($0.slug))) },
            rows: mandatory.map { course in
                RequiredRowView(
                    title: course.title, href: links.to(SitePath.course(course.slug)),
                    renewal: course.renewalMonths.map { strings.text("course.renew", ["renewal": strings.renewal($0)]) } ?? strings.text("required.once"),
                    requirement: requirement(course),
                    cells: catalogue.groups.map { RequiredCellView(required: course.isOpen(to: $0.slug), group: $0.title) })
            },
            count: strings.count("counts.mandatory_courses", mandatory.count))
    }

    /// How to book, for the brochure's readers: staff on the intranet; partner schools on the partner
    /// edition (at its own address when it has one), since they cannot reach the intranet.
    func brochureBooking() -> String {
        let settings = catalogue.settings
        guard settings.booking != nil else { return strings.text("brochure.booking_by_email", ["contact": settings.contact]) }
        switch catalogue.edition {
        case .staff:
            // On paper the address is the only way to the site: give it when site.yml has it.
            if let url = settings.url { return strings.text("brochure.booking_staff_at", ["url": url, "contact": settings.contact]) }
            return strings.text("brochure.booking_staff", ["contact": settings.contact])
        case .partners:
            let place = settings.url.map { strings.text("brochure.partner_site", ["url": $0]) } ?? strings.text("brochure.partner_offer")
            return strings.text("brochure.booking_partners", ["place": place, "contact": settings.contact])
        }
    }

    /// The whole offer on one sheet: each course on one line with its dates still to come.
    func brochure() -> BrochureView {
        let booking = brochureBooking()
        return BrochureView(
            count: strings.count("counts.courses", catalogue.publishedCourses.count),
            strands: catalogue.strands.map { entry in
                BrochureStrandView(title: entry.strand.title, courses: entry.courses.map { course in
                    let upcoming = course.sessions.filter { !$0.hasStarted(before: today) && $0.status != .cancelled }
                    // A day is said once, however many venues or sessions it has.
                    var days: [LocalDate] = []
                    for day in upcoming.map(\.firstDay).sorted() where days.last != day { days.append(day) }
                    let dates = days.isEmpty
                        ? strings.text(course.sessions.isEmpty ? (course.link != nil ? "brochure.any_time_online" : "course.dates_to_be_confirmed") : "brochure.no_more_dates")
                        : days.prefix(4).map { strings.dayAndMonth($0) }.joined(separator: ", ") + (days.count > 4 ? " …" : "")
                    return BrochureCourseView(title: course.title, href: links.to(SitePath.course(course.slug)), code: course.code?.value,
                                              format: strings.format(course.format), dates: dates)
                })
            },
            booking: booking)
    }

    /// The change history grouped by day, newest first.
    func whatsNew(_ log: ChangeLog) -> WhatsNewView {
        var days: [ChangeDayView] = []
        for change in log.changes {
            let view = ChangeView(
                label: strings.change(change.kind), tone: Self.tone(change.kind), title: change.title,
                href: catalogue.course(change.course).map { _ in links.to(SitePath.course(change.course)) }, detail: change.detail)
            if days.last?.iso == change.date {
                days[days.count - 1].changes.append(view)
            } else {
                days.append(ChangeDayView(date: LocalDate(iso: change.date).map(strings.longDate) ?? change.date, iso: change.date, changes: [view]))
            }
        }
        return WhatsNewView(days: days, feedHref: links.to(ChangesExport.feedPath),
                            count: strings.count("counts.changes", log.changes.count))
    }

    private static func tone(_ kind: Change.Kind) -> String {
        switch kind {
        case .courseAdded, .sessionAdded, .sessionReopened: return "open"
        case .sessionMoved: return "few"
        case .sessionCancelled, .sessionFull, .courseWithdrawn, .sessionRemoved: return "cancelled"
        }
    }
}
