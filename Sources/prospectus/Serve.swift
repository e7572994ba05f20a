import ArgumentParser
import Catalogue
import Foundation
import Preview
import Site
import Terminal

/// `prospectus serve`: a live preview while editing (build, serve on 127.0.0.1, rebuild on save).
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Preview the site in a browser while you edit: rebuilds on every save and reloads open pages.",
        discussion: """
        Builds the site into memory (Output/ is not touched) and serves it on 127.0.0.1 only, unless --host \
        says otherwise. Watches the content and theme folders: each save rebuilds what it affects and open \
        pages reload by themselves. Mistakes are printed here and shown over the page, with file:line:column, \
        while the last good site stays served. Ctrl-C stops.
        """)

    /// The content, theme and history folders; the preview writes no output folder, so it has no --output.
    @OptionGroup var paths: SourceOptions

    @Option(help: "The port to listen on (0 picks a free one).")
    var port: UInt16 = 8000

    @Option(help: "The address to listen on. The default, 127.0.0.1, is reachable from this computer only; 0.0.0.0 opens it to the network.")
    var host: String = "127.0.0.1"

    @Option(help: "Serve the site under this sub-path, e.g. /cpd/, to preview intranet hosting.")
    var base: String = "/"

    @Flag(name: .customLong("no-watch"), help: "Build once and serve, without watching for changes.")
    var noWatch = false

    @Flag(name: .long, help: "Print the time each phase of every rebuild took.")
    var timings = false

    @Option(name: .customLong("idle-timeout"), help: ArgumentHelp("Seconds an open connection may wait silent for its next request.",
                                                                  visibility: .hidden))
    var idleTimeout: Double = ServerLimits.standard.idleTimeout

    @Option(name: .customLong("request-timeout"), help: ArgumentHelp("Seconds a request's header has to arrive in full.",
                                                                     visibility: .hidden))
    var requestTimeout: Double = ServerLimits.standard.requestTimeout

    @Option(name: .customLong("heartbeat-interval"), help: ArgumentHelp("Seconds between heartbeats on a live-reload event stream.",
                                                                        visibility: .hidden))
    var heartbeatInterval: Double = ServerLimits.standard.heartbeatInterval

    func run() async throws {
        let printer = ReportPrinter()
        let content = paths.content
        var limits = ServerLimits.standard
        limits.idleTimeout = idleTimeout
        limits.requestTimeout = requestTimeout
        limits.heartbeatInterval = heartbeatInterval
        let options = PreviewOptions(build: paths.buildOptions(), host: host, port: port, base: base, watch: !noWatch, limits: limits)
        let timings = self.timings
        let watching = noWatch ? "not watching for changes" : "live reload on"
        let server = PreviewServer(options: options, onRebuild: { report in
            Serve.print(report, printer: printer, content: content)
            if timings {
                Serve.say("    " + report.phases.map { String(format: "%@ %.1f ms", $0.name, $0.seconds * 1000) }.joined(separator: ", ")
                          + String(format: "; processor %.1f ms", report.processorSeconds * 1000))
            }
        }, onNotice: { printer.note("warning: " + $0) })
        // Ctrl-C and SIGTERM stop listening and watching and close the connections; handled from
        // before the server starts, so an early Ctrl-C is not lost.
        let stop = StopSignals()
        defer { stop.cancel() }
        let url: URL
        do {
            url = try await server.start()
        } catch {
            printer.note("error: \(error)")
            throw ExitCode(1)
        }
        Serve.say("Serving \(content)/ at \(url)  (\(watching); Ctrl-C to stop)")
        if !["127.0.0.1", "::1", "localhost"].contains(options.host) {
            printer.note("warning: listening on \(options.host): anyone who can reach this computer on port \(url.port ?? 0) can see the preview")
        }
        await stop.received()
        await server.stop()
        Serve.say("\nStopped.")
    }

    private static func print(_ report: RebuildReport, printer: ReportPrinter, content: String) {
        printer.printDiagnostics(report.diagnostics)
        let time = String(format: "%.0f ms", report.seconds * 1000)
        if report.succeeded {
            let warnings = report.diagnostics.warningCount
            let what = report.full
                ? "built \(report.pages) pages from \(report.fileCount) files"
                : "rebuilt: \(report.parsedFiles) \(report.parsedFiles == 1 ? "file" : "files") parsed, \(report.renderedPages) pages rendered, "
                    + "\(report.changedPaths.count) \(report.changedPaths.count == 1 ? "file" : "files") changed"
            say("[\(report.generation)] \(what) in \(time)" + (warnings > 0 ? " (\(warnings) \(warnings == 1 ? "warning" : "warnings"))" : ""))
            // After a full build and whenever a content file was read again (it may have become, or stopped being, a draft).
            if report.full || report.parsedFiles > 0, let drafts = DraftSummary.line(report.drafts) { printer.note(drafts) }
        } else {
            printer.note("[\(report.generation)] " + DiagnosticFormatter.summary(report.diagnostics, files: report.fileCount)
                         + "; the browser shows the errors over the last good site")
        }
    }

    /// Standard output without buffering, so each line shows at once even through a pipe.
    private static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}
