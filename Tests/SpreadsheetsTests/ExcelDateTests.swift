import Testing
@testable import Spreadsheets

@Suite struct ExcelDateTests {
    private func date(_ serial: Double, date1904: Bool = false, withTime: Bool = false, timeOnly: Bool = false) -> String? {
        ExcelDate.iso(serial, date1904: date1904, withTime: withTime, timeOnly: timeOnly)
    }

    @Test func the1900SystemAndItsLeapYearBug() {
        #expect(date(1) == "1900-01-01")
        #expect(date(59) == "1900-02-28")
        #expect(date(60) == "1900-02-29")
        #expect(date(61) == "1900-03-01")
        #expect(date(0) == "1900-01-00")
        #expect(date(25_569) == "1970-01-01")
        #expect(date(46_471) == "2027-03-25")
        #expect(date(2_958_465) == "9999-12-31")
        #expect(date(2_958_466) == nil)
        #expect(date(-1) == nil)
        #expect(date(.nan) == nil)
    }

    @Test func the1904System() {
        #expect(date(0, date1904: true) == "1904-01-01")
        #expect(date(45_009, date1904: true) == "2027-03-25")
    }

    @Test func times() {
        #expect(date(46_471.395833333333) == "2027-03-25T09:30:00")
        #expect(date(46_471, withTime: true) == "2027-03-25T00:00:00")
        #expect(date(46_471.999_999_9) == "2027-03-26")            // rounds to the next midnight
        #expect(date(0.395833333333, withTime: true, timeOnly: true) == "09:30:00")
        #expect(date(1.5, withTime: true, timeOnly: true) == "1900-01-01T12:00:00")
    }

    @Test func civilDates() {
        #expect(ExcelDate.civil(daysSince1970: 0) == "1970-01-01")
        #expect(ExcelDate.civil(daysSince1970: 11_016) == "2000-02-29")
        #expect(ExcelDate.civil(daysSince1970: -1) == "1969-12-31")
    }

    @Test(arguments: [
        (14, nil, NumberFormats.Kind.date(withTime: false, timeOnly: false)),
        (22, nil, .date(withTime: true, timeOnly: false)),
        (20, nil, .date(withTime: true, timeOnly: true)),
        (46, nil, .date(withTime: true, timeOnly: true)),
        (0, nil, .number),
        (2, nil, .number),
        (164, "dd/mm/yyyy", .date(withTime: false, timeOnly: false)),
        (164, "[$-F800]dddd, mmmm dd, yyyy", .date(withTime: false, timeOnly: false)),
        (164, "yyyy-mm-dd hh:mm:ss", .date(withTime: true, timeOnly: false)),
        (164, "mmm-yy", .date(withTime: false, timeOnly: false)),
        (164, "h:mm AM/PM", .date(withTime: true, timeOnly: true)),
        (164, "General", .number),
        (164, "0.0\" days\"", .number),
        (164, "[Red]#,##0.00", .number),
        (164, "0\\d", .number),
        (164, "_(* #,##0_);_(* (#,##0);_(* \"-\"_);_(@_)", .number),
    ] as [(Int, String?, NumberFormats.Kind)])
    func dateFormats(id: Int, code: String?, kind: NumberFormats.Kind) {
        #expect(NumberFormats.kind(id: id, code: code) == kind)
    }
}
