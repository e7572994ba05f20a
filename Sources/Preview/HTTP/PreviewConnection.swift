import FlyingFox
import FlyingSocks
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What every connection of one server shares.
struct ConnectionContext: Sendable {
    let limits: ServerLimits
    let hosts: HostPolicy
    /// The event streams open on all connections, and how many may be.
    let streams: StreamSlots
    let respond: @Sendable (RequestHead) async -> HTTPResponse
}

/// One client connection: reads requests within the limits and timeouts, answers them, and closes
/// when the client is idle or slow, asks to close, or sends what the preview refuses (answered
/// 400, 408, 414, 421, 431 or 505 first, with a short explanation). A response without end (the
/// live-reload event stream) is the connection's last, within the cap of `StreamSlots`.
struct PreviewConnection: Sendable {
    let socket: AsyncSocket
    let context: ConnectionContext
    private var limits: ServerLimits { context.limits }

    /// The largest piece written at once; each must be written within `ServerLimits.writeTimeout`.
    static let writePiece = 64 * 1024

    init(socket: AsyncSocket, context: ConnectionContext) {
        self.socket = socket
        self.context = context
    }

    func run() async {
        defer { try? socket.close() }
        let local = Self.address(of: socket.socket)
        var reader = RequestHeadReader(limits: limits)
        while !Task.isCancelled {
            switch await nextHead(&reader) {
            case .closed, .idle:
                return
            case .timedOut:
                return await refuse(.requestTimeout, "The request did not arrive in full within \(Self.seconds(limits.requestTimeout)).\n")
            case .failed(let failure):
                return await refuse(failure)
            case .head(let head):
                var close = !head.keepAlive || head.hasBody
                let response: HTTPResponse
                switch context.hosts.check(head, localAddress: local) {
                case .allowed:
                    response = await context.respond(head)
                case .misdirected(let text):
                    response = Self.plain(.misdirectedRequest, text)
                case .bad(let text):
                    response = Self.plain(.badRequest, text)
                    close = true
                }
                if Self.isStream(response) { return await serveStream(response) }
                do {
                    try await write(response, close: close, http10KeepAlive: !close && !head.isHTTP11)
                } catch {
                    return
                }
                // A body the preview did not read is drained rather than reset, so the client gets the answer.
                if close {
                    if head.hasBody { await lingeringClose() }
                    return
                }
            }
        }
    }

    private enum Next {
        case head(RequestHead), failed(RequestHeadReader.Failure)
        /// Nothing of a request arrived within the idle timeout.
        case idle
        /// Part of a request arrived, not all of it within the request timeout.
        case timedOut
        case closed
    }

    private func nextHead(_ reader: inout RequestHeadReader) async -> Next {
        var started = reader.hasPartialRequest
        var deadline = ContinuousClock.Instant.after(started ? limits.requestTimeout : limits.idleTimeout)
        let socket = self.socket
        while true {
            switch reader.next() {
            case .head(let head): return .head(head)
            case .failed(let failure): return .failed(failure)
            case .needMore: break
            }
            do {
                reader.append(try await withDeadline(deadline) { try await socket.read(atMost: 4096) })
            } catch is DeadlineExceeded {
                return started ? .timedOut : .idle
            } catch {
                return .closed
            }
            if !started {
                started = true
                deadline = .after(limits.requestTimeout)
            }
        }
    }

    private func refuse(_ failure: RequestHeadReader.Failure) async {
        switch failure {
        case .uriTooLong:
            await refuse(.uriTooLong, "URI too long: the preview accepts request lines of up to \(limits.requestLineBytes) bytes.\n")
        case .headersTooLarge:
            await refuse(.requestHeaderFieldsTooLarge,
                         "Request header fields too large: the preview accepts up to \(limits.headerCount) fields of "
                            + "\(limits.headerBytes) bytes in all.\n")
        case .versionNotSupported:
            await refuse(.httpVersionNotSupported, "The preview speaks HTTP/1.1 and HTTP/1.0 only.\n")
        case .badRequest(let reason):
            await refuse(.badRequest, "Bad request: \(reason).\n")
        }
    }

    private func refuse(_ code: HTTPStatusCode, _ text: String) async {
        try? await write(Self.plain(code, text), close: true, http10KeepAlive: false)
        await lingeringClose()
    }

    /// The status line and headers (with the security headers, and the length or chunked framing),
    /// then the body, a piece at a time, each piece within the write timeout.
    func write(_ response: HTTPResponse, close: Bool, http10KeepAlive: Bool) async throws {
        var headers = response.headers
        for (name, value) in SecurityHeaders.all where headers[name] == nil { headers[name] = value }
        guard case .httpBody(let body) = response.payload else { throw SocketError.disconnected }
        let length = body.count
        if let length, headers[.contentLength] == nil { headers[.contentLength] = String(length) }
        let chunked = length == nil && headers[.contentLength] == nil
        if chunked { headers[.transferEncoding] = "chunked" }
        if close { headers[.connection] = "close" } else if http10KeepAlive { headers[.connection] = "keep-alive" }
        var text = "HTTP/1.1 \(response.statusCode.code) \(response.statusCode.phrase)\r\n"
        // HTTPHeaders keeps a value such as an HTTP date as parts split at its commas: one line each, joined again.
        for name in headers.keys.sorted(by: { $0.rawValue < $1.rawValue }) {
            text += "\(name.rawValue): \(headers.values(for: name).joined(separator: ", "))\r\n"
        }
        try await send(Data((text + "\r\n").utf8))
        // Sent as the body gives it, never gathered into one copy first (`bodyData` copies the whole
        // body: 170 MB more for catalogue.json at 20,000 courses). A body of unknown length is already
        // chunk-encoded by FlyingFox (`HTTPBodySequence(from:)` wraps it in
        // `HTTPChunkedTransferEncoder`, final empty chunk included): sent as it is too.
        for try await chunk in body where !chunk.isEmpty {
            try await send(chunk)
        }
    }

    private func send(_ data: Data) async throws {
        let socket = self.socket
        var start = data.startIndex
        while start < data.endIndex {
            let end = min(start + Self.writePiece, data.endIndex)
            let piece = data[start..<end]
            try await withDeadline(.after(limits.writeTimeout)) { try await socket.write(piece) }
            start = end
        }
    }

    /// Stops sending, then reads and drops what the client is still sending (for 2 seconds or 4 MiB
    /// at most) before closing, so the client reads the answer instead of a connection reset.
    private func lingeringClose() async {
        _ = shutdown(socket.socket.file.rawValue, Int32(SHUT_WR))
        let deadline = ContinuousClock.Instant.after(2)
        let socket = self.socket
        var drained = 0
        while drained < 4 << 20, ContinuousClock.now < deadline {
            do {
                // What has arrived is read at once, 64 KiB at a time; only then wait for more.
                drained += try socket.socket.read(atMost: 64 * 1024).count
            } catch SocketError.blocked {
                guard let bytes = try? await withDeadline(deadline, { try await socket.read(atMost: 4096) }) else { return }
                drained += bytes.count
            } catch {
                return
            }
        }
    }

    static func plain(_ code: HTTPStatusCode, _ text: String) -> HTTPResponse {
        HTTPResponse(statusCode: code, headers: [.contentType: "text/plain; charset=utf-8", .cacheControl: "no-store"], body: Data(text.utf8))
    }

    /// The IP address a socket is bound to (IPv6 without brackets), or nil.
    static func address(of socket: Socket) -> String? {
        switch try? socket.sockname() {
        case .ip4(let ip, _): ip
        case .ip6(let ip, _): ip
        default: nil
        }
    }

    private static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
    }
}
