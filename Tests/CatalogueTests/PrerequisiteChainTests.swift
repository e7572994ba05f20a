@testable import Catalogue
import Foundation
import TestSupport
import Testing

/// The prerequisite check walks the catalogue with its own stack, not by recursion: 14,000 courses,
/// each requiring the next, used to overflow the stack in `build`, `check` and `serve` (SIGSEGV).
/// Loops are still reported exactly as the recursive search reported them.
@Suite("Prerequisite chains of any length")
struct PrerequisiteChainTests {
    /// The valid fixture with its courses replaced by `count` copies of its first course, named
    /// `course-000000`… in title order, each requiring the courses `prerequisites(index)` gives.
    static func catalogue(count: Int, prerequisites: (Int) -> [Int]) throws -> Catalogue {
        let loaded = try #require(Fixtures.load("valid").catalogue)
        let template = try #require(loaded.courses.first)
        func slug(_ index: Int) -> String {
            let digits = String(index)
            return "course-" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits
        }
        let courses = (0..<count).map { index -> Course in
            var course = template
            course.slug = slug(index)
            course.title = slug(index)
            course.code = nil
            course.prerequisites = prerequisites(index).map {
                Located(slug($0), at: SourceLocation(file: "Content/courses/\(slug(index)).md", line: 7, column: 17))
            }
            return course
        }
        return Catalogue(settings: loaded.settings, home: loaded.home, groups: loaded.groups, courses: courses,
                         pathways: [], pages: [])
    }

    @Test("100,000 courses, each requiring the next, are checked without overflowing the stack")
    func longChain() throws {
        let count = 100_000
        let chain = try Self.catalogue(count: count) { $0 + 1 < count ? [$0 + 1] : [] }
        let diagnostics = CatalogueValidator.validate(chain).filter { $0.keyPath == "prerequisites" }
        #expect(diagnostics.isEmpty)
    }

    @Test("a chain of 100,000 courses that closes on its first is one loop, its first and last courses named")
    func longLoop() throws {
        let count = 100_000
        let loop = try Self.catalogue(count: count) { [($0 + 1) % count] }
        let diagnostics = CatalogueValidator.validate(loop).filter { $0.keyPath == "prerequisites" }
        #expect(diagnostics.count == 1)
        let message = try #require(diagnostics.first?.message)
        #expect(message.hasPrefix("prerequisites go round in a loop: course-000000 → course-000001 → "))
        #expect(message.hasSuffix(" → course-099999 → course-000000"))
        #expect(diagnostics.first?.location.file == "Content/courses/course-099999.md")
    }

    /// A 20,000-course loop was one 309 KB line listing every slug: the message now names the first
    /// few courses, how many are left out, and the last few up to where the loop closes.
    @Test("a loop of 20,000 courses is one short line: the first and last courses, and how many are left out")
    func longLoopIsShort() throws {
        let count = 20_000
        let loop = try Self.catalogue(count: count) { [($0 + 1) % count] }
        let diagnostics = CatalogueValidator.validate(loop).filter { $0.keyPath == "prerequisites" }
        let message = try #require(diagnostics.first?.message)
        #expect(message == "prerequisites go round in a loop: course-000000 → course-000001 → course-000002 → course-000003 → "
                + "… 19,993 more … → course-019997 → course-019998 → course-019999 → course-000000")
        #expect(message.utf8.count < 300)
        #expect(diagnostics.first?.location.file == "Content/courses/course-019999.md")
    }

    @Test("a loop short enough to read is written in full")
    func shortLoopInFull() {
        let slugs = (0..<9).map { "c\($0)" } + ["c0"]
        #expect(PrerequisiteLoop.describe(slugs) == slugs.joined(separator: " → "))
        #expect(1_234_567.grouped == "1,234,567")
        #expect(999.grouped == "999")
    }

    /// The search as it was before it kept its own stack (recursive), for comparison on small graphs.
    static func recursiveLoops(_ catalogue: Catalogue) -> [String] {
        enum Mark { case visiting, done }
        var marks: [String: Mark] = [:]
        var found: [String] = []
        var stack: [String] = []
        func visit(_ slug: String) {
            guard let course = catalogue.course(slug) else { return }
            marks[slug] = .visiting
            stack.append(slug)
            for prerequisite in course.prerequisites {
                switch marks[prerequisite.value] {
                case .visiting?:
                    let start = stack.firstIndex(of: prerequisite.value) ?? 0
                    found.append("\(prerequisite.location.file): " + (stack[start...] + [prerequisite.value]).joined(separator: " → "))
                case nil: visit(prerequisite.value)
                case .done?: break
                }
            }
            stack.removeLast()
            marks[slug] = .done
        }
        for course in catalogue.courses where marks[course.slug] == nil { visit(course.slug) }
        return found
    }

    @Test("on random prerequisite graphs, the loops reported, their order and their places are those of the recursive search")
    func sameLoopsAsBefore() throws {
        var generator = SplitMix64(seed: 0x100F_5EED)
        for _ in 0..<200 {
            let count = Int.random(in: 1...12, using: &generator)
            let edges = (0..<count).map { _ in
                (0..<Int.random(in: 0...3, using: &generator)).map { _ in Int.random(in: 0..<count, using: &generator) }
            }
            let catalogue = try Self.catalogue(count: count) { edges[$0] }
            let reported = CatalogueValidator.validate(catalogue).filter { $0.keyPath == "prerequisites" }
            #expect(reported.allSatisfy { $0.message.hasPrefix("prerequisites go round in a loop: ") })
            #expect(reported.allSatisfy { $0.suggestion?.hasPrefix("remove '") == true })
            let loops = reported.map { "\($0.location.file): " + $0.message.dropFirst("prerequisites go round in a loop: ".count) }
            #expect(loops == Self.recursiveLoops(catalogue), "\(edges)")
        }
    }
}
