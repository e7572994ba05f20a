import Catalogue
import Foundation
@testable import Site
import TestSupport
import Testing
import Terminal

/// The theme's `strings.yml`: the shipped file is the English defaults, mistakes are reported at
/// their place, and a theme with other words shows none of the English ones.
@Suite("The theme's words")
struct ThemeStringsTests {
    /// A copy of the real theme in `folder` with `strings` (nil: none) as its strings file.
    func theme(in folder: TemporaryFolder, strings: String?) throws -> URL {
        let theme = folder.path("Theme")
        try FileManager.default.copyItem(at: Fixtures.theme, to: theme)
        let file = theme.appendingPathComponent(SiteStrings.fileName)
        try FileManager.default.removeItem(at: file)
        if let strings { try Data(strings.utf8).write(to: file) }
        return theme
    }

    func problems(_ strings: String) throws -> [Diagnostic] {
        try withTemporaryFolder("strings") { folder in
            switch Theme.load(from: try theme(in: folder, strings: strings), displayPath: "Theme") {
            case .success: return []
            case .failure(let problems): return problems.diagnostics
            }
        }
    }

    @Test("the shipped strings.yml holds every key, with the English defaults")
    func shippedFileIsTheDefaults() throws {
        let file = try SourceFile.read(at: Fixtures.theme.appendingPathComponent(SiteStrings.fileName), displayPath: "Theme/strings.yml").get()
        let (texts, diagnostics) = StringsFile.read(file, known: SiteStrings.known)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.summary))")
        let defaults = Dictionary(uniqueKeysWithValues: DefaultStrings.entries.map { ($0.key, $0.text) })
        #expect(Set(texts.keys) == Set(defaults.keys), "missing: \(Set(defaults.keys).subtracting(texts.keys).sorted())")
        for (key, text) in defaults { #expect(texts[key] == text, "\(key)") }
        let shipped = try Theme.load(from: Fixtures.theme, displayPath: "Theme").get()
        for (key, text) in defaults where !key.hasSuffix(".one") && !key.hasSuffix(".other") {
            #expect(shipped.strings.text(key) == SiteStrings.english.text(key), "\(key): \(text)")
        }
    }

    @Test("docs/theme.md names every key of the strings file")
    func documented() throws {
        let docs = try String(contentsOf: TestPaths.repository.appendingPathComponent("docs/theme.md"), encoding: .utf8)
        for (key, _) in DefaultStrings.entries where !["months", "months_short", "weekdays", "weekdays_short"].contains(String(key.split(separator: ".")[0])) {
            #expect(docs.contains("`\(key)`"), "\(key) is not in docs/theme.md")
        }
    }

    @Test("a misspelt key is an error at its file:line:col, with the key it probably meant")
    func misspeltKey() throws {
        let found = try problems("navigation:\n  home: Start\n  whats_onn: Events\n")
        let diagnostic = try #require(found.first)
        #expect(found.count == 1)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.location.file == "Theme/strings.yml")
        #expect((diagnostic.location.line, diagnostic.location.column) == (3, 3))
        #expect(diagnostic.message == "unknown key 'navigation.whats_onn' in the theme's strings")
        #expect(diagnostic.suggestion == "did you mean 'navigation.whats_on'?")
        let printed = DiagnosticFormatter(colour: false).format(diagnostic)
        #expect(printed.hasPrefix("Theme/strings.yml:3:3: error: unknown key 'navigation.whats_onn'"))
    }

    @Test("a misspelt group, a placeholder the key does not have, a group written as one text, an empty text")
    func otherMistakes() throws {
        let found = try problems("""
            navigaton:
              home: Start
            pages:
              stage:
                description: "Cyrsiau ar gyfer {stag}"
            counts:
              courses: cyrsiau
            status:
              open:
            """)
        #expect(found.map(\.location.line) == [1, 5, 7, 9])
        #expect(found[0].suggestion == "did you mean 'navigation'?")
        #expect(found[1].message == "'pages.stage.description' has no placeholder '{stag}'")
        #expect(found[1].suggestion == "did you mean 'stage'?")
        #expect(found[1].location.column == 18)
        #expect(found[2].message.hasPrefix("'counts.courses' is a group of words"))
        #expect(found[2].suggestion == "its keys are: one, other")
        #expect(found[3].message == "'status.open' must be a text")
    }

    @Test("a key left out keeps its English text; a theme without strings.yml is in English")
    func missingKeys() throws {
        try withTemporaryFolder("strings") { folder in
            let partial = try Theme.load(from: theme(in: folder, strings: "navigation:\n  whats_on: Events\n"), displayPath: "Theme").get()
            #expect(partial.strings.text("navigation.whats_on") == "Events")
            #expect(partial.strings.text("navigation.whats_new") == "What's new")
            #expect(partial.strings.count("counts.courses", 1) == "1 course")
        }
        try withTemporaryFolder("strings") { folder in
            let bare = try Theme.load(from: theme(in: folder, strings: nil), displayPath: "Theme").get()
            #expect(bare.strings.text("pages.stage.description", ["stage": "leaders"]) == "Courses for leaders")
            #expect(bare.strings.count("counts.courses", 2) == "2 courses")
            #expect(bare.strings.longDate(LocalDate(year: 2026, month: 10, day: 4)!) == "Sunday 4 October 2026")
            #expect(bare.strings.shortDate(LocalDate(year: 2026, month: 10, day: 4)!) == "Sun 4 Oct 2026")
            #expect(bare.strings.monthAndYear(LocalDate(year: 2026, month: 10, day: 4)!) == "October 2026")
            #expect(bare.strings.hours(1.5) == "1.5 hours")
            #expect(bare.strings.hours(1) == "1 hour")
        }
    }
}

