import Foundation
@testable import Preview
import TestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The live-reload event stream cannot hold connections: a client that has gone is noticed within
/// a few heartbeats (or at once, when it closes in order), and streams beyond a cap are refused so
/// that pages are always served. Heartbeats are fast here; the tests allow far longer.
@Suite("Event stream connections")
struct EventStreamTests {
    static let quick = ServerLimits(heartbeatInterval: 0.2)

    @Test("an open event stream carries a heartbeat comment")
    func heartbeat() async throws {
        try await withPreview(watch: false, limits: Self.quick) { _, _, port in
            let text = try await offPool {
                let descriptor = try EventStreamClient.open(port: port)
                defer { close(descriptor) }
                return EventStreamClient.read(descriptor, until: ": ping\n\n")
            }
            #expect(EventStreamClient.status(text) == 200)
            #expect(text.contains(": ping\n\n"), "no heartbeat within 60 s: \(text)")
        }
    }

    @Test("the stream is chunk-encoded once: with the framing taken off, the body is plain event-stream text")
    func chunkedOnce() async throws {
        try await withPreview(watch: false, limits: Self.quick) { _, _, port in
            let text = try await offPool {
                let descriptor = try EventStreamClient.open(port: port)
                defer { close(descriptor) }
                return EventStreamClient.read(descriptor, until: ": ping\n\n")
            }
            #expect(text.contains("Transfer-Encoding: chunked\r\n"))
            let body = EventStreamClient.dechunked(text)
            #expect(body.hasPrefix("retry: "), "\(body.debugDescription)")
            #expect(body.contains(": ping\n\n"), "\(body.debugDescription)")
            #expect(!body.contains("\r\n"), "chunk framing left inside the body: \(body.debugDescription)")
        }
    }

    @Test("clients that close their event streams leave no connection behind")
    func closedStreamsAreReleased() async throws {
        try await withPreview(watch: false, limits: Self.quick) { _, server, port in
            try await offPool {
                for index in 0..<20 {
                    let descriptor = try EventStreamClient.open(port: port)
                    // Half read the first event, as a browser does; half close at once, as `curl -m` does.
                    if index.isMultiple(of: 2) { _ = EventStreamClient.read(descriptor, until: "data: ") }
                    close(descriptor)
                }
            }
            var open = await server.openConnections
            let deadline = Date().addingTimeInterval(20)
            while open > 0, Date() < deadline {
                try await Task.sleep(for: .milliseconds(50))
                open = await server.openConnections
            }
            #expect(open == 0, "\(open) connections still open 20 s after their clients closed")
            #expect(server.listeners == 0)
        }
    }

    @Test("a client that closes its event stream is let go at once, without waiting for a heartbeat")
    func hangUpNoticed() async throws {
        try await withPreview(watch: false, limits: ServerLimits(heartbeatInterval: 600)) { _, server, port in
            try await offPool {
                for _ in 0..<10 {
                    let descriptor = try EventStreamClient.open(port: port)
                    _ = EventStreamClient.read(descriptor, until: "data: ")
                    close(descriptor)
                }
            }
            var open = await server.openConnections
            let deadline = Date().addingTimeInterval(20)
            while open > 0, Date() < deadline {
                try await Task.sleep(for: .milliseconds(50))
                open = await server.openConnections
            }
            #expect(open == 0, "\(open) connections still open 20 s after their clients closed")
        }
    }

    @Test("streams beyond the cap get 503 with Retry-After, and pages are still served")
    func cap() async throws {
        var limits = Self.quick
        limits.eventStreams = 4
        try await withPreview(watch: false, limits: limits) { _, server, port in
            let held = try await offPool { try (0..<4).map { _ in try EventStreamClient.open(port: port) } }
            defer { held.forEach { close($0) } }
            for descriptor in held {
                let text = await offPool { EventStreamClient.read(descriptor, until: "data: ") }
                #expect(EventStreamClient.status(text) == 200)
            }
            for _ in 0..<3 {
                let text = try await offPool {
                    let descriptor = try EventStreamClient.open(port: port)
                    defer { close(descriptor) }
                    return EventStreamClient.read(descriptor, until: "\r\n\r\n")
                }
                #expect(EventStreamClient.status(text) == 503, "a stream beyond the cap: \(text.prefix(200))")
                #expect(text.lowercased().contains("\r\nretry-after: "))
            }
            #expect(try await RawHTTP.request(port: port, "/index.html").status == 200)
            #expect(server.listeners == 4)
        }
    }
}
