import Foundation

/// Prints diagnostics the way compilers do: the one-line summary, the offending line, a caret under
/// the column, and a closing count. Colour only when asked (on a terminal).
public struct DiagnosticFormatter: Sendable {
    public var colour: Bool

    public init(colour: Bool) { self.colour = colour }

    public func format(_ diagnostic: Diagnostic) -> String {
        let label = diagnostic.severity == .error ? paint("error:", "1;31") : paint("warning:", "1;33")
        var text = paint("\(diagnostic.location):", "1") + " \(label) \(diagnostic.explanation)"
        if let line = diagnostic.location.lineText, diagnostic.location.line > 0 {
            let number = String(diagnostic.location.line)
            let gutter = String(repeating: " ", count: number.count)
            let shown = line.replacingOccurrences(of: "\t", with: " ")
            let caretOffset = max(0, min(diagnostic.location.caretColumn - 1, shown.count))
            text += "\n \(paint(number, "2")) | \(shown)\n \(gutter) | \(String(repeating: " ", count: caretOffset))\(paint("^", "1;32"))"
        }
        return text
    }

    /// The most diagnostics shown for one file. An editor fixes the first ones and checks again;
    /// thousands more of the same mistake (a long list pasted on one line) only bury the summary.
    public static let perFileLimit = 100

    /// One entry of a shortened report: a diagnostic, or the count of a file's diagnostics not shown.
    public enum Entry: Sendable, Equatable {
        case diagnostic(Diagnostic)
        case omitted(file: String, errors: Int, warnings: Int)
    }

    /// `diagnostics` in their order, but at most `perFile` for any one file; the rest of a file's
    /// are counted in one `.omitted` entry right after the last of that file's diagnostics.
    public static func limited(_ diagnostics: [Diagnostic], perFile limit: Int = perFileLimit) -> [Entry] {
        var last: [String: Int] = [:]
        for (index, diagnostic) in diagnostics.enumerated() { last[diagnostic.location.file] = index }
        var shown: [String: Int] = [:]
        var hidden: [String: (errors: Int, warnings: Int)] = [:]
        var entries: [Entry] = []
        for (index, diagnostic) in diagnostics.enumerated() {
            let file = diagnostic.location.file
            if shown[file, default: 0] < limit {
                shown[file, default: 0] += 1
                entries.append(.diagnostic(diagnostic))
            } else if diagnostic.severity == .error {
                hidden[file, default: (0, 0)].errors += 1
            } else {
                hidden[file, default: (0, 0)].warnings += 1
            }
            if last[file] == index, let (errors, warnings) = hidden[file] {
                entries.append(.omitted(file: file, errors: errors, warnings: warnings))
            }
        }
        return entries
    }

    /// `Content/courses/x.md: … and 1,900 more errors in this file, not shown here (fix the ones above first)`.
    public static func omittedText(file: String, errors: Int, warnings: Int) -> String {
        var counts: [String] = []
        if errors > 0 { counts.append("\(grouped(errors)) more \(errors == 1 ? "error" : "errors")") }
        if warnings > 0 { counts.append("\(grouped(warnings)) more \(warnings == 1 ? "warning" : "warnings")") }
        return "\(file): … and \(counts.joined(separator: " and ")) in this file, not shown here (fix the ones above first)"
    }

    /// The diagnostics as `format(_:)` prints them, at most `perFile` for one file, with a line
    /// counting the rest.
    public func format(_ diagnostics: [Diagnostic], perFile limit: Int = DiagnosticFormatter.perFileLimit) -> [String] {
        DiagnosticFormatter.limited(diagnostics, perFile: limit).map {
            switch $0 {
            case .diagnostic(let diagnostic): return format(diagnostic)
            case .omitted(let file, let errors, let warnings):
                return paint(DiagnosticFormatter.omittedText(file: file, errors: errors, warnings: warnings), "1")
            }
        }
    }

    /// 1900 → `1,900`.
    static func grouped(_ number: Int) -> String {
        let digits = String(number.magnitude)
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { text += "," }
            text.append(digit)
        }
        return (number < 0 ? "-" : "") + text
    }

    /// `3 errors, 2 warnings in 41 files`.
    public static func summary(_ diagnostics: [Diagnostic], files: Int) -> String {
        let errors = diagnostics.errorCount, warnings = diagnostics.warningCount
        return "\(errors) \(errors == 1 ? "error" : "errors"), \(warnings) \(warnings == 1 ? "warning" : "warnings") in \(files) \(files == 1 ? "file" : "files")"
    }

    /// One JSON object per diagnostic, for editors' tooling.
    public static func json(_ diagnostics: [Diagnostic], files: Int) -> String {
        struct Entry: Encodable {
            var file: String, line: Int, column: Int, severity: String, keyPath: String, message: String, suggestion: String?
        }
        struct Document: Encodable {
            var version = 1
            var files: Int
            var errors: Int
            var warnings: Int
            var diagnostics: [Entry]
        }
        let document = Document(
            files: files, errors: diagnostics.errorCount, warnings: diagnostics.warningCount,
            diagnostics: diagnostics.map {
                Entry(file: $0.location.file, line: $0.location.line, column: $0.location.column, severity: $0.severity.rawValue,
                      keyPath: $0.keyPath, message: $0.message, suggestion: $0.suggestion)
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(document)) ?? Data(), as: UTF8.self)
    }

    private func paint(_ text: String, _ code: String) -> String {
        colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
