import Catalogue
import Foundation

/// Which edition of the site an output folder holds, as its marker file (`.prospectus-output`)
/// records it: the staff site and the partner schools' edition must never replace each other by
/// accident (the staff site would disappear, or staff-only notes reach partner schools).
extension OutputWriter {
    /// The marker's line that names the edition: `edition: partners`.
    static let editionKey = "edition:"

    /// The marker file's text for a site of `edition` (nil when it is not known: a site published
    /// from an older build's output).
    static func markerText(for edition: Edition?) -> String {
        markerText + (edition.map { "\(editionKey) \($0.rawValue)\n" } ?? "")
    }

    /// The edition the Prospectus site in `folder` holds, read from its marker without following
    /// links; nil when there is no marker or it names none (made before editions were recorded).
    public static func edition(in folder: URL) -> Edition? {
        guard let data = (try? NoFollowFile.contents(of: markerName, in: folder)) ?? nil,
              let text = String(data: data, encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix(editionKey) {
            return Edition(rawValue: line.dropFirst(editionKey.count).trimmingCharacters(in: .whitespaces))
        }
        return nil
    }

    /// Why this edition must not replace the site in the output, or nil: the output holds the other
    /// edition and replacing it was not asked for (`--replace-edition`).
    func editionProblem() -> String? {
        guard let edition, !replacingEdition, let held = OutputWriter.edition(in: output), held != edition else { return nil }
        let loss = edition == .partners
            ? "replacing it would take the staff site down (its staff-only pages and notes are not in the partners edition)"
            : "replacing it would publish staff-only information (staff notes, staff-only dates and pages) to partner schools"
        return "refusing to replace '\(output.path)': it holds the \(held.rawValue) edition of the site, and this is the "
            + "\(edition.rawValue) edition; \(loss). Write the \(edition.rawValue) edition to its own folder "
            + "(\(option) \(OutputWriter.shown(OutputWriter.folder(for: edition, beside: output)))), or, if '\(output.lastPathComponent)' really should "
            + "hold the \(edition.rawValue) edition from now on, add --replace-edition"
    }

    /// `folder` as the user would type it: relative to the working folder when it is inside it.
    static func shown(_ folder: URL, current: String = FileManager.default.currentDirectoryPath) -> String {
        let here = URL(fileURLWithPath: current).standardizedFileURL.path
        return folder.path.hasPrefix(here + "/") ? String(folder.path.dropFirst(here.count + 1)) : folder.path
    }

    /// The folder beside `output` for `edition`: `Output-partners` beside `Output`, and back.
    static func folder(for edition: Edition, beside output: URL) -> URL {
        let name = output.lastPathComponent
        let suffix = "-\(Edition.partners.rawValue)"
        let base = name.hasSuffix(suffix) ? String(name.dropLast(suffix.count)) : name
        let other = edition == .partners ? base + suffix : (base == name ? name + "-\(Edition.staff.rawValue)" : base)
        return output.deletingLastPathComponent().appendingPathComponent(other)
    }
}
