import FlyingFox
import FlyingSocks
import Foundation

/// Responses without end, such as the live-reload event stream: capped, and closed as soon as the
/// client is seen to have gone.
extension PreviewConnection {
    /// The response's body has no length: it is written as it comes, until it ends or the client goes.
    static func isStream(_ response: HTTPResponse) -> Bool {
        if case .httpBody(let body) = response.payload { return body.count == nil }
        return false
    }

    /// Writes the stream while one of the `StreamSlots` is free (503 with Retry-After otherwise),
    /// until it ends, a write fails or takes longer than the write timeout (the heartbeats make sure
    /// there are writes), or the client closes its end, resets the connection or sends anything more.
    func serveStream(_ response: HTTPResponse) async {
        let slots = context.streams
        guard slots.take() else {
            try? await write(Self.tooManyStreams(slots.capacity), close: true, http10KeepAlive: false)
            return
        }
        defer { slots.giveBack() }
        let socket = self.socket
        await withTaskGroup(of: Void.self) { group in
            group.addTask { try? await self.write(response, close: true, http10KeepAlive: false) }
            group.addTask { await Self.waitForHangUp(socket) }
            await group.next()
            group.cancelAll()
        }
    }

    /// Returns when the client closes or resets the connection, or sends a byte: nothing should
    /// follow a request whose response has no end. (Or when cancelled, once the stream is over.)
    private static func waitForHangUp(_ socket: AsyncSocket) async {
        _ = try? await socket.read(atMost: 1)
    }

    /// 503, for a stream beyond the cap. The reload script opens the stream again after a while.
    static func tooManyStreams(_ capacity: Int) -> HTTPResponse {
        HTTPResponse(statusCode: HTTPStatusCode(503, phrase: "Service Unavailable"),
                     headers: [.contentType: "text/plain; charset=utf-8", .cacheControl: "no-store", HTTPHeader("Retry-After"): "5"],
                     body: Data(("Too many live-reload connections: the preview keeps \(capacity) open at once, so that pages "
                                 + "are always served. This one will be retried.\n").utf8))
    }
}
