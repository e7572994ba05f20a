import Catalogue
import Foundation

/// The words the site shows: the theme's `strings.yml` over the English defaults (`DefaultStrings`).
///
/// The model carries values (statuses, formats, dates, numbers); the views turn them into words here.
/// Each text is split into literal runs and `{placeholders}` once, when the theme is loaded.
public struct SiteStrings: Sendable {
    /// The name of the file in the theme folder.
    public static let fileName = "strings.yml"

    /// Every key, with the placeholders its text may use (those of its English text).
    public static let known: [String: Set<String>] = Dictionary(
        uniqueKeysWithValues: DefaultStrings.entries.map { ($0.key, Set(StringsFile.placeholders(in: $0.text))) })

    /// The groups whose keys a theme gives all or none of, with their keys in order: each number's
    /// `one` and `other`, and the month and day names.
    static let wholeGroups: [String: [String]] = {
        let lists: Set<String> = ["months", "months_short", "weekdays", "weekdays_short"]
        var groups: [String: [String]] = [:]
        for (key, _) in DefaultStrings.entries {
            guard let dot = key.lastIndex(of: ".") else { continue }
            let group = String(key[..<dot]), name = String(key[key.index(after: dot)...])
            if lists.contains(group) || name == "one" || name == "other" { groups[group, default: []].append(name) }
        }
        return groups
    }()

    /// The English defaults alone: what a theme without `strings.yml` shows, and the words of the
    /// exports that are data for other systems (CSV, JSON, calendars, feeds).
    public static let english = SiteStrings(overriding: [:])

    private enum Piece: Sendable {
        case text(String)
        case value(String)
    }

    private let texts: [String: [Piece]]

    /// The weekdays' and months' names (`weekdays.monday`, `months_short.october`…), Monday and
    /// January first: looked up once, not for every date shown.
    struct DateNames: Sendable {
        var weekdays: [String] = [], weekdaysShort: [String] = [], months: [String] = [], monthsShort: [String] = []
    }

    private(set) var names = DateNames()

    /// The defaults with `overrides` (by key) in their place.
    init(overriding overrides: [String: String]) {
        var texts: [String: [Piece]] = [:]
        for (key, text) in DefaultStrings.entries {
            texts[key] = SiteStrings.pieces(overrides[key] ?? text)
        }
        self.texts = texts
        let weekdays = LocalDate.weekdayNames.map { $0.lowercased() }, months = LocalDate.monthNames.map { $0.lowercased() }
        names = DateNames(weekdays: weekdays.map { text("weekdays." + $0) }, weekdaysShort: weekdays.map { text("weekdays_short." + $0) },
                          months: months.map { text("months." + $0) }, monthsShort: months.map { text("months_short." + $0) })
    }

    /// Reads `strings.yml` from the theme folder; without one, the English defaults. A key the file
    /// leaves out keeps its English text.
    public static func load(from directory: URL, displayPath: String) -> (strings: SiteStrings, diagnostics: [Diagnostic]) {
        let url = directory.appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: url.path) else { return (english, []) }
        switch SourceFile.read(at: url, displayPath: "\(displayPath)/\(fileName)") {
        case .failure(let problem):
            return (english, [problem])
        case .success(let file):
            let (texts, diagnostics) = StringsFile.read(file, known: known, whole: wholeGroups)
            return (SiteStrings(overriding: texts), diagnostics)
        }
    }

    /// The text of `key` with its placeholders filled from `values`.
    func text(_ key: String, _ values: KeyValuePairs<String, String> = [:]) -> String {
        fill(key) { name in values.first { $0.key == name }?.value }
    }

    /// `key.one` when `number` is 1, else `key.other`, with `{count}` the number (or `shown`, its text).
    func count(_ key: String, _ number: Double, shown: String? = nil, _ values: KeyValuePairs<String, String> = [:]) -> String {
        fill(key + (number == 1 ? ".one" : ".other")) { name in
            name == "count" ? shown ?? String(Int(number)) : values.first { $0.key == name }?.value
        }
    }

    func count(_ key: String, _ number: Int, _ values: KeyValuePairs<String, String> = [:]) -> String {
        count(key, Double(number), shown: String(number), values)
    }

    /// The text of `key` with its `{placeholders}` left in, as the theme wrote it (for the scripts' words).
    func unfilled(_ key: String) -> String {
        (texts[key] ?? []).map { piece -> String in
            switch piece {
            case .text(let text): text
            case .value(let name): "{\(name)}"
            }
        }.joined()
    }

    /// The text of `key` with each placeholder filled with `value(name)` (`""` for nil). Values
    /// are asked for only when the text has placeholders, in the text's order.
    func fill(_ key: String, _ value: (String) -> String?) -> String {
        guard let pieces = texts[key] else {
            assertionFailure("no site string '\(key)'")
            return key
        }
        if pieces.count == 1, case .text(let text) = pieces[0] { return text }
        var result = ""
        for piece in pieces {
            switch piece {
            case .text(let text): result += text
            case .value(let name): result += value(name) ?? ""
            }
        }
        return result
    }

    /// Literal runs and placeholders, in order.
    private static func pieces(_ text: String) -> [Piece] {
        let names = StringsFile.placeholders(in: text)
        guard !names.isEmpty else { return [.text(text)] }
        var pieces: [Piece] = []
        var rest = Substring(text)
        for name in names {
            guard let range = rest.range(of: "{\(name)}") else { continue }
            if range.lowerBound > rest.startIndex { pieces.append(.text(String(rest[..<range.lowerBound]))) }
            pieces.append(.value(name))
            rest = rest[range.upperBound...]
        }
        if !rest.isEmpty { pieces.append(.text(String(rest))) }
        return pieces
    }
}
