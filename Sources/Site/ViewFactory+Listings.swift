import Catalogue

extension ViewFactory {
    func familyViews() -> [FamilyView] {
        catalogue.families.map { family in
            FamilyView(name: family.name, id: "family-" + Slug.make(from: family.name), groups: family.groups.map { group in
                LinkView(title: group.title, href: links.to(SitePath.group(group.slug)), summary: group.summary,
                         meta: strings.count("counts.courses", catalogue.courses(openTo: group.slug).count))
            })
        }
    }

    /// Every strand, linking to its start on the courses index (the page it starts on, when the
    /// index has several).
    func strandViews() -> [StrandView] {
        pagedStrands(strands, page: 0, base: SitePath.courses)
    }

    func home() -> HomeView {
        let published = catalogue.publishedCourses
        // The next six dates: keys and positions are sorted (not courses and sessions, costly to
        // move), by day, start and course title, with the position breaking ties as a stable sort of
        // the sessions would. Keys are plain numbers (a day as yyyymmdd orders as the date does), so
        // moving them copies no text; titles are compared only between sessions on the same day and time.
        struct Key {
            var day: LocalDate, date: Int, minutes: Int, order: Int, course: Int, session: Int
        }
        var keys: [Key] = []
        for (courseIndex, course) in published.enumerated() {
            for (sessionIndex, session) in course.sessions.enumerated() where !session.hasStarted(before: today) && session.status != .cancelled {
                let day = session.firstDay
                keys.append(Key(day: day, date: day.year * 10_000 + day.month * 100 + day.day, minutes: session.start?.minutes ?? 0,
                                order: keys.count, course: courseIndex, session: sessionIndex))
            }
        }
        let titles = published.map(\.title)
        keys.sort { first, second in
            if first.date != second.date { return first.date < second.date }
            if first.minutes != second.minutes { return first.minutes < second.minutes }
            if first.course != second.course, titles[first.course] != titles[second.course] { return titles[first.course] < titles[second.course] }
            return first.order < second.order
        }
        // One item per course (its next date), and one per strand and day: a conference day's
        // workshops, or a course's second session that afternoon, would otherwise fill the list.
        // Which keys are taken depends only on those before them: the walk stops at the sixth.
        var seenCourses = Set<Int>(), seenStrandDays = Set<String>()
        var upcoming: [(Course, Session)] = []
        for key in keys {
            guard upcoming.count < 6 else { break }
            let strandDay = published[key.course].strand + " " + key.day.iso
            guard !seenCourses.contains(key.course), !seenStrandDays.contains(strandDay) else { continue }
            seenCourses.insert(key.course)
            seenStrandDays.insert(strandDay)
            upcoming.append((published[key.course], published[key.course].sessions[key.session]))
        }
        let sessionTotal = published.reduce(0) { $0 + $1.sessions.count }
        return HomeView(
            introHTML: strings.bodyHTML(catalogue.home),
            forPartners: catalogue.edition == .partners,
            courseCount: strings.count("counts.courses", published.count),
            sessionCount: strings.count("counts.dates", sessionTotal),
            families: familyViews(), strands: strandViews(),
            pathways: catalogue.pathways.map { LinkView(title: $0.title, href: links.to(SitePath.pathway($0.slug)), summary: $0.summary) },
            upcoming: upcoming.map { course, session in
                UpcomingView(date: strings.shortDate(session.firstDay), iso: session.firstDay.iso, title: course.title,
                             href: links.to(SitePath.course(course.slug)), status: status(session))
            })
    }

    /// Page `page` of the courses index: the strands with courses on it, and every strand in its contents.
    func coursesIndex(page: Int = 1) -> CoursesIndexView {
        let count = catalogue.publishedCourses.count
        let pages = Pagination(page: page, pages: Pagination.pageCount(count, perPage: Pagination.coursesPerPage))
        let strands = pagedStrands(self.strands, page: page, base: SitePath.courses)
        return CoursesIndexView(count: strings.count("counts.courses", count),
                                groupsHref: links.to(SitePath.groups), filters: filters(),
                                strands: strands.filter { !$0.courses.isEmpty }, contents: strands, pagination: pagination(pages, base: SitePath.courses),
                                filterDataHref: pages.pages > 1 ? links.to(CourseFiltersExport.manifest) : nil,
                                filterScriptHref: pages.pages > 1 ? links.to(CourseFiltersExport.script) : nil)
    }

    func groupsIndex() -> GroupsIndexView {
        GroupsIndexView(count: strings.count("counts.staff_groups", catalogue.groups.count), families: familyViews())
    }

