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
