import Foundation
import Yams

/// What to write instead of a time zone name that does not exist: a close spelling, the zone of a
/// city named alone, or the zones of the same region (Europe/London first), never a dead end.
enum TimeZoneHints {
    /// The zone of a UK offer, listed first wherever zones are listed.
    static let home = "Europe/London"
    /// Names editors write for the UK's time.
    static let ukWords: Set<String> = ["uk", "gb", "bst", "gmt+1", "british-summer-time", "british", "england", "wales", "scotland",
                                       "london", "united-kingdom", "great-britain", "europe/uk", "europe/england"]

    /// The zones that keep the UK's time, summer time included (the others name another country's).
    static let ukZones: Set<String> = [home, "GB", "GB-Eire", "Europe/Belfast", "Europe/Jersey", "Europe/Guernsey", "Europe/Isle_of_Man"]

    /// Checks site.yml's `timezone`: an error when it is not a zone name as the tz database spells
    /// it (`Europe/london`, `London`, `BST`, which Foundation reads as Bangladesh's), a warning when
    /// it is a fixed zone at the UK's winter or summer offset (`GMT`, `UTC`, `Etc/GMT-1`): valid,
    /// but with no summer time every session from late March to late October is an hour out in
    /// calendars.
    static func check(_ text: String, at node: Node?, log: FileDiagnostics) {
        let key = Suggestion.normalised(text.trimmingCharacters(in: .whitespaces))
        let zone = TimeZone(identifier: text)
        if zone == nil || zone.map({ $0.identifier != text && $0.identifier.lowercased() == text.lowercased() }) == true
            || (ukWords.contains(key) && !ukZones.contains(text)) {
            let message = zone == nil ? "'\(text)' is not a time zone name" : "'\(text)' is not the name of a time zone (calendars would read it as another zone's)"
            log.error(.unknownTimeZone, message, at: node, keyPath: "timezone", suggestion: hint(for: text))
            return
        }
        guard let zone, isFixed(text), zone.nextDaylightSavingTimeTransition == nil,
              [0, 3600].contains(zone.secondsFromGMT()) else { return }
        log.warning(.timeZoneWithoutSummerTime,
                    "'\(text)' is a time zone without summer time, so every session between the end of March and the end of October would be an hour out in staff calendars",
                    at: node, keyPath: "timezone", suggestion: "write timezone: \(home), the UK's time (GMT in winter, BST in summer)")
    }

    /// Whether `name` is a zone of fixed offset (GMT, UTC, Etc/GMT-1, GMT+1), not a region's.
    private static func isFixed(_ name: String) -> Bool {
        let upper = name.uppercased()
        return ["GMT", "UTC", "UCT", "ZULU", "GREENWICH", "UNIVERSAL", "Z"].contains(where: { upper == $0 || upper.hasPrefix($0 + "+") || upper.hasPrefix($0 + "-") })
            || upper.hasPrefix("ETC/")
    }

    static func hint(for text: String) -> String {
        let zones = TimeZone.knownTimeZoneIdentifiers.sorted()
        let key = Suggestion.normalised(text.trimmingCharacters(in: .whitespaces))
        if ukWords.contains(key) { return "did you mean '\(home)'? (the UK's time, with summer time)" }
        if let same = zones.first(where: { Suggestion.normalised($0) == key }) ?? Suggestion.nearest(to: text, in: zones) {
            return "did you mean '\(same)'?"
        }
        // A city on its own: the zone that ends with it.
        let city = zones.filter { Suggestion.normalised($0).hasSuffix("/" + key) }
        if !city.isEmpty { return "did you mean " + city.prefix(3).map { "'\($0)'" }.joined(separator: " or ") + "?" }
        let region = key.split(separator: "/").first.map(String.init) ?? key
        let sameRegion = zones.filter { Suggestion.normalised($0).hasPrefix(region + "/") }
        if !sameRegion.isEmpty {
            let ordered = sameRegion.contains(home) ? [home] + sameRegion.filter { $0 != home } : sameRegion
            return "the zones starting '\(ordered[0].split(separator: "/")[0])/' are: \(Suggestion.listing(ordered))"
        }
        return "write it as Region/City: \(home) for the UK, or a zone such as Europe/Dublin, Europe/Paris, America/New_York"
    }
}
