import ArgumentParser
import Catalogue
import Foundation
import Site
import Terminal

/// `prospectus check`: every check `build` makes (content, theme, edition), writing nothing.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the content and the theme as build does, without writing anything.",
        discussion: "Exit status 0 when there are no errors (warnings allowed, unless --strict), 1 when there are.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var sources: SourceOptions

    @OptionGroup var editionOption: EditionOption

    @Option(help: "How to print the diagnostics: text, or json for editors' tools.")
    var format: Format = .text

    @Flag(help: "Treat warnings as errors (for CI: the published offer should have none).")
    var strict = false

    /// What to check: the content and theme folders, in the edition asked for.
    func options() -> BuildOptions {
        var options = sources.buildOptions()
        options.edition = editionOption.edition
        return options
    }

    func run() throws {
        let report = SiteGenerator(options: options()).check()
        // What build would say about the history behind What's new: a warning (no history found)
        // counts as one, as build counts it; a note (where it came from) is only shown.
        let diagnostics = (report.diagnostics + report.notices.filter { $0.level == .warning }.map {
            Diagnostic.warning(at: SourceLocation(file: $0.file), $0.message, suggestion: $0.suggestion)
        }).sorted()
        switch format {
        case .json:
            print(DiagnosticFormatter.json(diagnostics, files: report.fileCount))
        case .text:
            let printer = ReportPrinter()
            printer.printDiagnostics(diagnostics)
            for notice in report.notices where notice.level == .note { printer.note(notice.summary) }
            print(DiagnosticFormatter.summary(diagnostics, files: report.fileCount))
        }
        if diagnostics.hasErrors || (strict && !diagnostics.isEmpty) { throw ExitCode(1) }
    }
}
