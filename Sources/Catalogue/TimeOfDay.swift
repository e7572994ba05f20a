/// When in the working day a session falls: staff need to know whether cover is involved. Pages
/// show it in the theme's words (`times_of_day.<value>` in `strings.yml`).
public enum TimeOfDay: String, Sendable, CaseIterable {
    /// A trust training (INSET) day: no pupils, no cover needed.
    case trainingDay = "training-day"
    /// During the school day: usually needs cover.
    case schoolDay = "school-day"
    /// Starts at 15:30 or later, after the school day.
    case twilight

    /// Twilight sessions start at 15:30 or later.
    public static let twilightStart = LocalTime(hour: 15, minute: 30)!
}

extension Session {
    /// School day, twilight or training day; nil for a session with no start time that is not on a training day.
    public func timeOfDay(trainingDays: Set<LocalDate>) -> TimeOfDay? {
        if days.allSatisfy(trainingDays.contains) { return .trainingDay }
        guard let start else { return nil }
        return start >= TimeOfDay.twilightStart ? .twilight : .schoolDay
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
