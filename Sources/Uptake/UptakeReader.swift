import Catalogue
import Foundation
import Spreadsheets

/// Reads the trust's form downloads (`report.exports` in site.yml) and matches their rows to the
/// offer: the one way in for `build`, `check`, `serve` and `report`.
public enum UptakeReader {
    /// The bookings and evaluations in the `.csv` and `.xlsx` files of `<exports>/bookings/` and
    /// `<exports>/evaluations/`, with a diagnostic for each problem: a folder that cannot be used,
    /// a file that cannot be read or lacks a column, a row that matches nothing (not counted).
    ///
    /// - Parameters:
    ///   - catalogue: the offer as loaded (both editions read the same downloads; `booking(_:)`
    ///     and the partner edition decide what each shows).
    ///   - contentFolder: the folder that holds site.yml; `exports` is relative to it.
    ///   - contentDisplay: how messages name that folder (`Content`).
    ///   - outputFolder: the folder being built (downloads inside it are refused).
    /// - Returns: `Uptake.none` and no diagnostic when `exports` is `false`, or is the default
    ///   `../Exports` and that folder does not exist.
    public static func read(catalogue: Catalogue, contentFolder: URL, contentDisplay: String,
                            outputFolder: URL) -> (Uptake, [Diagnostic]) {
        read(catalogue: catalogue, contentFolder: contentFolder, contentDisplay: contentDisplay, outputFolder: outputFolder,
             sheet: { url, data in try SpreadsheetReader.read(data, named: url.lastPathComponent) })
    }

    /// The folder of form downloads `settings` name (`report.exports`, relative to `contentFolder`),
    /// or nil when they name none: nothing may be written into it (a report there would be read
    /// back as downloads).
    public static func exportsFolder(_ settings: ReportSettings, contentFolder: URL) -> URL? {
        settings.exports.map { ExportsFolder($0, contentFolder: contentFolder, contentDisplay: "").url }
    }

    /// `read`, with the reader of one download given (tests give sheets they make).
    static func read(catalogue: Catalogue, contentFolder: URL, contentDisplay: String, outputFolder: URL,
                     sheet: (URL, Data) throws -> Sheet) -> (Uptake, [Diagnostic]) {
        let settings = catalogue.settings.report
        guard let exports = settings.exports else { return (.none, []) }
        let folder = ExportsFolder(exports, contentFolder: contentFolder, contentDisplay: contentDisplay)
        let siteFile = settings.source ?? SourceLocation(file: contentDisplay + "/site.yml")
        let place = settings.exportsSource ?? siteFile
        guard folder.exists else {
            guard settings.exportsSource != nil else { return (.none, []) }
            return (.none, [.warning(.exportsFolderMissing, at: place, keyPath: "report.exports",
                                     "the folder of form downloads '\(folder.display)' does not exist, so no bookings or evaluations are read",
                                     suggestion: "make it, with the downloads in \(folder.display)/bookings/ and \(folder.display)/evaluations/; or write exports: false")])
        }
        let published = contentFolder.appendingPathComponent(MediaFolder.shared, isDirectory: true)
        for (inside, what) in [(outputFolder, "the output folder, which is published"), (published, "the content's files/ folder, whose files are published")]
            where folder.isInside(inside) {
            return (.none, [.error(.exportsFolderPublished, at: place, keyPath: "report.exports",
                                   "the folder of form downloads '\(folder.display)' is inside \(what): the downloads hold staff names and emails",
                                   suggestion: "keep the downloads beside the content folder, out of the site and out of git: exports: ../Exports (the default)")])
        }
        if let output = folder.enclosingOutput {
            return (.none, [.error(.exportsFolderPublished, at: place, keyPath: "report.exports",
                                   "the folder of form downloads '\(folder.display)' is inside '\(output.path)', a folder Prospectus writes a site or report into (publish copies all of it): the downloads hold staff names and emails",
                                   suggestion: "keep the downloads beside the content folder, out of every output folder and out of git: exports: ../Exports (the default)")])
        }
        var warnings: [Diagnostic] = []
        if folder.isInside(contentFolder) {
            warnings.append(.warning(.exportsFolderUnsuitable, at: place, keyPath: "report.exports",
                                     "the folder of form downloads '\(folder.display)' is inside the content folder, which is kept in git: the downloads' names and emails would be committed",
                                     suggestion: "keep the downloads beside the content folder: exports: ../Exports (the default, ignored by git)"))
        }
        if folder.hasNoKindFolder {
            warnings.append(.warning(.exportsFolderUnsuitable, at: place, keyPath: "report.exports",
                                     "the folder of form downloads '\(folder.display)' has neither a bookings/ nor an evaluations/ folder, so nothing is read from it",
                                     suggestion: "put the booking downloads in \(folder.display)/bookings/ and the evaluation downloads in \(folder.display)/evaluations/, or check the path"))
        }
        var reading = Reading(finder: CourseFinder(catalogue), settings: settings)
        reading.diagnostics = warnings
        for kind in [ExportFileSummary.Kind.bookings, .evaluations] {
            for file in folder.files(kind) {
                do {
                    let data = try SpreadsheetReader.contents(of: file.url)
                    reading.add(try sheet(file.url, data), kind: kind, file: file.display)
                } catch {
                    let problem = error as? SpreadsheetError ?? SpreadsheetError(message: "\(error)")
                    reading.diagnostics.append(.error(.downloadUnreadable, at: SourceLocation(file: file.display, line: problem.line ?? 0, column: problem.line == nil ? 0 : 1),
                                                      "the \(kind == .bookings ? "booking" : "evaluation") download cannot be read: \(problem.message)",
                                                      suggestion: "download it again from the form as .xlsx (Microsoft Forms) or .csv (Google Forms), and save it without editing"))
                }
            }
        }
        return (reading.uptake, reading.diagnostics.sorted())
    }
}

extension Uptake {
    /// True when at least one booking download was read: then every published session with places
    /// has its places booked counted (0 when no row names it).
    public var hasBookings: Bool { files.contains { $0.kind == .bookings } }

    /// The catalogue with the places booked on its sessions (`Session.booked`) and the places left
    /// they leave; the catalogue as it is when no booking download was read.
    public func booking(_ catalogue: Catalogue) -> Catalogue {
        guard hasBookings else { return catalogue }
        return catalogue.booking { course, session in bookedBySession[BookedSession(course, session)] ?? 0 }
    }
}

/// One session, as the bookings of each are counted: a course's sessions on one day differ by start.
struct BookedSession: Hashable, Sendable {
    var course: String
    var firstDay: LocalDate
    var start: LocalTime?

    init(_ course: Course, _ session: Session) {
        self.course = course.slug
        firstDay = session.firstDay
        start = session.start
    }
}
