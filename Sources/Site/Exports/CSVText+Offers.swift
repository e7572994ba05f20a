import Catalogue

/// How the newer content settings read in a spreadsheet cell.
extension CSVText {
    /// The price, or each kind of school's: `Maintained schools: £60; Academies: £45`.
    static func cost(_ course: Course) -> String? {
        if course.costs.isEmpty { return course.cost?.description }
        return course.costs.map { "\(SiteStrings.english.schoolKind($0.kind)): \(SiteStrings.english.cost($0.cost))" }.joined(separator: "; ")
    }

    /// `Every half-term: dates to be confirmed, 16:00 to 17:00, Online (by invitation)`.
    static func recurring(_ session: RecurringSession) -> String {
        var parts = [SiteStrings.english.recurs(session)]
        let times = SiteStrings.english.timeRange(start: session.start, end: session.end)
        if !times.isEmpty { parts.append(times) }
        if let venue = session.venue { parts.append(venue) }
        return parts.joined(separator: ", ") + (session.invitation ? " (\(SiteStrings.english.status(.invitation).lowercased()))" : "")
    }
}
