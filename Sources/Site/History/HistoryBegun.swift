import Catalogue
import Parallel

/// The history a build extends and this build's changes on top of it, made on other cores while
/// the build plans its pages.
///
/// Finding the history file (decoded ahead by `HistoryReadAhead`), snapshotting the offer and
/// comparing the two are each done on one core between loading and rendering; one after another
/// they left the other core idle for a third of a second at 20,000 courses. The results are the
/// same as `HistoryStart.find`, `OfferSnapshot(_:)`, `NewPastDates.warnings` and
/// `ChangeHistory.updated` called in turn.
struct HistoryBegun {
    private let options: BuildOptions
    private let catalogue: Catalogue
    private let year: AcademicYear
    private let today: LocalDate
    private let found: Background<Result<HistoryStart, Diagnostic>>
    private let offer: Background<OfferSnapshot>

    /// Starts finding the history (under the output's lock, which `build` holds), with the file as
    /// `readAhead` read it if it is unchanged, and snapshotting the offer.
    init(_ options: BuildOptions, catalogue: Catalogue, year: AcademicYear, today: LocalDate, readAhead: HistoryReadAhead? = nil) {
        self.options = options
        self.catalogue = catalogue
        self.year = year
        self.today = today
        // Waited for here, not on the pool's thread, which must never wait for another of the pool's tasks.
        let earlier = readAhead?.read(for: year)
        found = Background { HistoryStart.find(options, year: year, current: OfferSnapshot(catalogue), reusing: earlier) }
        offer = Background { OfferSnapshot(catalogue) }
    }

    /// The history found, or why it cannot be used (waiting for it).
    var start: Result<HistoryStart, Diagnostic> { found.value }

    /// This build's history from `start`, and the warnings for dates added since that have already
    /// passed (`NewPastDates`), made side by side.
    func updated(_ start: HistoryStart) -> (history: ChangeHistory, newPastDates: [Diagnostic]) {
        let (catalogue, previous, today) = (self.catalogue, start.previous, self.today)
        let warnings = Background { NewPastDates.warnings(catalogue, previous: previous, today: today) }
        let history = ChangeHistory.updated(previous, year: year, edition: options.edition, current: offer.value, today: today)
        return (history, warnings.value)
    }
}
