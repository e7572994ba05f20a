import Catalogue
import Foundation

/// Prints diagnostics the way compilers do: the one-line summary, the offending line, a caret under
/// the column, and a closing count. Colour (ANSI escapes) only when asked (on a terminal). At most
/// `DiagnosticLimit.perFile` for one file, as the preview's error panel.
public struct DiagnosticFormatter: Sendable {
    public var colour: Bool

    public init(colour: Bool) { self.colour = colour }

    public func format(_ diagnostic: Diagnostic) -> String {
        let label = diagnostic.severity == .error ? paint("error:", "1;31") : paint("warning:", "1;33")
        // A file's name can hold control characters (a file saved as 'bad\e[31m.md'): shown as
        // U+001B, never sent to the terminal, which would act on them. (The line shown has its
        // control characters drawn as pictures already, ␛.)
        var text = paint(ControlCharacters.visible("\(diagnostic.location)") + ":", "1") + " \(label) \(diagnostic.explanation)"
        if let line = diagnostic.location.lineText, diagnostic.location.line > 0 {
            let number = String(diagnostic.location.line)
            let gutter = String(repeating: " ", count: number.count)
            let shown = line.replacingOccurrences(of: "\t", with: " ")
            // The caret is placed by display width: an emoji or a CJK character before it takes two cells.
            let caretOffset = DisplayWidth.cells(shown.prefix(max(0, min(diagnostic.location.caretColumn - 1, shown.count))))
            text += "\n \(paint(number, "2")) | \(shown)\n \(gutter) | \(String(repeating: " ", count: caretOffset))\(paint("^", "1;32"))"
        }
        return text
    }

    /// The diagnostics as `format(_:)` prints them, at most `perFile` for one file, with a line
    /// counting the rest.
    public func format(_ diagnostics: [Diagnostic], perFile limit: Int = DiagnosticLimit.perFile) -> [String] {
        DiagnosticLimit.entries(diagnostics, perFile: limit).map {
            switch $0 {
            case .diagnostic(let diagnostic): return format(diagnostic)
            case .omitted(let file, let errors, let warnings):
                return paint(ControlCharacters.visible(DiagnosticLimit.omittedText(file: file, errors: errors, warnings: warnings)), "1")
            }
        }
    }

    /// `3 errors, 2 warnings in 41 files`.
    public static func summary(_ diagnostics: [Diagnostic], files: Int) -> String {
        let errors = diagnostics.errorCount, warnings = diagnostics.warningCount
        return "\(errors) \(errors == 1 ? "error" : "errors"), \(warnings) \(warnings == 1 ? "warning" : "warnings") in \(files) \(files == 1 ? "file" : "files")"
    }

    private func paint(_ text: String, _ code: String) -> String {
        colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
