import Foundation
@testable import Preview
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Idle and slow connections are closed, so they cannot pile up until the process runs out of file
/// descriptors. The timeouts are short here; the tests allow far longer for the server to act.
@Suite("Connection timeouts")
struct ConnectionTimeoutTests {
    static let quick = ServerLimits(idleTimeout: 0.5, requestTimeout: 0.5)

    @Test("a connection that sends nothing is closed after the idle timeout")
    func idleConnection() async throws {
        try await withPreview(watch: false, limits: Self.quick) { _, _, port in
            let reply = try await offPool {
                let descriptor = try RawHTTP.connect(port: port, timeout: 20)
                defer { close(descriptor) }
                return RawExchange.readUntilClosed(descriptor)
            }
            #expect(reply.closed, "the idle connection was still open after 20 s")
            #expect(reply.data.isEmpty, "an idle connection is closed without an answer")
        }
    }

    @Test("a kept-alive connection is closed after the idle timeout once answered")
    func keepAliveIdle() async throws {
        try await withPreview(watch: false, limits: Self.quick) { _, _, port in
            let reply = try await offPool {
                let descriptor = try RawHTTP.connect(port: port, timeout: 20)
                defer { close(descriptor) }
                RawHTTP.send(descriptor, "GET /index.html HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n\r\n")
                return RawExchange.readUntilClosed(descriptor)
            }
            #expect(try reply.response().status == 200)
            #expect(reply.closed, "the kept-alive connection was still open after 20 s")
        }
    }

    @Test("a request that stops half-way gets 408 Request Timeout and the connection is closed")
    func slowRequest() async throws {
        try await withPreview(watch: false, limits: Self.quick) { _, _, port in
            let reply = try await offPool {
                let descriptor = try RawHTTP.connect(port: port, timeout: 20)
                defer { close(descriptor) }
                RawHTTP.send(descriptor, "GET /index.html HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nX-Slow: ")
                return RawExchange.readUntilClosed(descriptor)
            }
            #expect(reply.closed, "the half-sent request's connection was still open after 20 s")
            #expect(try reply.response().status == 408)
        }
    }
}
