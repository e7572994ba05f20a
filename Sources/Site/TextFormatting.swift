import Catalogue

/// How dates, times, counts and prices read on the page, in British English.
enum TextFormatting {
    /// `1 course`, `12 courses`.
    static func count(_ number: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(number) \(number == 1 ? singular : plural ?? singular + "s")"
    }

    /// `09:00 to 15:30`, `from 09:00`, or empty.
    static func timeRange(_ session: Session) -> String {
        switch (session.start, session.end) {
        case let (start?, end?): return "\(start) to \(end)"
        case let (start?, nil): return "from \(start)"
        default: return ""
        }
    }

    /// `Wed 14 Oct 2026`, or for a cohort `Wed 4 Nov 2026, 3 days`.
    static func dates(_ session: Session) -> String {
        if session.days.count == 1 { return session.firstDay.shortText }
        return "\(session.firstDay.shortText), \(session.days.count) days"
    }

    /// Every day of a cohort, for the session's details: `4 Nov, 18 Nov and 2 Dec 2026`.
    static func allDays(_ session: Session) -> String {
        let parts = session.days.map { "\($0.day) \(LocalDate.monthNames[$0.month - 1].prefix(3)) \($0.year)" }
        guard parts.count > 1 else { return parts.first ?? "" }
        return parts.dropLast().joined(separator: ", ") + " and " + parts[parts.count - 1]
    }

    /// `6 hours`, `1.5 hours`.
    static func hours(_ value: Double) -> String {
        let text = value == value.rounded() ? String(Int(value)) : String(format2(value))
        return "\(text) \(value == 1 ? "hour" : "hours")"
    }

    /// `every 2 years`, `every 18 months`, `every year`.
    static func renewal(_ months: Int) -> String {
        if months == 12 { return "every year" }
        if months % 12 == 0 { return "every \(months / 12) years" }
        return "every \(months) months"
    }

    private static func format2(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let whole = hundredths / 100, rest = hundredths % 100
        if rest % 10 == 0 { return "\(whole).\(rest / 10)" }
        return "\(whole).\(rest < 10 ? "0" : "")\(rest)"
    }
}
