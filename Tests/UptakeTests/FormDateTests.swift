import Catalogue
import Testing
@testable import Uptake

@Suite("Dates in form downloads")
struct FormDateTests {
    static let march25 = LocalDate(year: 2027, month: 3, day: 25)!

    @Test("every form a download writes 25 March 2027 in", arguments: [
        "2027-03-25", "2027-03-25T09:30:00", "2027-03-25T09:30:00.000Z", "2027-03-25 09:30",
        "25/03/2027", "25/3/27", "25/03/27", "25-03-2027", "25.03.2027", "25/03/2027 09:30:00",
        "25 March 2027", "Thu 25 Mar 2027", "Thursday 25 March 2027", "Thursday, 25 March 2027", "Thu, 25 Mar 2027",
        "25 Mar 2027 09:30", "25th March 2027", "25 mar 2027", "  25/03/2027  ", "Thurs 25 Mar 2027", "25 Mar. 2027",
    ])
    func readsEachForm(_ text: String) {
        #expect(FormDate.parse(text) == Self.march25, "\(text)")
    }

    @Test("never month first, and never a day that does not exist", arguments: [
        "03/25/2027", "31/02/2027", "2027-02-30", "March 25 2027", "", "tomorrow", "25/03", "46471", "2027-3", "25 Marchh 2027",
        "25 Mar 2027 lunchtime", "25/03/2027 after school", "Priya Shah",
    ])
    func refuses(_ text: String) {
        #expect(FormDate.parse(text) == nil, "\(text)")
    }

    @Test("3/4/2027 is the 3rd of April in a UK trust")
    func dayFirst() {
        #expect(FormDate.parse("3/4/2027") == LocalDate(year: 2027, month: 4, day: 3))
        #expect(FormDate.parse("1 Sept 2026") == LocalDate(year: 2026, month: 9, day: 1))
    }

    @Test("the time after a date tells two sessions on a day apart")
    func times() {
        #expect(FormDate.time("25 Mar 2027 09:30") == LocalTime(hour: 9, minute: 30))
        #expect(FormDate.time("2027-03-25T13:00:00") == LocalTime(hour: 13, minute: 0))
        #expect(FormDate.time("25/03/2027 1.30pm") == LocalTime(hour: 13, minute: 30))
        #expect(FormDate.time("25/03/2027") == nil)
        #expect(FormDate.time("25.03.2027") == nil)
        #expect(FormDate.time("Thu 25 Mar 2027") == nil)
    }
}
