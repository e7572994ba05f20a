import Catalogue

extension ViewFactory {
    func familyViews() -> [FamilyView] {
        catalogue.families.map { family in
            FamilyView(name: family.name, id: "family-" + Slug.make(from: family.name), groups: family.groups.map { group in
                LinkView(title: group.title, href: links.to(SitePath.group(group.slug)), summary: group.summary,
                         meta: TextFormatting.count(catalogue.courses(openTo: group.slug).count, "course"))
            })
        }
    }

    func strandViews(withCourses: Bool) -> [StrandView] {
        catalogue.strands.map { entry in
            StrandView(title: entry.strand.title, id: entry.strand.slug, summary: entry.strand.summary,
                       href: links.to(SitePath.courses + "#" + entry.strand.slug),
                       count: TextFormatting.count(entry.courses.count, "course"),
                       courses: withCourses ? entry.courses.map(card) : [])
        }
    }

    func home() -> HomeView {
        let published = catalogue.publishedCourses
        // The next six sessions: keys and positions are sorted (not courses and sessions, costly to
        // move), with the position breaking ties as a stable sort of the sessions would.
        var keys: [(day: LocalDate, minutes: Int, title: String, order: Int, course: Int, session: Int)] = []
        for (courseIndex, course) in published.enumerated() {
            for (sessionIndex, session) in course.sessions.enumerated() where !session.hasStarted(before: today) && session.status != .cancelled {
                keys.append((session.firstDay, session.start?.minutes ?? 0, course.title, keys.count, courseIndex, sessionIndex))
            }
        }
        keys.sort { ($0.day, $0.minutes, $0.title, $0.order) < ($1.day, $1.minutes, $1.title, $1.order) }
        let upcoming = keys.prefix(6).map { key in
            (published[key.course], published[key.course].sessions[key.session])
        }
        let sessionTotal = published.reduce(0) { $0 + $1.sessions.count }
        return HomeView(
            introHTML: catalogue.home.html,
            forPartners: catalogue.edition == .partners,
            courseCount: TextFormatting.count(published.count, "course"),
            sessionCount: TextFormatting.count(sessionTotal, "date"),
            families: familyViews(), strands: strandViews(withCourses: false),
            pathways: catalogue.pathways.map { LinkView(title: $0.title, href: links.to(SitePath.pathway($0.slug)), summary: $0.summary) },
            upcoming: upcoming.map { course, session in
                UpcomingView(date: session.firstDay.shortText, iso: session.firstDay.iso, title: course.title,
                             href: links.to(SitePath.course(course.slug)), status: status(session))
            })
    }

    func coursesIndex() -> CoursesIndexView {
        CoursesIndexView(count: TextFormatting.count(catalogue.publishedCourses.count, "course"),
                         groupsHref: links.to(SitePath.groups), filters: filters(),
                         strands: strandViews(withCourses: true))
    }

    func groupsIndex() -> GroupsIndexView {
        GroupsIndexView(count: TextFormatting.count(catalogue.groups.count, "staff group"), families: familyViews())
    }

    /// A group's page: mandatory training first, then each stage in order, then courses for every stage.
    /// Mandatory training is the trust's rule for its own staff: the partner edition lists those
    /// courses with the others, by stage, and has no "Required for your role".
    func group(_ group: StaffGroup) -> GroupView {
        let open = catalogue.courses(openTo: group.slug)
        let showsRequired = SitePlan.hasRequiredGrid(catalogue)
        let required = showsRequired ? open.filter(\.mandatory) : []
        let optional = showsRequired ? open.filter { !$0.mandatory } : open
        let stages: [StageSectionView] = catalogue.settings.stages.compactMap { stage in
            let courses = optional.filter { $0.stages.contains(stage.slug) }
            guard !courses.isEmpty else { return nil }
            return StageSectionView(title: stage.title, id: "stage-" + stage.slug,
                                    count: TextFormatting.count(courses.count, "course"), courses: courses.map(card))
        }
        let anyStage = optional.filter { $0.stages.isEmpty }
        var contents: [LinkView] = []
        if !required.isEmpty { contents.append(LinkView(title: "Required for your role", href: "#required")) }
        contents += stages.map { LinkView(title: $0.title, href: "#" + $0.id) }
        if !anyStage.isEmpty { contents.append(LinkView(title: "For every stage", href: "#any-stage")) }
        let pathways = catalogue.pathways(for: group.slug)
        if !pathways.isEmpty { contents.append(LinkView(title: "Pathways", href: "#pathways")) }
        return GroupView(
            title: group.title, family: group.family, summary: group.summary, bodyHTML: group.body.html, staffNotes: group.staffNotes,
            courseCount: TextFormatting.count(open.count, "course"), required: required.map(card),
            requiredCount: TextFormatting.count(required.count, "course"), stages: stages,
            anyStage: anyStage.map(card), anyStageCount: TextFormatting.count(anyStage.count, "course"),
            pathways: pathways.map { LinkView(title: $0.title, href: links.to(SitePath.pathway($0.slug)), summary: $0.summary) },
            contents: contents, calendarHref: links.to(ICalendarPaths.group(group.slug)), requiredHref: SitePlan.hasRequiredGrid(catalogue) ? links.to(SitePath.required) : nil)
    }

    func pathwaysIndex() -> PathwaysIndexView {
        PathwaysIndexView(
            count: TextFormatting.count(catalogue.pathways.count, "pathway"),
            pathways: catalogue.pathways.map { pathway in
                LinkView(title: pathway.title, href: links.to(SitePath.pathway(pathway.slug)), summary: pathway.summary,
                         meta: TextFormatting.count(pathway.steps.count, "step"))
            })
    }

    func pathway(_ pathway: Pathway) -> PathwayView {
        var groups: [LinkView] = []
        if case .some(let slugs) = pathway.groups {
            groups = slugs.compactMap { catalogue.group($0) }.map { LinkView(title: $0.title, href: links.to(SitePath.group($0.slug))) }
        }
        return PathwayView(
            title: pathway.title, summary: pathway.summary, bodyHTML: pathway.body.html, groups: groups,
            forEveryone: pathway.groups == .all,
            steps: pathway.steps.enumerated().map { index, step in
                StepView(number: index + 1, title: step.title, stage: step.stage.flatMap { catalogue.settings.stage($0)?.title },
                         summary: step.summary,
                         courses: step.courses.compactMap { catalogue.course($0.value) }.filter { !$0.draft }.map(card))
            })
    }

    func page(_ page: Page) -> PageView {
        PageView(title: page.title, summary: page.summary, bodyHTML: page.body.html)
    }
}
