import Catalogue
import Foundation

/// A text file held as lines, edited in place so that every line not touched keeps its exact text:
/// comments, ordering, quoting and spacing survive. The byte-order mark and the line endings (LF or
/// CRLF) the file was saved with are kept when it is written back.
///
/// Line numbers are 1-based and the same as `SourceFile`'s (and so as a Yams mark plus the front
/// matter's line offset), because the text is normalised the same way.
struct EditableText: Sendable {
    private(set) var lines: [String]
    let lineEnding: String
    let hasByteOrderMark: Bool

    /// Decodes UTF-8 bytes (the caller has already checked they are UTF-8).
    init(_ data: Data) {
        var bytes = data[...]
        hasByteOrderMark = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        if hasByteOrderMark { bytes = bytes.dropFirst(3) }
        let raw = String(decoding: bytes, as: UTF8.self)
        lineEnding = raw.contains("\r\n") ? "\r\n" : "\n"
        lines = SourceFile.normalise(raw).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The normalised text (LF endings, no byte-order mark), as `SourceFile` holds it.
    var text: String { lines.joined(separator: "\n") }

    /// The bytes to write: the original byte-order mark and line endings.
    var data: Data {
        Data(((hasByteOrderMark ? "\u{FEFF}" : "") + lines.joined(separator: lineEnding)).utf8)
    }

    var lineCount: Int { lines.count }

    func line(_ number: Int) -> String { lines[number - 1] }

    /// Replaces the first `old` at or after `column` (1-based, in Unicode scalars as Yams counts) on
    /// line `number`. Returns false, changing nothing, when it is not there.
    @discardableResult
    mutating func replace(_ old: String, with new: String, line number: Int, from column: Int) -> Bool {
        guard number >= 1, number <= lines.count else { return false }
        let line = lines[number - 1]
        let scalars = line.unicodeScalars
        let start = scalars.index(scalars.startIndex, offsetBy: max(0, column - 1), limitedBy: scalars.endIndex) ?? scalars.endIndex
        guard let range = line.range(of: old, range: start..<line.endIndex) else { return false }
        lines[number - 1] = line.replacingCharacters(in: range, with: new)
        return true
    }

    /// Removes the text of line `number` from column `start` up to (not including) column `end`, both
    /// 1-based in Unicode scalars as Yams counts. Returns false, changing nothing, when out of range.
    @discardableResult
    mutating func removeColumns(line number: Int, from start: Int, to end: Int) -> Bool {
        guard number >= 1, number <= lines.count, start >= 1, end >= start else { return false }
        var scalars = Array(lines[number - 1].unicodeScalars)
        guard end - 1 <= scalars.count else { return false }
        scalars.removeSubrange((start - 1)..<(end - 1))
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        lines[number - 1] = String(view)
        return true
    }

    /// Applies `transform` to each line in `range`; returns whether any changed.
    @discardableResult
    mutating func transformLines(_ range: ClosedRange<Int>, _ transform: (String) -> String) -> Bool {
        var changed = false
        for number in range where number >= 1 && number <= lines.count {
            let new = transform(lines[number - 1])
            if new != lines[number - 1] {
                lines[number - 1] = new
                changed = true
            }
        }
        return changed
    }

    /// Replaces whole lines. Apply several from the bottom of the file up, so earlier numbers hold.
    mutating func replaceLines(_ range: ClosedRange<Int>, with replacement: [String]) {
        lines.replaceSubrange((range.lowerBound - 1)..<range.upperBound, with: replacement)
    }
}
