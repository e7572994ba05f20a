import Catalogue
import Foundation
import Yams

/// Moves site.yml on to the new academic year, as text:
///
/// - `academic_year` becomes the new year, written the same way (`2026-27` → `2027-28`);
/// - in `offer`, the old year becomes the new one in each way it can be written (`2026/27`, `2026-27`, `2026–27`);
/// - each term in `terms` starts on the same weekday a year on, nearest the same date (Monday 4 Jan 2027
///   → Monday 3 Jan 2028), kept inside the new academic year;
/// - `training_days` is commented out, with a line saying to set the new year's days.
///
/// Training days are not moved like terms: they are chosen afresh each year (often around Easter or
/// the first days of a term, which do not move by whole weeks), and a guessed day would mark sessions
/// "Training day" on the published site with nothing to say it was a guess. The old list stays in the
/// comment as a pattern to copy.
struct SettingsRollover {
    let data: Data
    let settings: SiteSettings
    let to: AcademicYear

    struct Outcome {
        var changes: [RolloverSettingChange] = []
        var notes: [String] = []
        /// The new bytes, or nil when nothing changed.
        var data: Data?
    }

    func run() -> Outcome? {
        var text = EditableText(data)
        guard let layout = YAMLLayout(text, path: "site.yml", frontMatter: false) else { return nil }
        let from = settings.academicYear
        var result = Outcome()
        var blockEdits: [(ClosedRange<Int>, [String])] = []

        for key in layout.keys {
            switch key.name {
            case "academic_year":
                guard let node = layout.root["academic_year"], let old = node.string?.trimmingCharacters(in: .whitespaces),
                      let line = layout.line(of: node), let column = node.mark?.column else { continue }
                let new = to.written(like: old)
                if text.replace(old, with: new, line: line, from: column) {
                    result.changes.append(RolloverSettingChange(setting: "academic_year", old: old, new: new))
                }
            case "offer":
                guard let block = layout.block(of: "offer", in: text) else { continue }
                let (newOffer, count) = to.replacingMentions(of: from, in: settings.offer)
                if count > 0, text.transformLines(block, { to.replacingMentions(of: from, in: $0).text }) {
                    result.changes.append(RolloverSettingChange(setting: "offer", old: settings.offer, new: newOffer))
                } else {
                    result.notes.append("offer: '\(settings.offer)' does not name the year \(from); if it should name \(to), change it in site.yml")
                }
            case "terms":
                guard case .sequence(let terms)? = layout.root["terms"] else { continue }
                for term in terms {
                    guard case .mapping(let mapping) = term, let node = mapping["starts"],
                          let old = node.string?.trimmingCharacters(in: .whitespaces), let date = LocalDate(iso: old),
                          let line = layout.line(of: node), let column = node.mark?.column else { continue }
                    let (moved, note) = SettingsRollover.move(date, years: to.startYear - from.startYear, into: to)
                    if text.replace(old, with: moved.iso, line: line, from: column) {
                        let name = mapping["name"]?.string ?? "term"
                        result.changes.append(RolloverSettingChange(setting: "terms: \(name)", old: date.shortText, new: moved.shortText, note: note))
                    }
                }
            case "training_days":
                guard !settings.trainingDays.isEmpty, let block = layout.block(of: "training_days", in: text) else { continue }
                let indentation = String(repeating: " ", count: key.column - 1)
                let commented = (block.lowerBound...block.upperBound).map { text.line($0) }.map { line in
                    indentation + "# " + line.dropFirst(min(indentation.count, line.prefix { $0 == " " }.count))
                }
                blockEdits.append((block, ["\(indentation)# Rolled over to \(to): set the training (INSET) days of \(to), then remove the '# ' before training_days."] + commented))
                let count = settings.trainingDays.count
                result.changes.append(RolloverSettingChange(
                    setting: "training_days", old: "\(count) \(count == 1 ? "day" : "days")", new: "none",
                    note: "commented out: they must be set for \(to)"))
            default:
                continue
            }
        }
        for (block, lines) in blockEdits.sorted(by: { $0.0.lowerBound > $1.0.lowerBound }) {
            text.replaceLines(block, with: lines)
        }
        let data = text.data
        result.data = data == self.data ? nil : data
        return result
    }

    /// The same weekday nearest the same date `years` on, or the nearest day of `year` when that
    /// weekday falls outside it (an autumn term starting on 1 September stays on 1 September).
    static func move(_ date: LocalDate, years: Int, into year: AcademicYear) -> (LocalDate, String?) {
        let moved = date.sameWeekday(yearsLater: years)
        if year.contains(moved) { return (moved, nil) }
        let inside = moved < year.firstDay ? year.firstDay : year.lastDay
        return (inside, "\(moved.shortText), the same weekday, is outside \(year)")
    }
}
