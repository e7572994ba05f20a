import Catalogue
import Foundation
@testable import Preview
import Site
import Testing

/// A course's and a session's calendar are made with that course's calendars alone, not with every
/// calendar of the offer: at 20,000 courses the whole calendar export is 47,000 files.
@Suite("Calendars made one course at a time")
struct OnDemandCalendarTests {
    /// The served site after a first build of the valid fixture.
    func firstBuild(_ workspace: Workspace, work: SiteWork) throws -> (IncrementalSite, ServedSite) {
        var site = IncrementalSite(options: workspace.buildOptions(), work: work)
        #expect(site.rebuild(themeChanged: true)?.succeeded == true)
        return (site, try #require(site.served))
    }

    @Test("a session's and a course's calendar are made from their course alone, as a full build writes them")
    func sessionAndCourseCalendars() throws {
        let workspace = try Workspace()
        let work = SiteWork()
        let (_, served) = try firstBuild(workspace, work: work)
        let full = try IncrementalTests().fullBuild(workspace)
        let firstAid = full.keys.filter { $0.hasPrefix("calendars/sessions/first-aid-") }.sorted()
        #expect(firstAid == ["calendars/sessions/first-aid-2026-11-10.ics", "calendars/sessions/first-aid-2027-02-10.ics"])

        #expect(served.file(at: firstAid[0])?.data == full[firstAid[0]])
        #expect(work[.courseCalendars] == 1 && work[.export] == 0)
        // Its sibling and its course's calendar were made with it.
        #expect(served.file(at: firstAid[1])?.data == full[firstAid[1]])
        #expect(served.file(at: "calendars/courses/first-aid.ics")?.data == full["calendars/courses/first-aid.ics"])
        #expect(work[.courseCalendars] == 1 && work[.export] == 0)

        // Every course's and session's calendar, each made from its own course.
        let calendars = full.keys.filter { $0.hasPrefix("calendars/courses/") || $0.hasPrefix("calendars/sessions/") }
        for path in calendars { #expect(served.file(at: path)?.data == full[path], "\(path)") }
        #expect(work[.export] == 0)
        #expect(work[.courseCalendars] == Set(calendars.filter { $0.hasPrefix("calendars/courses/") }).count)
        // The whole offer's calendars come from the calendars export, which makes only those.
        #expect(served.file(at: "offer.ics")?.data == full["offer.ics"])
        #expect(work[.export] == 1)
        for path in full.keys where path.hasPrefix("calendars/groups/") || path.hasPrefix("calendars/schools/") {
            #expect(served.file(at: path)?.data == full[path], "\(path)")
        }
        #expect(work[.export] == 1)
        // Every path a full build writes is among the served site's, and nothing more.
        #expect(Set(served.paths) == Set(full.keys))
    }

    @Test("a calendar path no course has is not found, and makes no course's calendars")
    func unknownCalendars() throws {
        let workspace = try Workspace()
        let work = SiteWork()
        let (_, served) = try firstBuild(workspace, work: work)
        let site = served.site
        for path in ["calendars/sessions/first-aid-2026-11-11.ics", "calendars/sessions/first-aid-2026-11-10-2.ics",
                     "calendars/sessions/no-such-course-2026-11-10.ics", "calendars/sessions/2026-11-10.ics",
                     "calendars/courses/no-such-course.ics", "calendars/sessions/first-aid.ics", "calendars/courses/.ics"] {
            #expect(site.calendarFiles(at: path) == nil, "\(path)")
            #expect(served.file(at: path) == nil, "\(path)")
        }
    }

    @Test("a saved course's calendars are forgotten and made again as a full build writes them")
    func editedCourseCalendars() throws {
        let workspace = try Workspace()
        let work = SiteWork()
        var (site, served) = try firstBuild(workspace, work: work)
        let path = "calendars/sessions/first-aid-2027-02-10.ics"
        let before = try #require(served.file(at: path))

        let course = "courses/mandatory/first-aid.md"
        try workspace.write(course, try workspace.read(course).replacingOccurrences(of: "Riverside School", with: "Riverside School, Hall 2"))
        let rebuilt = site.rebuild(themeChanged: false, edited: [workspace.file(course).standardizedFileURL.path])
        let report = try #require(rebuilt)
        #expect(report.succeeded && !report.full)
        #expect(report.changedPaths.contains(path), "the calendar served before is reported changed")
        served = try #require(site.served)
        let after = try #require(served.file(at: path))
        #expect(after.data == (try IncrementalTests().fullBuild(workspace))[path])
        #expect(after.data != before.data && after.etag != before.etag)
        #expect(work[.courseCalendars] == 2)
    }

    @Test("a session moved to another day is served at its new path, and its old path is gone")
    func movedSession() throws {
        let workspace = try Workspace()
        let work = SiteWork()
        var (site, served) = try firstBuild(workspace, work: work)
        #expect(served.file(at: "calendars/sessions/first-aid-2027-02-10.ics") != nil)
        let course = "courses/mandatory/first-aid.md"
        try workspace.write(course, try workspace.read(course).replacingOccurrences(of: "2027-02-10", with: "2027-02-17"))
        #expect(site.rebuild(themeChanged: false, edited: [workspace.file(course).standardizedFileURL.path])?.succeeded == true)
        served = try #require(site.served)
        let full = try IncrementalTests().fullBuild(workspace)
        #expect(served.file(at: "calendars/sessions/first-aid-2027-02-10.ics") == nil)
        #expect(served.file(at: "calendars/sessions/first-aid-2027-02-17.ics")?.data == full["calendars/sessions/first-aid-2027-02-17.ics"])
        #expect(Set(served.paths) == Set(full.keys))
    }
}
