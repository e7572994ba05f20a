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
