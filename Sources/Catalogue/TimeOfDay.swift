/// When in the working day a session falls: staff need to know whether cover is involved. Pages
/// show it in the theme's words (`times_of_day.<value>` in `strings.yml`). The order here is the
/// order filters and cards list them in.
public enum TimeOfDay: String, Sendable, CaseIterable {
    /// A trust training (INSET) day: no pupils, no cover needed.
    case trainingDay = "training-day"
    /// During the school day: usually needs cover.
    case schoolDay = "school-day"
    /// Starts in the school day and runs past the start of the evening (14:00 to 19:00).
    case schoolDayIntoEvening = "school-day-into-evening"
    /// Just after the pupils leave, where a trust calls that "after school" rather than twilight.
    case afterSchool = "after-school"
    /// After the school day, before the evening.
    case twilight
    /// The evening (governors' meetings at 18:30).
    case evening
    /// Every day of it a Saturday or Sunday.
    case weekend

    /// Twilight sessions start at 15:30 or later (the default end of the school day).
    public static let twilightStart = LocalTime(hour: 15, minute: 30)!
}

/// Where the school day, after school, twilight and the evening begin and end (`times_of_day:` in
/// site.yml). A session is labelled by its start time: before `schoolDayEnds` school day (or
/// school day into evening when it ends after `eveningStarts`); from `schoolDayEnds` after school
/// until `twilightStarts`; then twilight until `eveningStarts`; then evening.
public struct DayBoundaries: Sendable, Hashable {
    public var schoolDayEnds: LocalTime
    /// Equal to `schoolDayEnds` (the default) when the trust has no "after school" band.
    public var twilightStarts: LocalTime
    public var eveningStarts: LocalTime

    public init(schoolDayEnds: LocalTime, twilightStarts: LocalTime, eveningStarts: LocalTime) {
        self.schoolDayEnds = schoolDayEnds
        self.twilightStarts = twilightStarts
        self.eveningStarts = eveningStarts
    }

    /// School day until 15:30, twilight from 15:30, evening from 18:00; no after-school band.
    public static let standard = DayBoundaries(
        schoolDayEnds: TimeOfDay.twilightStart, twilightStarts: TimeOfDay.twilightStart, eveningStarts: LocalTime(hour: 18, minute: 0)!)
}

extension Session {
    /// The label of a session's time, with the default boundaries (a site's own are in `timeOfDay(in:)`).
    public func timeOfDay(trainingDays: Set<LocalDate>, boundaries: DayBoundaries = .standard) -> TimeOfDay? {
        if days.allSatisfy(trainingDays.contains) { return .trainingDay }
        if days.allSatisfy({ $0.weekday >= 6 }) { return .weekend }
        guard let start else { return nil }
        if start < boundaries.schoolDayEnds {
            if let end, end > boundaries.eveningStarts { return .schoolDayIntoEvening }
            return .schoolDay
        }
        if start < boundaries.twilightStarts { return .afterSchool }
        return start < boundaries.eveningStarts ? .twilight : .evening
    }

    /// Training day, weekend, school day, after school, twilight or evening by the site's boundaries;
    /// nil for a session with no start time on an ordinary weekday.
    public func timeOfDay(in settings: SiteSettings) -> TimeOfDay? {
        timeOfDay(trainingDays: settings.trainingDays, boundaries: settings.dayBoundaries)
    }
}

extension Course {
    /// True when one booking (a session's days) spans two or more terms: a sustained programme,
    /// as the DfE standard for teachers' professional development recommends. The same one-day
    /// course repeated each term is not one: each date is a separate, complete course.
    public func isSustained(in settings: SiteSettings) -> Bool {
        self.sessions.contains { session in
            session.status != .cancelled && Set(session.days.compactMap { settings.term(of: $0)?.name }).count >= 2
        }
    }
}
