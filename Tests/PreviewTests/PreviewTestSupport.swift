import Foundation
import Preview
import Site
import TestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The fixtures and the real theme.
enum PreviewFixtures {
    static let theme = TestPaths.theme
    static func url(_ name: String) -> URL { TestPaths.fixture(name) }
    /// Tuesday 1 September 2026, noon UTC: "today" for every test, so none depends on the clock.
    static let epoch = "1788264000"
}

/// A temporary copy of a fixture (as Content/) with the theme beside it (as Theme/), removed at the end.
final class Workspace: @unchecked Sendable {
    let root: URL
    var content: URL { root.appendingPathComponent("Content") }
    var theme: URL { root.appendingPathComponent("Theme") }
    var output: URL { root.appendingPathComponent("Output") }

    init(fixture: String = "valid") throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("prospectus-preview-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: PreviewFixtures.url(fixture), to: content)
        try FileManager.default.copyItem(at: PreviewFixtures.theme, to: theme)
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    func buildOptions(output: URL? = nil) -> BuildOptions {
        BuildOptions(content: content, contentDisplay: "Content", theme: theme, themeDisplay: "Theme", output: output ?? self.output,
                     environment: ["SOURCE_DATE_EPOCH": PreviewFixtures.epoch])
    }

    func file(_ relative: String) -> URL { content.appendingPathComponent(relative) }

    func read(_ relative: String) throws -> String { try String(contentsOf: file(relative), encoding: .utf8) }

    /// Rewrites a content file the way an editor saves it.
    func write(_ relative: String, _ text: String) throws {
        try Data(text.utf8).write(to: file(relative))
    }
}

/// A response read off a raw socket: the path is sent exactly as given (no client-side clean-up of `..`).
struct RawResponse {
    var status: Int
    var headers: [String: String]
    var body: Data
    var text: String { String(decoding: body, as: UTF8.self) }
    func header(_ name: String) -> String? { headers[name.lowercased()] }
}

/// A minimal HTTP/1.1 client over a socket to 127.0.0.1, so that tests control the exact bytes sent.
enum RawHTTP {
    /// `timeout`: seconds a read may wait; generous, because a loaded two-core machine can be slow.
    static func connect(port: Int, timeout: Int = 30) throws -> Int32 {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw Failure("socket: \(errno)") }
        var time = timeval(tv_sec: timeout, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else {
            close(descriptor)
            throw Failure("connect: \(errno)")
        }
        return descriptor
    }

    static func send(_ descriptor: Int32, _ text: String) {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            // MSG_NOSIGNAL: a server that closes early must not stop the tests with SIGPIPE.
            let sent = bytes[offset...].withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if sent <= 0 { return }
            offset += sent
        }
    }

    /// Sends one request and reads the whole response, on a thread outside Swift's cooperative pool
    /// (a blocking read there could starve the server under test on a two-core machine).
    static func request(port: Int, _ path: String, method: String = "GET", headers: [String: String] = [:]) async throws -> RawResponse {
        try await offPool { try blockingRequest(port: port, path, method: method, headers: headers) }
    }

    static func blockingRequest(port: Int, _ path: String, method: String, headers: [String: String]) throws -> RawResponse {
        let descriptor = try connect(port: port)
        defer { close(descriptor) }
        var text = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
        for (name, value) in headers { text += "\(name): \(value)\r\n" }
        send(descriptor, text + "\r\n")
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count <= 0 { break }
            data.append(contentsOf: buffer[0..<count])
        }
        return try parse(data, method: method)
    }

    static func parse(_ data: Data, method: String) throws -> RawResponse {
        guard let end = data.range(of: Data("\r\n\r\n".utf8)) else { throw Failure("no header in \(data.count) bytes") }
        let head = String(decoding: data[..<end.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = head[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else { throw Failure("bad status line \(head[0])") }
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return RawResponse(status: status, headers: headers, body: Data(data[end.upperBound...]))
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }
}

/// An open Server-Sent Events connection: read the generation numbers the server announces.
final class EventStream {
    let descriptor: Int32
    private var pending = ""

    init(port: Int) throws {
        descriptor = try RawHTTP.connect(port: port, timeout: 1)
        RawHTTP.send(descriptor, "GET /__prospectus/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
    }

    deinit { close(descriptor) }

    /// Waits (up to `seconds`) for a `generation` event with a number of at least `atLeast`.
    func waitForGeneration(atLeast: Int, seconds: Double = 30) async -> Int? {
        let stream = UncheckedBox(self)
        return await offPool { stream.value.blockingWait(atLeast: atLeast, seconds: seconds) }
    }

    /// What arrived so far, the response's status line and headers included.
    var receivedHead: String { pending.components(separatedBy: "\r\n\r\n").first ?? "" }

    private func blockingWait(atLeast: Int, seconds: Double) -> Int? {
        let deadline = Date().addingTimeInterval(seconds)
        var buffer = [UInt8](repeating: 0, count: 4096)
        while Date() < deadline {
            for line in pending.components(separatedBy: "\n") where line.hasPrefix("data: ") {
                if let number = Int(line.dropFirst(6).trimmingCharacters(in: .whitespacesAndNewlines)), number >= atLeast { return number }
            }
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count == 0 { return nil }
            if count > 0 { pending += String(decoding: buffer[0..<count], as: UTF8.self) }
        }
        return nil
    }
}

/// Polls `condition` every 20 ms for up to `seconds`: generous, so slow machines pass, fast ones finish early.
func eventually(_ seconds: Double = 10, _ condition: () throws -> Bool) async rethrows -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if try condition() { return true }
        try? await Task.sleep(for: .milliseconds(20))
    }
    return try condition()
}

/// Runs blocking work on a Dispatch thread and awaits it.
func offPool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        DispatchQueue.global().async { continuation.resume(with: Result { try work() }) }
    }
}

func offPool<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
    await withCheckedContinuation { continuation in
        DispatchQueue.global().async { continuation.resume(returning: work()) }
    }
}

/// Hands a test-owned, single-user object to a Dispatch thread.
struct UncheckedBox<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
