import Catalogue
import Foundation
@testable import Preview
import Site
import Testing

/// The preview takes the step a build takes after loading the content (the command line's reading
/// of the form downloads, `BuildOptions.loadedStep`), on every rebuild, with its diagnostics.
@Suite("The preview's step after loading")
struct LoadedStepTests {
    @Test("each rebuild's pages show what the step made, and its warnings are the rebuild's")
    func stepTaken() throws {
        let workspace = try Workspace()
        var options = workspace.buildOptions()
        options.loadedStep = { catalogue, options in
            (catalogue.booking { _, _ in 5 },
             [.warning(.downloadNoSession, at: SourceLocation(file: options.contentDisplay + "/../Exports/bookings/a.csv", line: 2, column: 4), "a row")])
        }
        var site = IncrementalSite(options: options)
        let rebuilt = site.rebuild(themeChanged: true)
        let report = try #require(rebuilt)
        #expect(report.succeeded && report.diagnostics.map(\.code) == [.downloadNoSession])
        let served = try #require(site.served)
        let page = try #require(served.file(at: "courses/first-aid.html"))
        let text = String(decoding: page.data, as: UTF8.self)
        // First aid on 10 Feb 2027: 12 places, places_left 3 by hand; the step's 5 bookings leave 7.
        #expect(text.contains("7 places left of 12") && text.contains("5 booked"), "\(text)")
    }
}

/// The preview serves what a build adds to the site (`BuildOptions.addedFiles`: the CPD lead's
/// report at `report/` when site.yml asks), made from the generation it belongs to.
@Suite("The preview's added files")
struct AddedFilesPreviewTests {
    @Test("an added file is served and listed, and after a save it is made again from the edited offer")
    func addedFileServed() throws {
        let workspace = try Workspace()
        var options = workspace.buildOptions()
        options.addedFiles = { catalogue, _, _ in
            [OutputFile(path: "report/index.html", text: catalogue.publishedCourses.map(\.title).joined(separator: "\n"))]
        }
        var site = IncrementalSite(options: options)
        let built = site.rebuild(themeChanged: true)
        #expect(built?.succeeded == true)
        let served = try #require(site.served)
        let before = String(decoding: try #require(served.file(at: "report/index.html")).data, as: UTF8.self)
        #expect(before.contains("Behaviour & Routines") && !before.contains("Renamed"))
        #expect(served.paths.contains("report/index.html"))
        #expect(served.file(at: "report/other.html") == nil)

        let course = "courses/teaching/behaviour-essentials.md"
        let text = try workspace.read(course)
        try workspace.write(course, text.replacingOccurrences(of: "title: ", with: "title: Renamed "))
        let edited: Set<String> = [workspace.file(course).standardizedFileURL.path]
        let saved = site.rebuild(themeChanged: false, edited: edited)
        #expect(saved?.succeeded == true)
        let next = try #require(site.served)
        let after = String(decoding: try #require(next.file(at: "report/index.html")).data, as: UTF8.self)
        #expect(after.contains("Renamed \"Behaviour & Routines"), "\(after)")
    }
}
