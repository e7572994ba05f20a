import ArgumentParser
import Catalogue
import Foundation
import Site

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
        switch format {
        case .json:
            print(DiagnosticFormatter.json(report.diagnostics, files: report.fileCount))
        case .text:
            let printer = ReportPrinter()
            printer.printDiagnostics(report.diagnostics)
            print(DiagnosticFormatter.summary(report.diagnostics, files: report.fileCount))
        }
        if report.diagnostics.hasErrors || (strict && !report.diagnostics.isEmpty) { throw ExitCode(1) }
    }
}
