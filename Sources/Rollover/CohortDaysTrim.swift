import Catalogue
import Yams

/// Takes the first days out of a cohort's `days` list, as text, keeping the rest as written.
///
/// The days of a session are in date order (the loader insists), so the old-year days are always
/// the first ones: in `[2027-06-10, 2027-06-24, 2027-09-20]` the text from the first day to the
/// first day kept goes (`[2027-09-20]`); in a list written one day a line, their lines go.
enum CohortDaysTrim {
    /// Removes the first `count` days of `days` (a sequence node of `layout`). Returns false, changing
    /// nothing, when the list is laid out in a way this cannot edit safely (the editor must).
    static func removeFirst(_ count: Int, of days: Node, layout: YAMLLayout, text: inout EditableText) -> Bool {
        guard case .sequence(let sequence) = days, count > 0, count < sequence.count else { return false }
        let items = Array(sequence)
        guard let firstLine = layout.line(of: items[0]), let firstColumn = items[0].mark?.column,
              let keptLine = layout.line(of: items[count]), let keptColumn = items[count].mark?.column else { return false }
        if layout.isFlow(days, in: text) {
            // `[a, b, c]`: from the first day to the first day kept, on one line.
            guard firstLine == keptLine, keptColumn > firstColumn else { return false }
            return text.removeColumns(line: firstLine, from: firstColumn, to: keptColumn)
        }
        // `- a` a line: every line from the first day's to the one before the first kept day's must be a
        // day, a comment or blank, and each day the only thing on its line after its `-`.
        guard keptLine > firstLine else { return false }
        for item in items[...count] {
            guard let line = layout.line(of: item), let column = item.mark?.column,
                  prefix(of: text.line(line), before: column).trimmingCharacters(in: .whitespaces) == "-" else { return false }
        }
        for line in firstLine..<keptLine {
            let trimmed = text.line(line).trimmingCharacters(in: .whitespaces)
            guard trimmed.isEmpty || trimmed.hasPrefix("-") || trimmed.hasPrefix("#") else { return false }
        }
        text.replaceLines(firstLine...(keptLine - 1), with: [])
        return true
    }

    private static func prefix(of line: String, before column: Int) -> String {
        String(String.UnicodeScalarView(line.unicodeScalars.prefix(max(0, column - 1))))
    }
}
