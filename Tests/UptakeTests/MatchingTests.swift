import Catalogue
import Spreadsheets
import TestSupport
import Testing
@testable import Uptake

/// Rows matched to the valid fixture's sessions: SG-101 on 7 Oct 2026, FA-201 on 10 Nov 2026 (full)
/// and 10 Feb 2027 (12 places), the ect-programme cohort (no code) on 4 Nov, 18 Nov and 2 Dec 2026.
@Suite("Matching download rows to sessions")
struct MatchingTests {
    typealias Fixture = DownloadsFixture

    static func day(_ text: String) -> LocalDate { LocalDate(iso: text)! }

    @Test("code or slug in any case, any day of a cohort, every date form: counted per session and per group")
    func counts() throws {
        let sheet = Sheet(header: Fixture.bookingHeader, rows: [
            Fixture.booking(2, "FA-201", "10/02/2027"),
            Fixture.booking(3, " fa-201 ", "Wed 10 Feb 2027", group: "teaching assistants"),
            Fixture.booking(4, "ect-programme", "2026-11-18", group: "early-career-teachers"),
            Fixture.booking(5, "ECT-PROGRAMME", "2 Dec 2026", group: "Dinner staff"),
            Fixture.booking(6, "SG-101", "2026-10-07T16:00:00", group: ""),
        ])
        let result = try Fixture.read(["bookings/one.csv": sheet])
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.summary))")
        let firstAid = try #require(result.uptake.sessions[SessionKey(course: "first-aid", firstDay: Self.day("2027-02-10"))])
        #expect(firstAid == SessionUptake(booked: 2, byGroup: ["teachers": 1, "teaching-assistants": 1]))
        let cohort = try #require(result.uptake.sessions[SessionKey(course: "ect-programme", firstDay: Self.day("2026-11-04"))])
        #expect(cohort == SessionUptake(booked: 2, byGroup: ["early-career-teachers": 1, "": 1]))
        #expect(result.uptake.sessions[SessionKey(course: "annual-safeguarding", firstDay: Self.day("2026-10-07"))]?.byGroup == ["": 1])
        #expect(result.uptake.files == [ExportFileSummary(kind: .bookings, path: "Exports/bookings/one.csv", rows: 5, matched: 5)])
    }

    @Test("a row matching no course, no session or with an unreadable date is not counted, and is warned about at its cell")
    func unmatched() throws {
        let sheet = Sheet(header: Fixture.bookingHeader, rows: [
            Fixture.booking(2, "FA-21", "10/02/2027", person: 2),
            Fixture.booking(3, "FA-201", "11/02/2027", person: 3),
            Fixture.booking(5, "FA-201", "the tenth", person: 4),
            Fixture.booking(6, "leading-teams", "2027-05-05", person: 5),
            Fixture.booking(7, "", "2027-05-05", person: 6),
            Fixture.booking(8, "FA-201", "", person: 7),
            Fixture.booking(9, "FA-201", "10/02/2027", person: 8),
        ])
        let result = try Fixture.read(["bookings/one.csv": sheet])
        let found = result.diagnostics.map { "\($0.code.rawValue) \($0.place)" }
        #expect(found == [
            "download-unknown-course Exports/bookings/one.csv:2:4",
            "download-no-session Exports/bookings/one.csv:3:5",
            "download-unreadable-date Exports/bookings/one.csv:5:5",
            "download-unknown-course Exports/bookings/one.csv:6:4",
            "download-unknown-course Exports/bookings/one.csv:7:4",
            "download-unreadable-date Exports/bookings/one.csv:8:5",
        ])
        #expect(result.diagnostics.allSatisfy { $0.severity == .warning })
        #expect(result.diagnostics[0].suggestion == "did you mean 'FA-201'?")
        #expect(result.diagnostics[1].message.contains("Thu 11 Feb 2027"))
        #expect(result.diagnostics[1].suggestion == "FA-201 has dates on 10 Nov 2026 and 10 Feb 2027")
        #expect(result.diagnostics[2].message.contains("the date cell") && !result.diagnostics[2].message.contains("tenth"))
        #expect(result.diagnostics[3].message.contains("draft"))
        #expect(result.uptake.sessions[SessionKey(course: "first-aid", firstDay: Self.day("2027-02-10"))]?.booked == 1)
        #expect(result.uptake.files.first?.matched == 1)
        #expect(result.uptake.files.first?.rows == 7)
        // No other cell of a row reaches a message: not the name, the email or the row's ID.
        let text = result.diagnostics.map { "\($0.message) \($0.suggestion ?? "") \($0.keyPath)" }.joined(separator: "\n")
        for person in 1...8 {
            #expect(!text.contains("Person\(person)") && !text.contains("person\(person)."), "person \(person) is named in: \(text)")
        }
    }

    @Test("a cell not shaped like a code or a date is never quoted, and one that is, is", arguments: [
        ("Jane Smith", "10/02/2027"), ("jane＠example.org", "10/02/2027"), ("jane at example dot org", "10/02/2027"),
        ("O'Brien, Siobhan", "10/02/2027"), ("07700 900123", "10/02/2027"), ("jane%40example.org", "10/02/2027"),
        ("Dr Jane Smith-Jones (Head of Year 9)", "10/02/2027"), ("FA-201", "Jane Smith"), ("FA-201", "09/06/2027 Jane Smith"),
        ("FA-201", "Jane 2027"), ("FA-201", "07700 900123"), ("07700-900123", "10/02/2027"), ("FA-201", "07700-900123"),
    ])
    func personalCellsNotQuoted(code: String, date: String) throws {
        let sheet = Sheet(header: Fixture.bookingHeader, rows: [Fixture.booking(2, code, date)])
        let result = try Fixture.read(["bookings/one.csv": sheet])
        #expect(result.diagnostics.count == 1)
        let text = result.diagnostics.map { "\($0.message) \($0.suggestion ?? "")" }.joined()
        for word in ["Jane", "jane", "Brien", "07700", "Smith"] { #expect(!text.contains(word), "\(text)") }
    }

    @Test("code and date cells shaped like a code or a date are quoted, so the editor can find them")
    func codesAndDatesQuoted() throws {
        #expect(Reading.quotedCode("PH-1") == "'PH-1'" && Reading.quotedCode("first-aid") == "'first-aid'")
        #expect(Reading.quotedDate("31/02/2027") == "'31/02/2027'" && Reading.quotedDate("Thu 31 Feb 2027 09:30") == "'Thu 31 Feb 2027 09:30'")
    }

    @Test("a download without its header row is refused once, without quoting the row it begins with")
    func noHeaderRow() throws {
        let sheet = Sheet(header: ["16/07/2026 11:49:54", "frank.leak@example.org", "Frank Leaky", "FA-201", "10/02/2027", "Teachers"], rows: [])
        let result = try Fixture.read(["bookings/one.csv": sheet])
        #expect(result.diagnostics.map(\.code) == [.downloadColumnMissing])
        // A first row with no date, number or address in it is taken for a header, and still never listed.
        let named = try Fixture.read(["bookings/one.csv": Sheet(header: ["Ottoline Brackwater", "Castlegate School", "Teachers"], rows: [])])
        #expect(!named.diagnostics.isEmpty)
        #expect(!named.diagnostics.map { "\($0.message) \($0.suggestion ?? "")" }.joined().contains("Ottoline"))
        let text = result.diagnostics.map { "\($0.message) \($0.suggestion ?? "")" }.joined()
        #expect(!text.contains("frank") && !text.contains("Frank") && !text.contains("16/07/2026"), "\(text)")
    }

    @Test("a download saved twice is counted once, with a warning naming the first")
    func duplicateDownload() throws {
        let sheet = Sheet(header: Fixture.bookingHeader, rows: [Fixture.booking(2, "FA-201", "10/02/2027")])
        let result = try Fixture.read(["bookings/a.csv": sheet, "bookings/a (1).csv": sheet]) { folder in
            _ = try folder.write("Exports/bookings/a.csv", "same bytes")
            _ = try folder.write("Exports/bookings/a (1).csv", "same bytes")
        }
        #expect(result.diagnostics.map(\.code) == [.downloadDuplicate])
        #expect(result.diagnostics.first?.message.contains("Exports/bookings/a (1).csv") == true)
        #expect(result.uptake.sessions[SessionKey(course: "first-aid", firstDay: Self.day("2027-02-10"))]?.booked == 1)
    }

    @Test("an older download beside a newer one (the same responses, and more): each response counts once")
    func overlappingDownloads() throws {
        let older = Sheet(header: Fixture.bookingHeader, rows: [Fixture.booking(2, "FA-201", "10/02/2027", person: 1)])
        let newer = Sheet(header: Fixture.bookingHeader, rows: [Fixture.booking(2, "FA-201", "10/02/2027", person: 1),
                                                                 Fixture.booking(3, "FA-201", "10/02/2027", person: 2)])
        let result = try Fixture.read(["bookings/march.csv": older, "bookings/may.csv": newer])
        #expect(result.diagnostics.map { "\($0.code.rawValue) \($0.place)" } == ["download-duplicate Exports/bookings/may.csv:2:1"])
        #expect(result.diagnostics.first?.message.contains("1 of the download's 2 responses") == true)
        #expect(result.uptake.sessions[SessionKey(course: "first-aid", firstDay: Self.day("2027-02-10"))]?.booked == 2)
    }

    @Test("a form's choice that starts with the code, or the course's title, names the course; a labelled rating gives its number")
    func formChoices() throws {
        let bookings = Sheet(header: Fixture.bookingHeader, rows: [
            Fixture.booking(2, "FA-201 – First Aid at Work", "10/02/2027"),
            Fixture.booking(3, "FA-201: First Aid at Work", "10/02/2027"),
            Fixture.booking(4, "first aid at work", "10/02/2027"),
            Fixture.booking(5, "FA-2010 – Something else", "10/02/2027"),
        ])
        let evaluations = Sheet(header: Fixture.evaluationHeader, rows: [
            Fixture.evaluation(2, "FA-201", "10/02/2027", rating: "5 - Excellent"),
            Fixture.evaluation(3, "FA-201", "10/02/2027", rating: "4: Good"),
            Fixture.evaluation(4, "FA-201", "10/02/2027", rating: "45 stars"),
        ])
        let result = try Fixture.read(["bookings/one.csv": bookings, "evaluations/one.csv": evaluations])
        #expect(result.uptake.sessions[SessionKey(course: "first-aid", firstDay: Self.day("2027-02-10"))]?.booked == 3)
        #expect(result.uptake.evaluations["first-aid"] == EvaluationSummary(responses: 3, rated: 2, ratingTotal: 9))
        #expect(result.diagnostics.map(\.code) == [.downloadUnknownCourse, .downloadInvalidRating])
    }

    @Test("a code cell holding an address is never quoted")
    func addressNotQuoted() throws {
        let sheet = Sheet(header: Fixture.bookingHeader, rows: [Fixture.booking(2, "someone@example.org", "10/02/2027")])
        let result = try Fixture.read(["bookings/one.csv": sheet])
        #expect(result.diagnostics.count == 1)
        #expect(!result.diagnostics[0].message.contains("someone"))
    }

    @Test("evaluations: responses, rated and the total of the ratings on the scale; other ratings warned about, never quoted")
    func evaluations() throws {
        let sheet = Sheet(header: Fixture.evaluationHeader, rows: [
            Fixture.evaluation(2, "FA-201", "10/11/2026", rating: "5"),
            Fixture.evaluation(3, "FA-201", "10/11/2026", rating: "4"),
            Fixture.evaluation(4, "FA-201", "10/02/2027", rating: ""),
            Fixture.evaluation(5, "FA-201", "10/02/2027", rating: "Excellent, said Mrs Jones"),
            Fixture.evaluation(6, "FA-201", "10/02/2027", rating: "6"),
            Fixture.evaluation(7, "SG-101", "07/10/2026", rating: "3.0"),
        ])
        let result = try Fixture.read(["evaluations/autumn.csv": sheet])
        #expect(result.uptake.evaluations["first-aid"] == EvaluationSummary(responses: 5, rated: 2, ratingTotal: 9))
        #expect(result.uptake.evaluations["annual-safeguarding"] == EvaluationSummary(responses: 1, rated: 1, ratingTotal: 3))
        #expect(result.diagnostics.map { "\($0.code.rawValue) \($0.place)" } == [
            "download-invalid-rating Exports/evaluations/autumn.csv:5:6", "download-invalid-rating Exports/evaluations/autumn.csv:6:6",
        ])
        #expect(!result.diagnostics.map(\.message).joined().contains("Jones"))
        #expect(result.uptake.sessions.isEmpty)
    }

    @Test("the rating scale and column names come from site.yml")
    func configured() throws {
        let sheet = Sheet(header: ["Code", "When", "Stars"], rows: [SheetRow(line: 2, cells: ["FA-201", "10/11/2026", "9"])])
        let result = try Fixture.read(["evaluations/a.csv": sheet], settings: """
            report:
              evaluations: { code: Code, date: When, rating: Stars, scale: 10 }

            """)
        #expect(result.diagnostics.isEmpty)
        #expect(result.uptake.evaluations["first-aid"] == EvaluationSummary(responses: 1, rated: 1, ratingTotal: 9))
    }

    @Test("a missing column is an error naming the file and the column, with the close one, but never listing the header (it may be somebody's answers)")
    func missingColumn() throws {
        let sheet = Sheet(header: ["Email", "Name", "Course Code ", "Date of session"], rows: [SheetRow(line: 2, cells: ["a@example.org", "A", "FA-201", "10/02/2027"])])
        let result = try Fixture.read(["bookings/one.csv": sheet])
        #expect(result.diagnostics.count == 1)
        let error = try #require(result.diagnostics.first)
        #expect(error.code == .downloadColumnMissing && error.severity == .error)
        #expect(error.place == "Exports/bookings/one.csv:1:1")
        #expect(error.message.contains("'Session date'") && error.message.contains("4 columns") && !error.message.contains("Email"))
        #expect(error.suggestion?.contains("did you mean 'Date of session'?") == true)
        #expect(result.uptake.files.isEmpty)
    }

    @Test("files in path order; hidden files, Office lock files and other kinds skipped")
    func order() throws {
        // Two people's bookings: the same response in both files would be one response read twice.
        let sheet = Sheet(header: Fixture.bookingHeader, rows: [Fixture.booking(2, "FA-201", "10/02/2027")])
        let other = Sheet(header: Fixture.bookingHeader, rows: [Fixture.booking(2, "FA-201", "10/02/2027", person: 2)])
        let result = try Fixture.read(["bookings/b.xlsx": other, "bookings/a.csv": sheet, "evaluations/c.csv": Sheet(header: Fixture.evaluationHeader, rows: [])],
                                      prepare: { folder in
            for name in ["~$b.xlsx", ".hidden.csv", "notes.txt", "old.xls"] { _ = try folder.write("Exports/bookings/\(name)", "x") }
        })
        #expect(result.uptake.files.map(\.path) == ["Exports/bookings/a.csv", "Exports/bookings/b.xlsx", "Exports/evaluations/c.csv"])
        #expect(result.diagnostics.isEmpty)
    }

    @Test("a file that cannot be read is an error at the reader's line")
    func unreadable() throws {
        let result = try Fixture.read([:], unreadable: ["bookings/broken.csv": SpreadsheetError(line: 7, message: "a quoted cell is never closed")])
        #expect(result.diagnostics.map { "\($0.code.rawValue) \($0.severity.rawValue) \($0.place)" } == ["download-unreadable error Exports/bookings/broken.csv:7:1"])
        #expect(result.diagnostics.first?.message.contains("a quoted cell is never closed") == true)
    }
}
