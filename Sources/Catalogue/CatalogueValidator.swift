import Parallel

/// Checks that need the whole catalogue: duplicate codes, prerequisite loops, references to drafts,
/// and the warnings an editor should see before publishing.
///
/// The checks do not depend on today's date, so the same content gives the same diagnostics all year.
enum CatalogueValidator {
    /// `complete` is false when some files could not be read: checks that need every file then wait.
    static func validate(_ catalogue: Catalogue, complete: Bool = true) -> [Diagnostic] {
        var cache = ValidationCache()
        return validate(catalogue, complete: complete, cache: &cache, changed: nil)
    }

    /// Like `validate(_:complete:)`, with what each course's own checks found taken from `cache`
    /// unless its slug is in `changed` (nil: anything may have changed; `othersChanged`: a group,
    /// pathway or page file changed). The result is the same as without a cache.
    static func validate(_ catalogue: Catalogue, complete: Bool, cache: inout ValidationCache,
                         changed: Set<String>?, othersChanged: Bool = true) -> [Diagnostic] {
        cache.begin(catalogue, changed: changed, othersChanged: othersChanged)
        defer { cache.end() }
        var diagnostics: [Diagnostic] = []
        // When every course may have changed (a build), every whole-catalogue check runs: they are
        // made first, side by side on every core (`WholeChecks`), and taken from there below.
        let made = changed == nil ? WholeChecks(catalogue, complete: complete) : nil
        // A whole-catalogue check is run again only when a changed course's fields it reads changed.
        diagnostics += cache.kept(.codes, catalogue, unless: { old, new, _ in old.code != new.code }) {
            made?.codes ?? duplicateCodes(catalogue)
        }
        diagnostics += cache.copiedCourses(catalogue, changed: changed, made: made?.copies)
        // Without a loop, the order of the courses (their titles) cannot matter.
        diagnostics += cache.kept(.loops, catalogue, unless: { old, new, found in
            old.prerequisites != new.prerequisites || (!found.isEmpty && old.title != new.title)
        }) { made?.loops ?? prerequisiteLoops(catalogue) }
        diagnostics += cache.everyCourseWarnings(catalogue, changed: changed)
        // Counted on every validation, as the copies are: a save whose checks wait (an error) still changes them.
        let reach = cache.reach(catalogue, changed: changed, made: made?.reach)
        if complete {
            diagnostics += cache.kept(.drafts, catalogue, unless: { old, new, _ in
                old.draft != new.draft || old.prerequisites != new.prerequisites
            }) {
                made?.drafts ?? draftReferences(catalogue)
            }
            diagnostics += groupsWithoutCourses(catalogue, reach: reach)
            diagnostics += schoolsWithoutSessions(catalogue, reach: reach)
            diagnostics += cache.everyLinkError(catalogue, changed: changed)
        } else {
            cache.skipped()
        }
        return diagnostics
    }

    /// Each file that shares a code is told which other files use it: the editor may have copied
    /// either one, so both are named.
    fileprivate static func duplicateCodes(_ catalogue: Catalogue) -> [Diagnostic] {
        var byCode: [String: [Course]] = [:]
        for course in catalogue.courses where course.code != nil {
            byCode[course.code!.value.uppercased(), default: []].append(course)
        }
        var diagnostics: [Diagnostic] = []
        for (_, courses) in byCode where courses.count > 1 {
            for course in courses {
                let others = courses.filter { $0.slug != course.slug }.map(\.source.file).sorted()
                diagnostics.append(.error(.duplicateCode, at: course.code!.location, keyPath: "code",
                                          "the code '\(course.code!.value)' is also used by \(others.joined(separator: ", "))",
                                          suggestion: "give each course its own code (after copying a course file, change its code)"))
            }
        }
        return diagnostics
    }

