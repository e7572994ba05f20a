import ArgumentParser
import Catalogue
import Foundation
import Rollover
import Site

/// `prospectus rollover 2027-28`: next year's content from this year's, in a new folder or in place.
struct Rollover: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Prepare next year's content from this year's.",
        discussion: """
        Moves the academic year, the offer's name and the terms on a year, takes out every session held \
        wholly before the new year (each course then shows "dates to be confirmed"), keeps the new-year \
        days of a cohort that runs on into it, comments out training_days, and keeps every course, \
        group, pathway and page with its comments and layout. Writes a new folder (Content-2027-28 \
        beside Content, or --to DIR) and leaves Content as it is, unless --in-place. Prints what it did, \
        every date taken out that is still to come, every line that still names the old year, and what \
        to do next. In place, taking out dates still to come needs --remove-upcoming.
        """)

    @Argument(help: "The new academic year, e.g. 2027-28: the year after the content's academic_year.")
    var year: String

    @Option(help: "The folder of Markdown content to roll over.")
    var content: String = "Content"

    @Option(name: .customLong("to"), help: "The new folder to write (default: <content>-<year> beside the content folder). It must not exist or be empty.")
    var destination: String?

    @Flag(name: .customLong("in-place"), help: "Change the content folder itself instead of writing a new one (each file replaced atomically).")
    var inPlace = false

    @Flag(help: "Allow a year other than the one after the content's academic_year.")
    var force = false

    @Flag(name: .customLong("remove-upcoming"), help: "With --in-place: take out sessions that are still to come (without it, the rollover is refused and lists them).")
    var removeUpcoming = false

    @Flag(name: .customLong("dry-run"), help: "Work everything out and print the report, writing nothing.")
    var dryRun = false

    func validate() throws {
        try TypedPath.requireFolder(content, option: "--content", example: "Content")
        try TypedPath.requireFolder(destination, option: "--to", example: "Content-2027-28")
        if inPlace, destination != nil { throw ValidationError("use either --in-place or --to, not both") }
        if removeUpcoming, !inPlace { throw ValidationError("--remove-upcoming is only for --in-place: a new folder leaves the content as it is") }
        if AcademicYear(text: year) == nil {
            throw ValidationError("'\(year)' is not an academic year: write it as the two years it spans, e.g. 2027-28")
        }
    }

    func run() throws {
        let target = AcademicYear(text: year)!
        let rollover = ContentRollover(content: TypedPath.url(content), contentDisplay: TypedPath.display(content), to: target, force: force,
                                       removeUpcoming: removeUpcoming, today: { BuildClock.today(timezone: $0.timezone) })
        let folder = destination.map(TypedPath.url) ?? ContentRollover.defaultFolder(for: TypedPath.url(content), year: target)
        let folderDisplay = destination.map(TypedPath.display) ?? Rollover.defaultDisplay(folder, content: content)
        let printer = ReportPrinter()
        switch rollover.run(into: inPlace ? .inPlace : .folder(folder), destinationDisplay: folderDisplay, dryRun: dryRun) {
        case .success(let report):
            print(report.text)
        case .failure(let error):
            printer.printDiagnostics(error.diagnostics)
            printer.note("error: \(error.message)" + (error.suggestion.map { "\n  \($0)" } ?? ""))
            throw ExitCode(1)
        }
    }

    /// The default folder named as the content folder is: `Content-2027-28` beside `Content`.
    /// How messages name the new folder made beside the content folder `content` (as typed).
    static func defaultDisplay(_ folder: URL, content: String) -> String {
        let shown = TypedPath.display(content)
        if shown == "." { return "../" + folder.lastPathComponent }
        // Cut at the last '/' here: NSString's deletingLastPathComponent crashed on a one-letter
        // name ('--content C').
        guard let slash = shown.lastIndex(of: "/") else { return folder.lastPathComponent }
        return shown[..<slash] + "/" + folder.lastPathComponent
    }
}
