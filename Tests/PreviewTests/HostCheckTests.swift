import Foundation
@testable import Preview
import Testing

/// The preview answers only requests addressed to it, so that a page elsewhere cannot read it
/// through DNS rebinding (the browser then sends the attacker's name as Host).
@Suite("Host check")
struct HostCheckTests {
    func request(_ port: Int, host: String?, version: String = "HTTP/1.1") async throws -> RawResponse {
        let field = host.map { "Host: \($0)\r\n" } ?? ""
        return try await RawExchange.send(port: port, "GET /index.html \(version)\r\n\(field)Connection: close\r\n\r\n").response()
    }

    @Test("a foreign Host gets 421 Misdirected Request; the preview's own names are served")
    func foreignHost() async throws {
        try await withPreview(watch: false) { _, _, port in
            let refused = try await request(port, host: "evil.example")
            #expect(refused.status == 421)
            #expect(refused.text.contains("DNS rebinding"))
            #expect(!refused.text.contains("<html"), "the refusal carries none of the site")
            #expect(try await request(port, host: "evil.example:\(port)").status == 421)
            #expect(try await request(port, host: "127.0.0.1.evil.example").status == 421)
            #expect(try await request(port, host: "localhost:\(port == 1 ? 2 : 1)").status == 421, "another port")
            for host in ["127.0.0.1:\(port)", "127.0.0.1", "localhost:\(port)", "LOCALHOST", "[::1]:\(port)"] {
                #expect(try await request(port, host: host).status == 200, "\(host)")
            }
        }
    }

    @Test("no Host: HTTP/1.1 gets 400, HTTP/1.0 is served on a loopback listener; two Hosts get 400")
    func missingHost() async throws {
        try await withPreview(watch: false) { _, _, port async throws in
            #expect(try await request(port, host: nil).status == 400)
            #expect(try await request(port, host: nil, version: "HTTP/1.0").status == 200)
            let twice = "GET /index.html HTTP/1.1\r\nHost: 127.0.0.1\r\nHost: evil.example\r\n\r\n"
            #expect(try await RawExchange.send(port: port, twice).response().status == 400)
            let absolute = "GET http://evil.example/index.html HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
            #expect(try await RawExchange.send(port: port, absolute).response().status == 421, "an absolute target names the host")
        }
    }

    @Test("the policy: names, ports, and HTTP/1.0 without Host only on loopback")
    func policy() {
        let loopback = HostPolicy(listeningHost: "127.0.0.1", port: 8000)
        let wildcard = HostPolicy(listeningHost: "0.0.0.0", port: 8000)
        func head(_ hosts: [String], http11: Bool = true) -> RequestHead {
            RequestHead(method: .GET, path: "/", query: "", targetAuthority: nil, version: http11 ? .http11 : .http10, headers: [:],
                        hosts: hosts)
        }
        #expect(loopback.check(head(["localhost:8000"]), localAddress: "127.0.0.1") == .allowed)
        #expect(loopback.check(head(["[::1]"]), localAddress: "127.0.0.1") == .allowed)
        #expect(loopback.check(head([], http11: false), localAddress: "127.0.0.1") == .allowed)
        #expect(wildcard.check(head([], http11: false), localAddress: "192.168.1.5") != .allowed)
        #expect(wildcard.check(head(["192.168.1.5:8000"]), localAddress: "192.168.1.5") == .allowed, "the address connected to")
        #expect(wildcard.check(head(["staff-laptop:8000"]), localAddress: "192.168.1.5") != .allowed)
        #expect(loopback.check(head(["localhost:80000"]), localAddress: nil) != .allowed)
        #expect(loopback.check(head(["localhost:+800"]), localAddress: nil) != .allowed)
    }
}
