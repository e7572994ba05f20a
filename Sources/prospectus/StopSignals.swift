import Dispatch
import Foundation

/// SIGINT (Ctrl-C) and SIGTERM, delivered as an asynchronous wait instead of ending the process, so
/// `serve` can stop its server and close its connections first.
///
/// The dispatch sources are kept here until `cancel()`: an optimised build may otherwise release them
/// after their last use, and Ctrl-C would then do nothing (scripts/serve-stops.sh checks the release binary).
final class StopSignals {
    private let sources: [any DispatchSourceSignal]
    private let signals: AsyncStream<Int32>

    /// Starts listening: from now on the two signals no longer end the process by themselves.
    init() {
        let (signals, continuation) = AsyncStream<Int32>.makeStream()
        self.signals = signals
        sources = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { continuation.yield(number) }
            source.resume()
            return source
        }
    }

    /// Returns when the first of the two signals has arrived.
    func received() async {
        for await _ in signals { return }
    }

    /// Stops listening.
    func cancel() {
        for source in sources { source.cancel() }
    }
}
