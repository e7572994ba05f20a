import Catalogue
import Foundation
import Spreadsheets
import TestSupport
import Testing
@testable import Uptake

@Suite("The folder of form downloads")
struct ExportsFolderTests {
    typealias Fixture = DownloadsFixture
    static let sheet = Sheet(header: Fixture.bookingHeader, rows: [Fixture.booking(2, "FA-201", "10/02/2027")])

    @Test("the default ../Exports missing: no uptake and nothing said")
    func defaultMissing() throws {
        let result = try Fixture.read([:])
        #expect(result.uptake == .none && result.diagnostics.isEmpty)
    }

    @Test("a folder written in site.yml and missing: a warning at the setting")
    func explicitMissing() throws {
        let result = try Fixture.read([:], settings: "report:\n  exports: ../Downloads\n")
        #expect(result.diagnostics.map { "\($0.code.rawValue) \($0.severity.rawValue) \($0.place)" }
                == ["exports-folder-missing warning Content/site.yml:19:12"])
        #expect(result.diagnostics.first?.message.contains("'Downloads'") == true)
    }

    @Test("a content folder named by a link (--content clink) finds ../Exports beside it, default or written, as its real folder does",
          arguments: ["", "report:\n  exports: ../Exports\n"], ["", "/", "//", "/."])
    func contentThroughLink(settings: String, linkEnding: String) throws {
        // URL resolution took '../Exports' from the folder above the link (no folder to it), so no
        // booking was read and full sessions showed as open; with the link's target ending in '/',
        // Foundation's standardising took '..' as undoing the empty part after it.
        let result = try Fixture.read(["bookings/a.csv": Self.sheet], settings: settings, throughLink: true, linkEnding: linkEnding)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.summary))")
        #expect(result.uptake != .none)
    }

    @Test("with the content named by a link in another folder, the downloads are named where they are, not beside the link")
    func displayThroughLinkElsewhere() throws {
        try withTemporaryFolder("exports-display") { folder in
            let content = try folder.copyFixture("valid")
            try folder.write("Exports/bookings/a.csv", "x")
            try folder.write("elsewhere/readme.txt", "x")
            try FileManager.default.createSymbolicLink(atPath: folder.path("elsewhere/cfar").path, withDestinationPath: content.path)
            let named = WorkingFolder.absoluteURL(folder.path("elsewhere/cfar").path)
            let exports = ExportsFolder("../Exports", contentFolder: named, contentDisplay: named.path)
            let real = URL(fileURLWithPath: folder.path("Exports").path).resolvingSymlinksInPath().path
            #expect(exports.exists)
            #expect(exports.display == real, "\(exports.display)")
            #expect(exports.files(.bookings).map(\.display).allSatisfy { $0.hasPrefix(real + "/bookings/") })
        }
    }

    @Test("exports: false reads nothing, even when ../Exports has downloads")
    func off() throws {
        let result = try Fixture.read(["bookings/a.csv": Self.sheet], settings: "report: { exports: false }\n")
        #expect(result.uptake == .none && result.diagnostics.isEmpty)
    }

    @Test("a folder inside the output or the content's files/ is refused: it holds names and emails", arguments: ["../Output/Exports", "files/exports"])
    func published(_ path: String) throws {
        let result = try Fixture.read([:], settings: "report:\n  exports: \(path)\n", prepare: { folder in
            _ = try folder.write(path.hasPrefix("..") ? "Output/Exports/bookings/a.csv" : "Content/files/exports/bookings/a.csv", "x")
        })
        #expect(result.diagnostics.map { "\($0.code.rawValue) \($0.severity.rawValue) \($0.place)" }
                == ["exports-folder-published error Content/site.yml:19:12"])
        #expect(result.uptake == .none)
    }

    @Test("a folder inside another output Prospectus made (the partners' edition, a report) is refused: publish copies it")
    func insideAnotherOutput() throws {
        let result = try Fixture.read([:], settings: "report:\n  exports: ../Output-partners/exp\n", prepare: { folder in
            _ = try folder.write("Output-partners/.prospectus-output", "Made by Prospectus\nedition: partners\n")
            _ = try folder.write("Output-partners/exp/bookings/a.csv", "x")
        })
        #expect(result.diagnostics.map { "\($0.code.rawValue) \($0.severity.rawValue)" } == ["exports-folder-published error"])
        #expect(result.uptake == .none)
    }

    @Test("a folder in the content folder (kept in git), or with neither bookings/ nor evaluations/: a warning", arguments: [
        ("downloads", "Content/downloads/bookings/readme.txt", "inside the content folder"), ("../Exports", "Exports/readme.txt", "neither a bookings/"),
    ])
    func unsuitable(_ path: String, _ file: String, _ said: String) throws {
        let result = try Fixture.read([:], settings: "report:\n  exports: \(path)\n", prepare: { folder in _ = try folder.write(file, "x") })
        #expect(result.diagnostics.map(\.code) == [.exportsFolderUnsuitable])
        #expect(result.diagnostics.first?.message.contains(said) == true, "\(result.diagnostics.map(\.message))")
    }

    @Test("paths as the editor types them", arguments: [
        ("Content/../Exports", "Exports"), ("Content/../examples/form-downloads", "examples/form-downloads"), ("../site/Content/../Exports", "../site/Exports"),
        ("/srv/cpd/Content/../Exports", "/srv/cpd/Exports"), ("./Content/./x", "Content/x"),
    ])
    func display(_ typed: String, _ shown: String) {
        #expect(ExportsFolder.normalised(typed) == shown)
    }
}
