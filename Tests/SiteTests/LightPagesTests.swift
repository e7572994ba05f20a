import Foundation
import Site
import TestSupport
import Testing

/// Pages that stay light on a large offer: listings in pages, What's on in pages, long group pages
/// linking to their stage lists, search and the courses index's filters loading their data in pieces.
/// The valid fixture grown to `extra` generated courses: enough for several pages of every listing
/// (a page holds a bounded number of items, so no page grows with the offer; the sizes below are
/// those a 20,000-course offer must meet).
@Suite struct LightPagesTests {
    static let extra = 450
    /// The published courses: the fixture's six and the generated ones.
    static let published = extra + 6
    static let maxPageBytes = 300_000

    /// The valid fixture plus `extra` courses for teachers, two sessions each, built once.
    static func built(_ folder: TemporaryFolder) throws -> URL {
        let content = try folder.copyFixture("valid")
        let strands = ["Teaching and learning", "Leadership", "Mandatory training"]
        let stages = ["[induction]", "[early-career]", "[leadership]", "[]"]
        for number in 0..<extra {
            let month = 9 + number % 4, day = String(format: "%02d", 1 + number % 27)
            try folder.write("Content/courses/generated/course-\(number).md", """
                ---
                title: "Generated course \(number) on safeguarding practice"
                code: GEN-\(number)
                summary: A generated course about classroom practice, number \(number), to fill the listings.
                strand: \(strands[number % strands.count])
                groups: [teachers]
                stages: \(stages[number % stages.count])
                format: face-to-face
                sessions:
                  - date: 2026-\(String(format: "%02d", month))-\(day)
                    start: "16:00"
                    end: "17:30"
                    venue: Hilltop Academy
                  - date: 2027-0\(1 + number % 6)-\(day)
                    start: "09:00"
                    end: "12:00"
                    venue: Hilltop Academy
                ---
                Words about course \(number): behaviour, routines and feedback.
                """)
        }
        let output = folder.path("Output")
        let report = build(content: content, output: output)
        #expect(report.errorSummaries.isEmpty, "\(report.errorSummaries)")
        return output
    }

