/// The work did not finish before its deadline.
struct DeadlineExceeded: Error {}

/// Runs `work`, cancelling it when `deadline` passes first (then throws `DeadlineExceeded`).
///
/// Socket waits in FlyingSocks' pool end on cancellation, so a read or write that waits on a
/// silent or stalled client stops at the deadline.
func withDeadline<T: Sendable>(_ deadline: ContinuousClock.Instant, _ work: @escaping @Sendable () async throws -> T) async throws -> T {
    try await withThrowingTaskGroup(of: T?.self) { group in
        group.addTask { try await work() }
        group.addTask {
            try await Task.sleep(until: deadline, clock: .continuous)
            return nil
        }
        defer { group.cancelAll() }
        guard let first = try await group.next(), let value = first else { throw DeadlineExceeded() }
        return value
    }
}

extension ContinuousClock.Instant {
    /// Now plus `seconds`.
    static func after(_ seconds: Double) -> ContinuousClock.Instant { .now + .milliseconds(Int((seconds * 1000).rounded())) }
}
