@testable import Site
import Testing

/// The search index's words: text cut as search.js cuts a query, whether it is all ASCII (cut byte by
/// byte) or not (lower-cased and decomposed by Foundation first), and each word's postings.
@Suite("Search words")
struct SearchWordsTests {
    @Test("ASCII text: lower case, letters and digits, every other character a break")
    func asciiText() {
        #expect(SearchWords.tokens("Re-think KS2 Maths: 10 Tips!") == ["re", "think", "ks2", "maths", "10", "tips"])
        #expect(SearchWords.tokens("  ZEBRA_crossing@[school]`{}  ") == ["zebra", "crossing", "school"])
        #expect(SearchWords.tokens("--- ,;") == [])
    }

    @Test("text with accents or other letters: the same words as its ASCII spelling")
    func otherText() {
        #expect(SearchWords.tokens("Café RÉSUMÉ über") == SearchWords.tokens("Cafe RESUME uber"))
        #expect(SearchWords.tokens("Ünïcode—dash 2½") == ["unicode", "dash", "2"])
    }

    @Test("a word's postings step from course to course, in course order")
    func postings() {
        let courses = (0..<5).map { number in
            SearchWords.CourseWords(words: number == 2 ? [("other", 1)] : [("common", 1 << (number % 3)), ("other", 4)])
        }
        let postings = SearchWords.postings(courses)
        #expect(postings["common"]?.json == #""common":[1,258,513,258]"#)
        #expect(postings["other"]?.json == #""other":[4,260,257,260,260]"#)
    }
}
