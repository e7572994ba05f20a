@testable import Catalogue
import Foundation
import TestSupport
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

    /// The suggestion as it was worked out before candidates were pruned by length and distances
    /// were bounded: an edit distance against every candidate. The fast one must agree with it.
    static func reference(_ word: String, in candidates: [String]) -> [String] {
        func normalised(_ word: String) -> String { String(word.lowercased().map { $0 == " " || $0 == "_" ? "-" : $0 }) }
        let key = normalised(word)
        guard !key.isEmpty else { return [] }
        var best: (String, Int)?
        for candidate in candidates {
            let distance = Suggestion.editDistance(key, normalised(candidate))
            if distance < (best?.1 ?? Int.max) { best = (candidate, distance) }
        }
        if let (candidate, distance) = best, distance <= max(1, min(3, max(key.count, candidate.count) / 3)) {
            return [candidate]
        }
        guard key.count >= 4 else { return [] }
        let affixed = candidates.filter {
            let other = normalised($0)
            return other.hasPrefix(key) || other.hasSuffix(key) || other.hasPrefix(key + "-") || key.hasPrefix(other + "-")
        }
        return Array(affixed.sorted().prefix(3))
    }

    /// Random slugs and random edits of them (deletions, insertions, substitutions, swaps, case,
    /// underscores, affixes): the pruned, bounded search suggests exactly what the full one did.
    @Test("pruning by length and bounding the distance change no suggestion")
    func sameAsFullSearch() {
        var random = SplitMix64(seed: 20_261_124)
        let alphabet = Array("abcde-_ éxyz")
        func word(_ length: Int) -> String { String((0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }) }
        func mutate(_ text: String) -> String {
            var characters = Array(text)
            for _ in 0..<Int(random.next() % 5) {
                let position = characters.isEmpty ? 0 : Int(random.next() % UInt64(characters.count))
                switch random.next() % 7 {
                case 0 where !characters.isEmpty: characters.remove(at: position)
                case 1: characters.insert(alphabet[Int(random.next() % UInt64(alphabet.count))], at: position)
                case 2 where !characters.isEmpty: characters[position] = alphabet[Int(random.next() % UInt64(alphabet.count))]
                case 3 where position + 1 < characters.count: characters.swapAt(position, position + 1)
                case 4: characters = Array(String(characters).uppercased())
                case 5: characters += Array("-extra")
                default: characters = Array("pre-") + characters
                }
            }
            return String(characters)
        }
        var compared = 0, suggested = 0
        for _ in 0..<400 {
            let candidates = (0..<Int(random.next() % 40)).map { _ in word(1 + Int(random.next() % 12)) }
            for _ in 0..<10 {
                let target = candidates.isEmpty || random.next() % 4 == 0 ? word(Int(random.next() % 14)) : mutate(candidates[Int(random.next() % UInt64(candidates.count))])
                let expected = Self.reference(target, in: candidates)
                #expect(Suggestion.likely(target, in: candidates) == expected, "'\(target)' among \(candidates)")
                compared += 1
                if !expected.isEmpty { suggested += 1 }
            }
        }
        #expect(suggested > compared / 4, "the cases must mostly have a suggestion to compare: \(suggested) of \(compared)")
    }

    @Test("the bounded edit distance is the distance when within the bound, else nil")
    func boundedDistance() {
        var random = SplitMix64(seed: 7)
        let alphabet = Array("abcé")
        for _ in 0..<3_000 {
            let a = String((0..<Int(random.next() % 9)).map { _ in alphabet[Int(random.next() % 4)] })
            let b = String((0..<Int(random.next() % 9)).map { _ in alphabet[Int(random.next() % 4)] })
            let full = Suggestion.editDistance(a, b)
            for limit in 0...5 {
                let bounded = Suggestion.editDistance(Array(a.unicodeScalars), Array(b.unicodeScalars), atMost: limit)
                #expect(bounded == (full <= limit ? full : nil), "'\(a)' '\(b)' within \(limit)")
            }
        }
    }

    /// Only candidates whose length is within `maximumEdits` of the word are measured: the rest
    /// cannot be near enough, so 20,000 unknown names among 1,000 courses no longer cost 20 million
    /// edit distances.
    @Test("only candidates of about the same length are measured")
    func lengthBuckets() {
        let candidates = Suggestion.Candidates((0..<1_000).map { "generated-course-number-\($0)" } + ["short", "Teachers"])
        #expect(candidates.byLength[8] == [1_001])
        #expect(candidates.byLength.keys.sorted() == [5, 8, 25, 26, 27])
        #expect(candidates.keys.last == "teachers")
        #expect(Suggestion.likely("teachres", in: candidates) == ["Teachers"])
        #expect(Suggestion.likely("generated-course-numbr-7", in: candidates) == ["generated-course-number-7"])
    }

    /// A pasted list of thousands of unknown names in one file: each different name is worked out
    /// once, and only the first 100 different names of a file get a "did you mean" (the text report
    /// prints 100 diagnostics per file); the rest get the general hint, so the cost per file is
    /// bounded however many courses there are.
    @Test("'did you mean' for at most 100 different unknown names per file, each worked out once")
    func suggestionsPerFile() throws {
        try withTemporaryFolder { folder in
            let content = try folder.copyFixture("valid")
            let names = (0..<150).map { "first-aid-\($0)" } + ["first-aid-0", "first-aid-149"]
            try folder.write("Content/courses/pasted.md", """
                ---
                title: Pasted
                summary: A list pasted from a spreadsheet.
                strand: Leadership
                groups: [teachers]
                format: online
                prerequisites: [\(names.joined(separator: ", "))]
                ---
                Body.
                """)
            let result = ContentLoader(directory: content, displayPath: "Content").load()
            let unknown = result.diagnostics.filter { $0.location.file == "Content/courses/pasted.md" && $0.message.hasPrefix("unknown course") }
            try #require(unknown.count == names.count)
            let general = "prerequisites are course file names in Content/courses/ (without .md)"
            for (position, diagnostic) in unknown.enumerated() {
                #expect(diagnostic.keyPath == "prerequisites[\(position)]")
                // The repeated names at the end were worked out among the first 100, or not at all.
                let suggested = position < 100 || names[position] == "first-aid-0"
                // The rest list the courses of the course's strand (worked out once), then the general hint.
                #expect(suggested ? diagnostic.suggestion == "did you mean 'first-aid'?" : diagnostic.suggestion?.hasSuffix("; " + general) == true,
                        "\(names[position]): \(diagnostic.suggestion ?? "")")
            }
        }
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
