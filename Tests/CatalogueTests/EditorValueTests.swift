@testable import Catalogue
import Foundation
import TestSupport
import Testing

/// Front-matter values a CPD co-ordinator got wrong, each followed by a fix that works when typed
/// as written: redirect and dotless links, a joining link as the venue, bank holidays, lengths and
/// statuses written as words, dates and times in other forms (#17).
@Suite("Editors' values: fixes that work as written")
struct EditorValueTests {
    /// The valid fixture with `files` written over it (and `removing` deleted): every diagnostic.
    func load(_ files: [String: String], removing: [String] = []) throws -> [Diagnostic] {
        try withTemporaryFolder("values") { folder in
            let content = try folder.copyFixture("valid")
            for path in removing { try FileManager.default.removeItem(at: content.appendingPathComponent(path)) }
            for (path, text) in files { _ = try folder.write("Content/" + path, text) }
            return ContentLoader(directory: content, displayPath: "Content").load().diagnostics
        }
    }

    /// A course file whose front matter is `lines` after the settings every course needs.
    static func course(_ lines: [String], body: String = "Text.\n") -> String {
        (["---", "title: Values fixture", "summary: A course for the values tests.", "strand: Leadership", "groups: all", "format: online"]
            + lines + ["---"]).joined(separator: "\n") + "\n" + body
    }

    func one(_ lines: [String], _ code: DiagnosticCode) throws -> [Diagnostic] {
        try load(["courses/values.md": Self.course(lines)]).filter { $0.code == code }
    }

    @Test("an Outlook Safe Links or Google redirect address is an error whose fix is the real address, decoded")
    func redirectLinks() throws {
        let safe = "https://eur02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fforms.office.com%2Fe%2FAbC123xyz&data=05%7C02%7Csarah.jones%40trust.example%7C1&reserved=0"
        let found = try one(["booking: \"\(safe)\""], .urlRedirectLink)
        #expect(found.map(\.place) == ["Content/courses/values.md:7:10"])
        #expect(found.first?.suggestion == "use the real address: https://forms.office.com/e/AbC123xyz")
        #expect(found.first?.severity == .error)
        let google = try one(["link: https://www.google.com/url?q=https://www.trust.example/first-aid&sa=D&ust=1"], .urlRedirectLink)
        #expect(google.first?.suggestion == "use the real address: https://www.trust.example/first-aid")
        #expect(URLSafety.problem(with: "https://www.google.co.uk/url?url=https%3A%2F%2Fa.example%2Fb", allowRelative: true)?.code == .urlRedirectLink)
        #expect(URLSafety.problem(with: "https://www.google.com/search?q=https://a.example", allowRelative: false) == nil)
    }

    @Test("a web address whose site name has no dot is an error; a file given as the link is sent to the description")
    func dotlessHost() throws {
        let found = try one(["link: https://files/fire-marshal-checklist.pdf"], .urlHostWithoutDot)
        #expect(found.map(\.place) == ["Content/courses/values.md:7:7"])
        #expect(found.first?.suggestion?.contains("[the fire marshal checklist](files/fire-marshal-checklist.pdf)") == true)
        let relative = try one(["link: files/fire-marshal-checklist.pdf"], .urlNotAbsolute)
        #expect(relative.first?.suggestion == "link to the file from the description below the settings instead: [the fire marshal checklist](files/fire-marshal-checklist.pdf)")
        #expect(URLSafety.problem(with: "https://intranet/cpd", allowRelative: false)?.code == .urlHostWithoutDot)
        #expect(URLSafety.problem(with: "http://localhost:8080/x", allowRelative: false) == nil)
        #expect(URLSafety.problem(with: "https://user@forms.example.org:443/x", allowRelative: false) == nil)
    }

    @Test("a Teams link in the venue warns at the address, saying where the link goes")
    func venueLink() throws {
        let found = try one(["sessions:", "  - date: 2026-11-25", "    venue: Teams - https://teams.microsoft.com/l/meetup-join/19%3a"], .venueIsALink)
        #expect(found.map(\.place) == ["Content/courses/values.md:9:20"])
        #expect(found.first?.severity == .warning)
        #expect(found.first?.suggestion?.contains("venue: Online (Microsoft Teams)") == true)
        #expect(found.first?.suggestion?.contains("link:") == true)
    }

