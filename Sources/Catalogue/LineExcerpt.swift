/// The part of a line a diagnostic quotes: the whole line when it is short, otherwise a window of
/// at most `width` characters around the column, with "…" where the line was cut.
///
/// A diagnostic never holds more than this of its line, so a file with thousands of mistakes on one
/// long line (a list of thousands of prerequisites written on one line) costs memory in proportion
/// to the mistakes, not mistakes × line length.
struct LineExcerpt: Equatable {
    /// The most Unicode scalars quoted from one line (the "…" markers not counted).
    static let width = 120
    /// How many of them come before the column when the line is cut: the mistake starts at the
    /// column, so most of the window shows what follows it.
    static let before = 40
    static let ellipsis = "…"

    /// The quoted text.
    var text: String
    /// 1-based position of the column in `text`, in characters (what a caret under it counts).
    var caretColumn: Int

    /// The excerpt of `bytes[line]` (UTF-8, no newline) around the byte offset `caret`, which must
    /// start a scalar inside the line or be its end. Costs O(width), however long the line.
    init(_ bytes: UnsafeBufferPointer<UInt8>, line: Range<Int>, caret: Int) {
        let caret = min(max(caret, line.lowerBound), line.upperBound)
        // Printable ASCII and tabs around the caret (nearly every quoted line): one scalar, and one
        // character, per byte, so the window is found by counting bytes and nothing is made visible.
        // The window below is the one the scalar walk finds when every byte in it is such a byte.
        let asciiStart = max(line.lowerBound, caret - LineExcerpt.before)
        let asciiEnd = min(line.upperBound, asciiStart + LineExcerpt.width)
        let windowStart = max(line.lowerBound, asciiStart - (LineExcerpt.width - (asciiEnd - asciiStart)))
        if UnsafeBufferPointer(rebasing: bytes[windowStart..<asciiEnd]).allSatisfy({ $0 == 0x09 || (0x20..<0x7F).contains($0) }) {
            let head = windowStart > line.lowerBound ? LineExcerpt.ellipsis : ""
            let tail = asciiEnd < line.upperBound ? LineExcerpt.ellipsis : ""
            let shown = String(decoding: UnsafeBufferPointer(rebasing: bytes[windowStart..<asciiEnd]), as: UTF8.self)
            text = head.isEmpty && tail.isEmpty ? shown : head + shown + tail
            caretColumn = head.count + (caret - windowStart) + 1
            return
        }
        var start = caret
        for _ in 0..<LineExcerpt.before where start > line.lowerBound { start = LineExcerpt.scalar(before: start, in: bytes, from: line.lowerBound) }
        var end = start
        var taken = 0
        while taken < LineExcerpt.width, end < line.upperBound {
            end = LineExcerpt.scalar(after: end, in: bytes, to: line.upperBound)
            taken += 1
        }
        // Near the end of the line: use the rest of the width before the column.
        while taken < LineExcerpt.width, start > line.lowerBound {
            start = LineExcerpt.scalar(before: start, in: bytes, from: line.lowerBound)
            taken += 1
        }
        let head = start > line.lowerBound ? LineExcerpt.ellipsis : ""
        let tail = end < line.upperBound ? LineExcerpt.ellipsis : ""
        let shown = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        let prefix = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<caret]), as: UTF8.self)
        text = head + LineExcerpt.visible(shown) + tail
        caretColumn = head.count + LineExcerpt.visible(prefix).count + 1
    }

    /// `text` with each control character replaced by one that can be seen (␛ for ESC, ␟ for U+001F,
    /// ␡ for DEL, � for the C1 controls), so that a quoted line never sends a control character to
    /// the terminal or the preview overlay, and the caret under it still lines up.
    static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: ControlCharacters.isForbidden) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard ControlCharacters.isForbidden(scalar) else { result.append(scalar); continue }
            switch scalar.value {
            case 0..<0x20: result.append(Unicode.Scalar(0x2400 + scalar.value) ?? "\u{FFFD}")
            case 0x7F: result.append("\u{2421}")
            default: result.append("\u{FFFD}")
            }
        }
        return String(result)
    }

    /// The excerpt of `line` at a 1-based `column` counted in characters (for lines quoted from
    /// elsewhere than a `SourceFile`: a template, a line that is not valid UTF-8). O(column).
    init(_ line: String, column: Int) {
        var line = line
        let index = line.index(line.startIndex, offsetBy: max(0, column - 1), limitedBy: line.endIndex) ?? line.endIndex
        let caret = line.utf8.distance(from: line.utf8.startIndex, to: index)
        self = line.withUTF8 { LineExcerpt($0, line: 0..<$0.count, caret: caret) }
    }

    private static func scalar(before offset: Int, in bytes: UnsafeBufferPointer<UInt8>, from lower: Int) -> Int {
        var offset = offset - 1
        while offset > lower, bytes[offset] & 0xC0 == 0x80 { offset -= 1 }
        return offset
    }

    private static func scalar(after offset: Int, in bytes: UnsafeBufferPointer<UInt8>, to upper: Int) -> Int {
        var offset = offset + 1
        while offset < upper, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
        return offset
    }
}
