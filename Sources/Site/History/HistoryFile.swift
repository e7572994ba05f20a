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

    init(folder: URL, folderDisplay: String, year: AcademicYear, edition: Edition) {
        self.folder = folder
        self.folderDisplay = folderDisplay
        self.year = year
        self.edition = edition
    }

    /// The file a build with `options` keeps `year`'s history in.
    init(_ options: BuildOptions, year: AcademicYear) {
        self.init(folder: options.history, folderDisplay: options.historyDisplay, year: year, edition: options.edition)
    }

    var name: String { edition == .staff ? "\(year).json" : "\(year)-\(edition.rawValue).json" }
    var url: URL { folder.appendingPathComponent(name) }
    /// The path as messages show it: `Content/history/2026-27.json`.
    var display: String { folderDisplay.isEmpty ? name : "\(folderDisplay)/\(name)" }

    /// The history, nil when there is no file yet, or an error naming the file when it cannot be
    /// used: a link, not a regular file, unreadable, damaged, or another year's or edition's.
    ///
    /// With `earlier`, a read of the same file made before (`Read`, on another core while the
    /// content loaded): when the file's bytes are still those, what it found is the answer, and the
    /// bytes are not decoded again.
    func read(reusing earlier: Read? = nil) -> Result<ChangeHistory?, Diagnostic> {
        let bytes: [UInt8]
        switch readBytes() {
        case .failure(let problem): return .failure(problem)
        case .success(nil): return .success(nil)
        case .success(let read?): bytes = read
        }
        if let earlier, earlier.url == url, earlier.bytes == bytes { return earlier.found }
        return decoded(bytes)
    }

    /// A read of the file, kept to be checked against the file later (`read(reusing:)`).
    struct Read: Sendable {
        let url: URL
        /// The bytes read; nil when there was no file or it could not be read.
        let bytes: [UInt8]?
        let found: Result<ChangeHistory?, Diagnostic>
    }

    /// Reads the file now, for `read(reusing:)` later.
    func readAhead() -> Read {
        switch readBytes() {
        case .success(let bytes?): return Read(url: url, bytes: bytes, found: decoded(bytes))
        case .success(nil): return Read(url: url, bytes: nil, found: .success(nil))
        case .failure(let problem): return Read(url: url, bytes: nil, found: .failure(problem))
        }
    }

    /// The file's bytes; nil when there is no file.
    private func readBytes() -> Result<[UInt8]?, Diagnostic> {
        do {
            _ = try HistoryFileAccess.folderExists(folder)
            return .success(try HistoryFileAccess.read(url))
        } catch {
            return .failure(refused(error))
        }
    }

    /// The history in `bytes`, checked to be this file's year and edition.
    private func decoded(_ bytes: [UInt8]) -> Result<ChangeHistory?, Diagnostic> {
        let read = HistoryQuickRead.history(bytes).map { Result<ChangeHistory, Diagnostic>.success($0) }
        switch read ?? ChangeHistory.decode(ChangeHistory.self, bytes, file: display) {
        case .failure(let diagnostic): return .failure(diagnostic)
        case .success(let history):
            if history.version > ChangeHistory.currentVersion {
                return .failure(ChangeHistory.damaged(.historyNewerVersion, display, keyPath: "",
                    "the history was saved by a newer version of Prospectus: its format is \(history.version), and this version reads format \(ChangeHistory.currentVersion)",
                    suggestion: "update Prospectus here to the version that saved it (ask whoever last built the site); the file is left as it is. "
                        + "If it should not have changed, restore it from version control or your backup (git checkout -- \(display))"))
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
                          suggestion: error.suggestion ?? ("nothing was published, so the next build finds the same changes; make \(folderDisplay) writable, "
                              + "or keep the history in a folder that is kept between builds with --history DIR"))
        }
    }

    private func refused(_ failure: HistoryFileAccess.Failure) -> Diagnostic {
        .error(.historyUnreadable, at: SourceLocation(file: display), "the history of changes cannot be read: \(failure.message)",
               suggestion: failure.suggestion ?? "nothing was published; put the real file (or folder) in its place, for example from version control "
                   + "(git checkout -- \(display))")
    }
}
