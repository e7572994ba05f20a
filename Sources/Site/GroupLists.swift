import Catalogue

/// A staff group's courses for one stage (or for every stage), in full, in pages: what a long group
/// page links to from each stage's first few courses. At `groups/<group>/stages/<stage>.html` and
/// `groups/<group>/every-stage.html`, then `…/page/2.html` (see `Pagination`).
enum GroupLists {
    /// A group page lists every course while it has at most `Pagination.coursesPerPage` courses
    /// outside its required training; past that, each stage shows this many and links to its list.
    static let preview = 6
    /// The subject's stage part for the courses for every stage (not a slug: a slug has letters).
    static let everyStage = "-"

    /// Whether the group's page shows only the first courses of each stage.
    static func isLong(_ optional: [Course]) -> Bool { isLong(count: optional.count) }
    static func isLong(count: Int) -> Bool { count > Pagination.coursesPerPage }

    /// The address of the list of `group`'s courses for `stage` (or `everyStage`).
    static func path(group: String, stage: String) -> String {
        stage == everyStage ? "groups/\(group)/every-stage.html" : "groups/\(group)/stages/\(stage).html"
    }

    /// The group's courses outside its required training (in the partner edition, all of them).
    static func optional(_ catalogue: Catalogue, group: String) -> [Course] {
        let open = catalogue.courses(openTo: group)
        return SitePlan.hasRequiredGrid(catalogue) ? open.filter { !$0.mandatory } : open
    }

    /// Of those, the ones for `stage`, or for every stage.
    static func courses(_ optional: [Course], stage: String) -> [Course] {
        stage == everyStage ? optional.filter { $0.stages.isEmpty } : optional.filter { $0.stages.contains(stage) }
    }

    /// `courses(_:stage:)` for each stage of the offer and for every stage, by stage, from one `optional`.
    static func byStage(_ catalogue: Catalogue, group: String) -> [String: [Course]] {
        let optional = optional(catalogue, group: group)
        var lists: [String: [Course]] = [:]
        for stage in catalogue.settings.stages.map(\.slug) + [everyStage] where lists[stage] == nil {
            lists[stage] = courses(optional, stage: stage)
        }
        return lists
    }

    /// Every list page of every long group page: "group/stage", "group/stage/2"…
    /// The courses are counted as `optional` and `courses(_:stage:)` would list them, not copied into
    /// lists: the preview plans these pages on every save.
    static func subjects(_ catalogue: Catalogue) -> [String] {
        let requiredGrid = SitePlan.hasRequiredGrid(catalogue)
        let stages = catalogue.settings.stages.map(\.slug) + [everyStage]
        return catalogue.groups.flatMap { group -> [String] in
            var optional = 0, counts = [Int](repeating: 0, count: stages.count)
            catalogue.forEachCourse(openTo: group.slug) { course in
                guard !(requiredGrid && course.mandatory) else { return }
                optional += 1
                for (index, stage) in stages.enumerated()
                where stage == everyStage ? course.stages.isEmpty : course.stages.contains(stage) { counts[index] += 1 }
            }
            guard isLong(count: optional) else { return [] }
            return zip(stages, counts).flatMap { stage, count -> [String] in
                guard count > preview else { return [] }
                return Pagination.subjects(group.slug + "/" + stage, pages: Pagination.pageCount(count, perPage: Pagination.coursesPerPage))
            }
        }
    }

    /// A subject's group, stage and page.
    static func split(_ subject: String) -> (group: String, stage: String, page: Int) {
        let (list, page) = Pagination.split(subject)
        let parts = list.split(separator: "/", maxSplits: 1).map(String.init)
        return (parts[0], parts.count > 1 ? parts[1] : everyStage, page)
    }
}

extension ViewFactory {
    /// Page `page` of a staff group's courses for a stage (or every stage).
    func groupList(_ group: StaffGroup, stage: String, page: Int) -> GroupListView {
        let courses = groupListCourses(group.slug, stage: stage)
        let base = GroupLists.path(group: group.slug, stage: stage)
        let pages = Pagination(page: page, pages: Pagination.pageCount(courses.count, perPage: Pagination.coursesPerPage))
        return GroupListView(
            group: group.title, groupHref: links.to(SitePath.group(group.slug)),
            title: GroupLists.title(stage, catalogue, strings), count: strings.count("counts.courses", courses.count),
            courses: courses[Pagination.range(page: page, count: courses.count, perPage: Pagination.coursesPerPage)].map(card),
            pagination: pagination(pages, base: base))
    }
}

extension GroupLists {
    /// A list's title: the stage's, or "For every stage".
    static func title(_ stage: String, _ catalogue: Catalogue, _ strings: SiteStrings) -> String {
        stage == everyStage ? strings.text("group.every_stage") : catalogue.settings.stage(stage)?.title ?? stage
    }
}
