extension SourceFile {
    /// The places in a Markdown link or picture (`[text](address)`, `![description](file.png)`,
    /// `<https://example.org>`) that
    /// messages point at: the address, the thing to fix in a link's mistake, and the description.
    struct LinkPlaces {
        /// The address inside the brackets, with its end on the same line (where the caret goes
        /// for a wrong, missing or refused address); the link's own place for a reference link.
        var address: SourceLocation
        /// Just after the `[`, where a picture's description is written.
        var text: SourceLocation
    }

    /// The places in the link that cmark says starts at the 1-based byte `byteColumn` of `line`
    /// (its `[`, or the `!` of a picture). Costs the link's own length, never the rest of the file.
    /// `indent`: bytes cut from the start of each line before the Markdown was read (a `|` text in
    /// site.yml), added back to every column.
    ///
    /// cmark (0.30) gives a link whose text runs over several lines the line of its `]` with the
    /// column of its `[`: the lines above are tried too, for a `[` there whose `]` is on `line`.
    func linkPlaces(line: Int, byteColumn: Int, indent: Int = 0) -> LinkPlaces {
        let start = location(line: line, byteColumn: byteColumn + indent)
        guard line >= 1, line <= lineCount else { return LinkPlaces(address: start, text: start) }
        for first in stride(from: line, through: max(1, line - 50), by: -1) {
            if let places = linkPlaces(startingOn: first, closingOn: line, byteColumn: byteColumn, indent: indent) { return places }
        }
        return LinkPlaces(address: start, text: start)
    }

    /// The places of a link whose `[` (or `![`) is at `byteColumn` of `line` and whose `]` is on
    /// `closing`; nil when there is none such.
    private func linkPlaces(startingOn line: Int, closingOn closing: Int, byteColumn: Int, indent: Int) -> LinkPlaces? {
        var text = text
        let found: (text: (Int, Int), address: (Int, Int, Int?))? = text.withUTF8 { bytes in
            var lineNumber = line
            var lineStart = lineRange(line).lowerBound
            var index = lineStart + byteColumn - 1 + indent
            guard byteColumn >= 1, index < lineRange(line).upperBound else { return nil }
            func byte(_ at: Int) -> UInt8? { at < bytes.count ? bytes[at] : nil }
            func advance() {
                if bytes[index] == 10 {
                    lineNumber += 1
                    lineStart = index + 1
                    index += 1 + min(indent, bytes[(index + 1)...].prefix(indent).prefix { $0 == 32 }.count)
                } else {
                    index += 1
                }
            }
            // An autolink, <https://example.org>: the address is all there is.
            if byte(index) == UInt8(ascii: "<"), line == closing {
                var end = index + 1
                while let current = byte(end), current != UInt8(ascii: ">"), current != 10 { end += 1 }
                let column = index - lineStart + 2
                return ((line, column), (line, column, end > index + 1 ? end - lineStart + 1 : nil))
            }
            if byte(index) == UInt8(ascii: "!") { index += 1 }
            guard byte(index) == UInt8(ascii: "[") else { return nil }
            advance()
            let textPlace = (lineNumber, index - lineStart + 1)
            var depth = 1
            while let current = byte(index), depth > 0 {
                if current == UInt8(ascii: "\\") { index += 1 }
                else if current == UInt8(ascii: "[") { depth += 1 }
                else if current == UInt8(ascii: "]") { depth -= 1 }
                if depth > 0, index < bytes.count { advance() }
            }
            guard depth == 0, lineNumber == closing, byte(index + 1) == UInt8(ascii: "(") else { return nil }
            index += 2
            while let current = byte(index), current == 32 || current == 9 || current == 10 { advance() }
            let addressLine = lineNumber, addressStart = index - lineStart + 1
            var end = index
            if byte(index) == UInt8(ascii: "<") {
                end = index + 1
                while let current = byte(end), current != UInt8(ascii: ">"), current != 10 { end += 1 }
                return (textPlace, (addressLine, addressStart + 1, end - lineStart + 1))
            }
            var parentheses = 0
            while let current = byte(end), current > 32 {
                if current == UInt8(ascii: "\\") { end += 2; continue }
                if current == UInt8(ascii: "(") { parentheses += 1 }
                if current == UInt8(ascii: ")") {
                    if parentheses == 0 { break }
                    parentheses -= 1
                }
                end += 1
            }
            return (textPlace, (addressLine, addressStart, end > index ? min(end, bytes.count) - lineStart + 1 : nil))
        }
        guard let found else { return nil }
        let textPlace = location(line: found.text.0, byteColumn: found.text.1)
        let (addressLine, addressColumn, addressEnd) = found.address
        let address = location(line: addressLine, byteColumn: addressColumn)
        let endColumn = addressEnd.map { location(line: addressLine, byteColumn: $0).column }
        return LinkPlaces(address: location(line: addressLine, column: address.column, endColumn: endColumn), text: textPlace)
    }
}
