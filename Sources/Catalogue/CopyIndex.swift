import Parallel

/// The published courses by their compared title and by their compared summary, with the
/// copied-course warnings of every text two or more share, kept up to date course by course: a
/// save that changes one course compares that course's texts, not every course's.
///
/// A course copied from another with only its code changed: two published courses with the same
/// title, or the same summary (compared without case and extra spaces), look like one course in
/// every list. Each is told where the other is, since either may be the copy.
struct CopyIndex: Sendable {
    fileprivate struct Check: Sendable {
        /// True for the titles, false for the summaries.
        let titles: Bool
        /// Each course's compared text, by slug.
        var textOf: [String: String] = [:]
        /// The courses with each compared text, by slug.
        var courses: [String: [String: CatalogueValidator.CopyPlace]] = [:]
        /// The warnings of each text shared by two or more courses.
        var warnings: [String: [Diagnostic]] = [:]

        /// Takes in the courses whose slugs are in `changed` (nil: every course, into an empty check).
        mutating func update(_ catalogue: Catalogue, changed: Set<String>?) {
            let titles = self.titles
            let taken: [(slug: String, course: Course?)]
            /// Each taken course's compared text, worked out on every core when there are many.
            let compared: [String]
            if let changed {
                taken = changed.sorted().map { ($0, catalogue.course($0)) }
                compared = taken.map { $0.course.map { CopyIndex.compared($0, titles: titles) } ?? "" }
            } else {
                taken = catalogue.courses.map { ($0.slug, $0) }
                compared = catalogue.courses.parallelMap { CopyIndex.compared($0, titles: titles) }
            }
            // Every course into an empty index (`changed` nil): nothing to take out, and every text is checked.
            let fresh = changed == nil
            if fresh {
                textOf.reserveCapacity(taken.count)
                courses.reserveCapacity(taken.count)
            }
            var touched = Set<String>()
            for ((slug, course), written) in zip(taken, compared) {
                if !fresh, let old = textOf.removeValue(forKey: slug) {
                    courses[old]?[slug] = nil
                    touched.insert(old)
                }
                guard let course, !course.draft, !written.isEmpty else { continue }
                textOf[slug] = written
                courses[written, default: [:]][slug] = CatalogueValidator.CopyPlace(
                    slug: slug, title: course.title, location: (titles ? course.titleLocation : course.summaryLocation) ?? course.source)
                if !fresh { touched.insert(written) }
            }
            for text in fresh ? Array(courses.keys) : Array(touched) {
                let sharing = courses[text] ?? [:]
                if sharing.isEmpty { courses[text] = nil }
                warnings[text] = sharing.count > 1
                    ? CatalogueValidator.copyWarnings(titles ? .duplicateTitle : .duplicateSummary, key: titles ? "title" : "summary",
                                                    courses: Array(sharing.values)) : nil
            }
        }
    }

    private var checks = [Check(titles: true), Check(titles: false)]

    init() {}

    /// The index of every course of `catalogue` (`WholeChecks` makes its two halves side by side).
    init(_ catalogue: Catalogue) {
        self.init(halves: [CopyIndex.half(catalogue, titles: true), CopyIndex.half(catalogue, titles: false)])
    }

    /// Takes in the courses whose slugs are in `changed` and returns the warnings of the whole
    /// catalogue, as `warnings` gives them.
    mutating func update(_ catalogue: Catalogue, changed: Set<String>) -> [Diagnostic] {
        for index in checks.indices { checks[index].update(catalogue, changed: changed) }
        return warnings
    }

    /// The titles' (or the summaries') index of every course of `catalogue`, to be put together with
    /// the other half (`init(halves:)`): the two can be made on different cores.
    struct Half: Sendable {
        fileprivate let check: Check
    }

    static func half(_ catalogue: Catalogue, titles: Bool) -> Half {
        var check = Check(titles: titles)
        check.update(catalogue, changed: nil)
        return Half(check: check)
    }

    /// The index of every course from its titles' and its summaries' halves.
    init(halves: [Half]) {
        checks = halves.map(\.check)
    }

    /// The warnings of the whole catalogue, as `update` returns them.
    var warnings: [Diagnostic] { checks.flatMap { $0.warnings.values.joined() } }

    /// The text of `course` that is compared: its title or its summary, as `comparable` makes it
    /// (empty for a draft, which is never compared).
    private static func compared(_ course: Course, titles: Bool) -> String {
        course.draft ? "" : CatalogueValidator.comparable(titles ? course.title : course.summary)
    }
}
