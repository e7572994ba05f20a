import Foundation
import Parallel
import TestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Many idle connections against a low limit of open files must not take the preview down: it
/// keeps descriptors in reserve, closes idle connections, and serves again as soon as they close.
///
/// The server runs as a child process (the built `prospectus serve`, under `ulimit -n`), so the
/// low limit applies to it alone and not to the test process.
@Suite("Running out of file descriptors")
struct DescriptorExhaustionTests {
    /// `prospectus`, built beside the test bundle (`swift build` and `swift test` build it).
    static var binary: URL? {
        let folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [folder, folder.deletingLastPathComponent()] {
            let url = candidate.appendingPathComponent("prospectus")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }

    @Test("80 idle connections against a limit of 40 open files: a fresh request is still served, and it is said once")
    func idleConnectionsAtTheLimit() async throws {
        let binary = try #require(Self.binary, "build the prospectus product first (swift build)")
        let workspace = try Workspace()
        let server = try ChildServer(binary: binary, fileLimit: 40, arguments: [
            "serve", "--no-watch", "--port", "0", "--idle-timeout", "1", "--request-timeout", "1",
            "--content", workspace.content.path, "--theme", workspace.theme.path,
        ])
        defer { server.stop() }
        let port = try #require(await server.port(within: 60), "serve did not start: \(server.errors)")

        // More connections than the process may open files, all silent.
        let idle = try (0..<80).map { _ in try RawHTTP.connect(port: port, timeout: 20) }
        defer { idle.forEach { close($0) } }
        #expect(await eventually(30) { server.errors.contains("not accepting new connections") }, "no warning: \(server.errors)")

        let response = try await RawHTTP.request(port: port, "/index.html")
        #expect(response.status == 200)
        #expect(server.isRunning, "serve stopped: \(server.errors)")
        let closedByServer = await offPool { idle.filter { RawExchange.readUntilClosed($0).closed }.count }
        #expect(closedByServer == idle.count, "idle connections are closed by the server")
        #expect(server.errors.components(separatedBy: "not accepting new connections").count == 2, "said once: \(server.errors)")
    }

    @Test("70 event streams against a limit of 40 open files: pages are served while they are open and after they close, and none is left")
    func eventStreamsAtTheLimit() async throws {
        let binary = try #require(Self.binary, "build the prospectus product first (swift build)")
        let workspace = try Workspace()
        let server = try ChildServer(binary: binary, fileLimit: 40, arguments: [
            "serve", "--no-watch", "--port", "0", "--heartbeat-interval", "0.5",
            "--content", workspace.content.path, "--theme", workspace.theme.path,
        ])
        defer { server.stop() }
        let port = try #require(await server.port(within: 60), "serve did not start: \(server.errors)")
        let baseline = server.openFiles

        // 30 streams at once, more than the limit of open files leaves room for: a page is still served.
        let held = try await offPool { try (0..<30).map { _ in try EventStreamClient.open(port: port) } }
        let during = try await RawHTTP.request(port: port, "/index.html")
        #expect(during.status == 200)
        held.forEach { close($0) }

        // 40 more, each closed after a moment, as `curl -m 0.3` does.
        try await offPool {
            for _ in 0..<40 {
                let descriptor = try EventStreamClient.open(port: port)
                usleep(100_000)
                close(descriptor)
            }
        }
        let after = try await RawHTTP.request(port: port, "/index.html")
        #expect(after.status == 200)
        #expect(await eventually(20) { server.openFiles <= baseline + 2 },
                "\(server.openFiles) files open 20 s after every client closed, \(baseline) before")
        #expect(server.isRunning, "serve stopped: \(server.errors)")
    }
}

/// `prospectus` in a child process with a limit on open files; its output collected as it comes.
final class ChildServer: Sendable {
    private let process: Process
    private let output = Locked("")
    private let errorOutput = Locked("")

    init(binary: URL, fileLimit: Int, arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "ulimit -n \(fileLimit) && exec \"$0\" \"$@\"", binary.path] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["SOURCE_DATE_EPOCH"] = PreviewFixtures.epoch
        process.environment = environment
        let (out, err) = (Pipe(), Pipe())
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        self.process = process
        collect(out.fileHandleForReading, errors: false)
        collect(err.fileHandleForReading, errors: true)
        try process.run()
    }

    private func collect(_ handle: FileHandle, errors: Bool) {
        let thread = Thread { [self] in
            while true {
                let data = handle.availableData
                if data.isEmpty { return }
                let text = String(decoding: data, as: UTF8.self)
                if errors { errorOutput.withLock { $0 += text } } else { output.withLock { $0 += text } }
            }
        }
        thread.start()
    }

    var errors: String { errorOutput.withLock { $0 } }
    var isRunning: Bool { process.isRunning }

    /// How many files the server holds open now (its entries in /proc/PID/fd), sockets included.
    var openFiles: Int {
        (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(process.processIdentifier)/fd").count) ?? -1
    }

    /// The port from `Serving … at http://127.0.0.1:PORT/`.
    func port(within seconds: Double) async -> Int? {
        var found: Int?
        _ = await eventually(seconds) {
            let text = output.withLock { $0 }
            guard let range = text.range(of: "http://127.0.0.1:") else { return !process.isRunning }
            found = Int(text[range.upperBound...].prefix { $0.isNumber })
            return true
        }
        return found
    }

    /// SIGTERM, then SIGKILL if it has not stopped within 10 seconds.
    func stop() {
        guard process.isRunning else { return }
        process.terminate()
        let deadline = Date().addingTimeInterval(10)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }
}
