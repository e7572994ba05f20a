import Catalogue
import Foundation
import Testing
@testable import Site

/// Exports depend on the content alone: not on "today", the clock, or hash order. The one exception is
/// the calendars' DTSTAMP, the moment the files are made (`ExportContext.madeAt`), given here.
@Suite("Exports: determinism")
struct ExportsDeterminismTests {
    @Test("two builds with different 'today' write identical .ics, .json, .csv and .xml files", arguments: [true, false])
    func noClock(withURL: Bool) throws {
        let url = withURL ? ExportSample.baseURL : nil
        let madeAt = 1_788_246_000
        let early = ExportSample.exports(try ExportSample.catalogue(url: url), today: LocalDate(year: 2025, month: 1, day: 1)!, madeAt: madeAt)
        let late = ExportSample.exports(try ExportSample.catalogue(url: url), today: LocalDate(year: 2028, month: 12, day: 31)!, madeAt: madeAt)
        let ours = early.keys.filter { [".ics", ".json", ".csv", ".xml"].contains(where: $0.hasSuffix) }
        #expect(ours.count > 15)
        for path in ours { #expect(early[path] == late[path], "\(path) depends on today") }
    }

    /// The calendars share one document whose VEVENTs are written once; the files must be exactly those
    /// that each calendar export writes on its own.
    @Test("the shared calendar document writes the same bytes as each calendar export alone")
    func sharedCalendarDocument() throws {
        let catalogue = try ExportSample.catalogue(url: ExportSample.baseURL)
        let context = ExportContext(catalogue: catalogue, today: ExportSample.firstOfSeptember)
        let shared = Dictionary(uniqueKeysWithValues: CalendarsExport().files(for: context).map { ($0.path, $0.data) })
        let alone: [any SiteExport] = [OfferCalendarExport(), GroupCalendarsExport(), SchoolCalendarsExport(), CourseCalendarsExport(), SessionCalendarsExport()]
        let separate = Dictionary(uniqueKeysWithValues: alone.flatMap { $0.files(for: context) }.map { ($0.path, $0.data) })
        #expect(shared.count > 10)
        #expect(shared == separate)
    }

    @Test("every data export is registered in SiteExports.all, and every file path is unique")
    func registered() throws {
        let registered = Set(SiteExports.all.map { String(describing: type(of: $0)) })
        for export in ExportSample.exports {
            #expect(registered.contains(String(describing: type(of: export))), "\(type(of: export)) is not in SiteExports.all")
        }
        let files = ExportSample.exports(try ExportSample.catalogue())
        for path in ["offer.ics", "catalogue.json", "catalogue.schema.json", "courses.csv", "sessions.csv", "feed.xml", "sitemap.xml"] {
            #expect(files[path] != nil, "\(path) is not written")
        }
    }

    @Test("the shared valid fixture exports cleanly: JSON parses, calendars keep the line rules")
    func validFixture() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/valid")
        let result = ContentLoader(directory: folder, displayPath: "Content").load()
        let catalogue = try #require(result.catalogue)
        let files = ExportSample.exports(catalogue)
        let json = try #require(files[CatalogueJSON.path])
        let document = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        #expect((document["courses"] as? [Any])?.count == catalogue.publishedCourses.count)
        #expect(files[SitemapExport.path] == nil, "the fixture has no url")
        for (path, data) in files where path.hasSuffix(".ics") {
            let lines = ExportsICalendarTests.physicalLines(String(decoding: data, as: UTF8.self))
            #expect(lines.allSatisfy { $0.count <= 75 }, "\(path)")
        }
    }
}
