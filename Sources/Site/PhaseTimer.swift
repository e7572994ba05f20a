import Foundation

/// Times the phases of a build: wall time, and processor time (user + system of every thread),
/// which on a shared, busy machine says more steadily how much work a phase did.
struct PhaseTimer {
    private(set) var phases: [(name: String, seconds: Double)] = []
    private(set) var processorSeconds: [String: Double] = [:]

    mutating func time<T>(_ name: String, _ work: () throws -> T) rethrows -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        let startProcessor = ProcessorTime.now()
        defer {
            phases.append((name, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9))
            processorSeconds[name] = ProcessorTime.now() - startProcessor
        }
        return try work()
    }
}

/// Times phases that follow one another where they are not closures (the preview's rebuilds): each
/// `lap(_:)` records the wall time since the previous lap, or since the timer was made.
public struct LapTimer: Sendable {
    public private(set) var phases: [(name: String, seconds: Double)] = []
    private var last = DispatchTime.now().uptimeNanoseconds

    public init() {}

    public mutating func lap(_ name: String) {
        let now = DispatchTime.now().uptimeNanoseconds
        phases.append((name, Double(now - last) / 1e9))
        last = now
    }

    /// Adds phases timed elsewhere; the next lap still counts from the last one.
    public mutating func append(_ more: [(name: String, seconds: Double)]) { phases += more }
}

/// The processor time the process has used.
public enum ProcessorTime {
    /// User + system time of the whole process so far (every thread), in seconds.
    public static func now() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }
}
