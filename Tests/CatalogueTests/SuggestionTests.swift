@testable import Catalogue
import Testing

@Suite("Suggestion: did you mean …?")
struct SuggestionTests {
    static let groups = ["early-career-teachers", "teachers", "teaching-assistants", "middle-leaders"]
    static let keys = Course.keys

    @Test("a typo suggests the nearest known word", arguments: [
        ("teachres", SuggestionTests.groups, "teachers"),          // transposition
        ("teacher", SuggestionTests.groups, "teachers"),           // one letter missing
        ("midle-leaders", SuggestionTests.groups, "middle-leaders"),
        ("sumary", SuggestionTests.keys, "summary"),
        ("cpd-hours", SuggestionTests.keys, "cpd_hours"),
        ("prerequisite", SuggestionTests.keys, "prerequisites"),
        ("Teachers", SuggestionTests.groups, "teachers"),          // case does not count
        ("TEACHRES", SuggestionTests.groups, "teachers"),
    ])
    func nearest(word: String, candidates: [String], expected: String) {
        #expect(Suggestion.nearest(to: word, in: candidates) == expected)
    }

    @Test("a word that is nothing like any candidate gets no suggestion", arguments: [
        ("governors", SuggestionTests.groups), ("advanced-underwater-basketry", SuggestionTests.keys), ("xyz", SuggestionTests.keys), ("", SuggestionTests.groups),
    ])
    func noSuggestion(word: String, candidates: [String]) {
        #expect(Suggestion.nearest(to: word, in: candidates) == nil)
    }

    @Test("no candidates, no suggestion")
    func emptyCandidates() {
        #expect(Suggestion.nearest(to: "teachers", in: [String]()) == nil)
    }

    @Test("short words allow one edit, no more")
    func shortWords() {
        #expect(Suggestion.nearest(to: "ab", in: ["ac"]) == "ac")
        #expect(Suggestion.nearest(to: "ab", in: ["cd"]) == nil)
    }

    @Test("a prefix of a single long candidate is suggested")
    func prefixAlone() {
        #expect(Suggestion.nearest(to: "teaching", in: ["teaching-assistants"]) == "teaching-assistants")
    }

    /// A prefix is a good guess ('teaching' for 'teaching-assistants') even when another candidate is nearer
    /// by edit distance ('teachers', 3 edits away); a suffix too ('teachers' for 'early-career-teachers').
    @Test("a prefix is suggested even when another candidate is nearer by edit distance")
    func prefixAmongOthers() {
        #expect(Suggestion.nearest(to: "teaching", in: Self.groups) == "teaching-assistants")
        #expect(Suggestion.didYouMean("leaders", in: ["middle-leaders", "senior-leaders", "teachers"])
                == "did you mean 'middle-leaders' or 'senior-leaders'?")
    }

    @Test("didYouMean wording")
    func didYouMean() {
        #expect(Suggestion.didYouMean("teachres", in: Self.groups) == "did you mean 'teachers'?")
        #expect(Suggestion.didYouMean("governors", in: Self.groups) == nil)
    }

    @Test("edit distance counts an adjacent transposition as one edit")
    func editDistance() {
        #expect(Suggestion.editDistance("teachres", "teachers") == 1)
        #expect(Suggestion.editDistance("kitten", "sitting") == 3)
        #expect(Suggestion.editDistance("", "abc") == 3)
        #expect(Suggestion.editDistance("abc", "") == 3)
        #expect(Suggestion.editDistance("same", "same") == 0)
        #expect(Suggestion.editDistance("ab", "ba") == 1)
        #expect(Suggestion.editDistance("café", "cafe") == 1)
    }
}
