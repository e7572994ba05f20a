import Foundation
@testable import Site
import Testing

/// The search index's words cut and gathered on bytes give what the string-by-string way gave: the
/// same words (text outside ASCII cut a stretch at a time), the same masks, the same order.
@Suite("Search words on bytes")
struct SearchWordsBytesTests {
    /// The rule as it was applied to the whole text: lower case, decomposed, accents dropped, every
    /// run of characters other than a–z and 0–9 a break (Foundation's way, which `TokenList` now
    /// uses only for stretches of text outside ASCII).
    static func wholeText(_ text: String) -> [String] { SearchWords.unicodeTokens(text) }

    /// A course's words as they were gathered: a dictionary of masks, sorted by word.
    static func dictionaryWords(_ texts: [String], mandatory: Bool) -> [(word: String, mask: Int)] {
        var masks: [String: Int] = [:]
        for (index, text) in texts.enumerated() {
            for word in wholeText(text) { masks[word, default: mandatory ? SearchWords.mandatoryBit : 0] |= 1 << index }
        }
        return masks.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    static let pieces = ["a", "Z", "9", " ", "-", "—", "é", "E\u{301}", "\u{301}", "İ", "\u{212A}", "ﬁ", "ß", "Σ", "ς", "東京", "👩🏽‍🏫",
                         "\r\n", "_", "Ünï", "café", "naïve—word", "\u{2028}", "Å", "\u{0130}x", "ǅ", "x\u{200D}y", "0½", ".", "Ⅻ"]

    /// Random texts made of `pieces`, the same on every run.
    static func texts(_ count: Int) -> [String] {
        var state: UInt64 = 2_026
        return (0..<count).map { _ in
            var text = ""
            for _ in 0..<40 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += pieces[Int(state >> 33) % pieces.count]
            }
            return text
        }
    }

    @Test("text outside ASCII, cut a stretch at a time, gives the words the whole text gives")
    func stretches() {
        for text in Self.texts(400) + Self.pieces + ["Café RÉSUMÉ über", "teachers’ notes—and more", " \u{301}a", "\u{301}"] {
            #expect(SearchWords.tokens(text) == Self.wholeText(text), "\(text.debugDescription)")
        }
    }

    @Test("a course's words and masks are those a dictionary of words gave, in the same order")
    func courseWords() {
        // Long words sharing their first eight letters, and words that are prefixes of others.
        let long = "Safeguarding safeguardingly safeguard safe SAFEGUARDING2 safeguardinG safeguarding-lead aaaaaaaab aaaaaaaa aaaaaaaaa"
        let samples = Self.texts(60)
        for (position, text) in samples.enumerated() {
            let fields = [text, "", long, samples[(position + 1) % samples.count], "x", "Conference", String(text.reversed())]
            for mandatory in [false, true] {
                let words = SearchWords.fields(of: fields, mandatory: mandatory).words
                let expected = Self.dictionaryWords(fields, mandatory: mandatory)
                #expect(words.map(\.word) == expected.map(\.word))
                #expect(words.map(\.mask) == expected.map(\.mask))
            }
        }
    }

    @Test("postings of many courses and words, table grown many times, read as the lists of steps")
    func manyPostings() {
        let courses = (0..<300).map { number in
            SearchWords.CourseWords(words: (0..<(number % 40 + 1)).map { ("w\(number % 7)x\($0)", 1 + number % 3) }.sorted { $0.0 < $1.0 })
        }
        var expected: [String: [Int]] = [:], last: [String: Int] = [:]
        for (number, course) in courses.enumerated() {
            for (word, mask) in course.words {
                expected[word, default: []].append((number - (last[word] ?? 0)) * 256 + mask)
                last[word] = number
            }
        }
        let postings = SearchWords.postings(courses)
        #expect(postings.count == expected.count)
        for (word, steps) in expected {
            #expect(postings[word]?.json == "\"\(word)\":[" + steps.map(String.init).joined(separator: ",") + "]")
        }
    }

    @Test("a body's first characters cut by bytes are its first characters")
    func bodyStart() {
        let limit = SearchIndexExport.bodyCharacters
        let plain = String(repeating: "abcdefghij", count: 70)
        let before: String = String(plain.prefix(limit - 1)), upTo: String = String(plain.prefix(limit))
        var samples: [String] = ["", "short", plain, upTo, String(plain.prefix(limit + 1)), "é" + plain]
        samples += [before + "\r\n" + plain, upTo + "\u{301}" + plain, before + "é" + plain, before + "\r" + plain]
        for text in samples {
            #expect(SearchIndexExport.bodyStart(text) == String(text.prefix(limit)), "\(text.utf8.count) bytes")
        }
    }
}
