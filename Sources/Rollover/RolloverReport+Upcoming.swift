import Catalogue

/// The parts of a rollover's report about days it took out that had not happened yet, and about
/// cohorts that go on into the new year: listed by course and date, never only counted.
extension RolloverReport {
    /// Days taken out that had not happened yet on `today`, course by course, in date order within each.
    public var upcoming: [RolloverUpcomingDate] { courses.flatMap { $0.upcoming(on: today) } }

    /// Lines for the days still to come, with what to do about them (empty when there are none).
    var upcomingLines: [String] {
        let upcoming = upcoming
        guard let last = upcoming.map(\.day).max() else { return [] }
        var lines = ["Sessions still to come that \(dryRun ? "would be" : "were") taken out (today is \(today.iso)):"]
        lines += RolloverReport.byCourse(upcoming, in: contentDisplay)
        let these = "These \(RolloverReport.dates(upcoming.count)) \(upcoming.count == 1 ? "is" : "are") still to come"
        if !inPlace {
            lines.append("  \(these): publish the rolled-over offer after \(last.iso), or keep them by going on building from \(contentDisplay) (which still has them) until then.")
        } else if dryRun {
            lines.append("  \(these): a rollover in place would be refused. Roll over into a new folder instead (leave out --in-place) and publish it after \(last.iso), or add --remove-upcoming to take them out anyway.")
        } else {
            lines.append("  \(these), and are no longer in \(contentDisplay) (--remove-upcoming): the next build takes them off the published site.")
        }
        return lines
    }

    /// Lines for cohorts kept in the new year with their old-year days taken out.
    var trimmedCohortLines: [String] {
        let trimmed = courses.flatMap { course in course.trimmedCohorts.map { (course.path, $0) } }
        guard !trimmed.isEmpty else { return [] }
        var lines = ["Cohorts that go on into \(to), kept with their days before \(to.firstDay.iso) taken out:"]
        for (path, cohort) in trimmed {
            lines.append("  \(destinationDisplay)/\(path): took out \(cohort.days.map(\.iso).joined(separator: ", ")); kept \(cohort.keptDays.map(\.iso).joined(separator: ", "))")
        }
        return lines
    }

    /// `  Content/courses/first-aid.md: 2027-07-22, 2027-08-24`, a line a course, named in the content
    /// folder (the dates are still there unless it was rolled over in place).
    static func byCourse(_ upcoming: [RolloverUpcomingDate], in content: String) -> [String] {
        var lines: [String] = []
        var index = upcoming.startIndex
        while index < upcoming.endIndex {
            let path = upcoming[index].path
            let end = upcoming[index...].firstIndex { $0.path != path } ?? upcoming.endIndex
            let days = upcoming[index..<end].map { $0.day.iso + ($0.fromCohortKept ? " (a day of a cohort kept in the new year)" : "") }
            lines.append("  \(content)/\(path): \(days.joined(separator: ", "))")
            index = end
        }
        return lines
    }

    static func dates(_ count: Int) -> String { "\(count) \(count == 1 ? "date" : "dates")" }
}

extension RolloverError {
    /// An in-place rollover that would take out days still to come: the next build would take them
    /// off the published site, so it needs the editor to say so (`--remove-upcoming`).
    static func upcomingInPlace(_ upcoming: [RolloverUpcomingDate], content: String, today: LocalDate) -> RolloverError {
        let last = upcoming.map(\.day).max() ?? today
        let lines = ["rolling over \(content) in place would take out \(RolloverReport.dates(upcoming.count)) still to come (today is \(today.iso)), and the next build would take them off the published site; nothing was written:"]
            + RolloverReport.byCourse(upcoming, in: content)
        return RolloverError(
            message: lines.joined(separator: "\n"),
            suggestion: "roll over into a new folder instead (leave out --in-place), keep building from \(content) and publish the new folder after \(last.iso); or roll over in place after \(last.iso); or add --remove-upcoming to take them out now")
    }
}
