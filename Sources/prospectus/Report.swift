import ArgumentParser
import Catalogue
import Foundation
import Report
import Site
import Uptake

/// `prospectus report`: the CPD lead's report (HTML for A4, report.json, CSV) in its own folder.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the CPD lead's report: the offer by staff group and career stage, access, gaps, uptake and evaluations.",
        discussion: "Writes index.html (prints on A4), report.json and a CSV file of each table to the output folder, replaced in one step. Only the published courses of the staff offer are counted; the report holds counts and ratings, never names or email addresses. See docs/report.md. Exit status 0 on success, 1 when nothing was written.")

    @Option(help: "The folder of Markdown content.")
    var content: String = "Content"

    @Option(help: "The folder of templates and assets.")
    var theme: String = "Theme"

    @Option(help: "Where the report is written (replaced in one step on success).")
    var output: String = "Report"

    func validate() throws {
        try TypedPath.requireFolder(content, option: "--content", example: "Content")
        try TypedPath.requireFolder(theme, option: "--theme", example: "Theme")
        try TypedPath.requireFolder(output, option: "--output", example: "Report")
    }

    func run() throws {
        let printer = ReportPrinter()
        var options = BuildOptions(content: TypedPath.url(content), contentDisplay: TypedPath.display(content), theme: TypedPath.url(theme),
                                   themeDisplay: TypedPath.display(theme), output: TypedPath.url(output))
        options.commandLine = Array(CommandLine.arguments.dropFirst())
        let outcome = ReportWriter.write(options) { ReportCommand.uptake(for: $0, options: options) }
        if let refused = outcome.refused {
            // On a line of its own: the refusal can end with a command to paste.
            printer.note("error: \(ControlCharacters.visible(refused))")
            printer.note("nothing was written")
            throw ExitCode(1)
        }
        printer.printDiagnostics(outcome.diagnostics)
        guard let files = outcome.files else {
            printer.note("the report was not written; " + Unchanged.site(TypedPath.display(output), at: options.output.path))
            throw ExitCode(1)
        }
        if let left = outcome.leftBehind { printer.note("note: " + ControlCharacters.visible(left)) }
        print("Wrote the report (\(files) files) into \(TypedPath.display(output))/: open \(TypedPath.display(output))/index.html")
    }

    /// The bookings and evaluations of the form downloads site.yml names (`report: { exports }`), and
    /// what reading them found. The one place the report and the site's `report/` get them.
    static func uptake(for catalogue: Catalogue, options: BuildOptions) -> (Uptake, [Diagnostic]) {
        UptakeReader.read(catalogue: catalogue, contentFolder: options.content, contentDisplay: options.contentDisplay,
                          outputFolder: options.output)
    }
}