    /// Every file under `output`, relative to it.
    static func files(_ output: URL) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: output.path)!
        return enumerator.compactMap { $0 as? String }.filter { !$0.hasPrefix(".") }.sorted()
    }

    @Test func everyPageIsLightAndEveryListingLinksItsPages() throws {
        try withTemporaryFolder("light-pages") { folder in
            let output = try Self.built(folder)
            let all = Self.files(output)
            let pages = all.filter { $0.hasSuffix(".html") }
            // No page over the bound.
            for page in pages {
                let size = try FileManager.default.attributesOfItem(atPath: output.appendingPathComponent(page).path)[.size] as! Int
                #expect(size <= Self.maxPageBytes, "\(page) is \(size) bytes")
            }
            // The listings are in pages, each page's links (numbers, previous, next) lead to files that exist.
            #expect(pages.contains("courses/page/5.html"))
            #expect(pages.contains("whats-on/page/2.html"))
            #expect(pages.contains("stages/early-career/page/2.html"))
            #expect(pages.contains("groups/teachers/stages/induction.html"))
            #expect(pages.contains("groups/teachers/every-stage.html"))
            for page in pages where page.contains("/page/") || ["courses/index.html", "whats-on.html"].contains(page) {
                let html = try read(output, page)
                #expect(html.contains("data-pagination"), "\(page) has no pagination")
                for link in links(in: html) where !link.hasPrefix("http") && !link.hasPrefix("mailto:") && !link.hasPrefix("#") {
                    let target = String(link.prefix { $0 != "#" && $0 != "?" })
                    let resolved = URL(fileURLWithPath: page, relativeTo: URL(fileURLWithPath: "/")).deletingLastPathComponent()
                        .appendingPathComponent(target).standardized.path.dropFirst()
                    #expect(all.contains(String(resolved)), "\(page) links to \(link), which is not in the site")
                }
            }
            // Following "next" from the first page visits every page once, in order, "Page n of N" on each.
            var page = "courses/index.html", seen: [String] = []
            while true {
                let html = try read(output, page)
                seen.append(page)
                #expect(html.contains("Page \(seen.count) of 5"), "\(page)")
                guard let next = html.firstMatch(of: /<a href="([^"]+)" rel="next">/)?.output.1 else { break }
                page = String(URL(fileURLWithPath: page, relativeTo: URL(fileURLWithPath: "/")).deletingLastPathComponent()
                    .appendingPathComponent(String(next)).standardized.path.dropFirst())
            }
            #expect(seen == ["courses/index.html"] + (2...5).map { "courses/page/\($0).html" })
            // Every course is on exactly one page of the index.
            let cards = try seen.map { try read(output, $0).matches(of: /class="card__title"><a href="[^"]*courses\/([^"\/]+)\.html"/).map { String($0.output.1) } }
            #expect(cards.flatMap { $0 }.count == Set(cards.flatMap { $0 }).count)
            #expect(cards.flatMap { $0 }.count == Self.published)
            // The brochure too is in pages (shown in the pagination loop above), each course on one of them.
            let brochure = ["brochure.html"] + pages.filter { $0.hasPrefix("brochure/page/") }
            #expect(brochure.count == (Self.published + 199) / 200, "\(brochure)")
            let listed = try brochure.flatMap { try read(output, $0).matches(of: /class="brochure__course" href="[^"]*courses\/([^"\/]+)\.html"/).map { String($0.output.1) } }
            #expect(listed.count == Self.published && Set(listed).count == listed.count)
            #expect(try read(output, "brochure/page/2.html").contains("Page 2 of \(brochure.count)"))
        }
    }

    @Test func searchAndFiltersLoadTheirDataInPieces() throws {
        try withTemporaryFolder("light-search") { folder in
            let output = try Self.built(folder)
            let manifest = try read(output, "assets/search-index.js")
            #expect(manifest.utf8.count < 20_000)
            let buckets = try #require(manifest.firstMatch(of: /"buckets":\[([^\]]*)\]/)).output.1.split(separator: ",").map { $0.trimmingCharacters(in: ["\""]) }
            // A word's piece: "safeguarding" is in every generated course's title (bit 0) and in the fixture's safeguarding course.
            let key = try #require(buckets.filter { "safeguarding".hasPrefix($0) }.max { $0.count < $1.count })
            let piece = try read(output, "assets/search/w-\(key).js")
            let postings = try #require(piece.firstMatch(of: /"safeguarding":\[([0-9,]*)\]/)).output.1.split(separator: ",").map { Int($0)! }
            var number = 0, inTitle = 0
            for value in postings {
                number += value / 256
                if value % 256 & 1 == 1 { inTitle += 1 }
            }
            #expect(postings.count >= Self.extra && inTitle >= Self.extra)
            // The results pieces hold every published course, 10 to a piece, small.
            let results = Self.files(output).filter { $0.hasPrefix("assets/search/d-") }
            #expect(results.count == (Self.published + 9) / 10)
            for file in Self.files(output) where file.hasPrefix("assets/search/") {
                let text = try read(output, file)
                #expect(text.utf8.count < 100_000, "\(file)")
            }
            // The filters' data: every course of the index, in its order.
            let filters = try Self.files(output).filter { $0.hasPrefix("assets/course-filters/") && $0 != "assets/course-filters/index.js" }
                .map { try read(output, $0) }.joined()
            #expect(filters.matches(of: /\["[a-z0-9-]+","/).count == Self.published)
            let index = try read(output, "courses/index.html")
            #expect(index.contains("data-filter-data=\"../assets/course-filters/index.js\""))
            // No page loads catalogue.json: it stays whole for other systems.
            for page in Self.files(output) where page.hasSuffix(".html") || page.hasSuffix(".js") {
                let text = try read(output, page)
                #expect(!text.contains("src=\"catalogue.json") && !text.contains("fetch("), "\(page)")
            }
        }
    }
}
