@testable import Catalogue
import Foundation
@testable import Site
import TestSupport
import Testing

/// Course cards are rendered once per build, with a mark where the links' root prefix goes, and
/// joined with each page's own prefix: a card must read exactly as one rendered for that page.
@Suite("Course cards shared by every depth")
struct CardCacheTests {
    /// The valid fixture, one course showing a picture (whose address starts from the site root too).
    func catalogue(_ folder: TemporaryFolder) throws -> Catalogue {
        let content = try folder.copyFixture("valid")
        let file = content.appendingPathComponent("courses/coaching-conversations.md")
        var text = try String(contentsOf: file, encoding: .utf8)
        let close = try #require(text.range(of: "\n---\n", range: text.index(after: text.startIndex)..<text.endIndex))
        text.insert(contentsOf: "\npicture: room.png\npicture_alt: The training room", at: close.lowerBound)
        try text.write(to: file, atomically: true, encoding: .utf8)
        try folder.write("Content/courses/room.png", bytes: TinyFiles.png(width: 400, height: 300))
        let result = ContentLoader(directory: content, displayPath: "Content").load()
        return try #require(result.catalogue, "\(result.diagnostics.map(\.summary))")
    }

    @Test("a shared card reads as the card rendered for a page at each depth, picture included")
    func sameAsRenderedForThePage() throws {
        try withTemporaryFolder("card-cache") { folder in
            let catalogue = try catalogue(folder)
            let theme = try Theme.load(from: Fixtures.theme, displayPath: "Theme").get()
            let today = Today.date(Today.startOfYear)
            let cards = CardCache(catalogue: catalogue, today: today, theme: theme, depths: [1])
            #expect(catalogue.publishedCourses.contains { $0.picture != nil })
            for page in ["courses/index.html", "groups/teachers/every-stage.html", "groups/teachers/stages/induction/page/2.html"] {
                let views = ViewFactory(catalogue: catalogue, today: today, page: page, strings: theme.strings)
                for course in catalogue.publishedCourses {
                    let expected = theme.render(views.cardView(course), template: "partials/course-card")
                    let shared = try #require(cards.html(for: course.slug, depth: views.links.depth))
                    #expect(shared == expected, "\(course.slug) on \(page)")
                    #expect(!shared.contains(CardCache.rootMark))
                }
            }
        }
    }

    @Test("a theme that reverses a text shares no cards: each listing renders its own")
    func reversingThemeSharesNone() throws {
        try withTemporaryFolder("card-cache-reversed") { folder in
            let catalogue = try catalogue(folder)
            let theme = folder.url.appendingPathComponent("Theme")
            try FileManager.default.copyItem(at: Fixtures.theme, to: theme)
            let card = theme.appendingPathComponent("templates/partials/course-card.mustache")
            try (String(contentsOf: card, encoding: .utf8).replacingOccurrences(of: "{{title}}</a>", with: "{{reversed(href)}}</a>"))
                .write(to: card, atomically: true, encoding: .utf8)
            let loaded = try Theme.load(from: theme, displayPath: "Theme").get()
            let cards = CardCache(catalogue: catalogue, today: Today.date(Today.startOfYear), theme: loaded, depths: [1, 2])
            #expect(cards.html(for: "coaching-conversations", depth: 1) == nil)
            let views = ViewFactory(catalogue: catalogue, today: Today.date(Today.startOfYear), page: "x/y/index.html",
                                    strings: loaded.strings, cards: cards)
            let course = try #require(catalogue.course("coaching-conversations"))
            #expect(views.card(course).html.contains("lmth.snoitasrevnoc-gnihcaoc/sesruoc/../.."))
        }
    }
}
