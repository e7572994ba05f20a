import Catalogue
import Foundation

/// "Today" for a build: the date that decides which sessions are past.
///
/// It comes from `SOURCE_DATE_EPOCH` when set (reproducible builds), else from the clock, and is
/// taken in the site's time zone, never the machine's.
public enum BuildClock {
    public static func today(timezone: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> LocalDate {
        let seconds = now(environment: environment)
        let offset = TimeZone(identifier: timezone)?.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds))) ?? 0
        let local = seconds + offset
        return LocalDate(daysSinceEpoch: Int((Double(local) / 86_400).rounded(.down)))
    }

    /// The moment of the build, in seconds since 1970 (UTC): `SOURCE_DATE_EPOCH` when set, else the
    /// clock. Calendar files give it as DTSTAMP, the time they were made.
    public static func now(environment: [String: String] = ProcessInfo.processInfo.environment) -> Int {
        if let text = environment["SOURCE_DATE_EPOCH"], let epoch = Int(text.trimmingCharacters(in: .whitespaces)) { return epoch }
        return Int(Date().timeIntervalSince1970)
    }
}
