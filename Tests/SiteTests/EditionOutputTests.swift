import Catalogue
import Foundation
@testable import Site
import TestSupport
import Testing

/// An output folder knows which edition it holds, and the other edition never replaces it by
/// accident: building the partners edition into the staff site's folder took the staff site down,
/// and the staff edition built into the partners' folder published staff-only notes to partner schools.
@Suite("Editions never replace each other")
struct EditionOutputTests {
    let partners = PartnerEditionTests()

    func refused(_ first: Edition, then second: Edition) throws {
        try withTemporaryFolder { folder in
            let content = try partners.content(folder)
            let output = folder.path("Site")
            try #require(partners.build(content, output, edition: first).succeeded)
            #expect(OutputWriter.edition(in: output) == first)
            let before = try treeSnapshot(output)
            let report = partners.build(content, output, edition: second)
            #expect(!report.succeeded)
            #expect(try treeSnapshot(output) == before, "the \(first) site was changed")
            let message = report.diagnostics.first { $0.code == .outputRefused }?.message ?? ""
            #expect(message.contains(output.path), "\(message)")
            #expect(message.contains("holds the \(first.rawValue) edition"), "\(message)")
            #expect(message.contains("--replace-edition"), "\(message)")
            #expect(message.contains("--output " + folder.path(second == .partners ? "Site-partners" : "Site-staff").path), "\(message)")
        }
    }

    @Test("the partners edition is refused in a folder holding the staff site, which stays as it was")
    func partnersOverStaff() throws { try refused(.staff, then: .partners) }

    @Test("the staff edition is refused in a folder holding the partners edition, which stays as it was")
    func staffOverPartners() throws { try refused(.partners, then: .staff) }

    @Test("--replace-edition replaces it, and the folder then says it holds the new edition")
    func replacingOnPurpose() throws {
        try withTemporaryFolder { folder in
            let content = try partners.content(folder)
            let output = folder.path("Site")
            try #require(partners.build(content, output, edition: .staff).succeeded)
            var options = BuildOptions(content: content, contentDisplay: "Content", theme: Fixtures.theme, themeDisplay: "Theme",
                                       output: output, environment: ["SOURCE_DATE_EPOCH": Today.startOfYear], edition: .partners,
                                       history: ScratchHistory.folder(forBuildOf: content, into: output))
            options.replacingEdition = true
            #expect(SiteGenerator(options: options).build().succeeded)
            #expect(OutputWriter.edition(in: output) == .partners)
            #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("pages/staff-room.html").path))
        }
    }

    @Test("publishing one edition over a destination holding the other is refused, and the destination is unchanged")
    func publishRefused() throws {
        try withTemporaryFolder { folder in
            let content = try partners.content(folder)
            let staff = folder.path("Staff"), destination = folder.path("www")
            try #require(partners.build(content, staff, edition: .staff).succeeded)
            var writer = OutputWriter(output: destination, protecting: [staff])
            writer.option = "--to"
            writer.edition = .staff
            try writer.publish(BuiltSiteFiles.read(from: staff, shown: "Staff"))
            #expect(OutputWriter.edition(in: destination) == .staff)
            let before = try treeSnapshot(destination)
            writer.edition = .partners
            #expect(writer.problem()?.contains("holds the staff edition") == true)
            #expect(throws: OutputError.self) { try writer.publish([OutputFile(path: "index.html", data: Data("partners".utf8))]) }
            #expect(try treeSnapshot(destination) == before)
        }
    }

    @Test("the folder for the other edition sits beside the output, named as the user would type it")
    func otherFolder() {
        let output = URL(fileURLWithPath: "/srv/cpd/Output")
        #expect(OutputWriter.folder(for: .partners, beside: output).path == "/srv/cpd/Output-partners")
        #expect(OutputWriter.folder(for: .staff, beside: URL(fileURLWithPath: "/srv/cpd/Output-partners")).path == "/srv/cpd/Output")
        #expect(OutputWriter.folder(for: .staff, beside: URL(fileURLWithPath: "/srv/cpd/site")).path == "/srv/cpd/site-staff")
        #expect(OutputWriter.shown(URL(fileURLWithPath: "/srv/cpd/Output-partners"), current: "/srv/cpd") == "Output-partners")
        #expect(OutputWriter.shown(URL(fileURLWithPath: "/srv/cpd/Output-partners"), current: "/home") == "/srv/cpd/Output-partners")
    }
}
