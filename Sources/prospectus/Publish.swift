import ArgumentParser
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
        and was not made by Prospectus is refused. Needs write access to the destination's parent folder.
        """)

    @Option(name: .customLong("to"), help: "The folder to publish to, e.g. /srv/www/cpd (created if missing, replaced if made by Prospectus).")
    var destination: String

    @Option(help: "The built site to publish (made by 'prospectus build').")
    var output: String = "Output"

    func run() throws {
        let source = url(output)
        let fileManager = FileManager.default
        guard fileManager.fileExists(atPath: source.appendingPathComponent(OutputWriter.markerName).path) else {
            fail("\(output) is not a site built by Prospectus (it has no \(OutputWriter.markerName) file); run 'prospectus build' first")
        }
        // Read under the output folder's lock, so a build swapping in a new site meanwhile is waited
        // for rather than read half old, half new.
        let sourceLock: OutputLock
        do {
            sourceLock = try OutputLock(for: source, waiting: { note("Waiting for the build into \(output)/ to finish…") })
        } catch {
            fail(((error as? OutputError)?.message ?? error.localizedDescription) + "; \(destination) is unchanged")
        }
        var files: [OutputFile] = []
        for relative in (fileManager.subpaths(atPath: source.path) ?? []).sorted() where relative != OutputWriter.markerName {
            let file = source.appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: file.path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            guard let data = fileManager.contents(atPath: file.path) else { fail("cannot read \(output)/\(relative)") }
            files.append(OutputFile(path: relative, data: data))
        }
        sourceLock.release()
        guard !files.isEmpty else { fail("\(output) is empty; run 'prospectus build' first") }
        let writer = OutputWriter(output: url(destination), protecting: [source])
        do {
            let bytes = try writer.publish(files, waiting: { note("Waiting for another publish into \(destination) to finish…") })
            print("Published \(files.count) files (\(byteText(bytes))) from \(output)/ to \(destination)")
        } catch {
            fail(((error as? OutputError)?.message ?? error.localizedDescription) + "; \(destination) is unchanged")
        }
    }

    private func url(_ path: String) -> URL {
        URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true))
            .standardizedFileURL
    }

    private func byteText(_ bytes: Int) -> String {
        bytes >= 1_000_000 ? String(format: "%.1f MB", Double(bytes) / 1e6) : String(format: "%.0f kB", Double(bytes) / 1e3)
    }

    private func note(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    private func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("error: \(message)\n".utf8))
        Foundation.exit(1)
    }
}
