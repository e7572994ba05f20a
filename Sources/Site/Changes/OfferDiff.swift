import Catalogue
import Parallel

/// The differences between two snapshots of the offer, in words staff understand.
enum OfferDiff {
    static func changes(from old: OfferSnapshot, to new: OfferSnapshot, on today: LocalDate) -> [Change] {
        let date = today.iso
        var changes: [Change] = []
        let oldCourses = Dictionary(old.courses.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        let newCourses = Dictionary(new.courses.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })

        // Course by course on every core, in title order.
        changes += new.courses.sorted(by: { $0.title < $1.title }).parallelMap { course -> [Change] in
            guard let before = oldCourses[course.slug] else {
                // Only dates still to come can be chosen (ISO dates compare as text).
                let offered = course.sessions.filter { $0.status != "cancelled" }
                let dates = offered.filter { $0.first_day >= date }.count
                let detail = offered.isEmpty ? "Dates to be confirmed"
                    : dates == 0 ? "No dates still to come" : "\(dates) \(dates == 1 ? "date" : "dates") to choose from"
                return [Change(date: date, kind: .courseAdded, course: course.slug, title: course.title, detail: detail)]
            }
            return sessionChanges(before, course, date: date)
        }.joined()
        for course in old.courses.sorted(by: { $0.title < $1.title }) where newCourses[course.slug] == nil {
            changes.append(Change(date: date, kind: .courseWithdrawn, course: course.slug, title: course.title,
                                  detail: "No longer in the offer"))
        }
        return changes
    }

    private static func sessionChanges(_ before: OfferSnapshot.Course, _ after: OfferSnapshot.Course, date: String) -> [Change] {
        var changes: [Change] = []
        let oldByID = Dictionary(before.sessions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let newIDs = Set(after.sessions.map(\.id))
        var added = after.sessions.filter { oldByID[$0.id] == nil }
        var removed = before.sessions.filter { !newIDs.contains($0.id) }

        // A session that went and one that came in the same build: it moved.
        while let from = removed.first, let to = added.first {
            removed.removeFirst()
            added.removeFirst()
            changes.append(Change(date: date, kind: .sessionMoved, course: after.slug, title: after.title,
                                  detail: "\(describe(from)) moved to \(describe(to))", session: to.id))
        }
        // A date added that has already passed is not announced (build warns about it: `NewPastDates`).
        for session in added where session.first_day >= date {
            changes.append(Change(date: date, kind: .sessionAdded, course: after.slug, title: after.title,
                                  detail: describe(session), session: session.id))
        }
        for session in removed {
            changes.append(Change(date: date, kind: .sessionRemoved, course: after.slug, title: after.title,
                                  detail: describe(session), session: session.id))
        }
        for session in after.sessions {
            guard let old = oldByID[session.id], old.status != session.status else { continue }
            let kind: Change.Kind?
            switch (old.status, session.status) {
            case (_, "cancelled"): kind = .sessionCancelled
            case (_, "full"): kind = .sessionFull
            case ("full", "open"), ("closed", "open"), ("cancelled", "open"), ("tbc", "open"): kind = .sessionReopened
            default: kind = nil
            }
            if let kind {
                changes.append(Change(date: date, kind: kind, course: after.slug, title: after.title,
                                      detail: describe(session), session: session.id))
            }
        }
        return changes
    }

    /// `Wed 14 Oct 2026, 09:00, Castlegate School`.
    static func describe(_ session: OfferSnapshot.Session) -> String {
        let day = LocalDate(iso: session.first_day).map(SiteStrings.english.shortDate) ?? session.first_day
        return [day, session.start, session.venue].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
    }
}
