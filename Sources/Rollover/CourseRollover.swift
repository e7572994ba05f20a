import Catalogue
import Foundation
import Yams

/// Takes a course's old-year sessions out of its file, as text.
///
/// When every session started before the new year (the usual case) the whole `sessions:` block goes,
/// from its key line to the line before the next setting, and a one-line comment marks where the new
/// dates go. Sessions already dated in the new year stay: then only the past items of the list are
/// taken out, each from its `-` line to the line before the next item. A cohort whose `days` go on
/// into the new year stays, with only its old-year days taken out of its list.
enum CourseRollover {
    static func run(data: Data, slug: String, path: String, to year: AcademicYear) -> (RolloverCourse, Data?) {
        var course = RolloverCourse(slug: slug, path: path)
        var text = EditableText(data)
        guard let layout = YAMLLayout(text, path: path, frontMatter: true) else {
            // The content was checked before the rollover, so this is a file written in `{ … }`.
            let firstSetting = (2...max(2, text.lineCount)).lazy.map { text.line($0) }.first { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            course.problem = firstSetting?.trimmingCharacters(in: .whitespaces).hasPrefix("{") == true
                ? "its settings are written in { } rather than one per line, so its past dates could not be taken out one by one; "
                    + "take them out by hand, or write the settings one per line and roll over again"
                : "its settings could not be read"
            return (course, nil)
        }
        guard let value = layout.root["sessions"], case .sequence(let sequence) = value, !sequence.isEmpty,
              let block = layout.block(of: "sessions", in: text) else {
            return (course, nil)
        }
        let items = Array(sequence)
        let dayLists = items.map(days(of:))
        // How many of each session's days are before the new year: all of them, none, or the first few.
        let before = dayLists.map { $0.filter { $0 < year.firstDay }.count }
        let whole = items.indices.map { !dayLists[$0].isEmpty && before[$0] == dayLists[$0].count }
        course.sessionsRemoved = whole.filter { $0 }.count
        course.sessionsKept = items.count - course.sessionsRemoved
        guard before.contains(where: { $0 > 0 }) else { return (course, nil) }

        if course.sessionsKept == 0 {
            course.removals = dayLists.map { RolloverRemoval(days: $0) }
            let indentation = String(repeating: " ", count: max(0, (layout.keys.first { $0.name == "sessions" }?.column ?? 1) - 1))
            text.replaceLines(block, with: ["\(indentation)# sessions: dates for \(year) to be confirmed"])
            return (course, text.data)
        }
        guard !layout.isFlow(value, in: text) else {
            course.problem = "its sessions are written as one list in [ ], so the past ones could not be taken out one by one"
            course.sessionsKept = items.count
            course.sessionsRemoved = 0
            return (course, nil)
        }
        let starts = items.map { itemStart($0, layout: layout, text: text, keyLine: block.lowerBound) }
        var removals: [RolloverRemoval] = []
        var untouched: [String] = []
        // From the last item up, so that the line numbers of the items above still hold.
        for index in items.indices.reversed() where before[index] > 0 {
            let days = dayLists[index]
            if whole[index] {
                let end = index + 1 < items.count ? starts[index + 1] - 1 : block.upperBound
                text.replaceLines(starts[index]...end, with: [])
                removals.append(RolloverRemoval(days: days))
            } else if case .mapping(let mapping) = items[index], let list = mapping["days"],
                      CohortDaysTrim.removeFirst(before[index], of: list, layout: layout, text: &text) {
                removals.append(RolloverRemoval(days: Array(days[..<before[index]]), keptDays: Array(days[before[index]...])))
            } else {
                untouched.append(days[0].iso)
            }
        }
        course.removals = removals.reversed()
        if !untouched.isEmpty {
            course.problem = "the days before \(year) of the cohort starting \(untouched.reversed().joined(separator: ", ")) could not be taken out of its days list (it was kept whole)"
        }
        return (course, text.data)
    }

    /// Every day of a session item (`date`, or the days of `days`), in order; empty when it has none.
    static func days(of item: Node) -> [LocalDate] {
        guard case .mapping(let mapping) = item else { return [] }
        if let date = mapping["date"]?.string.flatMap({ LocalDate(iso: $0.trimmingCharacters(in: .whitespaces)) }) {
            return [date]
        }
        if case .sequence(let days)? = mapping["days"] {
            return days.compactMap { $0.string.flatMap { LocalDate(iso: $0.trimmingCharacters(in: .whitespaces)) } }.sorted()
        }
        return []
    }

    /// The line of an item's `-`: usually the line of its first setting, or a line of its own above it.
    static func itemStart(_ item: Node, layout: YAMLLayout, text: EditableText, keyLine: Int) -> Int {
        guard let line = layout.line(of: item), let column = item.mark?.column else { return keyLine + 1 }
        let before = String(String.UnicodeScalarView(text.line(line).unicodeScalars.prefix(column - 1)))
        if before.contains("-") { return line }
        var candidate = line - 1
        while candidate > keyLine {
            if text.line(candidate).trimmingCharacters(in: .whitespaces).hasPrefix("-") { return candidate }
            candidate -= 1
        }
        return line
    }
}
