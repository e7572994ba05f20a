import Catalogue
import Foundation

/// What the change log compares between two builds: each published course and its sessions.
///
/// Kept in the history file as the offer the last build saw (the same ids `catalogue.json` uses).
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
}
