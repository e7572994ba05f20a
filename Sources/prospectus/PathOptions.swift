import ArgumentParser
import Foundation
import Site

/// The folders every command works on.
struct PathOptions: ParsableArguments {
    @Option(help: "The folder of Markdown content.")
    var content: String = "Content"

    @Option(help: "The folder of templates and assets.")
    var theme: String = "Theme"

    static let defaultOutput = "Output"

    @Option(help: "Where the site is written (replaced in one step on success).")
    var output: String = PathOptions.defaultOutput

    @Option(help: ArgumentHelp("The folder that keeps the history behind What's new, one file per academic year (default: history/ in the content folder). Keep it between builds: commit it or back it up.", valueName: "dir"))
    var history: String?

    func buildOptions() -> BuildOptions {
        BuildOptions(content: url(content), contentDisplay: display(content), theme: url(theme), themeDisplay: display(theme),
                     output: url(output), history: history.map(url), historyDisplay: history.map(display))
    }

    private func url(_ path: String) -> URL {
        URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true))
            .standardizedFileURL
    }

    /// The path as the editor would type it: relative to the working folder where it is inside it.
    private func display(_ path: String) -> String {
        var path = path
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        let cwd = FileManager.default.currentDirectoryPath
        if path.hasPrefix(cwd + "/") { return String(path.dropFirst(cwd.count + 1)) }
        if path.hasPrefix("./") { return String(path.dropFirst(2)) }
        return path
    }
}
