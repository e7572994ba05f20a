import Catalogue

/// Where each session of a course stands among the course's earlier sessions that share its first
/// day (for its calendar file name) and its first day and start time (for its id), worked out in
/// one pass over the course: a course with thousands of sessions must not rescan the sessions
/// before each one.
struct SessionOrdinals: Sendable {
    /// By position in `course.sessions`: 1 for the first session with this first day and start
    /// time, 2 for the second, and so on.
    let sameStart: [Int]
    /// By position in `course.sessions`: 1 for the first session on this first day, 2 for the second…
    let sameDay: [Int]

    init(_ sessions: [Session]) {
        sameStart = SessionOrdinals.running(sessions.lazy.map { DayAndStart(day: $0.firstDay, start: $0.start) })
        sameDay = SessionOrdinals.running(sessions.lazy.map(\.firstDay))
    }

    /// For each key in order, how many times it has come so far, itself included: O(n) hashing,
    /// never a comparison with every earlier key.
    static func running<Key: Hashable>(_ keys: some Sequence<Key>) -> [Int] {
        var seen: [Key: Int] = [:]
        var ordinals: [Int] = []
        ordinals.reserveCapacity(keys.underestimatedCount)
        for key in keys {
            let ordinal = (seen[key] ?? 0) + 1
            seen[key] = ordinal
            ordinals.append(ordinal)
        }
        return ordinals
    }

    private struct DayAndStart: Hashable {
        var day: LocalDate
        var start: LocalTime?
    }
}