    /// Depth-first search over prerequisites; each loop is reported once, at the course where it closes.
    ///
    /// The search keeps its own stack instead of recursing: a chain of thousands of courses, each
    /// requiring the next, would otherwise overflow the thread's stack.
    fileprivate static func prerequisiteLoops(_ catalogue: Catalogue) -> [Diagnostic] {
        enum Mark { case visiting, done }
        /// A course being visited and the index of the next prerequisite to look at.
        struct Frame {
            let course: Course
            var next = 0
        }
        var marks: [String: Mark] = [:]
        var diagnostics: [Diagnostic] = []
        var path: [String] = []
        var frames: [Frame] = []

        func enter(_ slug: String) {
            guard let course = catalogue.course(slug) else { return }
            marks[slug] = .visiting
            path.append(slug)
            frames.append(Frame(course: course))
        }
        for course in catalogue.courses where marks[course.slug] == nil {
            enter(course.slug)
            while let top = frames.indices.last {
                let prerequisites = frames[top].course.prerequisites
                guard frames[top].next < prerequisites.count else {
                    marks[frames[top].course.slug] = .done
                    path.removeLast()
                    frames.removeLast()
                    continue
                }
                let prerequisite = prerequisites[frames[top].next]
                frames[top].next += 1
                switch marks[prerequisite.value] {
                case .visiting?:
                    let start = path.firstIndex(of: prerequisite.value) ?? 0
                    let loop = PrerequisiteLoop.describe(Array(path[start...]) + [prerequisite.value])
                    diagnostics.append(.error(.prerequisiteLoop, at: prerequisite.location, keyPath: "prerequisites",
                                              "prerequisites go round in a loop: \(loop)",
                                              suggestion: "remove '\(prerequisite.value)' from this course's prerequisites"))
                case nil:
                    enter(prerequisite.value)
                case .done?:
                    break
                }
            }
        }
        return diagnostics
    }

    fileprivate static func draftReferences(_ catalogue: Catalogue) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for course in catalogue.courses where !course.draft {
            for prerequisite in course.prerequisites where catalogue.course(prerequisite.value)?.draft == true {
                diagnostics.append(.warning(.draftPrerequisite, at: prerequisite.location, keyPath: "prerequisites",
                                            "prerequisite '\(prerequisite.value)' is a draft, so it is shown without a link",
                                            suggestion: "publish it (draft: false) or remove it from prerequisites"))
            }
        }
        for pathway in catalogue.pathways {
            for (index, step) in pathway.steps.enumerated() {
                let published = step.courses.filter { catalogue.course($0.value)?.draft == false }
                for reference in step.courses where catalogue.course(reference.value)?.draft == true {
                    diagnostics.append(.warning(.draftInStep, at: reference.location, keyPath: "steps[\(index)].courses",
                                                "course '\(reference.value)' is a draft, so this step does not show it",
                                                suggestion: "publish the course (draft: false) or take it out of the step"))
                }
                if published.isEmpty {
                    diagnostics.append(.warning(.emptyStep, at: step.location, keyPath: "steps[\(index)]",
                                                "step '\(step.title)' has no published course",
                                                suggestion: "add courses: [course-name] to the step"))
                }
            }
        }
        return diagnostics
    }

    /// One course's own warnings: sessions outside the academic year, the same session twice, its only session full.
    static func sessionWarnings(_ course: Course, year: AcademicYear) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for session in course.sessions {
            // A cohort that starts in the year may go on into the next one (its later days are
            // kept by rollover); any other date outside the year is likely a mistyped year.
            let continues = session.days.count > 1 && year.contains(session.days[0])
            if let outside = session.days.first(where: { !year.contains($0) && !(continues && year.next.contains($0)) }) {
                diagnostics.append(.warning(.sessionOutsideYear, at: session.location, keyPath: "sessions",
                                            "\(outside.iso) is outside the academic year \(year) (\(year.firstDay.iso) to \(year.lastDay.iso))",
                                            suggestion: "check the year of the date, or the academic_year in site.yml"))
            }
        }
        diagnostics += duplicateSessions(course)
        let full = course.sessions.filter { $0.status == .full }
        let alternatives = course.sessions.filter { $0.status == .open || $0.status == .tbc }
        if let first = full.first, alternatives.isEmpty {
            diagnostics.append(.warning(.onlySessionFull, at: first.location, keyPath: "sessions",
                                        "the session on \(first.firstDay.iso) is full and the course has no other date",
                                        suggestion: "add another session so staff can still book"))
        }
        return diagnostics
    }

    private static func groupsWithoutCourses(_ catalogue: Catalogue, reach: PublishedReach) -> [Diagnostic] {
        guard reach.everyone == 0 else { return [] }
        return catalogue.groups.filter { reach.groups[$0.slug] == nil }.map {
            .warning(.groupWithoutCourses, at: SourceLocation(file: $0.source.file), "no published course is open to the group '\($0.title)'",
                     suggestion: "add '\($0.slug)' to the groups of the courses it may take")
        }
    }

    /// A school no published session's venue names: most often its name is spelt differently in site.yml.
    private static func schoolsWithoutSessions(_ catalogue: Catalogue, reach: PublishedReach) -> [Diagnostic] {
        let venues = reach.venues.keys
        // The places venues name before their first comma ("Castlegate School, Main Hall"): a misspelt
        // school in site.yml is found among them, and the fix is made there, not in every venue.
        // A place another school already names is that school's, not a misspelling of this one
        // ("School 04" is not "School 03" misspelt when both are in site.yml).
        let schools = catalogue.settings.schools
        let places = Set(venues.map { String($0.prefix { $0 != "," }).trimmingCharacters(in: .whitespaces) })
            .filter { place in !schools.contains { $0.hosts(venue: place) } }
        return schools.filter { school in !venues.contains { school.hosts(venue: $0) } }.map { school in
            let guess = Suggestion.didYouMean(school.name, in: places.sorted())
            return .warning(.schoolWithoutSessions, at: school.source, "no session's venue starts with the school's name '\(school.name)'",
                            suggestion: (guess.map { "\($0) " } ?? "")
                                + "correct the name in site.yml's schools: to the one the venues use, or remove the school if no session is held there")
        }
    }
}

