import Catalogue
import Foundation

/// The dated history of changes to the offer, kept in the published site as `changes.json` and
/// extended by each build with what differs from the previous one.
///
/// Deterministic: the same content, the same previous site and the same "today" give the same log.
struct ChangeLog: Codable, Sendable {
    static let path = "changes.json"
    /// Entries older than this many days are dropped.
    static let keepDays = 400

    var version = 1
    var changes: [Change]

    init(changes: [Change]) { self.changes = changes }

    /// The log published in `output`, or an empty one.
    static func published(in output: URL) -> ChangeLog {
        guard FileManager.default.fileExists(atPath: output.appendingPathComponent(OutputWriter.markerName).path),
              let data = FileManager.default.contents(atPath: output.appendingPathComponent(path).path),
              let log = try? JSONDecoder().decode(ChangeLog.self, from: data) else { return ChangeLog(changes: []) }
        return log
    }

    /// This build's log: the changes from `previous` to `current` dated `today`, then the earlier ones.
    static func updated(_ log: ChangeLog, previous: OfferSnapshot?, current: OfferSnapshot, today: LocalDate) -> ChangeLog {
        let found = previous.map { OfferDiff.changes(from: $0, to: current, on: today) } ?? []
        let cutoff = today.adding(days: -keepDays).iso
        // A rebuild on the same day with the same content finds nothing new; entries already logged stay.
        let kept = log.changes.filter { $0.date >= cutoff && !found.contains($0) }
        return ChangeLog(changes: found + kept)
    }

    func json() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)) ?? Data()
    }
}
