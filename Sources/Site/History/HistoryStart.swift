import Catalogue
import Foundation

/// The history a build extends, found in the history folder, or, when this year's file is not
/// there, in the place it came from, always said plainly:
///
/// 1. the history kept with the content (`Content/history/`), when `--history` names another folder;
/// 2. the old layout, `changes.json` and `catalogue.json` in the published output (moved once);
///    an earlier year's history found there is kept in that year's own file, never mixed in;
/// 3. none: a new academic year (other years' files are there) starts afresh, said in a note;
///    otherwise a warning names the file and how to restore it.
///
/// Reading only: the build writes `file` (and `archived`) just before it publishes; the preview never writes.
struct HistoryStart: Sendable {
    var file: HistoryFile
    /// The history to extend; nil starts a new one.
    var previous: ChangeHistory?
    /// An earlier year's history found in the old layout, to keep in its own file.
    var archived: (file: HistoryFile, history: ChangeHistory)?
    var notices: [BuildNotice] = []

    ///
    /// `current` (this build's offer) is made only for an old layout's history that lacks its offer.
    /// `earlier`: the history file as read ahead (`HistoryReadAhead`), used when the file is unchanged.
    static func find(_ options: BuildOptions, year: AcademicYear, current: @autoclosure () -> OfferSnapshot,
                     reusing earlier: HistoryFile.Read? = nil) -> Result<HistoryStart, Diagnostic> {
        let file = HistoryFile(options, year: year)
        var start = HistoryStart(file: file)
        switch file.read(reusing: earlier) {
        case .failure(let problem): return .failure(problem)
        case .success(let found?):
            start.previous = found
            return .success(start)
        case .success(nil): break
        }

        let kept = HistoryFile(folder: options.content.appendingPathComponent(BuildOptions.historyFolderName),
                               folderDisplay: options.contentDisplay + "/" + BuildOptions.historyFolderName, year: year, edition: options.edition)
        // Not the --history folder again, by another name or through a link to it: that was just
        // read (and refusing a link to it would advise the very --history given).
        if OutputWriter.realPath(kept.folder) != OutputWriter.realPath(file.folder) {
            switch kept.read() {
            case .failure(let problem): return .failure(problem)
            case .success(let found?):
                start.previous = found
                // A --history folder that is not there yet is either a first run or a typo (which
                // would date every change again): a warning, so a typo is seen.
                if FileManager.default.fileExists(atPath: file.folder.path) {
                    start.notices.append(BuildNotice(.note, file: file.display,
                        "the history of changes starts from the one kept with the content, \(kept.display), and is kept here from now on"))
                } else {
                    start.notices.append(BuildNotice(.warning, .historyFolderNew, file: file.display,
                        "the history folder \(file.folderDisplay) does not exist yet, so this build makes it and starts from the one kept with the content, \(kept.display)",
                        suggestion: "if this is the first build with this folder, nothing needs doing; if you meant a folder that already holds the history, check the spelling of --history"))
                }
                return .success(start)
            case .success(nil): break
            }
        }

        switch migrated(options, file: file, current: current) {
        case .failure(let problem): return .failure(problem)
        case .success(let old?):
            let source = options.output.lastPathComponent + "/" + ChangeLog.path
            if old.academicYear == year.description {
                start.previous = old
                start.notices.append(BuildNotice(.note, file: file.display,
                    "the history of changes comes from \(source), the old place, where deleting the output would lose it; a build keeps it here from now on",
                    suggestion: "keep this file: commit it with the content, or back it up"))
                return .success(start)
            }
            if let oldYear = AcademicYear(text: old.academicYear) {
                let oldFile = HistoryFile(folder: file.folder, folderDisplay: file.folderDisplay, year: oldYear, edition: options.edition)
                if case .success(nil) = oldFile.read() {
                    start.archived = (oldFile, old)
                    start.notices.append(BuildNotice(.note, file: oldFile.display,
                        "the \(oldYear) history of changes in \(source) is kept in this file, apart from \(year)'s"))
                }
            }
        case .success(nil): break
        }

        let edition = options.edition
        let earlier = HistoryFileAccess.jsonFiles(in: file.folder).filter {
            $0 != file.name && $0.hasSuffix("-\(Edition.partners.rawValue).json") == (edition == .partners)
        } + (start.archived.map { [$0.file.name] } ?? [])
        if !earlier.isEmpty {
            start.notices.append(BuildNotice(.note, file: file.display,
                "What's new starts afresh for \(year); the history of earlier years stays in \(file.folderDisplay) (\(Set(earlier).sorted().joined(separator: ", ")))"))
        } else {
            start.notices.append(BuildNotice(.warning, .historyNotFound, file: file.display,
                "no history of changes was found, so this build starts a new one and What's new lists no changes yet",
                suggestion: "if the site had one, restore this file from version control or your backup (git checkout -- \(file.display)) "
                    + "and build again; from now on keep it: commit it with the content, or back it up"))
        }
        return .success(start)
    }

    /// The history of the old layout: `changes.json` beside the `catalogue.json` it was made from, in
    /// an output made by Prospectus; nil when there is none. A damaged one is an error, like any history.
    private static func migrated(_ options: BuildOptions, file: HistoryFile, current: () -> OfferSnapshot) -> Result<ChangeHistory?, Diagnostic> {
        let output = options.output
        guard FileManager.default.fileExists(atPath: output.appendingPathComponent(OutputWriter.markerName).path) else { return .success(nil) }
        let changesURL = output.appendingPathComponent(ChangeLog.path)
        let shown = output.lastPathComponent + "/" + ChangeLog.path
        let bytes: [UInt8]
        do {
            guard let read = try HistoryFileAccess.read(changesURL) else { return .success(nil) }
            bytes = read
        } catch {
            return .failure(.error(.historyUnreadable, at: SourceLocation(file: shown), "the history of changes cannot be read: \(error.message)",
                                   suggestion: "nothing was published; remove it to start a new history"))
        }
        let log: ChangeLog
        switch ChangeHistory.decode(ChangeLog.self, bytes, file: shown) {
        case .failure(var problem):
            problem.suggestion = "nothing was published; restore \(shown) from a backup, or delete it to start a new history"
            return .failure(problem)
        case .success(let read): log = read
        }
        // The offer it was made from; without it, nothing is claimed as changed since.
        struct Published: Decodable {
            struct Site: Decodable { var academic_year: String? }
            var site: Site?
            var courses: [OfferSnapshot.Course]
        }
        let catalogue = (try? HistoryFileAccess.read(output.appendingPathComponent(CatalogueJSON.path)))
            .flatMap { $0 }.flatMap { try? JSONDecoder().decode(Published.self, from: Data($0)) }
        // Its year: the published offer's, else the year of its newest change (never assumed to be this year's).
        let year = catalogue?.site?.academic_year.flatMap(AcademicYear.init(text:))
            ?? log.changes.first.flatMap { LocalDate(iso: $0.date) }.map(AcademicYear.containing) ?? file.year
        return .success(ChangeHistory(academicYear: year, edition: options.edition,
                                      offer: catalogue.map { OfferSnapshot(courses: $0.courses) } ?? current(), changes: log.changes))
    }
}
