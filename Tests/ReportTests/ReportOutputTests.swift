import Catalogue
import Foundation
@testable import Report
import Site
import TestSupport
import Testing
import Uptake

/// Where the report is written: its own folder, replaced whole or not at all; never in the partner
/// edition; in a staff site only when site.yml asks.
@Suite("Writing the report")
struct ReportOutputTests {
    static func none(_ catalogue: Catalogue) -> (Uptake, [Diagnostic]) { (.none, []) }

    @Test("written to its folder, and a failed write leaves the report before it")
    func atomic() throws {
        try withTemporaryFolder("report-out") { folder in
            let output = folder.path("Report")
            let first = ReportWriter.write(ReportSample.options(output: output), uptake: Self.none)
            #expect(first.files == 8 && first.refused == nil, "\(first.diagnostics.map(\.summary))")
            let before = try treeSnapshot(output)
            #expect(before["index.html"] != nil && before["report.json"] != nil && before["groups.csv"] != nil)
            // A file that cannot be written (a path leaving the folder): nothing changes.
            var writer = OutputWriter(output: output, protecting: [ReportSample.content, TestPaths.theme])
            writer.edition = nil
            #expect(throws: OutputError.self) {
                try writer.publish([OutputFile(path: "index.html", text: "half"), OutputFile(path: "../outside.html", text: "x")])
            }
            #expect(try treeSnapshot(output) == before)
            // Content with an error: nothing is written.
            let broken = try folder.copyFixture("valid", as: "Broken")
            _ = try folder.write("Broken/site.yml", "title: [unclosed\n")
            let failed = ReportWriter.write(ReportSample.options(content: broken, output: output), uptake: Self.none)
            #expect(failed.files == nil && failed.diagnostics.hasErrors)
            #expect(try treeSnapshot(output) == before)
        }
    }

    @Test("the content or theme folder is refused as the output")
    func refusesSources() throws {
        try withTemporaryFolder("report-refuse") { folder in
            let content = try folder.copyFixture("valid")
            for output in [content, content.appendingPathComponent("report")] {
                let outcome = ReportWriter.write(ReportSample.options(content: content, output: output), uptake: Self.none)
                #expect(outcome.refused != nil && outcome.files == nil)
                // The report's refusal speaks of the report, not of a site.
                #expect(outcome.refused?.contains("refusing to write the report") == true, "\(outcome.refused ?? "")")
            }
            #expect(!FileManager.default.fileExists(atPath: content.appendingPathComponent("report").path))
        }
    }

    @Test("a folder holding a site build made (either edition) is refused, and keeps every file", arguments: ["staff", "partners"])
    func refusesASite(_ edition: String) throws {
        try withTemporaryFolder("report-site") { folder in
            let site = folder.path("Output-\(edition)")
            _ = try folder.write("Output-\(edition)/.prospectus-output", "Made by Prospectus\nedition: \(edition)\n")
            _ = try folder.write("Output-\(edition)/index.html", "the site")
            let outcome = ReportWriter.write(ReportSample.options(output: site), uptake: Self.none)
            #expect(outcome.refused?.contains("holds a site") == true && outcome.files == nil)
            // Not "--output Report": the site may be in Report/ itself (a build before sites and reports were kept apart).
            #expect(outcome.refused?.contains("move the site away (prospectus build writes it to Output/ by default), or write the report "
                                              + "to another folder with --output") == true, "\(outcome.refused ?? "")")
            #expect(try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8) == "the site")
        }
    }

    @Test("a site and a report never replace each other: a build or publish of a site over a report, or a report published over a site, is refused and keeps every file")
    func siteAndReportKeptApart() throws {
        try withTemporaryFolder("report-and-site") { folder in
            let content = TestPaths.fixture("valid")
            let report = folder.path("Report"), site = folder.path("Output")
            #expect(ReportWriter.write(ReportSample.options(content: content, output: report), uptake: Self.none).files != nil)
            #expect(SiteGenerator(options: ReportSample.options(content: content, output: site)).build().succeeded)
            #expect(OutputWriter.holding(report) == "report" && OutputWriter.holding(site) == "site")
            let before = try treeSnapshot(folder.url)
            // prospectus build --output Report
            let built = SiteGenerator(options: ReportSample.options(content: content, output: report)).build()
            let said = built.diagnostics.map(\.message).joined(separator: "\n")
            #expect(!built.succeeded)
            #expect(said.contains("refusing to write the site into '\(report.path)': it holds a report made by prospectus report, "
                                  + "which the site would replace; move the report away (prospectus report writes it to Report/ by default), "
                                  + "or build the site into another folder with --output"), "\(said)")
            // prospectus publish --to Report (the site), and --output Report --to Output (the report).
            let siteOverReport = OutputWriter.publisher(from: site, to: report).problem()
            #expect(siteOverReport?.hasSuffix("which the site would replace; publish the site to a folder of its own") == true, "\(siteOverReport ?? "")")
            let reportOverSite = OutputWriter.publisher(from: report, to: site).problem()
            #expect(reportOverSite?.contains("refusing to write the report into '\(site.path)': it holds a site made by prospectus build") == true,
                    "\(reportOverSite ?? "")")
            #expect(try treeSnapshot(folder.url) == before)
            // A report published to a folder of its own, and again over that copy: not refused.
            let published = folder.path("published-report")
            for _ in 0..<2 {
                let writer = OutputWriter.publisher(from: report, to: published)
                #expect(writer.problem() == nil)
                try writer.publish(BuiltSiteFiles.read(from: report, shown: "Report"))
            }
            #expect(OutputWriter.holding(published) == "report")
            // A report written again over its own folder: not refused.
            #expect(ReportWriter.write(ReportSample.options(content: content, output: report), uptake: Self.none).refused == nil)
        }
    }

    @Test("a folder inside a built site (either edition), also through a link, is refused: publish would copy the report with the site",
          arguments: ["staff", "partners"])
    func refusesInsideASite(_ edition: String) throws {
        try withTemporaryFolder("report-inside-site") { folder in
            let content = try folder.copyFixture("valid")
            let site = folder.path("Site")
            try folder.write("Site/.prospectus-output", "This folder is generated by Prospectus. It is replaced on every build.\nedition: \(edition)\n")
            try folder.write("Site/catalogue.json", "{}")
            try FileManager.default.createSymbolicLink(atPath: folder.path("slink").path, withDestinationPath: "Site")
            let before = try treeSnapshot(folder.url)
            for output in [site.appendingPathComponent("board"), folder.path("slink/board/2027")] {
                let outcome = ReportWriter.write(ReportSample.options(content: content, output: output), uptake: Self.none)
                #expect(outcome.refused?.contains("refusing to write the report inside") == true && outcome.files == nil, "\(outcome.refused ?? "")")
            }
            #expect(try treeSnapshot(folder.url) == before)
        }
    }

    @Test("the folder of form downloads is refused as the output: the report would be read back as downloads")
    func refusesTheDownloads() throws {
        try withTemporaryFolder("report-exports") { folder in
            let content = try folder.copyFixture("valid")
            let outcome = ReportWriter.write(ReportSample.options(content: content, output: folder.path("Exports/evaluations")), uptake: Self.none)
            #expect(outcome.refused?.contains("report.exports") == true && outcome.files == nil)
            #expect(!FileManager.default.fileExists(atPath: folder.path("Exports/evaluations").path))
        }
    }

    @Test("the partner edition never gets a report")
    func partners() throws {
        try withTemporaryFolder("report-partners") { folder in
            var options = ReportSample.options(output: folder.path("Report"))
            options.edition = .partners
            let outcome = ReportWriter.write(options, uptake: Self.none)
            #expect(outcome.refused != nil && outcome.files == nil)
            #expect(!FileManager.default.fileExists(atPath: folder.path("Report").path))
            var catalogue = try ReportSample.catalogue()
            catalogue.settings.report.onSite = .linked
            let partner = catalogue.partnerEdition()
            #expect(ReportFiles.make(catalogue: partner, theme: try ReportSample.theme(), today: ReportSample.today(catalogue)).isEmpty)
            #expect(ReportFiles.onSite(uptake: { _ in .none })(partner, try ReportSample.theme(), ReportSample.today(catalogue)).isEmpty)
        }
    }

    @Test("a staff site carries the report at report/ only when site.yml asks")
    func onSite() throws {
        var catalogue = try ReportSample.catalogue()
        let theme = try ReportSample.theme(), today = ReportSample.today(catalogue)
        let add = ReportFiles.onSite(uptake: { _ in .none })
        #expect(add(catalogue, theme, today).isEmpty)
        for choice in [ReportSettings.OnSite.unlisted, .linked] {
            catalogue.settings.report.onSite = choice
            let paths = add(catalogue, theme, today).map(\.path)
            #expect(paths.contains("report/index.html") && paths.contains("report/report.json"))
            #expect(paths.allSatisfy { $0.hasPrefix("report/") })
        }
    }

    @Test("with on_site: no (the default) the built site is exactly the site without the report's hook")
    func siteUnchanged() throws {
        try withTemporaryFolder("report-site") { folder in
            let plain = folder.path("Plain"), hooked = folder.path("Hooked")
            #expect(SiteGenerator(options: ReportSample.options(output: plain)).build().succeeded)
            var options = ReportSample.options(output: hooked)
            options.addedFiles = ReportFiles.onSite(uptake: { _ in .none })
            #expect(SiteGenerator(options: options).build().succeeded)
            let (a, b) = (try treeSnapshot(plain), try treeSnapshot(hooked))
            #expect(a.keys.sorted() == b.keys.sorted())
            #expect(a == b)
            #expect(!a.keys.contains { $0.hasPrefix("report/") })
        }
    }
}
