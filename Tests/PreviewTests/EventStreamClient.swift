import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A bare client of the live-reload event stream, as a browser tab or `curl` is: it opens the
/// stream, reads what it likes, and closes the socket whenever it likes.
enum EventStreamClient {
    /// Connects and asks for the stream; reads wait at most `timeout` seconds each.
    static func open(port: Int, timeout: Int = 30) throws -> Int32 {
        let descriptor = try RawHTTP.connect(port: port, timeout: timeout)
        RawHTTP.send(descriptor, "GET /__prospectus/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
        return descriptor
    }

    /// What arrives until `marker` has, the server closes, a read waits longer than the socket's
    /// timeout, or `seconds` pass.
    static func read(_ descriptor: Int32, until marker: String, seconds: Double = 60) -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var text = ""
        var buffer = [UInt8](repeating: 0, count: 4096)
        while Date() < deadline, !text.contains(marker) {
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count <= 0 { break }
            text += String(decoding: buffer[0..<count], as: UTF8.self)
        }
        return text
    }

    /// The body of a chunked response as a browser reads it: the chunk framing taken off once.
    /// Complete chunks only (a stream that is still open ends in the middle of one).
    static func dechunked(_ text: String) -> String {
        // Bytes, not Characters: "\r\n" is one Character in Swift.
        let bytes = Array(text.utf8)
        func crlf(at index: Int) -> Bool { index + 1 < bytes.count && bytes[index] == 13 && bytes[index + 1] == 10 }
        guard var position = bytes.indices.first(where: { crlf(at: $0) && crlf(at: $0 + 2) }).map({ $0 + 4 }) else { return "" }
        var body: [UInt8] = []
        while let lineEnd = bytes[position...].indices.first(where: crlf(at:)),
              let size = Int(String(decoding: bytes[position..<lineEnd], as: UTF8.self), radix: 16), size > 0,
              lineEnd + 2 + size + 2 <= bytes.count {
            body += bytes[(lineEnd + 2)..<(lineEnd + 2 + size)]
            position = lineEnd + 2 + size + 2
        }
        return String(decoding: body, as: UTF8.self)
    }

    /// The status code of the response that `text` starts with (0 when none arrived).
    static func status(_ text: String) -> Int {
        let parts = text.prefix { $0 != "\r" }.split(separator: " ")
        return parts.count >= 2 ? Int(parts[1]) ?? 0 : 0
    }
}
