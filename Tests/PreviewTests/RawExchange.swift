import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Exact bytes to the server and everything it answers, for the tests of what the server refuses:
/// the request is sent whole (even a megabyte), the sending side is then shut, and the answer is
/// read until the server closes the connection.
enum RawExchange {
    /// What came back: the bytes, and whether the server closed the connection (rather than the
    /// read timing out).
    struct Reply {
        var data: Data
        var closed: Bool
        func response() throws -> RawResponse { try RawHTTP.parse(data, method: "GET") }
    }

    static func send(port: Int, _ bytes: [UInt8], timeout: Int = 30) async throws -> Reply {
        try await offPool {
            let descriptor = try RawHTTP.connect(port: port, timeout: timeout)
            defer { close(descriptor) }
            var time = timeval(tv_sec: timeout, tv_usec: 0)
            setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
            var offset = 0
            while offset < bytes.count {
                let sent = bytes[offset...].withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
                if sent <= 0 { break }
                offset += sent
            }
            shutdown(descriptor, Int32(SHUT_WR))
            return readUntilClosed(descriptor)
        }
    }

    static func send(port: Int, _ text: String, timeout: Int = 30) async throws -> Reply {
        try await send(port: port, Array(text.utf8), timeout: timeout)
    }

    /// Reads until the server closes the connection or a read waits longer than the socket's timeout.
    static func readUntilClosed(_ descriptor: Int32) -> Reply {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count > 0 {
                data.append(contentsOf: buffer[0..<count])
                continue
            }
            // 0: closed in order; ECONNRESET: closed abruptly. Anything else (EAGAIN) is the timeout.
            return Reply(data: data, closed: count == 0 || errno == ECONNRESET)
        }
    }
}
