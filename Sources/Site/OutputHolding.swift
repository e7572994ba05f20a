import Catalogue
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What a folder Prospectus wrote holds: a site (`prospectus build`, either edition) or a report
/// (`prospectus report`), so that neither replaces the other through a mistyped folder. A report
/// published over the staff site took the site down; a build or publish over the report deleted
/// the CPD lead's figures.
extension OutputWriter {
    /// The file every report holds (its figures for other systems), by which a report is known.
    package static let reportDataPath = "report.json"

    /// "site" or "report" for a folder Prospectus wrote, read without following links; nil for
    /// any other folder. A site made before editions were recorded is known by its catalogue.
    package static func holding(_ folder: URL) -> String? {
        if edition(in: folder) != nil || isRegularFile(CatalogueJSON.path, in: folder) { return "site" }
        if isRegularFile(markerName, in: folder), isRegularFile(reportDataPath, in: folder) { return "report" }
        return nil
    }

    /// The writer `prospectus publish` copies the folder `source` to `destination` with: named
    /// `--to` in messages, refused over the other edition of a site, and, when `source` holds a
    /// report, a report (refused over a site, as a site is over it).
    public static func publisher(from source: URL, to destination: URL) -> OutputWriter {
        var writer = OutputWriter(output: destination, protecting: [source])
        writer.option = "--to"
        // The built site's marker says which edition it is.
        writer.edition = edition(in: source)
        if holding(source) == "report" { writer.made = "report" }
        return writer
    }

    /// Why what is written (`made`) must not replace what the output holds, or nil.
    func holdingProblem() -> String? {
        guard let held = OutputWriter.holding(output), held != made else { return nil }
        let writtenBy = held == "site" ? "prospectus build" : "prospectus report"
        let instead: String
        switch (made, option) {
        case ("report", "--output"):
            // Not "--output Report": the site may be in the report's default folder itself.
            instead = "move the site away (prospectus build writes it to Output/ by default), or write the report to another folder "
                + "with --output, or let the site carry it (report: on_site in site.yml, then prospectus build)"
        case (_, "--output"):
            // Not "leave out --output": the report may be in the default folder itself.
            instead = "move the report away (prospectus report writes it to Report/ by default), or build the site into another folder "
                + "with --output"
        default:
            instead = "publish the \(made) to a folder of its own"
        }
        return "refusing to write the \(made) into '\(output.path)': it holds a \(held) made by \(writtenBy), which the \(made) "
            + "would replace; " + instead
    }

    /// True when `name` in `folder` is a regular file (a link is not followed).
    private static func isRegularFile(_ name: String, in folder: URL) -> Bool {
        var info = stat()
        return lstat(folder.appendingPathComponent(name).path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
    }
}
