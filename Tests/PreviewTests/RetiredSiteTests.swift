import Catalogue
import Foundation
@testable import Preview
@testable import Site
import FlyingFox
import Testing

/// A rebuild that will not reuse the served site's kept files and pieces retires it first: it is
/// still served while the next is made, but keeps nothing more, so two generations' exports are
/// never held at once.
@Suite("Retiring the served site before a full rebuild")
struct RetiredSiteTests {
    func firstBuild(_ workspace: Workspace, work: SiteWork) throws -> IncrementalSite {
        var site = IncrementalSite(options: workspace.buildOptions(), work: work)
        #expect(site.rebuild(themeChanged: true)?.succeeded == true)
        return site
    }

    @Test("a course's file edited keeps the served site; a group's, site.yml, the theme or an unknown change retires it")
    func whatRetires() throws {
        let workspace = try Workspace()
        var site = try firstBuild(workspace, work: SiteWork())
        func rebuild(_ file: String?, theme: Bool = false) throws -> ServedSite {
            let before = try #require(site.served)
            if let file {
                try workspace.write(file, try workspace.read(file) + "\nA sentence added.\n")
                _ = site.rebuild(themeChanged: theme, edited: [workspace.file(file).standardizedFileURL.path])
            } else {
                _ = site.rebuild(themeChanged: theme, edited: nil)
            }
            return before
        }
        #expect(try !rebuild("courses/mandatory/first-aid.md").site.isRetired)
        #expect(try rebuild("groups/teachers.md").site.isRetired)
        #expect(try !rebuild("courses/teaching/behaviour-essentials.md").site.isRetired)
        #expect(try rebuild(nil).site.isRetired, "files added or removed: the watcher cannot say which were edited")
        #expect(try rebuild(nil, theme: true).site.isRetired)
        // The site served after each is a new generation, not retired.
        #expect(!(try #require(site.served)).site.isRetired)
    }

    @Test("a retired site still serves every file as built, keeps none and uses no kept pieces")
    func retiredServes() throws {
        let workspace = try Workspace()
        let work = SiteWork()
        let site = try firstBuild(workspace, work: work)
        let served = try #require(site.served)
        #expect(served.file(at: "catalogue.json") != nil)
        #expect(served.file(at: "catalogue.json") != nil)
        #expect(work[.export] == 1)
        served.retire()
        let full = try IncrementalTests().fullBuild(workspace)
        for path in ["catalogue.json", "courses/index.html", "offer.ics", "calendars/courses/first-aid.ics"] {
            #expect(served.file(at: path)?.data == full[path], "\(path)")
        }
        #expect(served.file(at: "catalogue.json")?.data == full["catalogue.json"])
        // Made again each time: nothing was kept.
        #expect(work[.export] == 4 && work[.courseCalendars] == 1)
        #expect(served.file(at: "calendars/courses/first-aid.ics") != nil)
        #expect(work[.courseCalendars] == 2)
        #expect(served.site.fragments.isEmpty)
    }

    @Test("after an unnarrowed rebuild with nothing changed, every file asked again is made again as built")
    func unnarrowedRebuild() throws {
        let workspace = try Workspace()
        let work = SiteWork()
        var site = try firstBuild(workspace, work: work)
        #expect(site.served?.file(at: "catalogue.json") != nil && site.served?.file(at: "calendars/courses/first-aid.ics") != nil)
        #expect(work[.export] == 1 && work[.courseCalendars] == 1)
        // Nothing changed: no new generation, and the site served was retired all the same.
        #expect(site.rebuild(themeChanged: false, edited: nil) == nil)
        let served = try #require(site.served)
        let full = try IncrementalTests().fullBuild(workspace)
        #expect(served.file(at: "catalogue.json")?.data == full["catalogue.json"])
        #expect(served.file(at: "calendars/courses/first-aid.ics")?.data == full["calendars/courses/first-aid.ics"])
        #expect(work[.export] == 2 && work[.courseCalendars] == 2)
    }

    @Test("while the full rebuild that retired it runs, its whole-offer exports answer 503 with Retry-After; pages, assets and a course's calendars are served")
    func exportsWaitForTheRebuild() throws {
        let workspace = try Workspace()
        let work = SiteWork()
        let site = try firstBuild(workspace, work: work)
        let served = try #require(site.served)
        let snapshot = SiteSnapshot(generation: 1, site: served, errors: [], made: 0)
        let responder = SiteResponder(base: "/")
        func status(_ path: String) -> (Int, String?) {
            let request = RequestHead(method: .GET, path: "/" + path, query: "", targetAuthority: nil, version: .http11, headers: [:],
                                      hosts: ["127.0.0.1"])
            let response = responder.respond(to: request, snapshot: snapshot)
            return (response.statusCode.code, response.headers[HTTPHeader("Retry-After")])
        }
        let paths = ["catalogue.json", "offer.ics", "calendars/groups/teachers.ics", "courses.csv", "assets/search-index.js",
                     "courses/index.html", "assets/site.css", "calendars/courses/first-aid.ics"]
        #expect(paths.map { status($0).0 } == Array(repeating: 200, count: paths.count))
        served.retire()
        #expect(paths.map { status($0).0 } == [503, 503, 503, 503, 503, 200, 200, 200])
        #expect(status("catalogue.json").1 == "2")
        // The rebuild failed (the retired site stays served): its exports are served again, and kept again.
        served.rebuildEnded()
        #expect(!served.site.isRetired)
        #expect(paths.map { status($0).0 } == Array(repeating: 200, count: paths.count))
        let made = work[.export]
        #expect(paths.map { status($0).0 } == Array(repeating: 200, count: paths.count))
        #expect(work[.export] == made, "kept again after the failed rebuild")
    }

    @Test("a full rebuild that fails leaves the last good site served as before: exports answered and kept")
    func failedFullRebuild() async throws {
        try await withPreview(watch: false) { workspace, server, _ in
            let before = try #require(server.snapshot.data(at: "catalogue.json"))
            try workspace.write("site.yml", try workspace.read("site.yml") + "\ntimezone: Europe/Londn\n")
            let report = try #require(server.rebuildNow())
            #expect(!report.succeeded)
            let snapshot = server.snapshot
            #expect(!snapshot.errors.isEmpty && snapshot.hasSite)
            #expect(!snapshot.waitsForRebuild("catalogue.json"))
            #expect(snapshot.site?.site.isRetired == false)
            #expect(snapshot.data(at: "catalogue.json") == before)
        }
    }
}
