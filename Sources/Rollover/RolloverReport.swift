import Catalogue

/// What a rollover did, for the editor: files, courses, sessions, settings changed, and what to do next.
public struct RolloverReport: Sendable {
    /// The year the content was for, and the year it is now for.
    public var from: AcademicYear
    public var to: AcademicYear
    /// The content folder as the editor named it (`Content`).
    public var contentDisplay: String
    /// Where the new content is (`Content-2027-28`, or the content folder when in place).
    public var destinationDisplay: String
    /// True when the content folder itself was changed.
    public var inPlace: Bool
    /// True when nothing was written.
    public var dryRun: Bool
    /// Files copied into the new folder (0 in place).
    public var filesCopied: Int
    /// Files whose text changed, by path inside the content folder.
    public var filesChanged: [String]
    /// Every course, with what happened to its sessions.
    public var courses: [RolloverCourse]
    /// The settings of site.yml that changed, in the order they are written.
    public var settings: [RolloverSettingChange]
    /// Things to check that no setting change says (an `offer` that names no year).
    public var notes: [String]
    /// Every line that still names the old year (in titles, summaries, descriptions, pathways,
    /// groups, pages, site.yml), for the editor to check.
    public var mentions: [RolloverMention]
    /// Warnings `prospectus check` will show for the new content.
    public var warnings: Int
    /// The day of the rollover: days taken out from this day on were still to come.
    public var today: LocalDate

    /// Sessions taken out of every course together.
    public var sessionsRemoved: Int { courses.reduce(0) { $0 + $1.sessionsRemoved } }
    /// Courses with no dates now: staff see "dates to be confirmed".
    public var coursesToBeConfirmed: [RolloverCourse] { courses.filter(\.datesToBeConfirmed) }

    /// The report as printed by `prospectus rollover`.
    public var text: String {
        var lines: [String] = []
        let destination = destinationDisplay
        if dryRun {
            lines.append(inPlace
                ? "Dry run: \(contentDisplay) (\(from)) would be rolled over to \(to) in place. Nothing was written."
                : "Dry run: \(contentDisplay) (\(from)) would be rolled over to \(to) in \(destination). Nothing was written.")
        } else {
            lines.append(inPlace
                ? "Rolled over \(contentDisplay) from \(from) to \(to), in place."
                : "Rolled over \(contentDisplay) (\(from)) to \(to) in \(destination). \(contentDisplay) was not changed.")
        }
        lines.append("")
        let courseFiles = filesChanged.filter { $0 != "site.yml" }.count
        let changedParts = (filesChanged.contains("site.yml") ? ["site.yml"] : []) + (courseFiles > 0 ? ["\(courseFiles) course \(courseFiles == 1 ? "file" : "files")"] : [])
        var rows: [(String, String)] = []
        if !inPlace { rows.append(("files copied", "\(filesCopied)")) }
        rows.append(("files changed", "\(filesChanged.count)" + (changedParts.isEmpty ? "" : "  (\(changedParts.joined(separator: " and ")))")))
        rows.append(("courses kept", "\(courses.count)  (every course, under the same file names)"))
        let emptied = courses.filter { $0.sessionsRemoved > 0 }.count
        let stillToCome = upcoming.count
        rows.append(("sessions removed", "\(sessionsRemoved)" + (emptied > 0 ? "  (from \(emptied) \(emptied == 1 ? "course" : "courses"): every session held wholly before \(to.firstDay.shortText))" : "")))
        if stillToCome > 0 { rows.append(("still to come", "\(RolloverReport.dates(stillToCome)) taken out had not happened yet: see below")) }
        let tbc = coursesToBeConfirmed.count
        rows.append(("dates to be confirmed", "\(tbc) \(tbc == 1 ? "course" : "courses")" + (tbc == courses.count && tbc > 0 ? "  (every course)" : "")))
        lines += table(rows)

        if !settings.isEmpty {
            lines.append("")
            lines.append("Settings changed in \(destination)/site.yml:")
            lines += table(settings.map { ($0.setting, "\($0.old) → \($0.new)" + ($0.note.map { "  (\($0))" } ?? "")) })
        }
        for note in notes { lines.append("  note: \(note)") }

        for section in [upcomingLines, trimmedCohortLines] where !section.isEmpty {
            lines.append("")
            lines += section
        }

        let keeping = courses.filter { $0.sessionsKept > 0 && $0.problem == nil }
        if !keeping.isEmpty {
            lines.append("")
            lines.append("Courses keeping sessions already dated in \(to) or later:")
            for course in keeping { lines.append("  \(destination)/\(course.path): \(course.sessionsKept) kept, \(course.sessionsRemoved) removed") }
        }
        let problems = courses.filter { $0.problem != nil }
        if !problems.isEmpty {
            lines.append("")
            lines.append("Past sessions NOT removed (take them out by hand):")
            for course in problems { lines.append("  \(destination)/\(course.path): \(course.problem!)") }
        }
        if !mentions.isEmpty {
            lines.append("")
            lines.append("Text that still names \(from) (check whether it should now say \(to)):")
            for mention in mentions { lines.append("  \(mention)") }
        }

        lines.append("")
        lines.append("Next steps:")
        var steps: [String] = []
        if settings.contains(where: { $0.setting.hasPrefix("terms") }) {
            steps.append("Check the term dates in \(destination)/site.yml against the \(to) term dates your schools publish.")
        }
        if settings.contains(where: { $0.setting == "training_days" }) {
            steps.append("Set training_days (the INSET days of \(to)) in \(destination)/site.yml.")
        }
        steps.append("Add the new dates to each course under sessions: (until then staff see \"dates to be confirmed\").")
        // Run from inside the content folder (--content .), the theme is not there (nor should the
        // site be): the commands run from the folder above, which holds the new folder too.
        let insideContent = contentDisplay == "." || contentDisplay == "./"
        let fromAbove = insideContent && destination.hasPrefix("../") && !destination.dropFirst(3).contains("..")
        let shownDestination = fromAbove ? String(destination.dropFirst(3)) : destination
        let run = fromAbove ? "cd .. && prospectus" : "prospectus"
        let content = shownDestination == "Content" ? "" : " --content \(ShellWord.quoted(shownDestination))"
        steps.append("Run \(run) check\(content)" + (warnings > 0 ? " (it has \(warnings) \(warnings == 1 ? "warning" : "warnings") to read)." : "."))
        if !inPlace {
            let wait = upcoming.map(\.day).max().map { ", and not before \($0.adding(days: 1).iso) (dates still to come are listed above)" } ?? ""
            // The content folder named "." is the folder the command runs in, which cannot be renamed from inside it.
            let rename = insideContent ? "" : ", or rename \(destination) to \(contentDisplay) (keep the old folder as an archive)"
            steps.append("When the new offer is ready\(wait), build it with \(run) build\(content)\(rename).")
        }
        for (number, step) in steps.enumerated() { lines.append("  \(number + 1). \(step)") }
        return lines.joined(separator: "\n")
    }

    private func table(_ rows: [(String, String)]) -> [String] {
        let width = rows.map(\.0.count).max() ?? 0
        return rows.map { "  " + $0.0 + String(repeating: " ", count: width - $0.0.count + 2) + $0.1 }
    }
}