    /// A group's page: mandatory training first, then each stage in order, then courses for every stage.
    /// Mandatory training is the trust's rule for its own staff: the partner edition lists those
    /// courses with the others, by stage, and has no "Required for your role".
    func group(_ group: StaffGroup) -> GroupView {
        let open = catalogue.courses(openTo: group.slug)
        let showsRequired = SitePlan.hasRequiredGrid(catalogue)
        let required = showsRequired ? byUrgency(open.filter(\.mandatory)) : []
        let optional = showsRequired ? open.filter { !$0.mandatory } : open
        // A long page shows each stage's first courses, and links to the list of them all.
        let long = GroupLists.isLong(optional)
        func shown(_ courses: [Course], _ stage: String) -> (cards: [CardHTML], allHref: String?) {
            guard long, courses.count > GroupLists.preview else { return (courses.map(card), nil) }
            return (courses.prefix(GroupLists.preview).map(card), links.to(GroupLists.path(group: group.slug, stage: stage)))
        }
        // Each stage's courses as the group's lists have them (`GroupLists.courses`), made once for both.
        let stages: [StageSectionView] = catalogue.settings.stages.compactMap { stage in
            let courses = groupListCourses(group.slug, stage: stage.slug)
            guard !courses.isEmpty else { return nil }
            let (cards, allHref) = shown(courses, stage.slug)
            return StageSectionView(title: stage.title, id: "stage-" + stage.slug,
                                    count: strings.count("counts.courses", courses.count), courses: cards, allHref: allHref)
        }
        let anyStage = groupListCourses(group.slug, stage: GroupLists.everyStage)
        let anyStageShown = shown(anyStage, GroupLists.everyStage)
        let everyone = required.filter { $0.requiredOf == .everyone }, nominated = required.filter { $0.requiredOf == .nominated }
        var contents: [LinkView] = []
        if !required.isEmpty { contents.append(LinkView(title: strings.text("group.required"), href: "#required")) }
        contents += stages.map { LinkView(title: $0.title, href: "#" + $0.id) }
        if !anyStage.isEmpty { contents.append(LinkView(title: strings.text("group.every_stage"), href: "#any-stage")) }
        let pathways = catalogue.pathways(for: group.slug)
        if !pathways.isEmpty { contents.append(LinkView(title: strings.text("group.pathways"), href: "#pathways")) }
        return GroupView(
            title: group.title, family: group.family, summary: group.summary, bodyHTML: strings.bodyHTML(group.body), staffNotes: group.staffNotes,
            courseCount: strings.count("counts.courses", open.count), required: required.map(card),
            requiredCount: strings.count("counts.courses", required.count),
            requiredEveryone: everyone.map(sharedCardView), requiredEveryoneCount: strings.count("counts.courses", everyone.count),
            requiredNominated: nominated.map(sharedCardView), requiredNominatedCount: strings.count("counts.courses", nominated.count), stages: stages,
            anyStage: anyStageShown.cards, anyStageCount: strings.count("counts.courses", anyStage.count), anyStageHref: anyStageShown.allHref,
            pathways: pathways.map { LinkView(title: $0.title, href: links.to(SitePath.pathway($0.slug)), summary: $0.summary) },
            contents: contents, calendarHref: links.to(ICalendarPaths.group(group.slug)),
            subscribeHref: links.to(SitePath.calendars) + "#group-" + group.slug, requiredHref: SitePlan.hasRequiredGrid(catalogue) ? links.to(SitePath.required) : nil)
    }

    /// Mandatory training in order of urgency: everyone's before nominated staff's; within each, the
    /// most often renewed first (training taken once last), then the soonest next date, then by title.
    func byUrgency(_ courses: [Course]) -> [Course] {
        let keys = courses.map { course in
            (nominated: course.requiredOf == .nominated ? 1 : 0, renewal: course.renewalMonths ?? Int.max,
             next: course.nextSession(onOrAfter: today)?.firstDay.iso ?? "9999", title: course.title)
        }
        return courses.indices.sorted { a, b in
            (keys[a].nominated, keys[a].renewal, keys[a].next, keys[a].title) < (keys[b].nominated, keys[b].renewal, keys[b].next, keys[b].title)
        }.map { courses[$0] }
    }

    func pathwaysIndex() -> PathwaysIndexView {
        PathwaysIndexView(
            count: strings.count("counts.pathways", catalogue.pathways.count),
            pathways: catalogue.pathways.map { pathway in
                LinkView(title: pathway.title, href: links.to(SitePath.pathway(pathway.slug)), summary: pathway.summary,
                         meta: strings.count("counts.steps", pathway.steps.count))
            })
    }

    func pathway(_ pathway: Pathway) -> PathwayView {
        var groups: [LinkView] = []
        if case .some(let slugs) = pathway.groups {
            groups = slugs.compactMap { catalogue.group($0) }.map { LinkView(title: $0.title, href: links.to(SitePath.group($0.slug))) }
        }
        return PathwayView(
            title: pathway.title, summary: pathway.summary, bodyHTML: strings.bodyHTML(pathway.body), groups: groups,
            forEveryone: pathway.groups == .all,
            steps: pathway.steps.enumerated().map { index, step in
                StepView(number: index + 1, title: step.title, stage: step.stage.flatMap { catalogue.settings.stage($0)?.title },
                         summary: step.summary,
                         courses: step.courses.compactMap { catalogue.course($0.value) }.filter { !$0.draft }.map(card))
            })
    }

    func page(_ page: Page) -> PageView {
        PageView(title: page.title, summary: page.summary, bodyHTML: strings.bodyHTML(page.body))
    }
}
