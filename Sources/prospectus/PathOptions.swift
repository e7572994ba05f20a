import ArgumentParser
import Catalogue
import Foundation
import Report
import Site

/// The folders of the commands that read the content and theme and write a site (or serve it).
struct PathOptions: ParsableArguments {
    @OptionGroup var sources: SourceOptions
    var content: String { sources.content }
    var theme: String { sources.theme }

    static let defaultOutput = "Output"
    /// Where the partners' edition goes when no `--output` is given.
    static let partnersOutput = "Output-partners"

    /// Nil when not given: then the edition's folder (`outputFolder(for:)`). `--output Output` with
    /// the partners' edition writes to Output/, as asked, not beside it.
    @Option(help: "Where the site is written, replaced in one step on success (default: Output, or Output-partners for --edition partners).")
    var output: String?

    func validate() throws {
        try TypedPath.requireFolder(output, option: "--output", example: "Output")
    }

    /// The folder the site of `edition` is written to: `--output` as given, else the edition's default.
    func outputFolder(for edition: Edition) -> String {
        output ?? (edition == .partners ? PathOptions.partnersOutput : PathOptions.defaultOutput)
    }

    /// The options of a build of `edition` from these folders.
    func buildOptions(edition: Edition) -> BuildOptions {
        var options = sources.buildOptions(output: outputFolder(for: edition))
        options.edition = edition
        return options
    }
}

extension SourceOptions {
    /// The options of a build from these folders; `check` passes the default output, which it never reads.
    /// Every command that makes the site reads the trust's form downloads through it (`FormDownloads`).
    func buildOptions(output: String = PathOptions.defaultOutput) -> BuildOptions {
        var options = BuildOptions(content: TypedPath.url(content), contentDisplay: TypedPath.display(content),
                                   theme: TypedPath.url(theme), themeDisplay: TypedPath.display(theme), output: TypedPath.url(output),
                                   history: history.map(TypedPath.url), historyDisplay: history.map(TypedPath.display))
        options.commandLine = Array(CommandLine.arguments.dropFirst())
        let downloads = FormDownloads()
        options.loadedStep = downloads.step
        // The report at report/ when site.yml asks for it (staff edition only), from the same reading.
        let reading = options
        options.addedFiles = ReportFiles.onSite { downloads.uptake(for: $0, options: reading) }
        return options
    }
}
