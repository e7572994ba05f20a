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
        // The two fields compared, read once (not a copy of each session, with its strings).
        let days = sessions.map { $0.firstDay }, starts = sessions.map { $0.start }
        // Most courses have a handful of sessions: comparing each with those before it is then
        // cheaper than hashing, and gives the same ordinals.
        if sessions.count <= SessionOrdinals.fewSessions {
            var sameStart: [Int] = [], sameDay: [Int] = []
            sameStart.reserveCapacity(sessions.count)
            sameDay.reserveCapacity(sessions.count)
            for position in days.indices {
                var start = 1, day = 1
                for earlier in 0..<position where days[earlier] == days[position] {
                    day += 1
                    if starts[earlier] == starts[position] { start += 1 }
                }
                sameStart.append(start)
                sameDay.append(day)
            }
            self.sameStart = sameStart
            self.sameDay = sameDay
            return
        }
        sameStart = SessionOrdinals.running(days.indices.lazy.map { DayAndStart(day: days[$0], start: starts[$0]) })
        sameDay = SessionOrdinals.running(days)
    }

    /// Up to this many sessions, ordinals are counted by comparing each session with the earlier ones.
    static let fewSessions = 12

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
