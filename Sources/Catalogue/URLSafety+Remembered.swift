import Parallel

extension URLSafety {
    /// `problem(with:allowRelative:)`, remembered for the process: an offer's descriptions link to
    /// the same few sites thousands of times, and the answer depends on nothing but the address.
    /// At most `rememberedLimit` addresses are kept; past that, each is checked as it comes.
    static func rememberedProblem(with url: String, allowRelative: Bool) -> URLProblem? {
        let key = RememberedKey(url: url, allowRelative: allowRelative)
        if let known = remembered.withLock({ $0[key] }) { return known }
        let problem = problem(with: url, allowRelative: allowRelative)
        remembered.withLock { found in
            if found.count < rememberedLimit { found[key] = problem }
        }
        return problem
    }

    static let rememberedLimit = 4096

    private struct RememberedKey: Hashable, Sendable {
        var url: String
        var allowRelative: Bool
    }

    private static let remembered = Locked<[RememberedKey: URLProblem?]>([:])
}
