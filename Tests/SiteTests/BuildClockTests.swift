import Catalogue
import Site
import Testing

@Suite("BuildClock: which day is today")
struct BuildClockTests {
    @Test("SOURCE_DATE_EPOCH fixes today", arguments: [
        ("0", "UTC", "1970-01-01"),
        ("1788264000", "Europe/London", "2026-09-01"),   // noon UTC
        ("1791633600", "Europe/London", "2026-10-10"),
        (" 1791633600 ", "Europe/London", "2026-10-10"),  // surrounding spaces are tolerated
    ])
    func fixedToday(epoch: String, timezone: String, expected: String) {
        #expect(BuildClock.today(timezone: timezone, environment: ["SOURCE_DATE_EPOCH": epoch]).iso == expected)
    }

    @Test("today is taken in the site's time zone, not UTC")
    func timeZone() {
        // 2026-10-10 23:30 UTC is already 11 October in London (BST, UTC+1) but still 10 October in New York.
        let epoch = ["SOURCE_DATE_EPOCH": "1791675000"]
        #expect(BuildClock.today(timezone: "UTC", environment: epoch).iso == "2026-10-10")
        #expect(BuildClock.today(timezone: "Europe/London", environment: epoch).iso == "2026-10-11")
        #expect(BuildClock.today(timezone: "America/New_York", environment: epoch).iso == "2026-10-10")
        // In winter London is on UTC: 2026-12-31 23:30 UTC is still 31 December.
        #expect(BuildClock.today(timezone: "Europe/London", environment: ["SOURCE_DATE_EPOCH": "1798759800"]).iso == "2026-12-31")
    }

    @Test("a time before 1970 still gives the right day")
    func beforeEpoch() {
        #expect(BuildClock.today(timezone: "UTC", environment: ["SOURCE_DATE_EPOCH": "-1"]).iso == "1969-12-31")
    }
}
