import Catalogue
import Foundation
@testable import Preview
import Site
import Testing

/// A save in the preview renders no page and makes no whole-offer export: they are made when a
/// browser asks for them, and are then what a full build writes.
@Suite("Pages and exports made when asked for")
struct OnDemandTests {
    /// Pages rendered, exports made, card sets made, histories of changes worked out.
    func counts(_ work: SiteWork) -> [Int] { [work[.page], work[.export], work[.cards], work[.changeLog]] }

    @Test("a save does no whole-offer work; what is asked for after it equals a full build")
    func savesDoNoWholeOfferWork() throws {
        let workspace = try Workspace()
        let work = SiteWork()
        var site = IncrementalSite(options: workspace.buildOptions(), work: work)
        let built = site.rebuild(themeChanged: true)
        let first = try #require(built)
        #expect(first.succeeded && first.full)
        // Building made nothing: no page, no export, no cards, no history of changes.
        #expect(counts(work) == [0, 0, 0, 0])

        let served = try #require(site.served)
        #expect(served.file(at: "courses/index.html") != nil)
        #expect(served.file(at: "catalogue.json") != nil)
        #expect(served.file(at: "catalogue.json") != nil)
        #expect(served.file(at: "whats-new.html") != nil)
        // One listing (and the cards it lists), one export made once, one history of changes.
        #expect(counts(work) == [2, 1, 1, 1])

        // A title edit: the listings and exports that show the course are forgotten, not made.
        let course = "courses/teaching/behaviour-essentials.md"
        let text = try workspace.read(course)
        try workspace.write(course, text.replacingOccurrences(of: "title: ", with: "title: Renamed "))
        let edited: Set<String> = [workspace.file(course).standardizedFileURL.path]
        let retitled = site.rebuild(themeChanged: false, edited: edited)
        let titleEdit = try #require(retitled)
        #expect(titleEdit.succeeded && !titleEdit.full && titleEdit.parsedFiles == 1)
        #expect(counts(work) == [2, 1, 1, 1])
        #expect(titleEdit.changedPaths.contains("courses/index.html") && titleEdit.changedPaths.contains("catalogue.json"))

        // Asked for after the edit: made again from this generation, byte for byte a full build's.
        let full = try IncrementalTests().fullBuild(workspace)
        let after = try #require(site.served)
        for path in ["catalogue.json", "courses.csv", "courses/index.html", "whats-new.html", "courses/behaviour-essentials.html"] {
            #expect(after.file(at: path)?.data == full[path], "\(path)")
        }
        #expect(work[.export] == 3 && work[.cards] == 2 && work[.changeLog] == 2)

        // A body edit reaches no listing: the courses index is kept, not rendered again.
        let firstAid = "courses/mandatory/first-aid.md"
        try workspace.write(firstAid, try workspace.read(firstAid) + "\nA sentence added at the end of the body.\n")
        let pagesBefore = work[.page], exportsBefore = work[.export]
        let rebuilt = site.rebuild(themeChanged: false, edited: [workspace.file(firstAid).standardizedFileURL.path])
        let bodyEdit = try #require(rebuilt)
        #expect(bodyEdit.succeeded && bodyEdit.stalePages == 2 && bodyEdit.renderedPages == 0)
        #expect(work[.page] == pagesBefore && work[.export] == exportsBefore)
        let kept = try #require(site.served)
        #expect(kept.file(at: "courses/index.html")?.data == full["courses/index.html"])
        #expect(work[.page] == pagesBefore)
        #expect(kept.file(at: "courses/first-aid.html")?.data == (try IncrementalTests().fullBuild(workspace))["courses/first-aid.html"])
        #expect(work[.page] == pagesBefore + 1)
    }

    @Test("a file no export has made yet is found by making the exports not made since the change that may write it")
    func unknownPathsMakeTheirExports() throws {
        let workspace = try Workspace()
        let work = SiteWork()
        var site = IncrementalSite(options: workspace.buildOptions(), work: work)
        let built = site.rebuild(themeChanged: true)
        #expect(built?.succeeded == true)
        let served = try #require(site.served)
        let full = try IncrementalTests().fullBuild(workspace)
        let calendar = try #require(full.keys.sorted().first { $0.hasPrefix("calendars/") && $0.hasSuffix(".ics") })
        #expect(served.file(at: calendar)?.data == full[calendar])
        // A missing file in no export's places makes none.
        #expect(served.file(at: "no-such-file.txt") == nil)
        #expect(work[.export] == 0)
        // Every path of the site: every export made once; asking again, or for a missing file, makes none again.
        #expect(Set(served.paths) == Set(full.keys))
        #expect(work[.export] == SiteOnDemand.exportNames.count)
        #expect(served.file(at: "no-such-file.txt") == nil && served.file(at: "calendars/groups/no-such-group.ics") == nil)
        #expect(work[.export] == SiteOnDemand.exportNames.count)
    }
}
