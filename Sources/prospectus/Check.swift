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

    /// What to check: the content and theme folders, in the edition asked for. `output` is only where
    /// an old layout's history would be found (tests give a folder of their own).
    func options(output: String = PathOptions.defaultOutput) -> BuildOptions {
        var options = sources.buildOptions(output: output)
        options.edition = editionOption.edition
        // The process exits once the findings are printed: what the check made is not freed first.
        options.keepsMemoryUntilExit = true
        return options
    }

    /// The folders the JSON form gives files relative to: the content, the theme, and a history
    /// folder given with --history outside the content.
    func roots() -> [DiagnosticJSON.Root] {
        let options = options()
        var roots = [DiagnosticJSON.Root(name: "content", display: options.contentDisplay, path: options.content.path),
                     DiagnosticJSON.Root(name: "theme", display: options.themeDisplay, path: options.theme.path)]
        if !options.historyDisplay.hasPrefix(options.contentDisplay + "/") {
            roots.append(DiagnosticJSON.Root(name: "history", display: options.historyDisplay, path: options.history.path))
        }
        return roots
    }

    /// What check finds: the report, and its diagnostics with the warnings among its notices.
    func findings(output: String = PathOptions.defaultOutput) -> (report: BuildReport, diagnostics: [Diagnostic]) {
        let report = SiteGenerator(options: options(output: output)).check()
        // What build would say about the history behind What's new: a warning (no history found)
        // counts as one, as build counts it; a note (where it came from) is only shown.
        return (report, (report.diagnostics + report.notices.compactMap(\.diagnostic)).sorted())
    }

    /// The JSON document `--format json` prints.
    func json(output: String = PathOptions.defaultOutput) -> String {
        let (report, diagnostics) = findings(output: output)
        return DiagnosticJSON.document(diagnostics, files: report.fileCount, roots: roots())
    }

    func run() throws {
        let (report, diagnostics) = findings()
        switch format {
        case .json:
            print(DiagnosticJSON.document(diagnostics, files: report.fileCount, roots: roots()))
        case .text:
            let printer = ReportPrinter()
            printer.printDiagnostics(diagnostics, yearSummary: report.yearSummary)
            for notice in report.notices where notice.level == .note { printer.note(notice.summary) }
            if let drafts = DraftSummary.line(report.drafts) { printer.note(drafts) }
            print(DiagnosticFormatter.summary(diagnostics, files: report.fileCount))
        }
        if diagnostics.hasErrors || (strict && !diagnostics.isEmpty) { throw ExitCode(1) }
    }
}
