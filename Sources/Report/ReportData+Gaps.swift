import Catalogue
import Uptake

extension ReportData {
    /// The gaps, in `Gap.Kind` order, each kind in the order of its rows elsewhere in the report.
    func gapList(_ catalogue: Catalogue, today: LocalDate) -> [Gap] {
        let fewest = settings.fewestOpportunities
        var gaps: [Gap] = []
        gaps += groups.filter { $0.courses < fewest }.map { Gap(kind: .thinGroup, subject: $0.slug, title: $0.title, count: $0.courses) }
        gaps += stages.filter { $0.courses < fewest }.map { Gap(kind: .thinStage, subject: $0.slug, title: $0.title, count: $0.courses) }
        let courses = catalogue.publishedCourses
        for course in courses where course.mandatory && !ReportData.isAnyTime(course)
            && ReportData.nextDateThisYear(course, today: today, year: academicYear) == nil {
            gaps.append(Gap(kind: .mandatoryWithoutDate, subject: course.slug, title: course.title))
        }
        var unconfirmed: [Gap.Kind: [Gap]] = [:]
        for course in courses {
            guard let kind = ReportData.unconfirmed(course, today: today) else { continue }
            unconfirmed[kind, default: []].append(Gap(kind: kind, subject: course.slug, title: course.title))
        }
        gaps += [Gap.Kind.noDates, .onlyToBeConfirmed, .recurringOnly].flatMap { unconfirmed[$0] ?? [] }
        for (strand, strandCourses) in catalogue.strands where !strandCourses.contains(where: { $0.isSustained(in: catalogue.settings) }) {
            gaps.append(Gap(kind: .strandWithoutSustained, subject: strand.title, title: strand.title))
        }
        for course in courses {
            for session in ReportData.datesToCome(course, today: today) where session.status == .full || session.placesLeft == 0 {
                gaps.append(Gap(kind: .fullDate, subject: course.slug, title: course.title, date: session.firstDay))
            }
        }
        return gaps
    }

    /// An online or self-study course with no dates: taken at any time, so never short of dates.
    static func isAnyTime(_ course: Course) -> Bool {
        (course.format == .online || course.format == .selfStudy) && course.sessions.isEmpty && course.recurring.isEmpty
    }

    /// Why a course's dates are still to be confirmed, or nil when it has a confirmed date to come
    /// (or needs none).
    static func unconfirmed(_ course: Course, today: LocalDate) -> Gap.Kind? {
        if isAnyTime(course) { return nil }
        let toCome = datesToCome(course, today: today)
        if toCome.contains(where: { $0.status != .tbc }) { return nil }
        if !toCome.isEmpty { return .onlyToBeConfirmed }
        if !course.recurring.isEmpty { return .recurringOnly }
        return course.sessions.isEmpty ? .noDates : nil
    }

    /// The sessions, group bookings and evaluations of `uptake`, for the published courses only.
    mutating func addUptake(_ uptake: Uptake, catalogue: Catalogue) {
        var byGroup: [String: Int] = [:]
        for booked in uptake.sessions.values {
            for (group, count) in booked.byGroup { byGroup[group, default: 0] += count }
        }
        // A row for every session the bookings cover, one each even when a course has two on one
        // day (the catalogue's own count, `Session.booked`), and those nobody booked: a board needs
        // the empty dates as much as the full ones.
        let anyBookings = uptake.hasBookings || !uptake.sessions.isEmpty
        for course in catalogue.publishedCourses {
            for session in course.sessions where session.status != .cancelled {
                let key = SessionKey(course: course.slug, firstDay: session.firstDay)
                let alone = course.sessions.count { $0.firstDay == session.firstDay } == 1
                guard let booked = session.booked ?? (alone ? uptake.sessions[key]?.booked : nil) ?? (anyBookings ? 0 : nil),
                      session.places != nil || booked > 0 else { continue }
                sessions.append(SessionRow(course: course.slug, title: course.title, date: session.firstDay, start: session.start,
                                           places: session.places, booked: booked,
                                           byGroup: alone ? uptake.sessions[key]?.byGroup ?? [:] : [:]))
            }
        }
        sessions.sort { ($0.title, $0.course, $0.date, $0.start.map { $0.hour * 60 + $0.minute } ?? -1)
            < ($1.title, $1.course, $1.date, $1.start.map { $0.hour * 60 + $0.minute } ?? -1) }
        var byStrand: [String: (places: Int, booked: Int)] = [:]
        for row in sessions {
            guard let places = row.places, places > 0, let strand = catalogue.course(row.course)?.strand else { continue }
            byStrand[strand, default: (0, 0)].places += places
            byStrand[strand, default: (0, 0)].booked += row.booked
        }
        strandFill = catalogue.strands.compactMap { entry in
            byStrand[entry.strand.title].map { StrandFillRow(strand: entry.strand.title, places: $0.places, booked: $0.booked) }
        }
        groupBookings = catalogue.groups.compactMap { group in
            byGroup[group.slug].map { GroupBookingRow(group: group.slug, title: group.title, booked: $0) }
        }
        let unknown = byGroup.filter { catalogue.group($0.key) == nil }.values.reduce(0, +)
        if unknown > 0 { groupBookings.append(GroupBookingRow(group: "", title: nil, booked: unknown)) }
        evaluations = uptake.evaluations.compactMap { slug, summary in
            guard let course = catalogue.course(slug), !course.draft else { return nil }
            return EvaluationRow(course: slug, title: course.title, summary: summary)
        }.sorted { ($0.title, $0.course) < ($1.title, $1.course) }
    }
}
