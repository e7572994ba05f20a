import Catalogue
import Parallel

/// Course cards rendered once per build, by page depth and course slug.
///
/// A large offer lists each course on many pages (the courses index, every group and stage it is for,
/// pathways); rendering its card once and reusing the HTML keeps the cost of those pages linear in
/// the number of courses rather than in the number of listings.
struct CardCache: Sendable {
    private let byDepth: [Int: [String: String]]
    private let theme: Theme?
    /// The listings' whole-offer work, done once for this build's catalogue (none in `empty`, which
    /// any catalogue may use).
    let listings: ListingMemo?

    static let empty = CardCache(byDepth: [:], theme: nil, listings: nil)

    private init(byDepth: [Int: [String: String]], theme: Theme?, listings: ListingMemo?) {
        self.byDepth = byDepth
        self.theme = theme
        self.listings = listings
    }

    /// Renders every published course's card for pages `depths` folders deep, in parallel.
    /// With the preview's `fragments`, an unchanged course's card is reused from the previous rebuild.
    init(catalogue: Catalogue, today: LocalDate, theme: Theme, depths: Set<Int>, fragments: CourseFragments? = nil) {
        var byDepth: [Int: [String: String]] = [:]
        for depth in depths.sorted() {
            let page = String(repeating: "x/", count: depth) + "index.html"
            let views = ViewFactory(catalogue: catalogue, today: today, page: page, strings: theme.strings)
            let rendered = catalogue.publishedCourses.parallelMap { course in
                let make = { theme.render(views.cardView(course), template: "partials/course-card") }
                return (course.slug, fragments?.fragment("card-\(depth)", course.slug, inputs: course, make: make) ?? make())
            }
            byDepth[depth] = Dictionary(uniqueKeysWithValues: rendered)
        }
        self.init(byDepth: byDepth, theme: theme, listings: ListingMemo())
    }

    func html(for slug: String, depth: Int) -> String? { byDepth[depth]?[slug] }

    /// A card not in the cache (a page at an unusual depth).
    func render(_ card: CourseCardView) -> String {
        theme?.render(card, template: "partials/course-card") ?? ""
    }
}
