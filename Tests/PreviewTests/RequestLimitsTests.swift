import Foundation
@testable import Preview
import Testing

/// A request line or header section too large for the preview is refused at once, having read no
/// more than the limit, instead of being read whole (FlyingFox read a line in quadratic time: a
/// 100 KB path took seconds, a megabyte minutes).
@Suite("Request size limits")
struct RequestLimitsTests {
    @Test("a 1 MB request line gets 414 URI Too Long, quickly, and the server goes on serving")
    func longRequestLine() async throws {
        try await withPreview(watch: false) { _, _, port in
            let started = Date()
            let request = "GET /" + String(repeating: "a", count: 1 << 20) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
            let reply = try await RawExchange.send(port: port, request, timeout: 60)
            let response = try reply.response()
            #expect(response.status == 414)
            #expect(response.text.contains("8192 bytes"))
            #expect(reply.closed, "the connection is closed after the refusal")
            // Generous, for a loaded machine: the refusal takes milliseconds; reading the line whole took
            // FlyingFox hours in a debug build (8 KB took 5 s, and the time grew with the square).
            #expect(Date().timeIntervalSince(started) < 60)
            #expect(try await RawHTTP.request(port: port, "/index.html").status == 200)
        }
    }

    @Test("oversized header fields get 431: one field too long, or too many fields")
    func oversizedHeaders() async throws {
        try await withPreview(watch: false) { _, _, port in
            let long = "GET /index.html HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Filler: " + String(repeating: "b", count: 64 * 1024) + "\r\n\r\n"
            #expect(try await RawExchange.send(port: port, long).response().status == 431)
            let many = "GET /index.html HTTP/1.1\r\nHost: 127.0.0.1\r\n" + (1...200).map { "X-Field-\($0): x\r\n" }.joined() + "\r\n"
            let response = try await RawExchange.send(port: port, many).response()
            #expect(response.status == 431)
            #expect(response.header("Connection") == "close")
            #expect(try await RawHTTP.request(port: port, "/index.html").status == 200)
        }
    }

    @Test("the reader takes a request a byte at a time, and refuses a long line without reading it all")
    func readerIsIncremental() throws {
        var reader = RequestHeadReader(limits: .standard)
        let request = Array("GET /a%20b?q=1 HTTP/1.1\r\nHost: localhost:8000\r\nIf-None-Match: \"x\"\r\n\r\nGET / HTTP/1.0\r\n\r\n".utf8)
        var heads: [RequestHead] = []
        for byte in request {
            reader.append([byte])
            while case .head(let head) = reader.next() { heads.append(head) }
        }
        #expect(heads.count == 2)
        #expect(heads.first?.path == "/a%20b" && heads.first?.query == "q=1" && heads.first?.hosts == ["localhost:8000"])
        #expect(heads.first?.headers[.ifNoneMatch] == "\"x\"")
        #expect(heads.last?.isHTTP11 == false && heads.last?.keepAlive == false)

        var long = RequestHeadReader(limits: .standard)
        long.append(Array(("GET /" + String(repeating: "a", count: 9000)).utf8))
        guard case .failed(.uriTooLong) = long.next() else { Issue.record("a 9000-byte line without its end was not refused"); return }
        var bad = RequestHeadReader(limits: .standard)
        bad.append(Array("GET / HTTP/2.0\r\n\r\n".utf8))
        guard case .failed(.versionNotSupported) = bad.next() else { Issue.record("HTTP/2.0 was not refused"); return }
    }
}
