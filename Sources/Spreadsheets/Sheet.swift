import Foundation

/// One table read from a form's download (Microsoft Forms' `.xlsx`, Google Forms' `.csv`): the
/// header row's column names and the responses under it, every cell as text.
///
/// Dates in an `.xlsx` (stored as day numbers with a date format) are given as ISO 8601 text
/// (`2027-03-25`, or `2027-03-25T09:30:00` when the cell has a time), so readers of either kind of
/// file see one form of date.
public struct Sheet: Sendable, Equatable {
    /// The first row's cells, as the form named its questions.
    public var header: [String]
    /// Every row under the header that has at least one non-empty cell, in file order.
    public var rows: [SheetRow]

    public init(header: [String], rows: [SheetRow]) {
        self.header = header
        self.rows = rows
    }

    /// The position of the column called `name`, compared without regard to case or to spaces at
    /// either end (forms add them); nil when no column has that name.
    public func column(named name: String) -> Int? {
        let wanted = Sheet.comparable(name)
        return header.firstIndex { Sheet.comparable($0) == wanted }
    }

    static func comparable(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }
}

/// One response: its cells, and where it is in its file so a message can point at it.
public struct SheetRow: Sendable, Equatable {
    /// In a `.csv`, the 1-based line on which the record starts (a quoted cell may span lines); in an
    /// `.xlsx`, the row number as Excel shows it.
    public var line: Int
    public var cells: [String]

    public init(line: Int, cells: [String]) {
        self.line = line
        self.cells = cells
    }

    /// The cell in `column`, or "" when the row is shorter.
    public subscript(column: Int) -> String {
        cells.indices.contains(column) ? cells[column] : ""
    }
}

/// Why a download could not be read: said in plain words, with the line (or row) where known.
public struct SpreadsheetError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The 1-based line (`.csv`) or row (`.xlsx`) where the problem is, when it is in one.
    public var line: Int?
    public var message: String

    public init(line: Int? = nil, message: String) {
        self.line = line
        self.message = message
    }

    public var description: String { line.map { "line \($0): \(message)" } ?? message }
}
