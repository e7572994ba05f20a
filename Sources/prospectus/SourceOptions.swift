import ArgumentParser

/// The folders a site is made from: all that `check` reads (it writes nothing, so it has no --output;
/// it reads the history of changes, to report a damaged one, but never writes it).
struct SourceOptions: ParsableArguments {
    @Option(help: "The folder of Markdown content.")
    var content: String = "Content"

    @Option(help: "The folder of templates and assets.")
    var theme: String = "Theme"

    @Option(help: ArgumentHelp("The folder that keeps the history behind What's new, one file per academic year (default: history/ in the content folder). Keep it between builds: commit it or back it up.", valueName: "dir"))
    var history: String?

    func validate() throws {
        try TypedPath.requireFolder(content, option: "--content", example: "Content")
        try TypedPath.requireFolder(theme, option: "--theme", example: "Theme")
        try TypedPath.requireFolder(history, option: "--history", example: "/srv/cpd/history")
    }
}
