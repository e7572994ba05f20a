import Catalogue
import Foundation
import TestSupport
import Testing

/// Nothing an editor writes vanishes in silence: a setting whose value is empty, `~`, `null`, only a
/// note, or lost to a `#` (`colour: #1f5c4f`), and a list item that is only `- `, are each an error
/// at their line and column, saying how to fix them (issue #14).
@Suite("Settings written empty")
struct EmptyValueTests {
    /// The valid fixture's site.yml without the settings named in `removing`, with `lines` added at the
    /// end, from line 18 (the site.yml of the valid fixture has 17 lines, and what is removed is
    /// replaced by notes); the diagnostics of site.yml and whether the content loaded.
    func site(_ lines: [String], removing: [String] = []) throws -> (loaded: Bool, diagnostics: [Diagnostic]) {
        try withTemporaryFolder { folder in
            let content = try folder.copyFixture("valid")
            let site = content.appendingPathComponent("site.yml")
            var removingBlock = false
            let kept = try String(contentsOf: site, encoding: .utf8).split(separator: "\n").map { line -> String in
                if removing.contains(where: { line.hasPrefix($0 + ":") }) || (removingBlock && line.hasPrefix(" ")) {
                    removingBlock = true
                    return "# removed"
                }
                removingBlock = false
                return String(line)
            }
            try ((kept + lines).joined(separator: "\n") + "\n").write(to: site, atomically: true, encoding: .utf8)
            let result = ContentLoader(directory: content, displayPath: "Content").load()
            #expect(result.diagnostics.filter { $0.location.file != "Content/site.yml" }.map(\.summary) == [])
            return (result.catalogue != nil, result.diagnostics.filter { $0.location.file == "Content/site.yml" })
        }
    }

    /// A course added to the valid fixture: the base settings, then `lines`; that file's diagnostics.
    func course(_ lines: [String], replacing: [String] = []) throws -> (Course?, [Diagnostic]) {
        try withTemporaryFolder { folder in
            let content = try folder.copyFixture("valid")
            try folder.write("Content/courses/extra.md", FrontMatterTests.course(lines, replacing: replacing))
            let result = ContentLoader(directory: content, displayPath: "Content").load()
            return (result.catalogue?.course("extra"), result.diagnostics.filter { $0.location.file == "Content/courses/extra.md" })
        }
    }

    @Test("an unquoted brand colour is read as a note: an error at the '#', saying to quote it")
    func unquotedColour() throws {
        let (loaded, diagnostics) = try site(["brand:", "  colour: #1f5c4f"])
        #expect(!loaded)
        #expect(diagnostics.map(\.place) == ["Content/site.yml:19:11"])
        #expect(diagnostics.first?.severity == .error)
        #expect(diagnostics.first?.keyPath == "brand.colour")
        #expect(diagnostics.first?.message == "'colour' is empty: '#1f5c4f' starts with '#', so it is read as a note")
        #expect(diagnostics.first?.suggestion == "put the colour in quotes: colour: \"#1f5c4f\"")
    }

    @Test("an unquoted colour with a note after it: the fix quotes the colour alone, and the note stays a note")
    func unquotedColourWithNote() throws {
        let (loaded, diagnostics) = try site(["brand:", "  colour: #1f5c4f          # the trust's green"])
        #expect(!loaded)
        #expect(diagnostics.map(\.place) == ["Content/site.yml:19:11"])
        #expect(diagnostics.first?.message == "'colour' is empty: '#1f5c4f' starts with '#', so it is read as a note")
        #expect(diagnostics.first?.suggestion == "put the colour in quotes: colour: \"#1f5c4f\"")
    }

    @Test("a site url without https:// is told to add it, never to use mailto:")
    func siteURLWithoutScheme() throws {
        let (loaded, diagnostics) = try site(["url: intranet.example.org/cpd"], removing: ["url"])
        #expect(!loaded)
        #expect(diagnostics.first?.suggestion == "write it as https://intranet.example.org/cpd")
    }

