import Catalogue
import Foundation
import Spreadsheets
import TestSupport
@testable import Uptake

/// The valid fixture's offer with form downloads made in a test: each sheet is given by its path
/// under `Exports/` (`bookings/a.csv`), and a file of that name is made so the folder lists it.
enum DownloadsFixture {
    struct Result {
        var uptake: Uptake
        var diagnostics: [Diagnostic]
        var catalogue: Catalogue
    }

    static let bookingHeader = ["ID", "Email", "Name", "Course code", "Session date", "Staff group"]
    static let evaluationHeader = ["Timestamp", "Email address", "Your name", "Course code", "Session date", "Overall rating", "Comments"]

    /// A booking row by a made-up person: only the code, date and group cells are meant to be read.
    static func booking(_ line: Int, _ code: String, _ date: String, group: String = "Teachers", person: Int = 1) -> SheetRow {
        SheetRow(line: line, cells: ["\(line)", "person\(person).private@example.org", "Secret Person\(person)", code, date, group])
    }

    static func evaluation(_ line: Int, _ code: String, _ date: String, rating: String) -> SheetRow {
        SheetRow(line: line, cells: ["01/12/2026 10:00", "rater\(line)@example.org", "Rater Name\(line)", code, date, rating, "Comment text \(line)"])
    }

    /// With `throughLink`, the content folder is named by a symbolic link beside it (`--content clink`),
    /// its target written with `linkEnding` after the folder's name (`/` as tab-completion writes it).
    static func read(_ sheets: [String: Sheet], settings: String = "", unreadable: [String: SpreadsheetError] = [:],
                     throughLink: Bool = false, linkEnding: String = "",
                     prepare: (TemporaryFolder) throws -> Void = { _ in }) throws -> Result {
        try withTemporaryFolder("uptake") { folder in
            let content = try folder.copyFixture("valid")
            if !settings.isEmpty {
                let site = content.appendingPathComponent("site.yml")
                try (String(contentsOf: site, encoding: .utf8) + settings).write(to: site, atomically: true, encoding: .utf8)
            }
            for path in Array(sheets.keys) + Array(unreadable.keys) { _ = try folder.write("Exports/\(path)", "not read by the test: \(path)") }
            try prepare(folder)
            var named = content
            if throughLink {
                try FileManager.default.createSymbolicLink(atPath: folder.path("clink").path, withDestinationPath: content.lastPathComponent + linkEnding)
                named = WorkingFolder.absoluteURL(folder.path("clink").path)
            }
            let loaded = ContentLoader(directory: named, displayPath: "Content").load()
            guard let catalogue = loaded.catalogue, !loaded.diagnostics.hasErrors else {
                throw SpreadsheetError(message: "the fixture did not load: \(loaded.diagnostics.map(\.summary))")
            }
            let exports = folder.url.standardizedFileURL.path + "/Exports/"
            let (uptake, diagnostics) = UptakeReader.read(catalogue: catalogue, contentFolder: named, contentDisplay: "Content",
                                                          outputFolder: folder.path("Output"), sheet: { url, _ in
                let relative = String(url.standardizedFileURL.path.dropFirst(exports.count))
                if let problem = unreadable[relative] { throw problem }
                guard let sheet = sheets[relative] else { throw SpreadsheetError(message: "no sheet for \(relative)") }
                return sheet
            })
            return Result(uptake: uptake, diagnostics: diagnostics, catalogue: catalogue)
        }
    }
}
