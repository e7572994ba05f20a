import Catalogue
import Foundation

/// How the model's values read on the page: statuses, formats, dates, times, counts and prices,
/// in the theme's words.
extension SiteStrings {
    /// `Open`, `Booking closed`…
    func status(_ status: SessionStatus) -> String { text("status." + status.rawValue) }

    /// `Face to face`, `Self-study`…
    func format(_ format: CourseFormat) -> String { text("formats." + Self.key(format.rawValue)) }

    /// `School day`, `Twilight`, `Training day`.
    func timeOfDay(_ time: TimeOfDay) -> String { text("times_of_day." + Self.key(time.rawValue)) }

    /// The tag of a change on What's new: `New course`, `Date moved`…
    func change(_ kind: Change.Kind) -> String { text("changes." + Self.key(kind.rawValue)) }

    /// `£45`, `£12.50`, the phrase written in the content, or `Free` for nothing to pay.
    func cost(_ cost: Cost) -> String { cost == .pence(0) ? text("facts.free") : cost.description }

    /// `Wednesday 14 October 2026`.
    func longDate(_ date: LocalDate) -> String { self.date("dates.long", date) }
    /// `Wed 14 Oct 2026`.
    func shortDate(_ date: LocalDate) -> String { self.date("dates.short", date) }
    /// `October 2026`.
    func monthAndYear(_ date: LocalDate) -> String { self.date("dates.month", date) }
    /// `14 Oct`.
    func dayAndMonth(_ date: LocalDate) -> String { self.date("dates.day_month", date) }

    /// A date pattern filled with the date's parts.
    func date(_ key: String, _ date: LocalDate) -> String {
        let month = date.month - 1, weekday = date.weekday - 1
        return fill(key) { name in
            switch name {
            case "weekday": names.weekdays[weekday]
            case "weekday_short": names.weekdaysShort[weekday]
            case "day": String(date.day)
            case "month": names.months[month]
            case "month_short": names.monthsShort[month]
            case "year": String(date.year)
            default: nil
            }
        }
    }

    /// `09:00 to 15:30`, `from 09:00`, or empty.
    func timeRange(_ session: Session) -> String { timeRange(start: session.start, end: session.end) }

    /// `09:00 to 15:30`, `from 09:00`, or empty, for times not yet tied to a day.
    func timeRange(start: LocalTime?, end: LocalTime?) -> String {
        switch (start, end) {
        case let (start?, end?): return text("dates.time_range", ["start": start.description, "end": end.description])
        case let (start?, nil): return text("dates.time_from", ["start": start.description])
        default: return ""
        }
    }

    /// `Wed 14 Oct 2026`, or for a cohort `Wed 4 Nov 2026, 3 days`.
    func dates(_ session: Session) -> String {
        if session.days.count == 1 { return shortDate(session.firstDay) }
        return text("dates.cohort", ["date": shortDate(session.firstDay), "count": String(session.days.count)])
    }

    /// Every day of a cohort, for the session's details: `4 Nov, 18 Nov and 2 Dec 2026`.
    func allDays(_ session: Session) -> String {
        let parts = session.days.map { date("dates.day_month_year", $0) }
        guard parts.count > 1 else { return parts.first ?? "" }
        return text("dates.list", ["dates": parts.dropLast().joined(separator: ", "), "last": parts[parts.count - 1]])
    }

    /// `6 hours`, `1.5 hours`.
    func hours(_ value: Double) -> String {
        count("counts.hours", value, shown: value == value.rounded() ? String(Int(value)) : Self.twoPlaces(value))
    }

    /// `every 2 years`, `every 18 months`, `every year`.
    func renewal(_ months: Int) -> String {
        if months == 12 { return text("renewal.every_year") }
        if months % 12 == 0 { return text("renewal.years", ["count": String(months / 12)]) }
        return text("renewal.months", ["count": String(months)])
    }

    /// A value's name as a key: `face-to-face` → `face_to_face`.
    private static func key(_ rawValue: String) -> String {
        String(decoding: rawValue.utf8.map { $0 == UInt8(ascii: "-") ? UInt8(ascii: "_") : $0 }, as: UTF8.self)
    }

    /// `1.5`, `1.25`: at most two decimals, no trailing zero.
    private static func twoPlaces(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let whole = hundredths / 100, rest = hundredths % 100
        if rest % 10 == 0 { return "\(whole).\(rest / 10)" }
        return "\(whole).\(rest < 10 ? "0" : "")\(rest)"
    }
}
