/// Finds the closest known word to a mistyped one, for "did you mean …?" hints.
public enum Suggestion {
    /// The most edits a near spelling may be away (`threshold` is at most this).
    static let maximumEdits = 3

    /// The known words, prepared once so that each mistyped word costs little however many there
    /// are: only words of about the same length are compared, and each comparison stops as soon
    /// as it is more than `maximumEdits` (or the best found so far) away.
    struct Candidates: Sendable {
        /// In the caller's order (ties go to the first).
        let names: [String]
        /// Lower case, with spaces and underscores as dashes.
        let keys: [String]
        let scalars: [[Unicode.Scalar]]
        /// Indices into `names`, by the number of scalars of their key.
        let byLength: [Int: [Int]]

        init(_ names: [String]) {
            self.names = names
            keys = names.map(Suggestion.normalised)
            scalars = keys.map { Array($0.unicodeScalars) }
            var byLength: [Int: [Int]] = [:]
            for (index, word) in scalars.enumerated() { byLength[word.count, default: []].append(index) }
            self.byLength = byLength
        }

        var isEmpty: Bool { names.isEmpty }
    }

    /// The candidate nearest to `word` by edit distance, if it is near enough to be a likely typo.
    static func nearest(to word: String, in candidates: some Sequence<String>) -> String? {
        likely(word, in: Array(candidates)).first
    }

    static func likely(_ word: String, in candidates: [String]) -> [String] {
        likely(word, in: Candidates(candidates))
    }

    /// The likely intended words, best first (at most three): a near spelling, else every candidate
    /// that starts or ends with the word ("teaching" → "teaching-assistants"; "teachers" →
    /// "experienced-teachers", "trainee-teachers"), ignoring case, spaces and underscores.
    ///
    /// The near spelling is the first candidate at the smallest edit distance, if that distance is
    /// within `threshold`; only candidates within `maximumEdits` can be, so only they are measured.
    static func likely(_ word: String, in candidates: Candidates) -> [String] {
        let key = normalised(word)
        guard !key.isEmpty else { return [] }
        let keyScalars = Array(key.unicodeScalars)
        var near: [Int] = []
        for length in max(0, keyScalars.count - maximumEdits)...(keyScalars.count + maximumEdits) {
            near += candidates.byLength[length] ?? []
        }
        near.sort()
        var best: (index: Int, distance: Int)?
        for index in near {
            // Only a strictly smaller distance replaces the best, as the first candidate wins a tie.
            let bound = (best?.distance ?? maximumEdits + 1) - 1
            guard bound >= 0 else { break }
            if let distance = editDistance(keyScalars, candidates.scalars[index], atMost: bound) {
                best = (index, distance)
            }
        }
        if let (index, distance) = best, distance <= threshold(key.count, candidates.names[index].count) {
            return [candidates.names[index]]
        }
        guard key.count >= 4 else { return [] }
        let affixed = candidates.names.indices.filter {
            let other = candidates.keys[$0]
            return other.hasPrefix(key) || other.hasSuffix(key) || key.hasPrefix(other + "-")
        }.map { candidates.names[$0] }
        return Array(affixed.sorted().prefix(3))
    }

    /// How many edits a near spelling may be away: one for short words, up to three for long ones.
    static func threshold(_ wordLength: Int, _ candidateLength: Int) -> Int {
        max(1, min(maximumEdits, max(wordLength, candidateLength) / 3))
    }

    /// "did you mean 'x'?" (or "'x' or 'y'"), or nil.
    public static func didYouMean(_ word: String, in candidates: some Sequence<String>) -> String? {
        wording(likely(word, in: Array(candidates)))
    }

    static func didYouMean(_ word: String, in candidates: Candidates) -> String? {
        wording(likely(word, in: candidates))
    }

    private static func wording(_ found: [String]) -> String? {
        switch found.count {
        case 0: return nil
        case 1: return "did you mean '\(found[0])'?"
        default: return "did you mean " + found.dropLast().map { "'\($0)'" }.joined(separator: ", ") + " or '\(found.last!)'?"
        }
    }

    /// The most names a message lists when no name is close enough for "did you mean".
    static let listingLimit = 20

    /// `a, b, c` or, for a long list, the first `listingLimit` and "… and 12 more".
    static func listing(_ names: [String], limit: Int = listingLimit) -> String {
        guard names.count > limit else { return names.joined(separator: ", ") }
        return names.prefix(limit).joined(separator: ", ") + " … and \(names.count - limit) more"
    }

    static func normalised(_ word: String) -> String {
        String(word.lowercased().map { $0 == " " || $0 == "_" ? "-" : $0 })
    }

    /// Levenshtein distance with adjacent transpositions counted as one edit.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        return editDistance(a, b, atMost: max(a.count, b.count))!
    }

    /// The edit distance (as `editDistance(_:_:)`) when it is at most `limit`, else nil. Only the
    /// cells within `limit` of the diagonal are computed, and it stops at the first row where every
    /// cell is over `limit` (no later row can be lower), so it costs O(length × limit) at most.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], atMost limit: Int) -> Int? {
        let n = a.count, m = b.count
        guard limit >= 0, abs(n - m) <= limit else { return nil }
        if n == 0 { return m }
        if m == 0 { return n }
        let over = limit + 1  // every value above `limit` is stored as this
        var previousPrevious = [Int](repeating: over, count: m + 1)
        var previous = [Int](repeating: over, count: m + 1)
        for j in 0...min(m, limit) { previous[j] = j }
        var current = [Int](repeating: over, count: m + 1)
        for i in 1...n {
            let low = max(1, i - limit), high = min(m, i + limit)
            current[0] = min(i, over)
            current[low - 1] = low == 1 ? current[0] : over
            var rowMinimum = current[low - 1]
            for j in low...high {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previousPrevious[j - 2] + 1)
                }
                current[j] = min(value, over)
                rowMinimum = min(rowMinimum, current[j])
            }
            // The next row reads one cell past this row's band: it must read "over", not a stale value.
            if high < m { current[high + 1] = over }
            if rowMinimum > limit { return nil }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[m] <= limit ? previous[m] : nil
    }
}
