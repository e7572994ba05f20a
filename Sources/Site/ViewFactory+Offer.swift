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
                    cells: catalogue.groups.map {
                        let required = course.isOpen(to: $0.slug)
                        return RequiredCellView(required: required, nominated: required && course.requiredOf == .nominated, group: $0.title)
                    })
            },
            count: strings.count("counts.mandatory_courses", mandatory.count),
            hasNominated: mandatory.contains { $0.requiredOf == .nominated })
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
