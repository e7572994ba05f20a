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
        for (key, booked) in uptake.sessions.sorted(by: { $0.key < $1.key }) {
            guard let course = catalogue.course(key.course), !course.draft else { continue }
            let session = course.sessions.first { $0.firstDay == key.firstDay }
            sessions.append(SessionRow(course: course.slug, title: course.title, date: key.firstDay, places: session?.places,
                                       booked: booked.booked, byGroup: booked.byGroup))
            for (group, count) in booked.byGroup { byGroup[group, default: 0] += count }
        }
        sessions.sort { ($0.title, $0.course, $0.date) < ($1.title, $1.course, $1.date) }
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
