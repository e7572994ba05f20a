import FlyingFox
import FlyingSocks
import Foundation
import Site

/// `prospectus serve`: builds the site into memory, serves it over HTTP (on 127.0.0.1 unless told
/// otherwise), watches the content and theme, rebuilds incrementally on every change and makes open
/// pages reload, or show the errors, by themselves.
///
/// Nothing is written to disk: the site lives in memory, so the output folder is never touched
/// (it is only read, for the history behind "What's new").
public actor PreviewServer {
    public let options: PreviewOptions
    private let session: PreviewSession
    private let notice: @Sendable (String) -> Void
    private var server: PreviewHTTPServer?
    private var serverTask: Task<Void, Never>?
    private var watcher: FileWatcher?
    private var stopped = false

    /// - Parameters:
    ///   - onRebuild: called after the first build and every rebuild, on the watcher's thread.
    ///   - onNotice: called with a warning about serving (e.g. the process ran out of file descriptors).
    ///   - work: counts the pages rendered and the exports made (the tests read it).
    public init(options: PreviewOptions, onRebuild: @escaping @Sendable (RebuildReport) -> Void = { _ in },
                onNotice: @escaping @Sendable (String) -> Void = { _ in }, work: SiteWork = SiteWork()) {
        self.options = options
        self.session = PreviewSession(options: options, work: work, listener: onRebuild)
        self.notice = onNotice
    }

    /// The site as served now.
    public nonisolated var snapshot: SiteSnapshot { session.snapshot }

    /// Builds the site, starts listening and watching; returns the site's address (with the base path).
    @discardableResult
    public func start() async throws -> URL {
        let address: any SocketAddress
        do {
            address = options.host.contains(":")
                ? try sockaddr_in6.inet6(ip6: options.host, port: options.port)
                : try sockaddr_in.inet(ip4: options.host, port: options.port)
        } catch {
            throw PreviewError.badHost(options.host)
        }
        let responder = SiteResponder(base: options.base)
        let session = self.session
        let heartbeat = options.limits.heartbeatInterval
        let server: PreviewHTTPServer
        do {
            server = try PreviewHTTPServer(address: address, host: options.host, limits: options.limits, notice: notice) { request in
                if request.path == LiveReload.eventsPath, request.method == .GET {
                    let body = EventStreamBody { session.events.subscribe(current: session.snapshot.generation, heartbeat: heartbeat) }
                    return HTTPResponse(statusCode: .ok,
                                        headers: [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-store"],
                                        body: HTTPBodySequence(from: body, suggestedBufferSize: 1024))
                }
                return responder.respond(to: request, snapshot: session.snapshot)
            }
        } catch {
            throw describe(error)
        }
        // Watching before the first build, so that a save made while it runs (seconds, on a large
        // offer) is seen and rebuilt after it, not lost; the rebuilds take turns.
        if options.watch {
            let watcher = FileWatcher(roots: [options.build.content, options.build.theme]) { paths, changes in
                session.rebuild(changed: paths, changes: changes)
            }
            try watcher.start()
            self.watcher = watcher
        }
        self.server = server
        let notice = self.notice
        serverTask = Task {
            do {
                try await server.run()
            } catch where !Task.isCancelled {
                // Not silently: a preview that stopped serving would otherwise look like a hung one.
                notice("the preview stopped serving: \(error)")
            } catch {}
        }
        // Listening first (a busy port is reported at once), then the first build; until it is done
        // pages say the site is being built, and reload when it is. The build runs on a thread of its
        // own: on Swift's shared pool it would hold up the connections (the pool has a thread per core).
        await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
            DispatchQueue.global().async {
                session.rebuild(changed: nil)
                done.resume()
            }
        }
        return try url()
    }

    /// The address the site is served at, e.g. `http://127.0.0.1:8000/cpd/`.
    public func url() throws -> URL {
        guard let server, let address = server.address else {
            throw PreviewError.cannotListen(host: options.host, port: options.port, reason: "not listening")
        }
        let host: String, port: UInt16
        switch address {
        case .ip4(let ip, let number): (host, port) = (ip, number)
        case .ip6(let ip, let number): (host, port) = ("[\(ip)]", number)
        case .unix(let path): (host, port) = (path, 0)
        }
        return URL(string: "http://\(host):\(port)\(options.base)")!
    }

    /// Rebuilds at once, as the watcher does after a change to the content (or the theme, when
    /// `themeChanged`); nil when no content file changed.
    @discardableResult
    public nonisolated func rebuildNow(themeChanged: Bool = false) -> RebuildReport? { session.rebuild(themeChanged: themeChanged) }

    /// How many browsers (or tests) hold the event stream open.
    public nonisolated var listeners: Int { session.events.count }

    /// How many client connections are open now, event streams included.
    public var openConnections: Int { server?.openConnections ?? 0 }

    /// Stops watching, ends the event streams and closes every connection.
    public func stop() async {
        guard !stopped else { return }
        stopped = true
        watcher?.stop()
        session.events.close()
        serverTask?.cancel()
        await serverTask?.value
    }

    private func describe(_ error: any Error) -> PreviewError {
        if case .failed(_, let code, let message) = error as? SocketError {
            return code == EADDRINUSE ? .portInUse(host: options.host, port: options.port)
                : .cannotListen(host: options.host, port: options.port, reason: message)
        }
        return .cannotListen(host: options.host, port: options.port, reason: "\(error)")
    }
}
