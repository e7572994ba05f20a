import Foundation
@testable import Preview
import TestSupport
import Testing

/// Every response carries the Content-Security-Policy documented for hosting, with nosniff and a
/// Referrer-Policy, and what the preview adds to pages works under it (no inline script or style).
@Suite("Security headers")
struct SecurityHeadersTests {
    func expectHeaders(_ response: RawResponse, _ what: String) {
        #expect(response.header("Content-Security-Policy") == SecurityHeaders.contentSecurityPolicy, "\(what)")
        #expect(response.header("X-Content-Type-Options") == "nosniff", "\(what)")
        #expect(response.header("Referrer-Policy") == SecurityHeaders.referrerPolicy, "\(what)")
    }

    @Test("pages, files, 404s, refusals and the event stream carry the policy")
    func everyResponse() async throws {
        try await withPreview(watch: false) { _, _, port in
            #expect(SecurityHeaders.contentSecurityPolicy.contains("script-src 'self'"))
            #expect(!SecurityHeaders.contentSecurityPolicy.contains("unsafe"))
            for path in ["/index.html", "/assets/site.css", "/catalogue.json", "/no-such-page.html", "/__prospectus/live-reload.js",
                         "/__prospectus/preview.css", "/__prospectus/status"] {
                expectHeaders(try await RawHTTP.request(port: port, path), path)
            }
            expectHeaders(try await RawExchange.send(port: port, "GET / HTTP/1.1\r\nHost: evil.example\r\n\r\n").response(), "421")
            expectHeaders(try await RawExchange.send(port: port, "GET /\(String(repeating: "x", count: 10_000)) HTTP/1.1\r\n\r\n").response(), "414")
            let stream = try EventStream(port: port)
            #expect(await stream.waitForGeneration(atLeast: 1) != nil)
            #expect(stream.receivedHead.contains("Content-Security-Policy: \(SecurityHeaders.contentSecurityPolicy)"))
        }
    }

    @Test("what the preview adds to a page is files, not inline script or style, even the error panel")
    func noInlineAdditions() async throws {
        try await withPreview(watch: false) { workspace, server, port in
            let file = "courses/mandatory/first-aid.md"
            try workspace.write(file, try workspace.read(file).replacingOccurrences(of: "groups: [", with: "groups: [teachres, "))
            server.rebuildNow()
            #expect(!server.snapshot.errors.isEmpty)
            let page = try await RawHTTP.request(port: port, "/courses/first-aid.html").text
            #expect(page.contains("role=\"alert\""))
            #expect(page.contains("<link rel=\"stylesheet\" href=\"/__prospectus/preview.css\">"))
            let overlay = ErrorOverlay.html(server.snapshot.errors)
            #expect(!overlay.contains("style="), "the error panel has inline styles")
            // Every script is a file, or a data block (JSON-LD, the scripts' words: not run, so not governed by script-src).
            for tag in page.components(separatedBy: "<script").dropFirst().map({ $0.prefix { $0 != ">" } }) {
                #expect(tag.contains("src=") || tag.contains("type=\"application/ld+json\"") || tag.contains("type=\"application/json\""),
                        "inline script: <script\(tag)>")
            }
        }
    }

    @Test("docs/hosting.md gives the same policy for nginx, Apache and IIS")
    func documented() throws {
        let guide = try String(contentsOf: TestPaths.repository.appendingPathComponent("docs/hosting.md"), encoding: .utf8)
        let policy = SecurityHeaders.contentSecurityPolicy
        #expect(guide.contains("add_header Content-Security-Policy \"\(policy)\" always;"), "nginx")
        #expect(guide.contains("Header set Content-Security-Policy \"\(policy)\""), "Apache")
        #expect(guide.contains("<add name=\"Content-Security-Policy\" value=\"\(policy)\" />"), "IIS")
        #expect(guide.contains("Referrer-Policy"))
    }
}
