import Catalogue

/// The printable brochure: every course on a few lines, each date still to come with its time, venue
/// and (when it is not simply open) its status in words, so the paper copy needs no screen.
extension ViewFactory {
    /// How to book, for the brochure's readers: staff on the intranet; partner schools on the partner
    /// edition (at its own address when it has one), since they cannot reach the intranet.
    func brochureBooking() -> String {
        let settings = catalogue.settings
        guard settings.booking != nil else { return strings.text("brochure.booking_by_email", ["contact": settings.contact]) }
        switch catalogue.edition {
        case .staff:
            // On paper the address is the only way to the site: give it when site.yml has it.
            if let url = settings.url { return strings.text("brochure.booking_staff_at", ["url": url, "contact": settings.contact]) }
            return strings.text("brochure.booking_staff", ["contact": settings.contact])
        case .partners:
            let place = settings.url.map { strings.text("brochure.partner_site", ["url": $0]) } ?? strings.text("brochure.partner_offer")
            return strings.text("brochure.booking_partners", ["place": place, "contact": settings.contact])
        }
    }

    /// The whole offer in print: each course with its dates still to come (cancelled ones marked). A
    /// large offer's brochure is in pages, in strand order; a strand cut by a page starts the next again.
    func brochure(page: Int = 1) -> BrochureView {
        let booking = brochureBooking()
        let strands = self.strands
        let total = catalogue.publishedCourses.count  // every published course is in one strand
        let pages = Pagination(page: page, pages: Pagination.pageCount(total, perPage: Pagination.brochureCoursesPerPage))
        let shown = Pagination.range(page: page, count: total, perPage: Pagination.brochureCoursesPerPage)
        var position = 0
        let entries: [(title: String, courses: [Course])] = strands.compactMap { entry in
            let start = position
            position += entry.courses.count
            let here = (start..<position).clamped(to: shown)
            return here.isEmpty ? nil : (entry.strand.title, Array(entry.courses[(here.lowerBound - start)..<(here.upperBound - start)]))
        }
        return BrochureView(
            count: strings.count("counts.courses", catalogue.publishedCourses.count),
            strands: entries.map { entry in
                BrochureStrandView(title: entry.title, courses: entry.courses.map { course in
                    let upcoming = course.sessions.filter { !$0.hasStarted(before: today) && $0.status != .cancelled }
                    // A day is said once, however many venues or sessions it has.
                    var days: [LocalDate] = []
                    for day in upcoming.map(\.firstDay).sorted() where days.last != day { days.append(day) }
                    let dates = days.isEmpty
                        ? strings.text(course.sessions.isEmpty ? (course.link != nil ? "brochure.any_time_online" : "course.dates_to_be_confirmed") : "brochure.no_more_dates")
                        : days.prefix(4).map { strings.dayAndMonth($0) }.joined(separator: ", ") + (days.count > 4 ? " …" : "")
                    let lines = brochureDates(course.sessions.filter { !$0.hasStarted(before: today) })
                    return BrochureCourseView(title: course.title, href: links.to(SitePath.course(course.slug)), code: course.code?.value,
                                              format: strings.format(course.format), dates: dates,
                                              sessions: Array(lines.prefix(Self.brochureDateLines)),
                                              moreDates: lines.count > Self.brochureDateLines
                                                  ? strings.count("brochure.more_dates", lines.count - Self.brochureDateLines) : nil)
                })
            },
            booking: booking, pagination: pagination(pages, base: SitePath.brochure))
    }

    /// How many of a course's dates the brochure lists; the rest are counted ("3 more dates").
    static let brochureDateLines = 4

    /// One line per date: sessions on the same day, at the same times and with the same status at
    /// several venues are one line naming each venue, so a day is said once.
    func brochureDates(_ sessions: [Session]) -> [BrochureDateView] {
        var lines: [BrochureDateView] = []
        var keys: [String] = []
        for session in sessions.sorted(by: { ($0.firstDay, $0.start?.description ?? "") < ($1.firstDay, $1.start?.description ?? "") }) {
            // On paper a cohort's days are all named ("6 days: Thu 21 Jan, Thu 4 Feb … and Thu 1 Jul"): a
            // first-to-last range would read as six months of attendance.
            let date = session.days.count == 1 ? strings.date("dates.weekday_day_month", session.firstDay) : strings.cohortDays(session)
            let time = strings.timeRange(session)
            let key = [date, time, session.status.rawValue].joined(separator: "|")
            if let index = keys.firstIndex(of: key) {
                if let venue = session.venue, !lines[index].venues.contains(venue) { lines[index].venues.append(venue) }
                continue
            }
            keys.append(key)
            lines.append(BrochureDateView(date: date, time: time, venues: session.venue.map { [$0] } ?? [],
                                          status: session.status == .open ? nil : strings.status(session.status),
                                          cancelled: session.status == .cancelled))
        }
        return lines
    }
}
