import Catalogue
import Parallel

/// Course cards rendered once per build, by course slug, for pages at any depth.
///
/// A large offer lists each course on many pages (the courses index, every group and stage it is for,
/// pathways); rendering its card once and reusing the HTML keeps the cost of those pages linear in
/// the number of courses rather than in the number of listings.
///
/// A card differs from one folder depth to another only in the prefix that leads back to the site
/// root (`../`, `../../`) at the start of its links. So each card is rendered once, with
/// `CardCache.rootMark` standing for that prefix, and kept in the pieces between the marks; a page
/// joins them with its own prefix. A 20,000-course site has listings five folders deep: rendering
/// every card for each depth cost five renders and five copies of every card.
struct CardCache: Sendable {
    /// Each course's card, split where the root prefix goes.
    private let pieces: [String: [String]]
    private let theme: Theme?
    /// The listings' whole-offer work, done once for this build's catalogue (none in `empty`, which
    /// any catalogue may use).
    let listings: ListingMemo?

    static let empty = CardCache(pieces: [:], theme: nil, listings: nil)

    /// Stands for the root prefix while a card is rendered: control characters, which no content
    /// or theme text reaching a card can hold (the loader refuses them), and unchanged by escaping
    /// and by the `lowercased` and `uppercased` transforms.
    static let rootMark = "\u{1}\u{2}\u{1}"

    private init(pieces: [String: [String]], theme: Theme?, listings: ListingMemo?) {
        self.pieces = pieces
        self.theme = theme
        self.listings = listings
    }

    /// Renders every published course's card once, in parallel, when any listing is `depths`
    /// folders deep (none when `depths` is empty). With the preview's `fragments`, an unchanged
    /// course's card is reused from the previous rebuild.
    init(catalogue: Catalogue, today: LocalDate, theme: Theme, depths: Set<Int>, fragments: CourseFragments? = nil) {
        // A theme that reverses a text could reverse a link with the mark in it: no shared cards then
        // (each listing renders its own, as `ViewFactory.card` does for a card not here).
        guard !depths.isEmpty, !theme.library.mayReverseText else {
            self.init(pieces: [:], theme: theme, listings: ListingMemo())
            return
        }
        let views = ViewFactory(catalogue: catalogue, today: today, page: "x/index.html", strings: theme.strings)
        let rendered = catalogue.publishedCourses.parallelMap { course in
            let make = { Self.split(theme.render(Self.marked(views.cardView(course)), template: "partials/course-card")) }
            return (course.slug, fragments?.fragment("card", course.slug, inputs: course, make: make) ?? make())
        }
        self.init(pieces: Dictionary(uniqueKeysWithValues: rendered), theme: theme, listings: ListingMemo())
    }

    /// The card of `slug` for a page `depth` folders deep, or nil when it was not made.
    func html(for slug: String, depth: Int) -> String? {
        guard depth > 0, let pieces = pieces[slug] else { return nil }
        guard pieces.count > 1 else { return pieces.first }
        let root = depth < Self.roots.count ? Self.roots[depth] : String(repeating: "../", count: depth)
        var html = ""
        html.reserveCapacity(pieces.reduce(0) { $0 + $1.utf8.count } + (pieces.count - 1) * root.utf8.count)
        for (index, piece) in pieces.enumerated() {
            if index > 0 { html += root }
            html += piece
        }
        return html
    }

    /// The root prefix of each depth a listing is likely to have, made once rather than for every card.
    private static let roots = (0..<8).map { String(repeating: "../", count: $0) }

    /// A card not in the cache (a page at an unusual depth).
    func render(_ card: CourseCardView) -> String {
        theme?.render(card, template: "partials/course-card") ?? ""
    }

    /// `card` (made for a page one folder deep) with the mark in place of its links' root prefix.
    static func marked(_ card: CourseCardView) -> CourseCardView {
        var card = card
        card.href = remarked(card.href)
        if let src = card.picture?.src { card.picture?.src = remarked(src) }
        return card
    }

    private static func remarked(_ link: String) -> String {
        link.hasPrefix("../") ? rootMark + link.dropFirst(3) : link
    }

    /// `html` cut at each mark (compared byte by byte: the mark is ASCII).
    static func split(_ html: String) -> [String] {
        let mark = Array(rootMark.utf8), bytes = html.utf8
        var pieces: [String] = [], start = bytes.startIndex, index = start
        while index != bytes.endIndex {
            if bytes[index] == mark[0], bytes[index...].starts(with: mark) {
                pieces.append(String(Substring(bytes[start..<index])))
                index = bytes.index(index, offsetBy: mark.count)
                start = index
            } else {
                bytes.formIndex(after: &index)
            }
        }
        pieces.append(String(Substring(bytes[start...])))
        return pieces
    }
}