extension ThemeStringsTests {
    /// The warnings of a theme whose strings file is `strings`.
    func warnings(_ strings: String) throws -> [String] {
        try withTemporaryFolder("strings") { folder in
            try Theme.load(from: try theme(in: folder, strings: strings), displayPath: "Theme").get().warnings.map(\.summary)
        }
    }

    @Test("half a plural pair or 11 of 12 months is a warning at the group, naming what is missing")
    func halfTranslatedGroups() throws {
        let months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre"]
        let names = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november"]
        let strings = "status:\n  places_left:\n    one: \"{count} place restante\"\nmonths:\n"
            + zip(names, months).map { "  \($0): \($1)\n" }.joined()
            + "counts:\n  courses:\n    one: \"{count} formation\"\n    other: \"{count} formations\"\n"
        #expect(try warnings(strings) == [
            "Theme/strings.yml:2:3: warning: 'status.places_left' gives 1 of its 2 keys, so the site shows the English text for 'other' (add status.places_left.other)",
            "Theme/strings.yml:4:1: warning: 'months' gives 11 of its 12 keys, so the site shows the English text for 'december' (add months.december)",
        ])
        #expect(try warnings("navigation:\n  whats_on: Events\n") == [])
    }
}

extension ThemeStringsTests {
    @Test("'language' is the pages' lang, en-GB by default; it must look like a BCP 47 tag")
    func language() throws {
        try withTemporaryFolder("strings") { folder in
            let french = try Theme.load(from: try theme(in: folder, strings: "language: fr-FR\n"), displayPath: "Theme").get()
            #expect(french.strings.text("language") == "fr-FR")
        }
        #expect(try Theme.load(from: Fixtures.theme, displayPath: "Theme").get().strings.text("language") == "en-GB")
        #expect(SiteStrings.english.text("language") == "en-GB")
        let wrong = try problems("language: French\n").map(\.summary)
        #expect(wrong == [
            "Theme/strings.yml:1:11: error: 'French' is not a language tag (write the language of the site's words as a BCP 47 tag: en-GB, fr, de-CH, cy)",
        ], "\(wrong)")
        #expect(["en-GB", "fr", "cy", "de-CH", "zh-Hant-TW", "es-419"].allSatisfy(StringsFile.isLanguageTag))
        #expect(!["French", "e", "en_GB", "en-", "-GB", "english-GB-xxxxxxxxxx"].contains(where: StringsFile.isLanguageTag))
    }
}
