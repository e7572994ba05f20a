import ArgumentParser
import Foundation
import Site

/// The folders of the commands that read the content and theme and write a site (or serve it).
struct PathOptions: ParsableArguments {
    @OptionGroup var sources: SourceOptions
    var content: String { sources.content }
    var theme: String { sources.theme }

    static let defaultOutput = "Output"

    @Option(help: "Where the site is written (replaced in one step on success).")
    var output: String = PathOptions.defaultOutput

    func buildOptions() -> BuildOptions {
        sources.buildOptions(output: output)
    }
}

extension SourceOptions {
    /// The options of a build from these folders; `check` passes the default output, which it never reads.
    func buildOptions(output: String = PathOptions.defaultOutput) -> BuildOptions {
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
