import Foundation
import Yams

/// Takes a course's past sessions out of its file, as text.
///
/// When every session started before the new year (the usual case) the whole `sessions:` block goes,
/// from its key line to the line before the next setting, and a one-line comment marks where the new
/// dates go. Sessions already dated in the new year stay: then only the past items of the list are
/// taken out, each from its `-` line to the line before the next item.
enum CourseRollover {
    static func run(data: Data, slug: String, path: String, to year: AcademicYear) -> (RolloverCourse, Data?) {
        var course = RolloverCourse(slug: slug, path: path)
        var text = EditableText(data)
        guard let layout = YAMLLayout(text, path: path, frontMatter: true) else {
            course.problem = "its settings could not be read"
            return (course, nil)
        }
        guard let value = layout.root["sessions"], case .sequence(let sequence) = value, !sequence.isEmpty,
              let block = layout.block(of: "sessions", in: text) else {
            return (course, nil)
        }
        let items = Array(sequence)
        let past = items.map { item in firstDay(of: item).map { $0 < year.firstDay } ?? false }
        course.sessionsRemoved = past.filter { $0 }.count
        course.sessionsKept = items.count - course.sessionsRemoved
        guard course.sessionsRemoved > 0 else { return (course, nil) }

        if course.sessionsKept == 0 {
            let indentation = String(repeating: " ", count: max(0, (layout.keys.first { $0.name == "sessions" }?.column ?? 1) - 1))
            text.replaceLines(block, with: ["\(indentation)# sessions: dates for \(year) to be confirmed"])
            return (course, text.data)
        }
        guard sequence.style != .flow else {
            course.problem = "its sessions are written as one list in [ ], so the past ones could not be taken out one by one"
            course.sessionsKept = items.count
            course.sessionsRemoved = 0
            return (course, nil)
        }
        let starts = items.map { itemStart($0, layout: layout, text: text, keyLine: block.lowerBound) }
        for index in items.indices.reversed() where past[index] {
            let end = index + 1 < items.count ? starts[index + 1] - 1 : block.upperBound
            text.replaceLines(starts[index]...end, with: [])
        }
        return (course, text.data)
    }

    /// The first day of a session item (`date`, or the earliest of `days`).
    static func firstDay(of item: Node) -> LocalDate? {
        guard case .mapping(let mapping) = item else { return nil }
        if let date = mapping["date"]?.string.flatMap({ LocalDate(iso: $0.trimmingCharacters(in: .whitespaces)) }) {
            return date
        }
        if case .sequence(let days)? = mapping["days"] {
            return days.compactMap { $0.string.flatMap { LocalDate(iso: $0.trimmingCharacters(in: .whitespaces)) } }.min()
        }
        return nil
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
