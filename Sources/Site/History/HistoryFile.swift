import Catalogue
import Foundation

/// The history file of one academic year and edition in the history folder:
/// `2026-27.json` for the staff site, `2026-27-partners.json` for the partner schools' edition.
struct HistoryFile: Sendable {
    let folder: URL
    /// How the folder is named in messages (`Content/history`).
    let folderDisplay: String
    let year: AcademicYear
    let edition: Edition

    var name: String { edition == .staff ? "\(year).json" : "\(year)-\(edition.rawValue).json" }
    var url: URL { folder.appendingPathComponent(name) }
    /// The path as messages show it: `Content/history/2026-27.json`.
    var display: String { folderDisplay.isEmpty ? name : "\(folderDisplay)/\(name)" }

    /// The history, nil when there is no file yet, or an error naming the file when it cannot be
    /// used: a link, not a regular file, unreadable, damaged, or another year's or edition's.
    func read() -> Result<ChangeHistory?, Diagnostic> {
        let bytes: [UInt8]
        do {
            _ = try HistoryFileAccess.folderExists(folder)
            guard let read = try HistoryFileAccess.read(url) else { return .success(nil) }
            bytes = read
        } catch {
            return .failure(refused(error))
        }
        switch ChangeHistory.decode(ChangeHistory.self, bytes, file: display) {
        case .failure(let diagnostic): return .failure(diagnostic)
        case .success(let history):
            if history.version > ChangeHistory.currentVersion {
                return .failure(ChangeHistory.damaged(.historyNewerVersion, display, keyPath: "version",
                    "the history was written by a newer Prospectus (version \(history.version))"))
            }
            if history.academicYear != year.description || history.edition != edition.rawValue {
                return .failure(ChangeHistory.damaged(.historyWrongYear, display, keyPath: "academic_year",
                    "the file holds the \(history.academicYear) history of the \(history.edition) edition, not \(year)'s of the \(edition.rawValue) edition"))
            }
            return .success(history)
        }
    }

    /// Writes the history when its bytes differ from the file's (so an unchanged history leaves the
    /// file, and a read-only checkout, alone); nil when it is safely on disk.
    func write(_ history: ChangeHistory) -> Diagnostic? {
        write(encoded: history.encoded())
    }

    /// `write(_:)` of a history already encoded (`ChangeHistory.encoded()`).
    func write(encoded bytes: [UInt8]) -> Diagnostic? {
        do {
            if try HistoryFileAccess.read(url) == bytes { return nil }
            try HistoryFileAccess.write(bytes, to: url)
            return nil
        } catch {
            return .error(.historyNotSaved, at: SourceLocation(file: display), "the history of changes cannot be saved: \(error.message)",
                          suggestion: "nothing was published, so the next build finds the same changes; make \(folderDisplay) writable, "
                              + "or keep the history in a folder that is kept between builds with --history DIR")
        }
    }

    private func refused(_ failure: HistoryFileAccess.Failure) -> Diagnostic {
        .error(.historyUnreadable, at: SourceLocation(file: display), "the history of changes cannot be read: \(failure.message)",
               suggestion: "nothing was published; put the real file (or folder) in its place, for example from version control "
                   + "(git checkout -- \(display))")
    }
}
