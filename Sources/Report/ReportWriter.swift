import Catalogue
import Foundation
import Site
import Uptake

/// `prospectus report`: reads the content and the theme, makes the report and writes it to its own
/// folder in one step, as a build writes the site (made beside it, then swapped in), so the folder
/// always holds a whole report: the new one, or the one before.
public enum ReportWriter {
    /// The writer of the report into `options.output`, which must not be nor hold `protected`: no
    /// edition, its messages about the report and `prospectus report`.
    static func reportWriter(_ options: BuildOptions, protecting protected: [URL]) -> OutputWriter {
        var writer = OutputWriter(output: options.output, protecting: protected)
        writer.edition = nil
        writer.made = "report"
        writer.command = "report"
        writer.arguments = options.commandLine
        return writer
    }

    /// What was done: the content's and theme's diagnostics, and the files written (nil when nothing was).
    public struct Outcome: Sendable {
        public var diagnostics: [Diagnostic]
        public var files: Int?
        /// Why the report was not written, when it was refused before anything was read or made.
        public var refused: String?
        /// What to tell the user when the previous report could not be removed completely.
        public var leftBehind: String?
    }

    /// Makes the report of `options.content` with `options.theme` into `options.output`. `uptake`
    /// gives the form downloads' bookings and evaluations for the loaded catalogue.
    public static func write(_ options: BuildOptions, uptake: (Catalogue) -> (Uptake, [Diagnostic])) -> Outcome {
        if options.edition != .staff {
            return Outcome(diagnostics: [], files: nil, refused: "the report is for the trust's own CPD lead and board: the partner edition has none; "
                           + "run prospectus report without --edition partners")
        }
        let writer = reportWriter(options, protecting: [options.content, options.theme])
        if let problem = writer.problem() { return Outcome(diagnostics: [], files: nil, refused: problem) }
        let loaded = ContentLoader(directory: options.content, displayPath: options.contentDisplay).load()
        var diagnostics = loaded.diagnostics
        let theme: Theme
        switch Theme.load(from: options.theme, displayPath: options.themeDisplay) {
        case .success(let found):
            theme = found
            diagnostics += found.warnings
        case .failure(let problems):
            return Outcome(diagnostics: (diagnostics + problems.diagnostics).sorted(), files: nil)
        }
        guard let catalogue = loaded.catalogue, !diagnostics.hasErrors else { return Outcome(diagnostics: diagnostics.sorted(), files: nil) }
        let (read, found) = uptake(catalogue)
        diagnostics = (diagnostics + found).sorted()
        guard !diagnostics.hasErrors else { return Outcome(diagnostics: diagnostics, files: nil) }
        if let exports = UptakeReader.exportsFolder(catalogue.settings.report, contentFolder: options.content) {
            let inside = reportWriter(options, protecting: [options.content, options.theme, exports])
            if let problem = inside.problem() {
                return Outcome(diagnostics: diagnostics, files: nil, refused: problem + " (the folder of form downloads, report.exports: a report there would be read back as downloads)")
            }
        }
        let today = BuildClock.today(timezone: catalogue.settings.timezone, environment: options.environment)
        // The sessions as staff pages show them: places left worked out from the bookings.
        let files = ReportFiles.make(catalogue: read.booking(catalogue), theme: theme, uptake: read, today: today)
        var leftBehind: String?
        do {
            try writer.publish(files, leftBehind: { leftBehind = $0 })
        } catch {
            return Outcome(diagnostics: diagnostics + [.error(.outputNotWritten, at: SourceLocation(file: options.output.path),
                                                              "the report could not be written: \(error)")], files: nil)
        }
        return Outcome(diagnostics: diagnostics, files: files.count, leftBehind: leftBehind)
    }
}
