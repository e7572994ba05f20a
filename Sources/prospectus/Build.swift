import ArgumentParser
import Catalogue
import Foundation
import Site
import Terminal

/// `prospectus build`: check the content and publish the site.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the content and write the site to the output folder.",
        discussion: "On any error nothing is written and the previous site stays as it was. The partners edition is written to Output-partners unless --output is given (--output Output included). Exit status 0 on success, 1 when the content has errors.")

    @OptionGroup var paths: PathOptions

    @Flag(name: .long, help: "Print the time each phase of the build took.")
    var timings = false

    @OptionGroup var editionOption: EditionOption
    var edition: Edition { editionOption.edition }

    @Flag(name: .customLong("replace-edition"),
          help: "Replace an output folder that holds the other edition (refused otherwise: the staff site would be lost, or staff-only notes reach partner schools).")
    var replacingEdition = false

    func run() throws {
        let started = DispatchTime.now().uptimeNanoseconds
        // As typed, without a slash at the end (messages add one).
        var outputName = paths.outputFolder(for: edition)
        while outputName.count > 1, outputName.hasSuffix("/") { outputName.removeLast() }
        var options = paths.buildOptions(edition: edition)
        options.replacingEdition = replacingEdition
        // The process exits once the report is printed: what the build made is not freed first.
        options.keepsMemoryUntilExit = true
        let printer = ReportPrinter()
        let report = SiteGenerator(options: options).build(waiting: {
            printer.note("Waiting for another build into \(outputName)/ (or a folder beside it), or keeping its history in \(options.historyDisplay)/, to finish…")
        })
        printer.printDiagnostics(report.diagnostics, yearSummary: report.yearSummary)
        for notice in report.notices { printer.note(notice.summary) }
        if let drafts = DraftSummary.line(report.drafts) { printer.note(drafts) }
        if timings {
            for phase in report.phases {
                let processor = report.processorSeconds[phase.name] ?? 0
                printer.note(String(format: "  %-7@ %8.1f ms  (processor %8.1f ms)", phase.name, phase.seconds * 1000, processor * 1000))
            }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        guard let published = report.published else {
            let counts = report.fileCount > 0 ? DiagnosticFormatter.summary(report.diagnostics, files: report.fileCount) + "; " : ""
            printer.note(counts + "nothing was published, " + Unchanged.site(outputName, at: options.output.path))
            throw ExitCode(1)
        }
        let warnings = report.diagnostics.warningCount + report.notices.count { $0.level == .warning }
        print("Built \(published.pages) pages (\(published.files) files, \(byteText(published.bytes))) from \(report.fileCount) files into \(outputName)/ in \(String(format: "%.2f", seconds)) s"
                     + (warnings > 0 ? " with \(warnings) \(warnings == 1 ? "warning" : "warnings")" : ""))
    }

    private func byteText(_ bytes: Int) -> String {
        bytes >= 1_000_000 ? String(format: "%.1f MB", Double(bytes) / 1e6) : String(format: "%.0f kB", Double(bytes) / 1e3)
    }
}
