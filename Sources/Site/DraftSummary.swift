import Catalogue

/// The courses left as drafts (`draft: true`), which are checked but not published: not a mistake
/// (a draft is deliberate), but said after every build, check and preview, so a course filled in
/// and left a draft by mistake is seen.
public enum DraftSummary {
    /// How many files the line names before it counts the rest.
    static let named = 3

    /// The files of the courses `catalogue` holds as drafts, as messages name them, sorted.
    public static func files(in catalogue: Catalogue) -> [String] {
        catalogue.courses.filter(\.draft).map(\.source.file).sorted()
    }

    /// `1 draft not published: Content/courses/x.md (remove draft: true to publish it)`; nil for none.
    public static func line(_ files: [String]) -> String? {
        guard !files.isEmpty else { return nil }
        let shown = files.prefix(named).joined(separator: ", ")
        let rest = files.count > named ? " and \(files.count - named) more" : ""
        let what = files.count == 1 ? "1 draft" : "\(files.count) drafts"
        return "\(what) not published: \(shown)\(rest) (remove draft: true to publish \(files.count == 1 ? "it" : "them"))"
    }
}
