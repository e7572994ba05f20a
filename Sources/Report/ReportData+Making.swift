import Catalogue
import Uptake

extension ReportData {
    /// The report of `catalogue`'s published courses (never its drafts), with the form downloads'
    /// `uptake`, as on `today`.
    public init(catalogue: Catalogue, uptake: Uptake = .none, today: LocalDate) {
        let settings = catalogue.settings
        let courses = catalogue.publishedCourses
        self.today = today
        academicYear = settings.academicYear
        self.settings = settings.report
        groups = catalogue.groups.map { group in
            ReportData.offerRow(slug: group.slug, title: group.title, courses: catalogue.courses(openTo: group.slug),
                                settings: settings, today: today)
        }
        stages = settings.stages.map { stage in
            ReportData.offerRow(slug: stage.slug, title: stage.title, courses: courses.filter { $0.isFor(stage: stage.slug) },
                                settings: settings, today: today)
        }
        mandatory = courses.filter(\.mandatory).map { course in
            let groupCount: Int
            switch course.groups {
            case .all: groupCount = catalogue.groups.count
            case .some(let slugs): groupCount = Set(slugs).filter { catalogue.group($0) != nil }.count
            }
            return MandatoryRow(slug: course.slug, title: course.title, audience: course.mandatoryFor, renewalMonths: course.renewalMonths,
                                groups: groupCount, nextDate: ReportData.nextDateThisYear(course, today: today, year: settings.academicYear),
                                anyTime: ReportData.isAnyTime(course))
        }
        access = catalogue.groups.map { group in
            ReportData.accessRow(slug: group.slug, title: group.title, courses: catalogue.courses(openTo: group.slug),
                                 settings: settings, today: today)
        }
        schools = ReportData.schoolRows(courses, settings: settings, today: today)
        gaps = []
        sessions = []
        groupBookings = []
        strandFill = []
        evaluations = []
        files = uptake.files
        gaps = gapList(catalogue, today: today)
        addUptake(uptake, catalogue: catalogue)
    }

    /// Sessions of `course` still to come on `today`: not cancelled, starting on or after it.
    static func datesToCome(_ course: Course, today: LocalDate) -> [Session] {
        course.sessions.filter { $0.status != .cancelled && $0.firstDay >= today }
    }

    /// The first date to come of `course` within the academic year, or nil.
    static func nextDateThisYear(_ course: Course, today: LocalDate, year: AcademicYear) -> LocalDate? {
        datesToCome(course, today: today).map(\.firstDay).filter { $0 <= year.lastDay }.min()
    }

    static func offerRow(slug: String, title: String, courses: [Course], settings: SiteSettings, today: LocalDate) -> OfferRow {
        var row = OfferRow(slug: slug, title: title, courses: courses.count, datesToCome: 0, cpdHours: 0, withoutHours: 0,
                           mandatoryEveryone: 0, mandatoryNominated: 0, sustained: 0, free: 0, charged: 0, otherCost: 0, mandatorySlugs: [])
        for course in courses {
            row.datesToCome += datesToCome(course, today: today).count
            if let hours = course.cpdHours, hours > 0 { row.cpdHours += hours } else { row.withoutHours += 1 }
            switch course.requiredOf {
            case .everyone?: row.mandatoryEveryone += 1
            case .nominated?: row.mandatoryNominated += 1
            case nil: break
            }
            if course.mandatory { row.mandatorySlugs.append(course.slug) }
            if course.isSustained(in: settings) { row.sustained += 1 }
            switch CostToStaff(course) {
            case .free: row.free += 1
            case .charged: row.charged += 1
            case .inWords: row.otherCost += 1
            }
        }
        return row
    }

    /// When each date to come of `courses` is held.
    static func accessTime(_ session: Session, of course: Course, settings: SiteSettings) -> AccessTime {
        if course.format == .online || course.format == .selfStudy { return .online }
        return session.timeOfDay(in: settings).map(AccessTime.at) ?? .online
    }

    static func accessRow(slug: String, title: String, courses: [Course], settings: SiteSettings, today: LocalDate) -> AccessRow {
        var byTime = Dictionary(uniqueKeysWithValues: AccessTime.allCases.map { ($0, 0) })
        var total = 0
        for course in courses {
            for session in datesToCome(course, today: today) {
                byTime[accessTime(session, of: course, settings: settings), default: 0] += 1
                total += 1
            }
        }
        return AccessRow(slug: slug, title: title, datesToCome: total, byTime: byTime)
    }

    static func schoolRows(_ courses: [Course], settings: SiteSettings, today: LocalDate) -> [SchoolRow] {
        var counts: [String: Int] = [:]
        var elsewhere = 0
        for course in courses {
            for session in datesToCome(course, today: today) {
                if let school = settings.school(at: session.venue) { counts[school.name, default: 0] += 1 } else { elsewhere += 1 }
            }
        }
        return settings.schools.map { SchoolRow(school: $0.name, dates: counts[$0.name] ?? 0) } + [SchoolRow(school: nil, dates: elsewhere)]
    }
}

/// What a course costs the trust's own staff: nothing (no cost, £0, a trust price of £0, or words
/// that begin "Free" or "Funded"), a price, or other words.
enum CostToStaff: Equatable {
    case free, charged, inWords

    init(_ course: Course) {
        if let trust = course.costs.first(where: { $0.kind == .trust }) {
            self = CostToStaff(trust.cost)
        } else if let cost = course.cost {
            self = CostToStaff(cost)
        } else {
            self = .free
        }
    }

    init(_ cost: Cost) {
        switch cost {
        case .pence(let pence): self = pence == 0 ? .free : .charged
        case .text(let words):
            let lowered = words.lowercased()
            self = lowered.hasPrefix("free") || lowered.hasPrefix("funded") ? .free : .inWords
        }
    }
}
