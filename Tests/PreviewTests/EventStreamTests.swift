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
}
