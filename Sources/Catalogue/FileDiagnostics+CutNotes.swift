import Yams

extension FileDiagnostics {
    /// Warns where a plain value (not in quotes) is followed on its line by ` #…`: YAML reads the
    /// rest of the line as a note, so `title: Paediatric First Aid # Level 2` publishes as
    /// "Paediatric First Aid". The warning is at the `#`.
    ///
    /// A note written as a note, with two or more spaces before the `#` and a space after it
    /// (`audience: staff   # trust staff only`, as the sample offer writes them), is left alone; so are whole-line
    /// notes, notes after a quoted value, a `[list]`, a `|` text, and a value that starts with `#`
    /// (reported as an error: the value is empty).
    func warnAboutCutNotes(in root: Node) {
        FileDiagnostics.forEachScalar(in: root) { scalar, node, path, isName in
            guard !isName, scalar.style == .plain, !scalar.string.isEmpty, !scalar.string.contains("\n"),
                  let mark = node.mark, let column = noteColumn(after: scalar.string, line: mark.line + lineOffset, column: mark.column)
            else { return }
            let line = mark.line + lineOffset
            let text = file.line(line) ?? ""
            let note = String(String.UnicodeScalarView(text.unicodeScalars.dropFirst(column - 1)))
            var location = file.location(line: line, column: column)
            location.end(at: note, in: text)
            append(.warning(.valueCutByNote, at: location, keyPath: path,
                            "the text from '\(String(String.UnicodeScalarView(note.unicodeScalars.prefix(30))))' on is read as a note, so it will not be published",
                            suggestion: "to keep it, put the whole value in double quotes: \"\(scalar.string) \(note)\"; if it is a note, leave two spaces before the #"))
        }
    }

    /// The column of a `#` that cuts the plain value `value` written at `column` of `line`: one
    /// space before it, or no space after it (`#2`). Nil when none follows, or it reads as a note.
    private func noteColumn(after value: String, line: Int, column: Int) -> Int? {
        // No '#' on the line (nearly every value): nothing to look for, and no array of its scalars.
        guard let text = file.line(line), text.utf8.contains(UInt8(ascii: "#")) else { return nil }
        let scalars = Array(text.unicodeScalars)
        let written = Array(value.unicodeScalars)
        let start = column - 1
        guard start >= 0, start + written.count <= scalars.count,
              Array(scalars[start..<(start + written.count)]) == written else { return nil }
        var index = start + written.count
        var spaces = 0
        while index < scalars.count, scalars[index] == " " || scalars[index] == "\t" {
            spaces += 1
            index += 1
        }
        guard spaces >= 1, index < scalars.count, scalars[index] == "#" else { return nil }
        let after = index + 1 < scalars.count ? scalars[index + 1] : " "
        guard spaces == 1 || (after != " " && after != "\t") else { return nil }
        return index + 1
    }
}
