/// How a prerequisite loop is written in its message: every course of a short loop, and the first
/// and last few of a long one, so that a loop through thousands of courses is one readable line
/// (a 20,000-course loop used to be a 309 KB line) that still names the course it starts from and
/// where it closes.
enum PrerequisiteLoop {
    /// Courses named at each end of a long loop; a loop of up to `2 × shownAtEachEnd + 2` slugs is
    /// written in full (leaving out fewer than two courses would save nothing).
    static let shownAtEachEnd = 4

    /// `a → b → c → a` from the loop's slugs, the first repeated at the end; a long loop as
    /// `a → b → c → d → … 19,992 more … → w → x → y → a`.
    static func describe(_ slugs: [String]) -> String {
        let shown = shownAtEachEnd
        guard slugs.count > 2 * shown + 2 else { return slugs.joined(separator: " → ") }
        let hidden = slugs.count - 2 * shown
        return (slugs.prefix(shown) + ["… \(hidden.grouped) more …"] + slugs.suffix(shown)).joined(separator: " → ")
    }
}
