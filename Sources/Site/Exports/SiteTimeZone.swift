import Catalogue
import Foundation

/// The site's time zone (`site.yml` `timezone`) as Foundation knows it: offsets for local times and
/// the daylight-saving transitions of a range of years, for calendars and JSON-LD.
struct SiteTimeZone: Sendable {
    /// The name written in calendars (`Europe/London`).
    let identifier: String
    let timeZone: TimeZone

    /// The zone named in site.yml; an unknown name (refused when content is loaded) falls back to UTC.
    init(_ identifier: String) {
        if let zone = TimeZone(identifier: identifier) {
            self.identifier = identifier
            self.timeZone = zone
        } else {
            self.identifier = "UTC"
            self.timeZone = TimeZone(secondsFromGMT: 0)!
        }
    }

    /// A change of offset: at `instant` (seconds since 1970, UTC) the offset goes from `offsetFrom` to `offsetTo`.
    struct Transition: Sendable, Equatable {
        var instant: Int
        var offsetFrom: Int
        var offsetTo: Int
        var isDaylight: Bool

        /// The wall-clock time of the transition in the offset in force before it (RFC 5545's onset).
        var onset: (date: LocalDate, secondOfDay: Int) { ExportFormat.split(instant + offsetFrom) }
    }

    /// Seconds east of UTC in force at `instant` (seconds since 1970).
    func offset(atInstant instant: Int) -> Int {
        timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(instant)))
    }

    /// Seconds east of UTC for a wall-clock time on `date` (`minutes` after midnight). A time that does
    /// not exist (skipped when clocks go forward) takes the offset in force before the change.
    func offset(on date: LocalDate, minutes: Int) -> Int {
        let local = date.daysSinceEpoch * 86_400 + minutes * 60
        let guess = offset(atInstant: local)
        return offset(atInstant: local - offset(atInstant: local - guess))
    }

    /// Whether daylight-saving time is in force at `instant`.
    func isDaylight(atInstant instant: Int) -> Bool {
        timeZone.isDaylightSavingTime(for: Date(timeIntervalSince1970: TimeInterval(instant)))
    }

    /// Every transition from 1 January of `firstYear` to the end of `lastYear` (UTC), in order.
    func transitions(from firstYear: Int, through lastYear: Int) -> [Transition] {
        let start = LocalDate(year: firstYear, month: 1, day: 1)!.daysSinceEpoch * 86_400
        let end = LocalDate(year: lastYear + 1, month: 1, day: 1)!.daysSinceEpoch * 86_400
        var result: [Transition] = []
        var cursor = Date(timeIntervalSince1970: TimeInterval(start))
        while result.count < 1_000, let next = timeZone.nextDaylightSavingTimeTransition(after: cursor) {
            let instant = Int(next.timeIntervalSince1970.rounded())
            guard instant < end, next > cursor else { break }
            let from = offset(atInstant: instant - 1), to = offset(atInstant: instant)
            if from != to {
                result.append(Transition(instant: instant, offsetFrom: from, offsetTo: to, isDaylight: isDaylight(atInstant: instant)))
            }
            cursor = next
        }
        return result
    }

    /// The usual abbreviation (`GMT`, `BST`), or nil when Foundation has none for the zone.
    func abbreviation(daylight: Bool) -> String? {
        timeZone.localizedName(for: daylight ? .shortDaylightSaving : .shortStandard, locale: Locale(identifier: "en_GB"))
    }
}
