import Catalogue
import Foundation
import Terminal

/// Writes diagnostics to standard error, in colour only when it is a terminal (and NO_COLOR is unset).
struct ReportPrinter {
    let formatter = DiagnosticFormatter(
        colour: isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil)

    /// How many "outside the academic year" warnings are shown after the year summary.
    static let foldedShown = 3

    /// At most `DiagnosticLimit.perFile` for one file, then a line counting the rest. With
    /// `yearSummary` (most sessions outside the academic year), the summary comes first and only the
    /// first few of those warnings follow, then their count (`check --format json` keeps them all).
    func printDiagnostics(_ diagnostics: [Diagnostic], yearSummary: String? = nil) {
        var shown = diagnostics
        if let yearSummary {
            note(yearSummary)
            var kept = 0
            shown = diagnostics.filter { diagnostic in
                guard diagnostic.code == .sessionOutsideYear else { return true }
                kept += 1
                return kept <= ReportPrinter.foldedShown
            }
        }
        for text in formatter.format(shown) { note(text) }
        let folded = diagnostics.count - shown.count
        if folded > 0 {
            note("… and \(folded) more sessions outside the academic year, not shown (prospectus check --format json lists them all)")
        }
    }

    func note(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
