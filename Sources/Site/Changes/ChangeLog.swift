import Catalogue
import Foundation
import JSON

/// The dated changes to the offer, newest first, as the published site carries them in
/// `changes.json`; the history they come from is kept beside the content (`ChangeHistory`).
///
/// Deterministic: the same content, the same previous offer and the same "today" give the same log.
struct ChangeLog: Codable, Sendable {
    static let path = "changes.json"
    /// Entries older than this many days are dropped.
    static let keepDays = 400

    var version = 1
    var changes: [Change]

    init(changes: [Change]) { self.changes = changes }

    /// This build's log: the changes from `previous` to `current` dated `today`, then the earlier ones.
    static func updated(_ log: ChangeLog, previous: OfferSnapshot?, current: OfferSnapshot, today: LocalDate) -> ChangeLog {
        let found = previous.map { OfferDiff.changes(from: $0, to: current, on: today) } ?? []
        let cutoff = today.adding(days: -keepDays).iso
        // A rebuild on the same day with the same content finds nothing new; entries already logged stay.
        let kept = log.changes.filter { $0.date >= cutoff && !found.contains($0) }
        return ChangeLog(changes: found + kept)
    }

    /// Written as the history file is (`ChangeHistory.encoded()`): pretty, keys sorted, so the same
    /// changes give the same bytes.
    func json() -> Data {
        Data(((try? JSONValue(encoding: self)) ?? .null).rendered(.record).utf8)
    }
}
