@testable import Catalogue
import Foundation
import Testing

/// The valid fixture loaded into the model: what an editor's content turns into.
@Suite("Loading the valid fixture")
struct ValidFixtureTests {
    let result = Fixtures.load("valid")

    func catalogue() throws -> Catalogue { try #require(result.catalogue) }

    @Test("loads with no diagnostics at all, counting every file")
    func noDiagnostics() throws {
        #expect(result.diagnostics.map(\.summary) == [])
        #expect(result.catalogue != nil)
        // site.yml + index.md + 4 groups + 7 courses + 2 pathways + 1 page
        #expect(result.fileCount == 16)
    }

    @Test("site settings are read")
    func settings() throws {
        let settings = try catalogue().settings
        #expect(settings.title == "Testbridge Learning Trust")
        #expect(settings.offer == "CPD Offer 2026/27")
        #expect(settings.academicYear == AcademicYear(startYear: 2026))
        #expect(settings.contact == "cpd@testbridge.example")
        #expect(settings.timezone == "Europe/London")
        #expect(settings.url == nil)
        #expect(settings.stages.map(\.slug) == ["induction", "early-career", "leadership"])
        #expect(settings.stage("early-career")?.title == "Early career")
        #expect(settings.booking?.uses("title") == true)
        #expect(settings.feedback?.description == "https://forms.testbridge.example/evaluate?course={code}")
        #expect(settings.familiesDeclared)
        #expect(settings.strandsDeclared)
    }

    @Test("default terms: Autumn 1 Sep, Spring the first weekday after New Year, Summer 15 Apr")
    func defaultTerms() throws {
        let settings = try catalogue().settings
        #expect(settings.terms.map(\.name) == ["Autumn", "Spring", "Summer"])
        // 2 January 2027 is a Saturday, so Spring starts on Monday 4 January.
        #expect(settings.terms.map(\.starts.iso) == ["2026-09-01", "2027-01-04", "2027-04-15"])
        #expect(settings.term(of: LocalDate(year: 2027, month: 2, day: 10)!)?.name == "Spring")
        #expect(settings.term(of: LocalDate(year: 2026, month: 8, day: 31)!) == nil)
    }

    @Test("counts of every kind; the draft is loaded but not published")
    func counts() throws {
        let catalogue = try catalogue()
        #expect(catalogue.groups.count == 4)
        #expect(catalogue.courses.count == 7)
        #expect(catalogue.publishedCourses.count == 6)
        #expect(catalogue.pathways.count == 2)
        #expect(catalogue.pages.count == 1)
        #expect(catalogue.course("leading-teams")?.draft == true)
        #expect(!catalogue.publishedCourses.contains { $0.slug == "leading-teams" })
        #expect(!catalogue.home.isEmpty)
        #expect(catalogue.home.html.contains("<strong>Testbridge</strong>"))
    }

    @Test("courses are ordered by title, not by slug or file")
    func courseOrder() throws {
        #expect(try catalogue().courses.map(\.slug) == [
            "behaviour-essentials",   // Behaviour & Routines — the Café Approach
            "coaching-conversations", // Coaching Conversations
            "ect-programme",          // Early Career Programme
            "first-aid",              // First Aid at Work
            "leading-teams",          // Leading Teams (draft)
            "phonics-for-tas",        // Phonics for Teaching Assistants
            "annual-safeguarding",    // Safeguarding Annual Update
        ])
    }

    @Test("groups are ordered by declared family, then order, then title")
    func groupOrder() throws {
        let catalogue = try catalogue()
        // families: [Teachers, Support staff, Leaders] — not alphabetical; Early Career Teachers has order 1.
        #expect(catalogue.groups.map(\.slug) == ["early-career-teachers", "teachers", "teaching-assistants", "middle-leaders"])
        #expect(catalogue.families.map(\.name) == ["Teachers", "Support staff", "Leaders"])
        #expect(catalogue.families.map { $0.groups.map(\.slug) } == [
            ["early-career-teachers", "teachers"], ["teaching-assistants"], ["middle-leaders"],
        ])
    }

    @Test("strands follow site.yml and list published courses only")
    func strandOrder() throws {
        let strands = try catalogue().strands
        #expect(strands.map(\.strand.title) == ["Mandatory training", "Teaching and learning", "Leadership"])
        #expect(strands.map(\.strand.summary) == ["Statutory and required training.", "Everyday classroom practice.", nil])
        #expect(strands.map { $0.courses.map(\.slug) } == [
            ["first-aid", "annual-safeguarding"],
            ["behaviour-essentials", "ect-programme", "phonics-for-tas"],
            ["coaching-conversations"],  // leading-teams is a draft
        ])
        #expect(strands.map(\.strand.slug) == ["mandatory-training", "teaching-and-learning", "leadership"])
    }

    @Test("pathways are ordered by their order, then title; pages by order")
    func pathwayAndPageOrder() throws {
        let catalogue = try catalogue()
        #expect(catalogue.pathways.map(\.slug) == ["leading-people", "early-career"])
        #expect(catalogue.pathways.map(\.order) == [1, 2])
        #expect(catalogue.pages.map(\.slug) == ["how-to-book"])
        #expect(catalogue.pages.first?.summary == "Booking, cancelling and cover.")
    }

    @Test("a course for all groups is open to every group")
    func allEligibility() throws {
        let catalogue = try catalogue()
        #expect(catalogue.course("annual-safeguarding")?.groups == .all)
        for group in catalogue.groups {
            #expect(catalogue.courses(openTo: group.slug).contains { $0.slug == "annual-safeguarding" }, "\(group.slug)")
        }
        // …even a group slug the course has never heard of.
        #expect(catalogue.course("annual-safeguarding")?.isOpen(to: "someone-new") == true)
    }

    @Test("courses(openTo:) lists exactly the published courses open to a group", arguments: [
        ("teachers", ["behaviour-essentials", "coaching-conversations", "first-aid", "annual-safeguarding"]),
        ("early-career-teachers", ["behaviour-essentials", "ect-programme", "annual-safeguarding"]),
        ("teaching-assistants", ["first-aid", "phonics-for-tas", "annual-safeguarding"]),
        ("middle-leaders", ["coaching-conversations", "annual-safeguarding"]),  // not the draft leading-teams
    ])
    func coursesOpenTo(group: String, expected: [String]) throws {
        #expect(try catalogue().courses(openTo: group).map(\.slug) == expected)
    }

    @Test("courses(openTo:) agrees with a pass over every course, for a group named twice and an unknown group")
    func coursesOpenToIndex() throws {
        let loaded = try catalogue()
        var courses = loaded.courses
        let twice = try #require(courses.firstIndex { $0.slug == "first-aid" })
        courses[twice].groups = .some(["teachers", "teachers", "teaching-assistants", "not-a-group"])
        let catalogue = Catalogue(settings: loaded.settings, home: loaded.home, groups: loaded.groups, courses: courses,
                                  pathways: loaded.pathways, pages: loaded.pages)
        for group in catalogue.groups.map(\.slug) + ["not-a-group", "nobody"] {
            let expected = catalogue.courses.filter { !$0.draft && $0.isOpen(to: group) }.map(\.slug)
            #expect(catalogue.courses(openTo: group).map(\.slug) == expected, "\(group)")
        }
        #expect(catalogue.courses(openTo: "teachers").filter { $0.slug == "first-aid" }.count == 1)
        #expect(catalogue.courses(openTo: "not-a-group").map(\.slug) == ["first-aid", "annual-safeguarding"])
    }

    @Test("pathways(for:) includes pathways for all groups")
    func pathwaysForGroup() throws {
        let catalogue = try catalogue()
        #expect(catalogue.pathways(for: "early-career-teachers").map(\.slug) == ["leading-people", "early-career"])
        #expect(catalogue.pathways(for: "teaching-assistants").map(\.slug) == ["leading-people"])
    }

    @Test("a course that names no stage is for every stage")
    func stagesOmittedMeansEveryStage() throws {
        let catalogue = try catalogue()
        let safeguarding = try #require(catalogue.course("annual-safeguarding"))
        #expect(safeguarding.stages.isEmpty)
        for stage in catalogue.settings.stages { #expect(safeguarding.isFor(stage: stage.slug)) }
        let firstAid = try #require(catalogue.course("first-aid"))
        #expect(firstAid.stages == ["induction"])
        #expect(firstAid.isFor(stage: "induction"))
        #expect(!firstAid.isFor(stage: "leadership"))
    }

    @Test("course fields are typed: code, hours, cost, mandatory, renewal, format, booking override")
    func courseFields() throws {
        let catalogue = try catalogue()
        let safeguarding = try #require(catalogue.course("annual-safeguarding"))
        #expect(safeguarding.code?.value == "SG-101")
        #expect(safeguarding.code?.location.file == "Content/courses/mandatory/annual-safeguarding.md")
        #expect(safeguarding.code?.location.line == 3)
        #expect(safeguarding.cpdHours == 1.5)
        #expect(safeguarding.mandatory)
        #expect(safeguarding.renewalMonths == 12)
        #expect(safeguarding.cost == .text("Free to trust staff"))
        #expect(safeguarding.format == .faceToFace)
        #expect(safeguarding.body.html.contains("everyone"))

        let firstAid = try #require(catalogue.course("first-aid"))
        #expect(firstAid.cost == .pence(4500))
        #expect(firstAid.cost?.description == "£45")
        #expect(firstAid.renewalMonths == 36)
        #expect(firstAid.reference == "FA-201")

        let programme = try #require(catalogue.course("ect-programme"))
        #expect(programme.code == nil)
        #expect(programme.reference == "ect-programme")  // the slug stands in for a missing code
        #expect(!programme.mandatory)
        #expect(programme.format == .blended)

        let coaching = try #require(catalogue.course("coaching-conversations"))
        #expect(coaching.format == .coaching)
        #expect(coaching.booking?.description == "mailto:coaching@testbridge.example?subject=Booking {title} on {date}")
        #expect(catalogue.course("first-aid")?.booking == nil)
    }

    @Test("a prerequisite keeps the place it was written")
    func prerequisites() throws {
        let coaching = try #require(try catalogue().course("coaching-conversations"))
        #expect(coaching.prerequisites.map(\.value) == ["behaviour-essentials"])
        let location = try #require(coaching.prerequisites.first?.location)
        #expect(location.file == "Content/courses/coaching-conversations.md")
        #expect(location.line == 9)
        #expect(location.column == 17)
        #expect(location.lineText == "prerequisites: [behaviour-essentials]")
    }

    @Test("sessions: single days, a cohort on several days, statuses and places")
    func sessions() throws {
        let catalogue = try catalogue()
        let firstAid = try #require(catalogue.course("first-aid"))
        #expect(firstAid.sessions.map(\.status) == [.full, .open])
        #expect(firstAid.sessions[1].places == 12)
        #expect(firstAid.sessions[1].placesLeft == 3)
        #expect(firstAid.sessions[1].start?.description == "09:00")
        #expect(firstAid.sessions[1].end?.description == "16:00")
        #expect(firstAid.sessions[1].venue == "Riverside School")
        #expect(firstAid.sessions[1].location.line == 18)

        let programme = try #require(catalogue.course("ect-programme"))
        let cohort = try #require(programme.sessions.first)
        #expect(programme.sessions.count == 1)
        #expect(cohort.days.map(\.iso) == ["2026-11-04", "2026-11-18", "2026-12-02"])
        #expect(cohort.firstDay.iso == "2026-11-04")
        #expect(cohort.lastDay.iso == "2026-12-02")

        let behaviour = try #require(catalogue.course("behaviour-essentials"))
        #expect(behaviour.sessions.map(\.status) == [.cancelled, .open])
        #expect(catalogue.course("phonics-for-tas")?.sessions.isEmpty == true)
        #expect(catalogue.course("coaching-conversations")?.sessions.map(\.status) == [.closed, .open])
    }

    @Test("next session skips cancelled and past sessions")
    func nextSession() throws {
        let behaviour = try #require(try catalogue().course("behaviour-essentials"))
        let start = LocalDate(year: 2026, month: 9, day: 1)!
        #expect(behaviour.nextSession(onOrAfter: start)?.firstDay.iso == "2026-10-14")  // 23 Sep is cancelled
        #expect(behaviour.nextSession(onOrAfter: LocalDate(year: 2026, month: 10, day: 14)!)?.firstDay.iso == "2026-10-14")
        #expect(behaviour.nextSession(onOrAfter: LocalDate(year: 2026, month: 10, day: 15)!) == nil)
    }

    @Test("bookability: open and not yet started; the day itself still counts")
    func bookability() throws {
        let firstAid = try #require(try catalogue().course("first-aid"))
        let full = firstAid.sessions[0], open = firstAid.sessions[1]
        let day = LocalDate(year: 2027, month: 2, day: 10)!
        #expect(!full.isBookable(on: LocalDate(year: 2026, month: 9, day: 1)!))
        #expect(open.isBookable(on: day.adding(days: -1)))
        #expect(open.isBookable(on: day))
        #expect(!open.isBookable(on: day.adding(days: 1)))
        #expect(open.hasStarted(before: day.adding(days: 1)))
    }

    @Test("a file in a sub-folder keeps its file name as slug and its path in locations")
    func nestedFiles() throws {
        let firstAid = try #require(try catalogue().course("first-aid"))
        #expect(firstAid.source.file == "Content/courses/mandatory/first-aid.md")
        #expect(firstAid.source.line == 1)
    }
}
