import Catalogue

/// When most sessions fall outside the academic year, the year in site.yml was almost always changed
/// by hand (2026-27 to 2027-28) instead of with `prospectus rollover`: one message says so first, and
/// the warning for each session (which all say the same) are shown folded (`ReportPrinter`).
public enum YearChangedByHand {
    /// The fewest sessions outside the year for the summary: one or two are ordinary mistakes.
    static let fewest = 5

    /// The summary for `catalogue` and its `diagnostics`, or nil when fewer than half its sessions
    /// (or fewer than `fewest`) fall outside the year. `site` is site.yml as messages name it.
    static func summary(_ catalogue: Catalogue, diagnostics: [Diagnostic], site: String) -> String? {
        let outside = diagnostics.count { $0.code == .sessionOutsideYear }
        let sessions = catalogue.courses.reduce(0) { $0 + $1.sessions.count }
        guard outside >= fewest, outside * 2 > sessions else { return nil }
        let year = catalogue.settings.academicYear
        return "\(site): note: \(outside) of \(sessions) sessions fall outside the academic year \(year): academic_year was probably "
            + "changed by hand. To start a new year, put academic_year back as it was and run 'prospectus rollover \(year)': "
            + "it makes the new year's content folder from this one (term dates moved on, past sessions taken out, What's new kept); "
            + "see docs/editing.md, 'Starting a new academic year'. If the sessions' dates are the mistake, the first few are below"
    }
}
