/// Finds the closest known word to a mistyped one, for "did you mean …?" hints.
enum Suggestion {
    /// The candidate nearest to `word` by edit distance, if it is near enough to be a likely typo.
    static func nearest(to word: String, in candidates: some Sequence<String>) -> String? {
        likely(word, in: Array(candidates)).first
    }

    /// The likely intended words, best first (at most three): a near spelling, else every candidate
    /// that starts or ends with the word ("teaching" → "teaching-assistants"; "teachers" →
    /// "experienced-teachers", "trainee-teachers"), ignoring case, spaces and underscores.
    static func likely(_ word: String, in candidates: [String]) -> [String] {
        let key = normalised(word)
        guard !key.isEmpty else { return [] }
        var best: (String, Int)?
        for candidate in candidates {
            let distance = editDistance(key, normalised(candidate))
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

    /// "did you mean 'x'?" (or "'x' or 'y'"), or nil.
    static func didYouMean(_ word: String, in candidates: some Sequence<String>) -> String? {
        let found = likely(word, in: Array(candidates))
        switch found.count {
        case 0: return nil
        case 1: return "did you mean '\(found[0])'?"
        default: return "did you mean " + found.dropLast().map { "'\($0)'" }.joined(separator: ", ") + " or '\(found.last!)'?"
        }
    }

    private static func normalised(_ word: String) -> String {
        String(word.lowercased().map { $0 == " " || $0 == "_" ? "-" : $0 })
    }

    /// Levenshtein distance with adjacent transpositions counted as one edit.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previousPrevious[j - 2] + 1)
                }
                current[j] = value
            }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }
}
