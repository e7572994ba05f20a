import Catalogue
import Parallel

/// The VTIMEZONE component for the site's time zone, generated from Foundation's transitions so
/// that every calendar carries its own definition of the `TZID` its events use.
///
/// The transitions from the year before the first event to the year of the last are read. When
/// each kind (daylight, standard) happens once a year on the same rule, such as Europe/London's
/// "last Sunday of March at 01:00 UTC" and "last Sunday of October", the component is written as
/// one STANDARD and one DAYLIGHT observance with a yearly RRULE, the form every calendar client
/// understands; otherwise each transition is written as its own observance. A zone without
/// transitions gets a single STANDARD observance.
struct ICalendarTimeZone: Sendable {
    let zone: SiteTimeZone

    init(_ zone: SiteTimeZone) { self.zone = zone }

    /// Writes `BEGIN:VTIMEZONE` … `END:VTIMEZONE` covering events in `years`. The text depends
    /// only on the zone and the years, so it is made once per process (the preview asks on every
    /// rebuild, and reading Foundation's transitions is slow).
    func write(into writer: inout ICalendarWriter, years: ClosedRange<Int>) {
        let key = "\(zone.identifier) \(years.lowerBound) \(years.upperBound)"
        if let known = ICalendarTimeZone.made.withLock({ $0[key] }) {
            writer.append(known)
            return
        }
        var component = ICalendarWriter()
        writeComponent(into: &component, years: years)
        ICalendarTimeZone.made.withLock { $0[key] = component }
        writer.append(component)
    }

    private static let made = Locked<[String: ICalendarWriter]>([:])

    private func writeComponent(into writer: inout ICalendarWriter, years: ClosedRange<Int>) {
        writer.begin("VTIMEZONE")
        writer.property("TZID", zone.identifier)
        let transitions = zone.transitions(from: years.lowerBound - 1, through: years.upperBound)
        if transitions.isEmpty {
            let instant = LocalDate(year: years.lowerBound, month: 7, day: 1)!.daysSinceEpoch * 86_400
            let offset = zone.offset(atInstant: instant)
            observance(into: &writer, daylight: false, onset: "19700101T000000", from: offset, to: offset, rule: nil)
        } else {
            for daylight in [false, true] {
                let kind = transitions.filter { $0.isDaylight == daylight }
                guard let first = kind.first else { continue }
                if let rule = ICalendarTimeZone.yearlyRule(kind) {
                    observance(into: &writer, daylight: daylight, onset: onsetText(first), from: first.offsetFrom, to: first.offsetTo, rule: rule)
                } else {
                    for transition in kind {
                        observance(into: &writer, daylight: daylight, onset: onsetText(transition),
                                   from: transition.offsetFrom, to: transition.offsetTo, rule: nil)
                    }
                }
            }
        }
        writer.end("VTIMEZONE")
    }

    private func observance(into writer: inout ICalendarWriter, daylight: Bool, onset: String, from: Int, to: Int, rule: String?) {
        let name = daylight ? "DAYLIGHT" : "STANDARD"
        writer.begin(name)
        writer.property("DTSTART", onset)
        writer.property("TZOFFSETFROM", ExportFormat.offset(from, colon: false))
        writer.property("TZOFFSETTO", ExportFormat.offset(to, colon: false))
        if let rule { writer.property("RRULE", rule) }
        if let abbreviation = zone.abbreviation(daylight: daylight) { writer.text("TZNAME", abbreviation) }
        writer.end(name)
    }

    private func onsetText(_ transition: SiteTimeZone.Transition) -> String {
        let (date, second) = transition.onset
        return "\(ExportFormat.compact(date))T\(pad(second / 3600, 2))\(pad(second % 3600 / 60, 2))\(pad(second % 60, 2))"
    }

    /// `FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU` when the transitions happen once in each consecutive year,
    /// in the same month, on the same weekday and week of the month, at the same local time and
    /// between the same offsets; nil otherwise.
    static func yearlyRule(_ transitions: [SiteTimeZone.Transition]) -> String? {
        guard let first = transitions.first else { return nil }
        func key(_ transition: SiteTimeZone.Transition) -> (month: Int, weekday: Int, week: Int, second: Int, from: Int, to: Int, year: Int) {
            let (date, second) = transition.onset
            let isLast = date.adding(days: 7).month != date.month
            let week = isLast ? -1 : (date.day - 1) / 7 + 1
            return (date.month, date.weekday, week, second, transition.offsetFrom, transition.offsetTo, date.year)
        }
        let reference = key(first)
        for (position, transition) in transitions.enumerated() {
            let current = key(transition)
            guard current.month == reference.month, current.weekday == reference.weekday, current.week == reference.week,
                  current.second == reference.second, current.from == reference.from, current.to == reference.to,
                  current.year == reference.year + position else { return nil }
        }
        let days = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
        return "FREQ=YEARLY;BYMONTH=\(reference.month);BYDAY=\(reference.week)\(days[reference.weekday - 1])"
    }
}
