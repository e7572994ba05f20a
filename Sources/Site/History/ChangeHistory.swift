import Catalogue
import Foundation
import JSON

/// One academic year's history of changes to one edition of the offer: the offer as the last build
/// saw it, which the next build compares with, and every change found since, newest first.
///
/// It is kept in the history folder (`Content/history/2026-27.json`; the partners' edition in
/// `2026-27-partners.json`), not in the output, so deleting `Output/` or building from a clean
/// checkout keeps "What's new". A new academic year starts a new file; earlier years' files stay.
/// Written pretty-printed with sorted keys: the same content, history and "today" give the same bytes.
struct ChangeHistory: Codable, Sendable {
    static let currentVersion = 1

    var version: Int
    /// `2026-27`: the year of the offer this history belongs to.
    var academicYear: String
    /// `staff` or `partners`.
    var edition: String
    /// The offer as the last build saw it.
    var offer: OfferSnapshot
    var changes: [Change]

    enum CodingKeys: String, CodingKey {
        case version, academicYear = "academic_year", edition, offer, changes
    }

    init(academicYear: AcademicYear, edition: Edition, offer: OfferSnapshot, changes: [Change]) {
        version = Self.currentVersion
        self.academicYear = academicYear.description
        self.edition = edition.rawValue
        self.offer = offer
        self.changes = changes
    }

    /// The changes, as `changes.json`, the What's new page and its feed publish them.
    var log: ChangeLog { ChangeLog(changes: changes) }

    /// This build's history: the changes from `previous`'s offer to `current`, dated `today`, then the
    /// earlier ones. Without a previous history no change is claimed (a first build, a new year).
    static func updated(_ previous: ChangeHistory?, year: AcademicYear, edition: Edition, current: OfferSnapshot,
                        today: LocalDate) -> ChangeHistory {
        let log = ChangeLog.updated(previous?.log ?? ChangeLog(changes: []), previous: previous?.offer, current: current, today: today)
        return ChangeHistory(academicYear: year, edition: edition, offer: current, changes: log.changes)
    }

    /// The file's bytes, ending in a line break.
    func encoded() -> [UInt8] {
        Array(((try? JSONValue(encoding: self)) ?? .null).rendered(.record).utf8) + [0x0A]
    }
}