    @Test("a session copied with the venue in another case or spacing is a duplicate")
    func duplicateVenue() throws {
        let found = try one(["sessions:", "  - date: 2026-11-25", "    venue: Staff Room", "  - date: 2026-11-25", "    venue: staffroom"], .duplicateSession)
        #expect(found.map(\.place) == ["Content/courses/values.md:10:5"])
    }

    @Test("a session on a bank holiday warns naming it; a weekend does not")
    func bankHoliday() throws {
        let found = try one(["sessions:", "  - date: 2026-12-25", "  - days: [2027-03-20, 2027-03-29]"], .sessionOnBankHoliday)
        #expect(found.map(\.place) == ["Content/courses/values.md:8:11", "Content/courses/values.md:9:24"])
        #expect(found.map { $0.message.contains("Christmas Day") || $0.message.contains("Easter Monday") } == [true, true])
        #expect(BankHolidays.easterSunday(2027).iso == "2027-03-28")
        #expect(BankHolidays.easterSunday(2025).iso == "2025-04-20")
        let holidays2027 = BankHolidays.holidays(in: 2027).keys.map(\.iso).sorted()
        #expect(holidays2027 == ["2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-25",
                                 "2027-12-26", "2027-12-27", "2027-12-28"])
        #expect(BankHolidays.name(of: LocalDate(iso: "2022-01-03")!) == "New Year's Day (substitute day)")
        #expect(BankHolidays.name(of: LocalDate(iso: "2026-12-28")!) == "Boxing Day (substitute day)")
        #expect(BankHolidays.name(of: LocalDate(iso: "2026-11-28")!) == nil)
    }

    @Test("cpd_hours written in minutes or hours and minutes suggests the hours; half a day asks", arguments: [
        ("90 minutes", "cpd_hours: 1.5"), ("1 hour 30 minutes", "cpd_hours: 1.5"), ("1h30", "cpd_hours: 1.5"), ("45 mins", "cpd_hours: 0.75"),
        ("120 minutes", "cpd_hours: 2"), ("half a day", "how many hours"), ("3 hours", "cpd_hours: 3"),
    ])
    func hoursInMinutes(_ written: String, _ expected: String) throws {
        let found = try one(["cpd_hours: \(written)"], .notANumber)
        #expect(found.first?.suggestion?.contains(expected) == true, "\(found.first?.suggestion ?? "none")")
    }

    @Test("days written without brackets suggests the editor's own dates in brackets")
    func daysWithoutBrackets() throws {
        let found = try one(["sessions:", "  - days: 2027-03-17, 2027-03-24, 2027-03-31"], .notAList)
        #expect(found.first?.suggestion == "put the dates in square brackets: days: [2027-03-17, 2027-03-24, 2027-03-31]")
    }

    @Test("an empty course file's fix is one that works: delete it, then prospectus new")
    func emptyFile() throws {
        let found = try load(["courses/first-steps.md": ""]).filter { $0.code == .emptyFile }
        #expect(found.first?.suggestion?.contains("delete this empty file and run 'prospectus new course first-steps'") == true)
    }

    @Test("a HEIC photo a course uses gets one message; one nothing uses gets a warning that agrees with it")
    func heicPhoto() throws {
        let used = try load(["courses/values.md": Self.course([], body: "![Extinguishers](extinguishers.heic)\n"), "courses/extinguishers.heic": "x"])
        #expect(used.filter { $0.message.contains("extinguishers.heic") }.map(\.code) == [.fileWrongType])
        let unused = try load(["courses/IMG_0042.HEIC": "x"])
        #expect(unused.map(\.code) == [.notMarkdown])
        #expect(unused.first?.message.contains("HEIC photo") == true)
        #expect(unused.first?.suggestion?.contains("JPEG") == true)
    }

    @Test("start and end both in the night are one warning with both corrected times")
    func nightTimes() throws {
        let found = try one(["sessions:", "  - date: 2026-11-25", "    start: \"1:30\"", "    end: \"4:00\""], .timeInTheNight)
        #expect(found.count == 1)
        #expect(found.first?.suggestion?.contains("start: \"13:30\" and end: \"16:00\"") == true)
        let startOnly = try one(["sessions:", "  - date: 2026-11-25", "    start: \"1:30\"", "    end: \"16:00\""], .timeInTheNight)
        #expect(startOnly.first?.suggestion?.contains("(13:30 to 16:00)") == true)
    }

    @Test("every placeholder typo of a link is reported in one round, each at its place")
    func placeholderTypos() throws {
        let found = try one(["booking: \"https://forms.example.org/?course={Code}&when={Date}\""], .urlUnknownPlaceholder)
        #expect(found.map(\.place) == ["Content/courses/values.md:7:45", "Content/courses/values.md:7:57"])
        #expect(found.map(\.suggestion) == ["did you mean {code}? (placeholders are written in lowercase, without spaces)",
                                            "did you mean {date}? (placeholders are written in lowercase, without spaces)"])
    }

    @Test("a time with seconds, a date with a time and '12 noon' suggest the corrected value", arguments: [
        ("start: \"09:00:00\"", "\"09:00\""), ("end: 12 noon", "\"12:00\""), ("end: midday", "\"12:00\""),
    ])
    func correctedTimes(_ line: String, _ expected: String) throws {
        let found = try one(["sessions:", "  - date: 2026-11-25", "    " + line], .invalidTime)
        #expect(found.first?.suggestion == "write times on the 24-hour clock as HH:MM: \(expected)")
    }

    @Test("a date with its time suggests the date and a start setting")
    func dateWithTime() throws {
        let found = try one(["sessions:", "  - date: 2027-03-17 09:00"], .invalidDate)
        #expect(found.first?.suggestion == "the time goes in a setting of its own: write date: 2027-03-17 and start: \"09:00\"")
    }

    @Test("groups written as Word bullets suggest the list in brackets")
    func bulletGroups() throws {
        let text = Self.course([]).replacingOccurrences(of: "groups: all", with: "groups:\n  • teachers\n  • teaching-assistants")
        let found = try load(["courses/values.md": text]).filter { $0.code == .unknownGroup }
        #expect(found.first?.suggestion == "write a list of groups in square brackets: groups: [teachers, teaching-assistants]")
    }

    @Test("places: FULL suggests status: full, not a number", arguments: ["FULL", "Fully booked", "sold out"])
    func placesFull(_ word: String) throws {
        let found = try one(["sessions:", "  - date: 2026-11-25", "    places: \(word)"], .notAWholeNumber)
        #expect(found.first?.suggestion?.hasPrefix("to show the session as full, write status: full") == true)
    }

    @Test("a renamed group file is said once, naming both names, with the other uses counted")
    func renamedGroup() throws {
        var files: [String: String] = [:]
        for number in 1...5 {
            files["courses/ta-\(number).md"] = Self.course(["code: TA-\(number)"]).replacingOccurrences(of: "groups: all", with: "groups: [teaching-assistants]")
                .replacingOccurrences(of: "Values fixture", with: "TA course \(number)").replacingOccurrences(of: "for the values", with: "number \(number) for the")
        }
        let text = try String(contentsOf: TestPaths.fixture("valid").appendingPathComponent("groups/teaching-assistants.md"), encoding: .utf8)
        files["groups/tas.md"] = text
        let found = try load(files, removing: ["groups/teaching-assistants.md"]).filter { $0.code == .unknownGroup }
        #expect(found.count == 1)
        let message = try #require(found.first)
        #expect(message.message.contains("'teaching-assistants', named by 7 courses") && message.message.contains("Content/groups/tas.md"))
        #expect(message.suggestion?.contains("and 3 more") == true)
        #expect(message.suggestion?.contains("write 'tas' for 'teaching-assistants'") == true)
    }
    @Test("modules written without brackets, a fraction for a whole number, and training days without brackets: each fix works as written")
    func secondWalkFixes() throws {
        let modules = try one(["modules: Planning, Teaching, Reviewing"], .notAList)
        #expect(modules.map(\.place) == ["Content/courses/values.md:7:10"])
        #expect(modules.first?.suggestion == "put the titles in square brackets: modules: [Planning, Teaching, Reviewing]")
        #expect(try one(["modules: [Planning, Teaching, Reviewing]"], .notAList).isEmpty)
        #expect(try one(["modules: \"Planning, teaching and review\""], .notAList).isEmpty, "a quoted title with a comma is one module")

        let group = try String(contentsOf: TestPaths.fixture("valid").appendingPathComponent("groups/teachers.md"), encoding: .utf8)
        let order = try load(["groups/teachers.md": group.replacingOccurrences(of: "order: 2", with: "order: 10.5")]).filter { $0.severity == .error }
        #expect(order.first?.suggestion == "write a whole number, e.g. order: 11", "\(order.map(\.summary))")

        #expect(DateHints.hint(for: "2026-09-01, 2026-09-02", keyPath: "training_days[0]")
                == "put the dates in square brackets: training_days: [2026-09-01, 2026-09-02]")
        #expect(DateHints.hint(for: "2026-09-01, 2026-09-02", keyPath: "sessions[0].date").hasPrefix("for a session on several days"))
    }
    @Test("a misspelt school in site.yml is found among the venues, and the fix is made in site.yml, not in every venue")
    func misspeltSchool() throws {
        let site = try String(contentsOf: TestPaths.fixture("valid").appendingPathComponent("site.yml"), encoding: .utf8)
        let found = try load(["site.yml": site + "schools: [Hiltop Academy]\n"]).filter { $0.code == .schoolWithoutSessions }
        #expect(found.count == 1)
        #expect(found.first?.suggestion == "did you mean 'Hilltop Academy'? correct the name in site.yml's schools: to the one the venues use, or remove the school if no session is held there")
        #expect(try load(["site.yml": site + "schools: [Hilltop Academy]\n"]).filter { $0.code == .schoolWithoutSessions }.isEmpty)
    }

    @Test("a school with no sessions is not told it may be another school of site.yml misspelt")
    func schoolNotSuggestedAnother() throws {
        let site = try String(contentsOf: TestPaths.fixture("valid").appendingPathComponent("site.yml"), encoding: .utf8)
        let found = try load(["site.yml": site + "schools: [Hilltop Academy, Hilltop Academy 2]\n"]).filter { $0.code == .schoolWithoutSessions }
        #expect(found.map(\.message) == ["no session's venue starts with the school's name 'Hilltop Academy 2'"])
        #expect(found.first?.suggestion == "correct the name in site.yml's schools: to the one the venues use, or remove the school if no session is held there")
    }
    @Test("a setting missing from an item written in braces is added inside the braces, not on a line of its own")
    func missingInBraces() throws {
        let site = try String(contentsOf: TestPaths.fixture("valid").appendingPathComponent("site.yml"), encoding: .utf8)
        let braces = try load(["site.yml": site + "terms:\n  - { name: Autumn, starts: 2026-09-01 }\n  - { name: Summer }\n"])
            .filter { $0.code == .missingSetting }
        #expect(braces.map(\.suggestion) == ["add it inside the braces: { …, starts: 2026-10-14 }"], "\(braces.map(\.summary))")
        let block = try load(["site.yml": site + "terms:\n  - name: Autumn\n    starts: 2026-09-01\n  - name: Summer\n"])
            .filter { $0.code == .missingSetting }
        #expect(block.map(\.suggestion) == ["add a line 'starts: 2026-10-14'"], "\(block.map(\.summary))")
    }
    @Test("a draft value that is not true or false is one error, and a recurring session cannot be full")
    func draftOnceRecurringStatus() throws {
        #expect(try one(["draft: ture"], .notABoolean).count == 1)
        let recurring = try one(["sessions:", "  - recurs: every half-term", "    status: full"], .unknownValue)
        #expect(recurring.map(\.place) == ["Content/courses/values.md:9:13"], "\(recurring.map(\.summary))")
        #expect(try one(["sessions:", "  - recurs: every half-term", "    status: invitation"], .unknownValue).isEmpty)
    }
    @Test("a number hint never overflows on a huge number, and '10.0' for a whole number suggests 10")
    func numberHintBounds() {
        #expect(MappingReader.numberHint("order", "99999999999999999999 first", example: "1", whole: true) == "write it in figures, e.g. order: 1")
        #expect(MappingReader.numberHint("order", "10.0 please", example: "1", whole: true) == "write just the number: order: 10")
        #expect(MappingReader.numberHint("cpd_hours", "2.5 hrs", example: "6", whole: false) == "write just the number: cpd_hours: 2.5")
    }
}
