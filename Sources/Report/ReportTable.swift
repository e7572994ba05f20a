import Catalogue
import Site

/// One table of the report, made once and written twice: as an HTML table on the page and as a CSV
/// file beside it, so the two always hold the same numbers.
struct ReportTable: Sendable {
    /// The table's name: its CSV file's (`groups` → `groups.csv`) and, with `-table`, its anchor on the page.
    var name: String
    var caption: String
    var columns: [Column]
    /// Each row: its first cell names it.
    var rows: [[Cell]]

    struct Column: Sendable {
        var title: String
        var numeric: Bool
    }

    /// A cell as shown on the page, and as written in the CSV file (a number without its words).
    struct Cell: Sendable, Equatable {
        var shown: String
        var csv: CSVWriter.Cell
        var numeric: Bool

        static func text(_ text: String) -> Cell { Cell(shown: text, csv: .text(text), numeric: false) }
        static func number(_ value: Int) -> Cell { Cell(shown: String(value), csv: .number(String(value)), numeric: true) }
        /// A number shown with words around it (`12 (40%)`), written bare.
        static func number(_ value: Double, shown: String) -> Cell { Cell(shown: shown, csv: .decimal(value), numeric: true) }
        /// Nothing to show (no places given, no rating).
        static func blank(_ shown: String) -> Cell { Cell(shown: shown, csv: .text(""), numeric: true) }
    }

    var csvPath: String { name + ".csv" }
    var id: String { name + "-table" }

    /// The CSV file: UTF-8 with a byte-order mark, CRLF, RFC 4180 quoting (the site's `CSVWriter`).
    var csv: String {
        var writer = CSVWriter(header: columns.map(\.title))
        for row in rows { writer.row(row.map(\.csv)) }
        return String(decoding: writer.data, as: UTF8.self)
    }

    /// The table as the template shows it, with a link to its CSV file at `csvHref`.
    func view(csvLabel: String) -> ReportTableView {
        ReportTableView(
            id: id, caption: caption, headers: columns.map { ReportCellView(text: $0.title, numeric: $0.numeric) },
            rows: rows.map { row in
                ReportRowView(header: ReportCellView(text: row.first?.shown ?? "", numeric: false),
                              cells: row.dropFirst().map { ReportCellView(text: $0.shown, numeric: $0.numeric) })
            },
            csvHref: csvPath, csvLabel: csvLabel)
    }
}