    @Test("a value lost to a '#' inside brackets is reported at the '#', not lines later")
    func noteInBrackets() throws {
        let (_, colour) = try site(["brand: { colour: #1f5c4f }"])
        #expect(colour.map(\.place) == ["Content/site.yml:18:18"])
        #expect(colour.first?.message == "'#1f5c4f' starts with '#', so it is read as a note, with the rest of the line")
        #expect(colour.first?.suggestion == "put the value in quotes: \"#1f5c4f\"")
        let (_, groups) = try course(["groups: [teachers, #middle-leaders]"], replacing: ["groups"])
        #expect(groups.map(\.place) == ["Content/courses/extra.md:6:20"])
    }

    @Test("an optional setting given with no value is an error: remove the line or give a value", arguments: [
        ("url:", "'url' is empty"),
        ("timezone: ~", "'timezone' is empty ('~' means no value)"),
        ("feedback: null", "'feedback' is empty ('null' means no value)"),
        ("interest: # the form comes later", "'interest' is empty (only a note, starting with '#', follows it)"),
        ("booking:", "'booking' is empty"),
        ("terms:", "'terms' is empty"),
        ("training_days:", "'training_days' is empty"),
        ("families:", "'families' is empty"),
        ("strands:", "'strands' is empty"),
        ("brand:\n  # colour: \"#1f5c4f\"", "'brand' is empty"),
        ("partners:", "'partners' is empty"),
    ])
    func optionalSiteSettingEmpty(line: String, message: String) throws {
        let key = String(line.prefix { $0 != ":" })
        let (loaded, diagnostics) = try site(line.components(separatedBy: "\n"), removing: [key])
        #expect(!loaded)
        #expect(diagnostics.map(\.message) == [message])
        // The caret goes on the '~' or 'null', or just after the ':' where nothing is written.
        let written = line.hasSuffix("~") || line.hasSuffix("null")
        #expect(diagnostics.map(\.place) == ["Content/site.yml:18:\(key.count + (written ? 3 : 2))"])
        #expect(diagnostics.first?.suggestion == "give it a value (\(key): …), or remove the line if it is not needed")
    }

    @Test("settings inside brand and partners written empty are errors at their own line")
    func nestedSettingsEmpty() throws {
        let (_, diagnostics) = try site(["brand:", "  logo:", "partners:", "  title: ~", "  booking: # later"])
        #expect(diagnostics.map(\.keyPath) == ["brand.logo", "partners.title", "partners.booking"])
        #expect(diagnostics.map(\.place) == ["Content/site.yml:19:8", "Content/site.yml:21:10", "Content/site.yml:22:11"])
    }

    @Test("a list item with nothing after its '- ' is an error at the item")
    func emptyListItems() throws {
        let (_, families) = try site(["families:", "  - Teachers", "  - ", "  - Support staff", "  - Leaders"], removing: ["families"])
        #expect(families.map(\.place) == ["Content/site.yml:20:4"])
        #expect(families.first?.message == "the list has an empty item ('-' with nothing after it)")
        let (_, lost) = try site(["training_days:", "  - #2026-09-01"])
        #expect(lost.map(\.place) == ["Content/site.yml:19:5"])
        #expect(lost.first?.suggestion == "put it in quotes: - \"#2026-09-01\"")
        let (_, strands) = try site(["strands:", "  - { title: Mandatory training }", "  - { title: Teaching and learning }",
                                     "  - { title: Leadership }", "  -"], removing: ["strands"])
        #expect(strands.map(\.keyPath) == ["strands[3]"])
    }

