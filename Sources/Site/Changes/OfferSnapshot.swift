import Catalogue
import Foundation

/// What the change log compares between two builds: each published course and its sessions.
///
/// Read back from the `catalogue.json` the previous build published, so no extra state is kept.
struct OfferSnapshot: Codable, Sendable {
    struct Course: Codable, Sendable {
        var slug: String
        var title: String
        var sessions: [Session]
    }

    struct Session: Codable, Sendable, Hashable {
        var id: String
        var first_day: String
        var start: String?
        var venue: String?
        var status: String
    }

    var courses: [Course]

    init(courses: [Course]) { self.courses = courses }

    /// The snapshot of a catalogue about to be published (the same ids catalogue.json uses).
    init(_ catalogue: Catalogue) {
        courses = catalogue.publishedCourses.map { course in
            Course(slug: course.slug, title: course.title, sessions: CourseSession.all(of: course).map { item in
                Session(id: item.id, first_day: item.session.firstDay.iso, start: item.session.start?.description,
                        venue: item.session.venue, status: item.session.status.rawValue)
            })
        }
    }

    /// The snapshot in a published site's `catalogue.json`, or nil when there is none (a first build)
    /// or it cannot be read (then no changes are claimed rather than wrong ones).
    static func published(in output: URL) -> OfferSnapshot? {
        guard FileManager.default.fileExists(atPath: output.appendingPathComponent(OutputWriter.markerName).path),
              let data = FileManager.default.contents(atPath: output.appendingPathComponent(CatalogueJSON.path).path) else { return nil }
        return try? JSONDecoder().decode(OfferSnapshot.self, from: data)
    }
}
