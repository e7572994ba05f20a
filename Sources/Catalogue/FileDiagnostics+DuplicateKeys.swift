extension FileDiagnostics {
    /// A key written twice in one mapping. Yams names the first copy (of the alphabetically first
    /// key); the editor has just added the second, so the message goes there and names both lines.
    /// Several keys each given twice are usually a second list item written without its `- `: the
    /// message goes where that item starts.
    func duplicateKeysDiagnostic(_ keys: [String], firstLine: Int, firstColumn: Int, yaml: String) -> Diagnostic {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        // Every key of the mapping starts at the column of the copy Yams names.
        let column = firstColumn
        let layout = lines.map(KeyLine.init)
        var copies: [(key: String, first: Int, second: Int)] = []
        // Each key is looked for once; a pasted block of thousands of keys costs no more than 20 scans.
        for key in keys.prefix(20) {
            if let (first, second) = Self.copies(of: key, column: column, from: firstLine, in: lines, layout: layout) {
                copies.append((key, first, second))
            }
        }
        let quoted = keys.map { "'\($0)'" }
        guard let earliest = copies.min(by: { $0.second < $1.second }) else {
            let list = quoted.count == 1 ? quoted[0] : quoted.dropLast().joined(separator: ", ") + " and " + quoted[quoted.count - 1]
            return .error(.duplicateKey, at: file.location(line: firstLine + lineOffset, column: firstColumn),
                          "\(list) \(quoted.count == 1 ? "is" : "are each") given twice here", suggestion: "keep one of them and delete the other")
        }
        let second = earliest.second + lineOffset, first = earliest.first + lineOffset
        if keys.count == 1 {
            return .error(.duplicateKey, at: file.location(line: second, column: column),
                          "'\(earliest.key)' is given twice: here on line \(second), and on line \(first)",
                          suggestion: "keep one of them and delete the other")
        }
        let list = quoted.dropLast().joined(separator: ", ") + " and " + quoted[quoted.count - 1]
        return .error(.duplicateKey, at: file.location(line: second, column: column),
                      "\(list) are each given twice: again from line \(second), first from line \(first)",
                      suggestion: "if line \(second) starts a new item of a list (a second session, say), start it with '- '")
    }

    /// The 1-based YAML lines of the first two copies of `key` at `column` in the mapping that
    /// holds line `from`.
    private static func copies(of key: String, column: Int, from: Int, in lines: [Substring], layout: [KeyLine]) -> (Int, Int)? {
        guard from >= 1, from <= lines.count, column >= 1 else { return nil }
        // Back to the mapping's first line: a line whose key is further left, or a new list item, ends it.
        var first = from
        while first > 1, !layout[from - 1].listItem {
            let above = layout[first - 2]
            if above.isBlank || above.column > column { first -= 1; continue }
            if above.column < column { break }
            first -= 1
            if above.listItem { break }
        }
        var found: [Int] = []
        for number in first...lines.count {
            let line = layout[number - 1]
            if line.isBlank { continue }
            if number > first, line.column < column || (line.column == column && line.listItem) { break }
            guard line.column == column else { continue }
            let text = lines[number - 1].dropFirst(column - 1)
            for written in [key, "\"\(key)\"", "'\(key)'"] where text.hasPrefix(written) {
                if text.dropFirst(written.count).drop(while: { $0 == " " }).first == ":" { found.append(number) }
            }
            if found.count == 2 { return (found[0], found[1]) }
        }
        return nil
    }
}

/// Where a YAML line's key starts (after its indentation and any `- ` markers), and whether it
/// starts a list item.
private struct KeyLine {
    var column: Int
    var listItem: Bool
    var isBlank: Bool

    init(_ line: Substring) {
        var index = line.startIndex
        var column = 1
        var listItem = false
        while index < line.endIndex, line[index] == " " { index = line.index(after: index); column += 1 }
        while line[index...].hasPrefix("- ") {
            listItem = true
            index = line.index(index, offsetBy: 2)
            column += 2
            while index < line.endIndex, line[index] == " " { index = line.index(after: index); column += 1 }
        }
        self.column = column
        self.listItem = listItem
        isBlank = index == line.endIndex || line[index] == "#"
    }
}