    @Test("required site settings written empty say so once, with an example")
    func requiredSiteSettingEmpty() throws {
        try withTemporaryFolder { folder in
            let content = try folder.copyFixture("valid")
            let site = content.appendingPathComponent("site.yml")
            var text = try String(contentsOf: site, encoding: .utf8)
            text = text.replacingOccurrences(of: "title: Testbridge Learning Trust", with: "title: # to do")
            text = text.replacingOccurrences(of: "contact: cpd@testbridge.example", with: "contact: ~")
            text = text.replacingOccurrences(of: "stages:\n  - { slug: induction, title: Induction }\n  - { slug: early-career, title: Early career }\n  - { slug: leadership, title: Leadership }\n",
                                             with: "stages:\n")
            try text.write(to: site, atomically: true, encoding: .utf8)
            let diagnostics = ContentLoader(directory: content, displayPath: "Content").load().diagnostics
                .filter { $0.location.file == "Content/site.yml" }
            #expect(diagnostics.map(\.message) == ["'title' is empty (only a note, starting with '#', follows it)",
                                                   "'contact' is empty ('~' means no value)", "'stages' is empty"])
            #expect(diagnostics.first?.suggestion == "write it as title: Northfield Learning Trust")
        }
    }

    @Test("partners.contact must be an email address, like contact")
    func partnerContact() throws {
        let (loaded, diagnostics) = try site(["partners:", "  contact: Partner schools office"])
        #expect(!loaded)
        #expect(diagnostics.map(\.place) == ["Content/site.yml:19:12"])
        #expect(diagnostics.first?.message == "'Partner schools office' is not an email address")
        #expect(diagnostics.first?.keyPath == "partners.contact")
        let (accepted, none) = try site(["partners:", "  contact: mailto:partners@testbridge.example"])
        #expect(accepted && none.isEmpty)
    }

    @Test("a site setting given twice is an error at the second")
    func duplicateSiteSetting() throws {
        let (loaded, diagnostics) = try site(["timezone: Europe/Dublin"])
        #expect(!loaded)
        // At the copy just added (line 18), naming the first (line 4).
        #expect(diagnostics.map(\.place) == ["Content/site.yml:18:1"])
        #expect(diagnostics.map(\.message) == ["'timezone' is given twice: here on line 18, and on line 4"])
    }

    @Test("a course setting written empty, null, only a note or lost to a '#' is an error", arguments: [
        ("provider:", "'provider' is empty"),
        ("cost: ~", "'cost' is empty ('~' means no value)"),
        ("draft: null", "'draft' is empty ('null' means no value)"),
        ("renewal_months: # ask HR", "'renewal_months' is empty (only a note, starting with '#', follows it)"),
        ("code: #2", "'code' is empty: '#2' starts with '#', so it is read as a note"),
        ("accreditation: \"\"", "'accreditation' is empty"),
        ("stages: \"\"", "'stages' is empty"),
        ("sessions:", "'sessions' is empty"),
    ])
    func courseSettingEmpty(line: String, message: String) throws {
        let (course, diagnostics) = try course([line])
        #expect(course == nil)
        #expect(diagnostics.map(\.message) == [message])
        #expect(diagnostics.first?.location.line == 7)
    }

    @Test("a session written as a lone '- ', or with an empty date, is an error at its place")
    func emptySessionItems() throws {
        let (_, lone) = try course(["sessions:", "  - date: 2026-10-14", "  -"])
        #expect(lone.map(\.place) == ["Content/courses/extra.md:9:4"])
        #expect(lone.map(\.keyPath) == ["sessions[1]"])
        let (_, date) = try course(["sessions:", "  - date:", "    venue: Hall"])
        #expect(date.map(\.message) == ["'date' is empty"])
        #expect(date.first?.suggestion == "write it as date: 2026-10-14")
        let (_, day) = try course(["sessions:", "  - days:", "      - 2026-10-14", "      -"])
        #expect(day.map(\.keyPath) == ["sessions[0].days[1]"])
    }

    @Test("an empty item in a course's list of groups or prerequisites is an error at the item")
    func emptyNameItems() throws {
        let (_, groups) = try course(["groups:", "  - teachers", "  -"], replacing: ["groups"])
        #expect(groups.map(\.message) == ["the list has an empty item ('-' with nothing after it)"])
        #expect(groups.map(\.keyPath) == ["groups[1]"])
    }

    @Test("group, pathway and page settings written empty are errors too")
    func otherKinds() throws {
        try withTemporaryFolder { folder in
            let content = try folder.copyFixture("valid")
            try folder.write("Content/groups/cooks.md", "---\ntitle: Cooks\nfamily: Support staff\nsummary: Kitchen staff.\norder:\n---\n")
            try folder.write("Content/pathways/empty-step.md", "---\ntitle: P\nsummary: S.\ngroups: all\nsteps:\n  - title: One\n    stage: ~\n    courses: [behaviour-essentials]\n---\n")
            try folder.write("Content/pages/notes.md", "---\ntitle: Notes\nsummary: # later\n---\n")
            let diagnostics = ContentLoader(directory: content, displayPath: "Content").load().diagnostics.filter { $0.severity == .error }
            #expect(diagnostics.map(\.place) == ["Content/groups/cooks.md:5:7", "Content/pages/notes.md:3:9",
                                                 "Content/pathways/empty-step.md:7:12"])
        }
    }
}
