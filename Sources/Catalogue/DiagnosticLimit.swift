/// How many diagnostics of one file a reader is shown, wherever they are shown (the terminal, the
/// preview's error panel): an editor fixes the first ones and checks again; thousands more of the
/// same mistake (a long list pasted on one line) only bury the summary.
public enum DiagnosticLimit {
    /// The most diagnostics shown for one file.
    public static let perFile = 100

    /// One entry of a shortened report: a diagnostic, or the count of a file's diagnostics not shown.
    public enum Entry: Sendable, Equatable {
        case diagnostic(Diagnostic)
        case omitted(file: String, errors: Int, warnings: Int)
    }

    /// `diagnostics` in their order, but at most `perFile` for any one file; the rest of a file's
    /// are counted in one `.omitted` entry right after the last of that file's diagnostics.
    public static func entries(_ diagnostics: [Diagnostic], perFile limit: Int = perFile) -> [Entry] {
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
        if errors > 0 { counts.append("\(errors.grouped) more \(errors == 1 ? "error" : "errors")") }
        if warnings > 0 { counts.append("\(warnings.grouped) more \(warnings == 1 ? "warning" : "warnings")") }
        return "\(file): … and \(counts.joined(separator: " and ")) in this file, not shown here (fix the ones above first)"
    }
}
