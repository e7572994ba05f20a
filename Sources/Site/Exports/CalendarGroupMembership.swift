import Catalogue

/// Which events each staff group's calendar holds, worked out once for every group.
///
/// Each event's course is found once (its position in `publishedCourses`), and each group has a
/// flag per course position, set from the positions the catalogue keeps for its group lists
/// (`Catalogue.publishedPositions(openTo:)`): a group's calendar then reads one flag per event
/// instead of hashing the event's course slug into a set of the group's slugs, for each group.
struct CalendarGroupMembership: Sendable {
    /// By event (in the order given to `init`): its course's position in `publishedCourses`, or -1.
    private let coursePositions: [Int]
    /// By group slug: by course position, whether the course is open to the group.
    private let open: [String: [Bool]]

    init(_ catalogue: Catalogue, events: [ICalendarDocument.PreparedEvent]) {
        let courses = catalogue.publishedCourses
        var positions = [String: Int](minimumCapacity: courses.count)
        for (position, course) in courses.enumerated() where positions[course.slug] == nil { positions[course.slug] = position }
        coursePositions = events.map { positions[$0.course] ?? -1 }
        var open = [String: [Bool]](minimumCapacity: catalogue.groups.count)
        for group in catalogue.groups {
            var flags = [Bool](repeating: false, count: courses.count)
            for position in catalogue.publishedPositions(openTo: group.slug) ?? [] { flags[position] = true }
            open[group.slug] = flags
        }
        self.open = open
    }

    /// The events (the same list, in the same order, as given to `init`) of the courses open to `group`.
    func events(_ events: [ICalendarDocument.PreparedEvent], openTo group: String) -> [ICalendarDocument.PreparedEvent] {
        guard let flags = open[group] else { return [] }
        var own: [ICalendarDocument.PreparedEvent] = []
        for (index, event) in events.enumerated() {
            let position = coursePositions[index]
            if position >= 0, flags[position] { own.append(event) }
        }
        return own
    }
}
