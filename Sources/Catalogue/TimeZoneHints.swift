import Foundation

/// What to write instead of a time zone name that does not exist: a close spelling, the zone of a
/// city named alone, or the zones of the same region (Europe/London first), never a dead end.
enum TimeZoneHints {
    /// The zone of a UK offer, listed first wherever zones are listed.
    static let home = "Europe/London"
    /// Names editors write for the UK's time.
    static let ukWords: Set<String> = ["uk", "gb", "bst", "gmt+1", "british-summer-time", "british", "england", "wales", "scotland",
                                       "london", "united-kingdom", "great-britain", "europe/uk", "europe/england"]

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
