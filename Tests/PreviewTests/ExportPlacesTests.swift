import Catalogue
import Foundation
@testable import Preview
@testable import Site
import TestSupport
import Testing

/// Each export writes its files in its own places, so the preview can tell a path no export makes
/// (a 404) without making every export of the offer.
@Suite("Where each export writes")
struct ExportPlacesTests {
    /// The sample content, each fixture that builds, in both editions.
    static let sites: [(name: String, content: URL, edition: Edition)] = [
        ("sample", TestPaths.repository.appendingPathComponent("Content"), .staff),
        ("sample, partners", TestPaths.repository.appendingPathComponent("Content"), .partners),
        ("valid", TestPaths.fixture("valid"), .staff),
        ("hostile", TestPaths.fixture("hostile"), .staff),
        ("hostile, partners", TestPaths.fixture("hostile"), .partners),
    ]

    @Test("every export has its places, and every file it writes is in them", arguments: sites.map(\.name))
    func everyFileInItsPlaces(_ name: String) throws {
        let site = try #require(Self.sites.first { $0.name == name })
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("prospectus-places-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let options = BuildOptions(content: site.content, contentDisplay: "Content", theme: TestPaths.theme, themeDisplay: "Theme",
                                   output: scratch.appendingPathComponent("Output"), environment: ["SOURCE_DATE_EPOCH": PreviewFixtures.epoch],
                                   edition: site.edition, history: scratch.appendingPathComponent("history"))
        var incremental = IncrementalSite(options: options)
        let rebuilt = incremental.rebuild(themeChanged: true)
        let report = try #require(rebuilt)
        #expect(report.succeeded, "\(report.errors)")
        let served = try #require(incremental.served)
        var written = 0
        for export in SiteOnDemand.exportNames {
            let files = try served.site.export(export).get()
            for file in files {
                #expect(SiteOnDemand.exports(thatMayWrite: file.path).contains(export), "\(export) writes \(file.path), outside its places")
                // And the preview finds it again from its path alone.
                #expect(served.file(at: file.path)?.data == file.data, "\(file.path)")
            }
            written += files.count
        }
        #expect(written > 0)
    }

    @Test("every export has its places: an export added without them would never be made for a path")
    func everyExportHasPlaces() {
        #expect(SiteOnDemand.places.map(\.name).sorted() == SiteOnDemand.exportNames.sorted())
    }

    @Test("a path in no export's places is not found, and makes no export")
    func strayPathsMakeNoExport() throws {
        let workspace = try Workspace()
        let work = SiteWork()
        var site = IncrementalSite(options: workspace.buildOptions(), work: work)
        #expect(site.rebuild(themeChanged: true)?.succeeded == true)
        let served = try #require(site.served)
        for path in ["apple-touch-icon.png", "favicon.ico", "courses/gone.html", "assets/nothing.js", "calendars/other/x.ics",
                     "calendars/groups/", "files/", "catalogue.json.bak", "robots.txt"] {
            #expect(SiteOnDemand.exports(thatMayWrite: path).isEmpty, "\(path)")
            #expect(served.file(at: path) == nil, "\(path)")
        }
        #expect(work[.export] == 0)
        // A path in an export's places makes that export alone.
        #expect(served.file(at: "calendars/groups/no-such-group.ics") == nil)
        #expect(work[.export] == 1)
        #expect(served.file(at: "calendars/groups/teachers.ics") != nil)
        #expect(work[.export] == 1)
    }
}
