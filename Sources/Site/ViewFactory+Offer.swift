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
            strands: strands.map { OptionView(value: $0.strand.slug, label: $0.strand.title) },
            terms: settings.terms.map { OptionView(value: Slug.make(from: $0.name), label: strings.text("filters.term", ["term": $0.name])) },
            times: TimeOfDay.allCases.map { OptionView(value: $0.rawValue, label: strings.timeOfDay($0)) },
            groupLinks: catalogue.groups.map { LinkView(title: $0.title, href: links.to(SitePath.group($0.slug))) },
            stageLinks: settings.stages.map { LinkView(title: $0.title, href: links.to(SitePath.stage($0.slug))) })
    }

    /// Every published course for a stage (courses for every stage included), by strand.
    func stageStrands(_ stage: String) -> [(strand: Strand, courses: [Course])] {
        let make = { strands.map { ($0.strand, $0.courses.filter { $0.isFor(stage: stage) }) }.filter { !$0.1.isEmpty } }
        return cards.listings?.stageStrands(stage, make) ?? make()
    }

    /// How many published courses a stage has (those for every stage included).
    func stageCourseCount(_ stage: String) -> Int {
        stageStrands(stage).reduce(0) { $0 + $1.courses.count }
    }

    /// `stageCourseCount` of every stage in site.yml's order, in one pass over the offer (the
    /// preview plans the stage pages on every save).
    static func stageCourseCounts(_ catalogue: Catalogue) -> [Int] {
        let stages = catalogue.settings.stages.map(\.slug), published = catalogue.publishedCourses
        var everyStage = 0, counts = [Int](repeating: 0, count: stages.count)
        for index in published.indices {
            let courseStages = published[index].stages
            if courseStages.isEmpty { everyStage += 1; continue }
            for (position, stage) in stages.enumerated() where courseStages.contains(stage) { counts[position] += 1 }
        }
        return counts.map { $0 + everyStage }
    }

    /// Page `page` of a stage's courses, by strand.
    func stage(_ stage: Stage, page: Int = 1) -> StageView {
        let strands = stageStrands(stage.slug)
        let total = stageCourseCount(stage.slug)
        let base = SitePath.stage(stage.slug)
        let pages = Pagination(page: page, pages: Pagination.pageCount(total, perPage: Pagination.coursesPerPage))
        return StageView(
            title: stage.title, count: strings.count("counts.courses", total),
            strands: pagedStrands(strands, page: page, base: base).filter { !$0.courses.isEmpty },
            otherStages: catalogue.settings.stages.map {
                LinkView(title: $0.title, href: links.to(SitePath.stage($0.slug)), current: $0.slug == stage.slug)
            },
            coursesHref: links.to(SitePath.courses), pagination: pagination(pages, base: base))
    }

    /// The courses of a long group page's list for `stage` (or `GroupLists.everyStage`), found once
    /// for all the list's pages.
    func groupListCourses(_ group: String, stage: String) -> [Course] {
        let make = { GroupLists.courses(GroupLists.optional(catalogue, group: group), stage: stage) }
        guard let memo = cards.listings else { return make() }
        // Every stage's list of the group is made at once, from one list of the group's courses.
        return memo.groupList(group) { GroupLists.byStage(catalogue, group: group) }[stage] ?? make()
    }

    /// How many published courses are mandatory: the required grid's rows, counted once for all its pages.
    func mandatoryCourseCount() -> Int {
        let make = { catalogue.publishedCourses.count(where: \.mandatory) }
        return cards.listings?.total("required", make) ?? make()
    }

    /// Mandatory training (rows) against staff groups (columns).
    /// Page `page` of it: `Pagination.requiredRowsPerPage` courses a page (a row is some 4 KB: a
    /// cell for every group, twice).
    func requiredGrid(page: Int = 1) -> RequiredGridView {
        let make = { byUrgency(catalogue.publishedCourses.filter(\.mandatory)) }
        let mandatory = cards.listings?.mandatory(make) ?? make()
        let pages = Pagination(page: page, pages: Pagination.pageCount(mandatory.count, perPage: Pagination.requiredRowsPerPage))
        return RequiredGridView(
            groups: catalogue.groups.map { LinkView(title: $0.title, href: links.to(SitePath.group($0.slug))) },
            rows: mandatory[Pagination.range(page: page, count: mandatory.count, perPage: Pagination.requiredRowsPerPage)].map { course in
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
            hasNominated: mandatory.contains { $0.requiredOf == .nominated }, pagination: pagination(pages, base: SitePath.required))
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
