import Catalogue
import Parallel

/// This year's history file, read and decoded on another core as soon as site.yml names the year,
/// while the content loads.
///
/// Decoding the file (12 MB at 20,000 courses) took a third of a second on one core between
/// loading and rendering. The build still reads the file under the output's lock
/// (`HistoryStart.find`); when its bytes are the ones read ahead, what was decoded then is used,
/// so the result is the same as reading it only then.
final class HistoryReadAhead: Sendable {
    private let options: BuildOptions
    private let started = Locked<(year: AcademicYear, read: Background<HistoryFile.Read>)?>(nil)

    init(_ options: BuildOptions) { self.options = options }

    /// Starts reading `year`'s file (only the first call does anything).
    func begin(year: AcademicYear) {
        let options = self.options
        started.withLock { started in
            guard started == nil else { return }
            started = (year, Background { HistoryFile(options, year: year).readAhead() })
        }
    }

    /// The read of `year`'s file, waiting for it; nil when another year's was read, or none.
    func read(for year: AcademicYear) -> HistoryFile.Read? {
        guard let started = started.withLock({ $0 }), started.year == year else { return nil }
        return started.read.value
    }
}
