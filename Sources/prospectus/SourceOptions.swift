import ArgumentParser

/// The folders a site is made from: all that `check` reads (it writes nothing, so it has no --output).
struct SourceOptions: ParsableArguments {
    @Option(help: "The folder of Markdown content.")
    var content: String = "Content"

    @Option(help: "The folder of templates and assets.")
    var theme: String = "Theme"
}
