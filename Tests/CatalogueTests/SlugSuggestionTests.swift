import Catalogue
import Foundation
import TestSupport
import Testing

/// The new name suggested for a file name that cannot be a web address must itself be one: a name
/// over 100 characters used to be refused with a suggestion identical to the name.
@Suite("Slug suggestions are valid slugs")
struct SlugSuggestionTests {
    static let long = (1...30).map { "word\($0)" }.joined(separator: "-")

    @Test("a course file name over 100 characters is refused with a shorter name that is valid")
    func longCourseFileName() throws {
        #expect(Self.long.utf8.count > 100 && Slug.make(from: Self.long) == Self.long)
        try withTemporaryFolder { folder in
            let content = try folder.copyFixture("valid")
            try folder.write("Content/courses/\(Self.long).md",
                             "---\ntitle: Long\nsummary: A long name.\nstrand: Leadership\ngroups: all\nformat: online\n---\n")
            let result = ContentLoader(directory: content, displayPath: "Content").load()
            let diagnostic = try #require(result.diagnostics.first { $0.location.file == "Content/courses/\(Self.long).md" })
            #expect(diagnostic.message == "the file name '\(Self.long).md' cannot be used as a web address")
            let suggestion = try #require(diagnostic.suggestion)
            let suggested = try #require(suggestion.split(separator: " ").dropFirst(3).first.map { String($0.dropLast(3)) })
            #expect(suggested != Self.long)
            #expect(Slug.isValid(suggested), "\(suggestion)")
            #expect(Self.long.hasPrefix(suggested + "-"), "cut at a dash, so no word is split: \(suggested)")
        }
    }

    @Test("a name with accents is suggested with the letters unaccented, not split at them", arguments: [
        ("Ünïcode", "unicode"), ("Ysgol Gymraeg Tân", "ysgol-gymraeg-tan"), ("Café Ñandú", "cafe-nandu"), ("x\u{301}y", "xy"),
        ("ＦＵＬＬ　ｗｉｄｔｈ", "full-width"), ("Straße", "strasse"), ("Łódź", "lodz"), ("Æsop", "aesop"), ("Øresund", "oresund"),
        ("Œuvre", "oeuvre"), ("ıstanbul", "istanbul"), ("Đà Nẵng", "da-nang"), ("ﬁre safety", "fire-safety"), ("Year Ⅻ", "year-xii"),
    ])
    func accentsFolded(name: String, expected: String) {
        #expect(Slug.suggestion(for: name) == expected)
    }

    @Test("suggestions are valid for any title, however long", arguments: [
        String(repeating: "a", count: 101), String(repeating: "ab-", count: 60), String(repeating: "Staff Wellbeing ", count: 12),
        String(repeating: "x", count: 99) + "--y", "-" + String(repeating: "é", count: 200) + String(repeating: "b", count: 150),
        long,
    ])
    func alwaysValid(title: String) {
        let suggestion = Slug.suggestion(for: title)
        #expect(Slug.isValid(suggestion), "\(suggestion)")
        #expect(suggestion.utf8.count <= Slug.maximumLength)
    }
}

@Suite("Slugs made from titles")
struct SlugMakingTests {
    /// What `Slug.make` made with `CharacterSet.alphanumerics` (its ASCII part) before it compared bytes.
    static func reference(_ title: String) -> String {
        var result = "", dash = false
        for scalar in title.lowercased().unicodeScalars {
            if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) {
                if dash, !result.isEmpty { result.append("-") }
                dash = false
                result.unicodeScalars.append(scalar)
            } else {
                dash = true
            }
        }
        return result.isEmpty ? "strand" : result
    }

    @Test("the same slug as the CharacterSet lookup, for every ASCII character and some beyond", arguments: [
        String((0...127).compactMap { Unicode.Scalar($0).map(Character.init) }), "Safeguarding & Welfare", "  SEND: 2026/27  ", "",
        "Café Ünïcode", "İstanbul", "\u{212A}elvin", "ＦＵＬＬ width", "①②③", "Ⅻ", "x_y-z.w", "Æsop's Fables", "👩🏽‍🏫 Teaching",
    ])
    func sameAsCharacterSet(_ title: String) {
        #expect(Slug.make(from: title) == Self.reference(title))
    }
}
