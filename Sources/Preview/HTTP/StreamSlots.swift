import Parallel

/// How many responses without end (the live-reload event streams) may be open at once.
///
/// A stream holds its connection for as long as the page stays open, so without a cap a few tabs,
/// or one local program, could take the whole `ConnectionBudget` and leave pages unserved. The cap
/// is `ServerLimits.eventStreams`, and never more than half the budget: the other half is always
/// left for page requests. A stream beyond it is answered 503 with Retry-After.
final class StreamSlots: Sendable {
    let capacity: Int
    private let taken = Locked(0)

    init(limit: Int, budget: ConnectionBudget) {
        capacity = max(0, min(limit, budget.capacity / 2))
    }

    /// Takes a slot if one is free; each slot taken must be given back with `giveBack()`.
    func take() -> Bool {
        taken.withLock { taken in
            guard taken < capacity else { return false }
            taken += 1
            return true
        }
    }

    func giveBack() {
        taken.withLock { $0 = max(0, $0 - 1) }
    }

    /// How many streams are open now.
    var count: Int { taken.withLock { $0 } }
}
