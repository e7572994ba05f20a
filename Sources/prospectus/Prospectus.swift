import ArgumentParser

/// The `prospectus` command: builds a school trust's CPD offer from Content/ into a static site.
struct Prospectus: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prospectus",
        abstract: "Publish a school trust's CPD offer as a static website.",
        discussion: "Reads Markdown course files from Content/, renders them with the templates in Theme/, and writes a site to Output/ that works from any folder or web server.",
        subcommands: [Build.self, Check.self, New.self, Rollover.self, Publish.self, Serve.self, ReportCommand.self],
        defaultSubcommand: Build.self)
}
