import Foundation

/// Words written where a number is expected, read for what was meant: a length in minutes or
/// "1 hour 30 minutes" for `cpd_hours`, "FULL" for `places`.
enum ValueWords {
    /// `full`, `cancelled` or `closed` when a places value is a status written as a word.
    static func statusWord(_ text: String) -> String? {
        let words = text.trimmingCharacters(in: .whitespaces)
        if ["full", "fully booked", "booked", "booked up", "sold out", "none", "no places", "none left"].contains(words) { return "full" }
        if ["cancelled", "canceled", "postponed"].contains(words) { return "cancelled" }
        if ["closed"].contains(words) { return "closed" }
        return nil
    }

    /// The fix for a length written with units: "90 minutes" is 1.5 hours, "1h30" and "1 hour 30
    /// minutes" too; "half a day" asks how many hours. Nil when the text is no length.
    static func hoursHint(_ text: String) -> String? {
        let words = text.trimmingCharacters(in: .whitespaces)
        if words.contains("half") && words.contains("day") {
            return "how many hours is it? write the number of hours, e.g. cpd_hours: 3 for a half day of three hours"
        }
        if words.contains("day"), !words.contains(where: \.isNumber) || words.hasPrefix("1 ") || words.hasPrefix("one") {
            return "how many hours is it? write the number of hours, e.g. cpd_hours: 6 for a full day of six hours"
        }
        guard let minutes = minutes(in: words) else { return nil }
        let hours = Double(minutes) / 60
        let shown = hours == hours.rounded() ? String(Int(hours)) : String(format: "%g", (hours * 100).rounded() / 100)
        return "cpd_hours is a number of hours: \(minutes) minutes is cpd_hours: \(shown)"
    }

    /// The minutes in "90 minutes", "90 mins", "1 hour 30 minutes", "1h30", "1hr 30m", "1.5 hours":
    /// nil when no minutes are named (a plain number of hours has its own hint).
    static func minutes(in text: String) -> Int? {
        var total = 0.0
        var sawMinutes = false, sawHours = false
        var number = ""
        var pendingHours: Double?
        let characters = Array(text) + [" "]
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character.isNumber || character == "." {
                number.append(character)
                index += 1
                continue
            }
            if character.isLetter {
                var word = ""
                while index < characters.count, characters[index].isLetter { word.append(characters[index]); index += 1 }
                if let value = Double(number) {
                    if word.hasPrefix("h") { total += value * 60; sawHours = true; pendingHours = value }
                    else if word.hasPrefix("m") { total += value; sawMinutes = true }
                    number = ""
                } else if word.hasPrefix("m"), pendingHours != nil {
                    sawMinutes = true
                }
                continue
            }
            // "1h30": a number after hours with no unit is minutes.
            if !number.isEmpty, let value = Double(number), sawHours, !sawMinutes {
                total += value
                sawMinutes = true
                number = ""
            }
            index += 1
        }
        guard sawMinutes || (sawHours && total != total.rounded()) else { return nil }
        return total > 0 ? Int(total.rounded()) : nil
    }
}
