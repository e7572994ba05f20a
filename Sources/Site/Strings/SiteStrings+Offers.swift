import Catalogue

/// How the newer content settings read: kinds of school, cohort days, recurring and untimed sessions.
extension SiteStrings {
    /// `Maintained schools`, `Academies`…
    func schoolKind(_ kind: SchoolKind) -> String { text("school_kinds." + kind.rawValue) }

    /// A session row's date: `Wed 14 Oct 2026`, or for a cohort its first and last day,
    /// `Tue 3 Oct 2026 to Tue 5 Dec 2026`, so the end date is never hidden.
    func rowDates(_ session: Session) -> String {
        if session.days.count == 1 { return shortDate(session.firstDay) }
        return text("dates.cohort_range", ["first": shortDate(session.firstDay), "last": shortDate(session.lastDay)])
    }

    /// Every meeting day of a cohort: `6 days: Tue 3 Oct, Tue 7 Nov … and Tue 5 Dec`.
    func cohortDays(_ session: Session) -> String {
        let parts = session.days.map { date("dates.weekday_day_month", $0) }
        let days = parts.count > 1
            ? text("dates.list", ["dates": parts.dropLast().joined(separator: ", "), "last": parts[parts.count - 1]]) : parts.first ?? ""
        return text("dates.cohort_days", ["count": String(session.days.count), "days": days])
    }

    /// `Every half-term: dates to be confirmed`, the editor's words with a capital first letter.
    func recurs(_ session: RecurringSession) -> String {
        text("dates.recurs", ["recurs": session.recurs.prefix(1).uppercased() + session.recurs.dropFirst()])
    }

    /// A session's time: its times, else `Any time, online, at your own pace` for an online or
    /// self-study course, else `Times to be confirmed` (never an empty cell).
    func sessionTime(_ session: Session, format: CourseFormat) -> String {
        let range = timeRange(session)
        if !range.isEmpty { return range }
        return text(format == .online || format == .selfStudy ? "course.any_time_online" : "course.times_to_be_confirmed")
    }
}
