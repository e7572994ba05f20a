import Catalogue
import Foundation

/// "Today" for a build: the date that decides which sessions are past.
///
/// It comes from `SOURCE_DATE_EPOCH` when set (reproducible builds), else from the clock, and is
/// taken in the site's time zone, never the machine's.
public enum BuildClock {
    public static func today(timezone: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> LocalDate {
        let seconds: Int
        if let text = environment["SOURCE_DATE_EPOCH"], let epoch = Int(text.trimmingCharacters(in: .whitespaces)) {
            seconds = epoch
        } else {
            seconds = Int(Date().timeIntervalSince1970)
        }
        let offset = TimeZone(identifier: timezone)?.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds))) ?? 0
        let local = seconds + offset
        return LocalDate(daysSinceEpoch: Int((Double(local) / 86_400).rounded(.down)))
    }
}
