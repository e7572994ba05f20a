@testable import Site
import Testing

@Suite("SitePath: where pages live and how they link to each other")
struct SitePathTests {
    @Test("relative links between pages", arguments: [
        // from, to, expected
        ("courses/a.html", "groups/b.html", "../groups/b.html"),
        ("courses/a.html", "courses/b.html", "b.html"),
        ("courses/a.html", "courses/index.html", "index.html"),
        ("index.html", "courses/a.html", "courses/a.html"),
        ("index.html", "404.html", "404.html"),
        ("courses/a.html", "index.html", "../index.html"),
        ("groups/teachers.html", "assets/site.css", "../assets/site.css"),
        ("404.html", "assets/site.css", "assets/site.css"),
        ("a/b/c.html", "a/d.html", "../d.html"),
        ("a/b/c.html", "a/b/d.html", "d.html"),
        ("a/b/c.html", "x/y.html", "../../x/y.html"),
        ("a/b/c.html", "index.html", "../../index.html"),
        // A page whose name matches the first folder of the target is not a folder.
        ("courses.html", "courses/a.html", "courses/a.html"),
        // A target named like the page's folder, but at the root, goes up.
        ("courses/a.html", "courses.html", "../courses.html"),
    ])
    func relative(from: String, to: String, expected: String) {
        #expect(SitePath.relative(from: from, to: to) == expected)
    }

    @Test("a #fragment is kept", arguments: [
        ("courses/a.html", "courses/index.html#mandatory-training", "index.html#mandatory-training"),
        ("index.html", "courses/index.html#leadership", "courses/index.html#leadership"),
        ("groups/teachers.html", "courses/index.html#x", "../courses/index.html#x"),
        ("groups/teachers.html", "groups/teachers.html#required", "teachers.html#required"),
    ])
    func fragment(from: String, to: String, expected: String) {
        #expect(SitePath.relative(from: from, to: to) == expected)
    }

    @Test("the shortcut for pages at the root or one folder down agrees with the general rule")
    func shortcutAgrees() {
        let pages = ["index.html", "courses/a.html", "courses.html", "groups/teachers.html", "c/x.html", "courses/sub/a.html", "/x.html"]
        let targets = ["index.html", "courses/b.html", "courses/index.html#x", "courses.html", "courses#x", "courses/", "courses//a.html",
                       "coursesx/a.html", "groups/teachers.html#required", "c/x.html", "c", "assets/site.css?v=1", "a/b/c.html", ""]
        for page in pages {
            for target in targets {
                #expect(SitePath.relative(from: page, to: target) == SitePath.generalRelative(from: page, to: target), "\(page) → \(target)")
            }
        }
    }

    @Test("the way back to the root")
    func root() {
        #expect(SitePath.root(of: "index.html") == "")
        #expect(SitePath.root(of: "courses/a.html") == "../")
        #expect(SitePath.root(of: "a/b/c.html") == "../../")
    }

    @Test("each kind of page has its own file")
    func pagePaths() {
        #expect(SitePath.course("first-aid") == "courses/first-aid.html")
        #expect(SitePath.group("teachers") == "groups/teachers.html")
        #expect(SitePath.pathway("early-career") == "pathways/early-career.html")
        #expect(SitePath.page("how-to-book") == "pages/how-to-book.html")
        #expect(SitePath.home == "index.html")
        #expect(SitePath.courses == "courses/index.html")
        #expect(SitePath.notFound == "404.html")
        #expect(SitePath.stylesheet == "assets/site.css")
    }
}
