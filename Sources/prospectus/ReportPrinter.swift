import Catalogue
import Foundation
import Terminal

/// Writes diagnostics to standard error, in colour only when it is a terminal (and NO_COLOR is unset).
struct ReportPrinter {
    let formatter = DiagnosticFormatter(
        colour: isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil)

    /// At most `DiagnosticLimit.perFile` for one file, then a line counting the rest.
    func printDiagnostics(_ diagnostics: [Diagnostic]) {
        for text in formatter.format(diagnostics) { note(text) }
    }

    func note(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
