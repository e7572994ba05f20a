/// How much the preview server accepts from a client, and for how long it waits.
///
/// A request's line and header fields are read into a bounded buffer, so a client cannot make the
/// server hold (or scan) more than a few kilobytes per connection; idle and slow connections are
/// closed, so they cannot pile up until the process runs out of file descriptors.
public struct ServerLimits: Sendable, Equatable {
    /// The longest request line (method, target and version) accepted; longer gets 414 URI Too Long.
    public var requestLineBytes: Int
    /// The most bytes of header fields accepted (all of them together); more gets 431.
    public var headerBytes: Int
    /// The most header fields accepted; more gets 431 Request Header Fields Too Large.
    public var headerCount: Int
    /// Seconds a connection may wait, open and silent, for its next request (keep-alive included).
    public var idleTimeout: Double
    /// Seconds a request's line and header fields have to arrive in full, from its first byte; a
    /// slower one gets 408 Request Timeout and the connection is closed.
    public var requestTimeout: Double
    /// Seconds one piece of a response (up to 64 KiB) may take to be written; a client that stops
    /// reading is disconnected.
    public var writeTimeout: Double
    /// Seconds between heartbeats (`: ping`, a comment line) on a live-reload event stream, so that a
    /// client which has gone is noticed within about this long: the write fails and the connection
    /// closes. (A client that closes its end in order is noticed at once.)
    public var heartbeatInterval: Double
    /// The most live-reload event streams open at once, and never more than half the connection
    /// budget, so pages are always served; a stream beyond it gets 503 with Retry-After.
    public var eventStreams: Int

    public init(requestLineBytes: Int = 8 * 1024, headerBytes: Int = 16 * 1024, headerCount: Int = 100,
                idleTimeout: Double = 15, requestTimeout: Double = 10, writeTimeout: Double = 30,
                heartbeatInterval: Double = 5, eventStreams: Int = 32) {
        self.requestLineBytes = requestLineBytes
        self.headerBytes = headerBytes
        self.headerCount = headerCount
        self.idleTimeout = idleTimeout
        self.requestTimeout = requestTimeout
        self.writeTimeout = writeTimeout
        self.heartbeatInterval = heartbeatInterval
        self.eventStreams = eventStreams
    }

    /// The defaults of `prospectus serve`.
    public static let standard = ServerLimits()
}
