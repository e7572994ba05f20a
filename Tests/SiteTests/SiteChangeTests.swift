import Catalogue
import Foundation
@testable import Site
import Testing

/// What a preview's save changed, as the pages and exports ask it: each changed course's fields are
/// compared once per set of fields (every listing page asks of the same few sets), and the answers
/// are the comparisons' own.
@Suite("A save's change, asked by every page")
struct SiteChangeTests {
    @Test("each set of fields gets its own answer, the same however often it is asked")
    func comparisonsPerFieldSet() throws {
        let old = try Fixtures.catalogue()
        var course = try #require(old.publishedCourses.first)
        let other = try #require(old.publishedCourses.first { $0.body != course.body && $0.bodyLinks == course.bodyLinks })
        course.body = other.body
        let new = try #require(old.replacingCourses([course]))
        let change = SiteChange(courses: [course.slug], from: old, to: new)
        try #require(change.courses.count == 1)

        // Asked in an order where a shared answer would show: the body differs, nothing listed does.
        for _ in 0..<3 {
            #expect(change.fieldsDiffer(.all, course: 0))
            #expect(!change.fieldsDiffer(.listed, course: 0))
            #expect(change.fieldsDiffer(.only([CourseField(\.body)]), course: 0))
            #expect(!change.fieldsDiffer(.only([CourseField(\.title)]), course: 0))
            #expect(!change.fieldsDiffer(.prerequisiteShown, course: 0))
            #expect(change.fieldsDiffer(.allBut([CourseField(\.title)]), course: 0))
            #expect(!change.fieldsDiffer(.allBut([CourseField(\.body), CourseField(\.bodyLinks)]), course: 0))
        }
        // The same answers as comparing directly.
        let pair = try #require(change.courses.first)
        let (before, after) = (try #require(pair.old), try #require(pair.new))
        #expect(CourseFieldSet.listed.differ(before, after) == change.fieldsDiffer(.listed, course: 0))
        #expect(CourseFieldSet.all.differ(before, after) == change.fieldsDiffer(.all, course: 0))

        // Sets of different fields are told apart, whatever their fields are called.
        let keys = [CourseFieldSet.all, .listed, .prerequisiteShown, .only([CourseField(\.body)]), .only([CourseField(\.title)]),
                    .allBut(SitePlan.unplannedFields), .only([CourseField(\.slug), CourseField(\.title)])].map(\.key)
        #expect(Set(keys).count == keys.count)
    }
}
