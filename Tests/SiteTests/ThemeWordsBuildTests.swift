import Catalogue
import Foundation
@testable import Site
import TestSupport
import Testing

/// A second theme (the shipped one with every word of `strings.yml` changed, and Welsh month and day
/// names) builds the sample content, and no English word of the defaults is left on its pages
/// beyond the content's and the templates' own text: nothing the pages show is left in Swift.
@Suite("A theme with other words")
struct ThemeWordsBuildTests {
    static let welshMonths = ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi",
                              "Hydref", "Tachwedd", "Rhagfyr"]
    static let welshDays = ["Dydd Llun", "Dydd Mawrth", "Dydd Mercher", "Dydd Iau", "Dydd Gwener", "Dydd Sadwrn", "Dydd Sul"]
    static let welshShortDays = ["Llun", "Maw", "Mer", "Iau", "Gwe", "Sad", "Sul"]

    /// Every text between « and » (the marker) after its key, its placeholders kept; Welsh names for
    /// months and days.
    static func markedStrings() -> String {
        var lines: [String] = []
        var previous: [String] = []
        for (key, text) in DefaultStrings.entries {
            let parts = key.split(separator: ".").map(String.init)
            let value: String
            if let index = LocalDate.monthNames.firstIndex(where: { $0.lowercased() == parts.last }) {
                value = parts[0] == "months" ? welshMonths[index] : String(welshMonths[index].prefix(3))
            } else if let index = LocalDate.weekdayNames.firstIndex(where: { $0.lowercased() == parts.last }) {
                value = parts[0] == "weekdays" ? welshDays[index] : welshShortDays[index]
            } else if key == StringsFile.languageKey {
                value = "cy-GB"
            } else {
                value = "«\(key) " + text + "»"
            }
            // The groups this key shares with the previous one are open already.
            let groups = parts.dropLast()
            let shared = zip(groups, previous.dropLast()).prefix { $0 == $1 }.count
            for depth in shared..<groups.count { lines.append(String(repeating: "  ", count: depth) + groups[depth] + ":") }
            lines.append(String(repeating: "  ", count: groups.count) + parts[parts.count - 1] + ": \"" + value + "\"")
            previous = parts
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `text` without the spans between « and » (nested ones too).
    static func unmarked(_ text: String) -> String {
        var depth = 0
        var result = ""
        for character in text {
            if character == "«" { depth += 1 } else if character == "»" { depth = max(0, depth - 1) } else if depth == 0 { result.append(character) }
        }
        return result
    }

    /// The literal runs of a default text (its placeholders removed) that hold a word.
    static func fragments(of text: String) -> [String] {
        var runs = [text]
        for name in StringsFile.placeholders(in: text) {
            runs = runs.flatMap { $0.components(separatedBy: "{\(name)}") }
        }
        return runs.map { $0.trimmingCharacters(in: .whitespaces.union(.punctuationCharacters)) }
            .filter { $0.count >= 2 && $0.contains(where: \.isLetter) }
    }

    /// True when `word` occurs in `text` with no letter either side.
    static func contains(_ text: String, word: String) -> Bool {
        var searchRange = text.startIndex..<text.endIndex
        while let found = text.range(of: word, range: searchRange) {
            let before = found.lowerBound > text.startIndex ? text[text.index(before: found.lowerBound)] : " "
            let after = found.upperBound < text.endIndex ? text[found.upperBound] : " "
            if !before.isLetter, !after.isLetter { return true }
            searchRange = found.upperBound..<text.endIndex
        }
        return false
    }

    /// Every file's text under `folder` whose name ends with one of `suffixes`.
    static func texts(under folder: URL, _ suffixes: [String]) -> [String: String] {
        let names = (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String]) ?? []
        var texts: [String: String] = [:]
        for name in names where suffixes.contains(where: name.hasSuffix) {
            texts[name] = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        }
        return texts
    }

    /// Every string in a value, by its field name, leaving out the fields that hold HTML or data.
    static func strings(in value: Any, label: String = "", into found: inout [(label: String, text: String)]) {
        if let text = value as? String {
            found.append((label, text))
            return
        }
        if value is CardHTML { return }
        for child in Mirror(reflecting: value).children where !["jsonLD", "bodyHTML", "introHTML", "staffNotes"].contains(child.label ?? "") {
            strings(in: child.value, label: child.label ?? label, into: &found)
        }
    }

    /// Every text the content holds: each string in the catalogue.
    static func contentTexts(_ catalogue: Catalogue) -> Set<String> {
        var found: [(label: String, text: String)] = []
        strings(in: catalogue, into: &found)
        return Set(found.map(\.text))
    }

    @Test("every text of every view is the theme's words, the content's, or no words (a link, a number, a name for CSS)")
    func viewsHoldNoEnglish() throws {
        try withTemporaryFolder("theme-words") { folder in
            try folder.write("Theme/" + SiteStrings.fileName, Self.markedStrings())
            let strings = SiteStrings.load(from: folder.path("Theme"), displayPath: "Theme").strings
            let catalogue = try #require(ContentLoader(directory: TestPaths.repository.appendingPathComponent("Content"), displayPath: "Content")
                .load().catalogue)
            let content = Self.contentTexts(catalogue)
            let views = ViewFactory(catalogue: catalogue, today: Today.date(Today.tenthOfOctober), page: "courses/x.html", strings: strings)
            let changes = ChangeLog(changes: Change.Kind.allCases.map { Change(date: "2026-10-01", kind: $0, course: "x", title: "«title»", detail: "«detail, kept in the history»") })
            var all: [Any] = [views.home(), views.coursesIndex(), views.groupsIndex(), views.pathwaysIndex(), views.whatsOn(),
                              views.requiredGrid(), views.brochure(), views.whatsNew(changes)]
            all += catalogue.publishedCourses.flatMap { [views.courseView($0), views.cardView($0)] as [Any] }
            all += catalogue.groups.map(views.group) as [Any]
            all += catalogue.pathways.map(views.pathway) as [Any]
            all += catalogue.settings.stages.map { views.stage($0) } as [Any]
            var found: [(label: String, text: String)] = []
            for view in all { Self.strings(in: view, into: &found) }
            #expect(found.count > 1000)
            // Fields that hold links, dates for machines, ids, CSS names and the filters' values.
            let data: Set<String> = ["href", "iso", "daysISO", "id", "tone", "slug", "value", "groups", "stages", "format", "strand",
                                     "terms", "times", "startText", "endText", "hours", "link", "school", "todayISO"]
            var english: [String: String] = [:]
            for (label, text) in found where !content.contains(text) && !data.contains(label) && !label.hasSuffix("Href") {
                // What is left once the theme's words are taken out, piece by piece between commas.
                let rest = Self.unmarked(text).components(separatedBy: ", ").map { $0.trimmingCharacters(in: .whitespaces) }
                for piece in rest where piece.contains(where: \.isLetter) && !content.contains(piece) {
                    english[piece] = label
                }
            }
            #expect(english.isEmpty, "texts from Swift, not the theme: \(english.sorted { $0.key < $1.key }.prefix(20))")
        }
    }

    @Test("the sample content built with changed words shows no English default word", arguments: [Edition.staff, .partners])
    func noEnglishLeft(edition: Edition) throws {
        try withTemporaryFolder("theme-words") { folder in
            let theme = folder.path("Theme")
            try FileManager.default.copyItem(at: Fixtures.theme, to: theme)
            try Data(Self.markedStrings().utf8).write(to: theme.appendingPathComponent(SiteStrings.fileName))
            let content = TestPaths.repository.appendingPathComponent("Content")
            let output = folder.path("Output")
            let report = SiteGenerator(options: BuildOptions(
                content: content, contentDisplay: "Content", theme: theme, themeDisplay: "Theme", output: output,
                environment: ["SOURCE_DATE_EPOCH": Today.tenthOfOctober], edition: edition,
                history: ScratchHistory.folder(forBuildOf: content, into: output))).build()
            #expect(report.succeeded, "\(report.diagnostics.map(\.summary))")

            // What the pages may say in English: the content's text and the templates' own.
            let allowed = (Array(Self.texts(under: content, [".md", ".yml", ".json"]).values) + Array(Self.texts(under: theme, [".mustache"]).values))
                .joined(separator: "\n")
            let fragments = Set(DefaultStrings.entries.flatMap { Self.fragments(of: $0.text) }).filter { !Self.contains(allowed, word: $0) }
            let pages = Self.texts(under: output, [".html"]).merging(Self.texts(under: output.appendingPathComponent("assets/search"), [".js"]).filter { $0.key.hasPrefix("d-") }) { $1 }
            #expect(pages.count > 50)
            // JSON-LD is data for search engines (schema.org values), not the site's words; a <style> (the
            // 404 page's) is the theme's stylesheet.
            let dataForMachines = /<script type="application\/ld\+json">[\s\S]*?<\/script>|<style>[\s\S]*?<\/style>/
            var leftovers: [String: Set<String>] = [:]
            var welsh = false
            for (path, page) in pages {
                welsh = welsh || page.contains("Hydref") || page.contains("Dydd ")
                let shown = decodeEntities(Self.unmarked(page.replacing(dataForMachines, with: ""))).replacingOccurrences(of: "\\u2019", with: "’")
                for fragment in fragments where Self.contains(shown, word: fragment) {
                    leftovers[fragment, default: []].insert(path)
                }
            }
            #expect(welsh, "no Welsh month or day name on any page")
            // The layout's words (navigation, page titles and descriptions) are the theme's.
            let site = pages.values.map(decodeEntities).joined()
            #expect(pages.values.allSatisfy { !$0.hasPrefix("<!DOCTYPE html>") || $0.contains("<html lang=\"cy-GB\">") }, "the theme's language is not every page's lang")
            let layoutKeys = DefaultStrings.entries.filter { ["navigation.", "data_links.", "pages."].contains(where: $0.key.hasPrefix) }
                .filter { edition == .staff || !$0.key.contains("required") }
            for (key, text) in layoutKeys {
                let shown = "«\(key) " + text.prefix { $0 != "{" }
                #expect(site.contains(shown), "\(key): '\(shown)' is on no page")
            }
            #expect(leftovers.isEmpty, "English words not from the theme: \(leftovers.mapValues { "\($0.count) pages, e.g. \($0.min()!)" })")
        }
    }

    @Test("dates read in the theme's words")
    func welshDates() throws {
        try withTemporaryFolder("theme-words") { folder in
            try folder.write("Theme/" + SiteStrings.fileName, Self.markedStrings())
            let (strings, diagnostics) = SiteStrings.load(from: folder.path("Theme"), displayPath: "Theme")
            #expect(diagnostics.isEmpty, "\(diagnostics.map(\.summary))")
            let date = LocalDate(year: 2026, month: 10, day: 14)!
            #expect(strings.longDate(date) == "«dates.long Dydd Mercher 14 Hydref 2026»")
            #expect(strings.shortDate(date) == "«dates.short Mer 14 Hyd 2026»")
            #expect(strings.monthAndYear(date) == "«dates.month Hydref 2026»")
            #expect(strings.count("counts.courses", 1) == "«counts.courses.one 1 course»")
            #expect(strings.count("counts.courses", 3) == "«counts.courses.other 3 courses»")
        }
    }
}
