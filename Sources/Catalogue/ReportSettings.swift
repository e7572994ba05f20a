/// The CPD lead's report and the form downloads it reads (`report:` in site.yml).
public struct ReportSettings: Sendable, Hashable {
    /// Where the staff site carries the report (`report/` in the output).
    public enum OnSite: String, Sendable, CaseIterable {
        /// Not in the staff site (the default): `prospectus report` writes it to its own folder.
        case no
        /// In the staff site at `report/`, linked from no page.
        case unlisted
        /// In the staff site at `report/`, linked from every page's footer.
        case linked
    }

    /// The folder of form downloads, relative to the folder that holds site.yml: `.csv` and `.xlsx`
    /// files in its `bookings/` and `evaluations/` subfolders are read. `../Exports` by default:
    /// beside `Content/`, out of the output and ignored by git. Nil when there is no folder to read.
    public var exports: String? = "../Exports"
    /// Where `exports` is written in site.yml; nil when it is not (the default folder, which may
    /// simply not exist: then there are no downloads, and nothing is said).
    public var exportsSource: SourceLocation?
    /// The column names of the booking downloads.
    public var bookingColumns = FormColumns()
    /// The column names of the evaluation downloads.
    public var evaluationColumns = FormColumns()
    /// A staff group or career stage with fewer published opportunities than this is a gap.
    public var fewestOpportunities = 5
    /// Whether the staff site carries the report.
    public var onSite: OnSite = .no
    /// Where `report:` is in site.yml (the file itself when it is absent), for messages.
    public var source: SourceLocation?

    public init() {}
}

/// The names of the columns a form download is read by; every other column is never read.
public struct FormColumns: Sendable, Hashable {
    /// The course code (or slug) the response is for.
    public var code = "Course code"
    /// The date of the session (any day of it), as text or as a spreadsheet date.
    public var date = "Session date"
    /// The staff group of the person booking (bookings only; optional in the download).
    public var group = "Staff group"
    /// The overall rating (evaluations only), a number from 1 to `ratingScale`.
    public var rating = "Overall rating"
    /// The highest rating the form allows.
    public var ratingScale = 5

    public init() {}
}
