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

    /// A history as a file holds it, its values unchecked (`HistoryQuickRead`).
    init(version: Int, academicYear: String, edition: String, offer: OfferSnapshot, changes: [Change]) {
        self.version = version
        self.academicYear = academicYear
        self.edition = edition
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

    /// The file's bytes, ending in a line break: the history as `JSONValue(encoding:)` renders it in
    /// the record style (`encodedThroughValue()`), byte for byte, written as it goes. The tree the
    /// encoder built for the offer's every session (12 MB of text at 20,000 courses) cost more than
    /// the text.
    func encoded() -> [UInt8] {
        var writer = JSONStreamWriter(style: .record, capacity: 600 * offer.courses.count + 400 * changes.count + 256)
        writer.beginObject()
        writer.member("academic_year", text: academicYear)
        writer.key("changes")
        writer.beginArray()
        for change in changes {
            writer.beginObject()
            writer.member("course", text: change.course)
            writer.member("date", text: change.date)
            writer.member("detail", text: change.detail)
            writer.member("kind", text: change.kind.rawValue)
            if let session = change.session { writer.member("session", text: session) }
            writer.member("title", text: change.title)
            writer.endObject()
        }
        writer.endArray()
        writer.member("edition", text: edition)
        writer.key("offer")
        writer.beginObject()
        writer.key("courses")
        writer.beginArray()
        for course in offer.courses {
            writer.beginObject()
            writer.key("sessions")
            writer.beginArray()
            for session in course.sessions {
                writer.beginObject()
                writer.member("first_day", text: session.first_day)
                writer.member("id", text: session.id)
                if let start = session.start { writer.member("start", text: start) }
                writer.member("status", text: session.status)
                if let venue = session.venue { writer.member("venue", text: venue) }
                writer.endObject()
            }
            writer.endArray()
            writer.member("slug", text: course.slug)
            writer.member("title", text: course.title)
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
        writer.member("version", .int(version))
        writer.endObject()
        return writer.finishBytes() + [0x0A]
    }

    /// `encoded()` made through the encoder and a `JSONValue` tree: what it is held to (tests).
    func encodedThroughValue() -> [UInt8] {
        Array(((try? JSONValue(encoding: self)) ?? .null).rendered(.record).utf8) + [0x0A]
    }
}
