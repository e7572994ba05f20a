import ArgumentParser
import Catalogue
import Foundation
import Site

/// `prospectus publish --to /srv/www/cpd`: copies the built site to the folder a web server serves,
/// replacing it in one step.
struct Publish: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Copy the built site to the folder a web server (or file share) serves, in one step.",
        discussion: """
        Copies every file of the output folder (which 'prospectus build' must have made) into a hidden \
        folder beside the destination, then swaps it in, so visitors never see a half-copied site. \
        Files that have not changed are hard-linked rather than copied. A destination that is not empty \
        and was not made by Prospectus, that is a symbolic link, '/' or a folder directly under it, your home folder, or inside the output folder, a content folder or a theme, is refused, as is an output folder that \
        is a link or holds one; so is a destination holding the report when publishing a site, or a site when publishing the report \
        (--output Report). Nothing is created for a refused destination. Needs write access to the \
        destination's parent folder.
        """)

    @Option(name: .customLong("to"), help: "The folder to publish to, e.g. /srv/www/cpd (created if missing, replaced if made by Prospectus).")
    var destination: String

    @Option(help: "The built site to publish (made by 'prospectus build').")
    var output: String = "Output"

    @Flag(name: .customLong("replace-edition"),
          help: "Replace a destination that holds the other edition (refused otherwise: the staff site would be lost, or staff-only notes reach partner schools).")
    var replacingEdition = false

    func validate() throws {
        try TypedPath.requireFolder(output, option: "--output", example: "Output")
        try TypedPath.requireFolder(destination, option: "--to", example: "/srv/cpd/site")
    }

    func run() throws {
        let source = TypedPath.url(output)
        // As typed, without the slashes at its end (messages add one) or a leading "./".
        let output = TypedPath.display(self.output)
        var writer = OutputWriter.publisher(from: source, to: TypedPath.url(destination))
        writer.replacingEdition = replacingEdition
        // Every check on the destination comes first: a refused destination gets nothing, not even
        // a lock (and the locks are taken on the parent folders, so they create no file at all).
        if let problem = writer.problem() { fail(problem + "; " + unchanged) }
        if let problem = BuiltSiteFiles.problem(source, shown: output) { fail(problem + "; " + unchanged) }
        // Read under the output folder's lock, so a build swapping in a new site meanwhile is waited
        // for rather than read half old, half new.
        let files: [OutputFile]
        do {
            let sourceLock = try OutputLock(for: source, waiting: { note("Waiting for the build into \(output)/ (or a folder beside it) to finish…") })
            defer { sourceLock.release() }
            files = try BuiltSiteFiles.read(from: source, shown: output)
        } catch {
            fail(((error as? OutputError)?.message ?? error.localizedDescription) + "; " + unchanged)
        }
        guard !files.isEmpty else { fail("\(output) is empty; run 'prospectus build' first") }
        do {
            let bytes = try writer.publish(files, waiting: { note("Waiting for another publish into \(destination) (or a folder beside it) to finish…") },
                                           leftBehind: { note("note: " + $0) })
            print("Published \(files.count) files (\(byteText(bytes))) from \(output)/ to \(destination)")
        } catch {
            fail(((error as? OutputError)?.message ?? error.localizedDescription) + "; " + unchanged)
        }
    }

    /// Said after a refusal: the destination is unchanged, or (a first publish) was not made.
    private var unchanged: String { Unchanged.folder(destination, at: TypedPath.url(destination).path) }

    private func byteText(_ bytes: Int) -> String {
        bytes >= 1_000_000 ? String(format: "%.1f MB", Double(bytes) / 1e6) : String(format: "%.0f kB", Double(bytes) / 1e3)
    }

    /// Messages name paths, and a link's target can hold control characters: shown as `U+001B`,
    /// never sent to the terminal (which would act on them).
    private func note(_ message: String) {
        FileHandle.standardError.write(Data((ControlCharacters.visible(message) + "\n").utf8))
    }

    private func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("error: \(ControlCharacters.visible(message))\n".utf8))
        Foundation.exit(1)
    }
}
