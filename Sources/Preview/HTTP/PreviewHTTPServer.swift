import FlyingFox
import FlyingSocks
import Foundation
import Parallel
#if canImport(Glibc)
import Glibc
#endif

/// The preview's HTTP/1.1 server, on FlyingSocks' sockets and event loop.
///
/// It takes the place of FlyingFox's `HTTPServer`, which reads a request line of any length (in
/// quadratic time), never closes an idle or half-sent connection, and whose accept loop ends for
/// good, silently, the first time the process runs out of file descriptors. Here requests are read
/// within `ServerLimits`, idle and slow connections are closed, at most `ConnectionBudget` of them
/// are open at once (the rest wait in the listen queue, so the process keeps descriptors for
/// itself), and when accepting fails for want of descriptors the server keeps trying. Either case
/// is reported once.
final class PreviewHTTPServer: Sendable {
    private let listener: Socket
    private let context: ConnectionContext
    private let budget: ConnectionBudget
    private let open = Locked(0)
    private let notice: @Sendable (String) -> Void
    private let warnedAboutDescriptors = Locked(false)

    /// Binds and listens at once (so a busy port is reported by the caller); `run()` serves.
    init(address: some SocketAddress, host: String, limits: ServerLimits, notice: @escaping @Sendable (String) -> Void,
         respond: @escaping @Sendable (RequestHead) async -> HTTPResponse) throws {
        let socket = try Socket(domain: Int32(type(of: address).family))
        do {
            try socket.setValue(true, for: .localAddressReuse)
            try socket.bind(to: address)
            try socket.listen()
        } catch {
            try? socket.close()
            throw error
        }
        listener = socket
        let port: UInt16
        switch try? socket.sockname() {
        case .ip4(_, let number), .ip6(_, let number): port = number
        default: port = 0
        }
        budget = ConnectionBudget.current()
        context = ConnectionContext(limits: limits, hosts: HostPolicy(listeningHost: host, port: port),
                                    streams: StreamSlots(limit: limits.eventStreams, budget: budget), respond: respond)
        self.notice = notice
    }

    /// How many connections are open now (accepted and not yet closed).
    var openConnections: Int { open.withLock { $0 } }

    /// The address listened on (with the port chosen when 0 was asked for).
    var address: Socket.Address? { try? listener.sockname() }

    /// Serves until cancelled, then closes the listening socket.
    func run() async throws {
        defer { try? listener.close() }
        let pool = SocketPool.make()
        try await pool.prepare()
        let listening = try AsyncSocket(socket: listener, pool: pool)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await pool.run() }
            group.addTask { await self.accept(on: listening) }
            _ = try await group.next()
            group.cancelAll()
        }
    }

    private func accept(on listening: AsyncSocket) async {
        let context = self.context
        await withDiscardingTaskGroup { group in
            while !Task.isCancelled {
                if open.withLock({ $0 }) >= budget.capacity {
                    warnOnce("\(budget.capacity) connections are open, as many as the limit of open files (\(budget.fileLimit)) allows")
                    try? await Task.sleep(for: .milliseconds(50))
                    continue
                }
                do {
                    let client = try await listening.accept()
                    open.withLock { $0 += 1 }
                    group.addTask {
                        await PreviewConnection(socket: client, context: context).run()
                        self.open.withLock { $0 -= 1 }
                    }
                } catch SocketError.failed(_, let code, _) where [EMFILE, ENFILE, ENOBUFS, ENOMEM].contains(code) {
                    // The connection waits in the listen queue; try again shortly rather than give up.
                    warnOnce("the process has no file descriptors left (\(String(cString: strerror(code))))")
                    try? await Task.sleep(for: .milliseconds(100))
                } catch {
                    // A connection reset before it was accepted, or the server is stopping.
                    if Task.isCancelled { break }
                    try? await Task.sleep(for: .milliseconds(10))
                }
            }
        }
    }

    private func warnOnce(_ reason: String) {
        guard !warnedAboutDescriptors.withLock({ warned in defer { warned = true }; return warned }) else { return }
        notice("the preview is not accepting new connections for now: \(reason). New ones wait until idle connections "
               + "time out or close, then are served; `ulimit -n` raises the limit. (Shown once.)")
    }
}
