import Catalogue

/// Days a rollover took out of one session of a course: the whole session (every day before the new
/// year), or the old-year days of a cohort that goes on into the new year (its later days are kept).
public struct RolloverRemoval: Sendable, Equatable {
    /// The days taken out, in order.
    public var days: [LocalDate]
    /// The session's days that stay, in order: empty when the whole session was taken out.
    public var keptDays: [LocalDate]

    public init(days: [LocalDate], keptDays: [LocalDate] = []) {
        self.days = days
        self.keptDays = keptDays
    }

    /// True when the whole session was taken out.
    public var isWholeSession: Bool { keptDays.isEmpty }

    /// The days taken out that had not happened yet on `today` (today counts: staff could still
    /// book it, or be on it).
    public func upcoming(on today: LocalDate) -> [LocalDate] { days.filter { $0 >= today } }
}

/// A day taken out by a rollover that had not happened yet: the course and the date.
public struct RolloverUpcomingDate: Sendable, Equatable {
    /// The course file's path inside the content folder (`courses/first-aid.md`).
    public var path: String
    public var slug: String
    public var day: LocalDate
    /// True when the day was one of a cohort's, the rest of which is kept in the new year.
    public var fromCohortKept: Bool
}

extension RolloverCourse {
    /// The days taken out of this course that had not happened yet on `today`, in date order.
    public func upcoming(on today: LocalDate) -> [RolloverUpcomingDate] {
        removals.flatMap { removal in
            removal.upcoming(on: today).map {
                RolloverUpcomingDate(path: path, slug: slug, day: $0, fromCohortKept: !removal.isWholeSession)
            }
        }.sorted { $0.day < $1.day }
    }

    /// Cohorts that go on into the new year with their old-year days taken out.
    public var trimmedCohorts: [RolloverRemoval] { removals.filter { !$0.isWholeSession } }
}