/// The whole-catalogue checks of a validation that runs them all (`changed` nil), made side by side
/// on every core: the copied-course index's two halves, codes, loops, drafts and reach. One after
/// another on one core, they were a pause of a quarter of a second at 20,000 courses while the
/// other core waited; started apart in the background, the core that ran them left the other to
/// make the copied-course index alone.
private struct WholeChecks {
    var codes: [Diagnostic] = []
    var loops: [Diagnostic] = []
    var reach = PublishedReach()
    /// Only for a complete catalogue, as `validate` runs it.
    var drafts: [Diagnostic]?
    var copies = CopyIndex()

    private enum Job: Sendable {
        case codes, loops, reach, drafts, titles, summaries
    }

    private enum Made: Sendable {
        case diagnostics([Diagnostic])
        case reach(PublishedReach)
        case half(CopyIndex.Half)
    }

    init(_ catalogue: Catalogue, complete: Bool) {
        // The two halves of the copied-course index are the largest: first.
        let jobs: [Job] = [.titles, .summaries, .loops, .reach, .codes] + (complete ? [.drafts] : [])
        let results = jobs.parallelMap(oneByOne: true) { job -> Made in
            switch job {
            case .codes: return .diagnostics(CatalogueValidator.duplicateCodes(catalogue))
            case .loops: return .diagnostics(CatalogueValidator.prerequisiteLoops(catalogue))
            case .drafts: return .diagnostics(CatalogueValidator.draftReferences(catalogue))
            case .reach: return .reach(PublishedReach(catalogue))
            case .titles: return .half(CopyIndex.half(catalogue, titles: true))
            case .summaries: return .half(CopyIndex.half(catalogue, titles: false))
            }
        }
        var halves: [CopyIndex.Half] = []
        for (job, made) in zip(jobs, results) {
            switch (job, made) {
            case (.codes, .diagnostics(let found)): codes = found
            case (.loops, .diagnostics(let found)): loops = found
            case (.drafts, .diagnostics(let found)): drafts = found
            case (_, .reach(let found)): reach = found
            case (_, .half(let half)): halves.append(half)
            default: preconditionFailure("WholeChecks: \(job) made the wrong kind of result")
            }
        }
        copies = CopyIndex(halves: halves)
    }
}
