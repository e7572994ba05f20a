import Yams

/// Settings written with no value: `title:`, `title: ~`, `provider: null`, `colour: #1f5c4f` (YAML
/// reads everything from a `#` after a space as a note, so the colour is gone), and list items that
/// are only `- `. Nothing an editor writes may vanish in silence, so each is an error at its place.
///
/// Optional settings too: an empty line is either unfinished or a value lost to a note, and
/// Prospectus cannot tell which. Like an unknown setting, it stops the build rather than publish a
/// guess; the fix is one edit ("give it a value, or remove the line").
extension MappingReader {
    /// True for a value left empty: nothing, `~` or `null`, written without quotes.
    static func isEmptyValue(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain else { return false }
        return scalar.string.isEmpty || scalar.string == "~" || scalar.string == "null"
    }

    /// The suggestion for an optional setting with no value.
    static func giveAValue(_ key: String) -> String {
        "give it a value (\(key): …), or remove the line if it is not needed"
    }

    /// Looks at every known setting of this mapping written with no value. A value lost to a `#` is
    /// reported at once; the others wait in the file's log, so that `missing` can say "'title' is
    /// empty" with an example for a required one, and an optional one is reported as it is.
    func noteEmptyValues(_ known: [String]) {
        for (keyNode, value) in mapping {
            guard let key = keyNode.string, known.contains(key), MappingReader.isEmptyValue(value) else { continue }
            let path = keyPath(key)
            guard !log.emptyReported.contains(path), log.emptyValues[path] == nil else { continue }
            if let note = MappingReader.note(after: value, log: log) {
                if let lost = MappingReader.lostValue(note.text) {
                    log.emptyReported.insert(path)
                    log.append(.error(.valueLostToNote, at: log.location(line: note.line, column: note.column), keyPath: path,
                                      "'\(key)' is empty: '\(lost.prefix(40))' starts with '#', so it is read as a note",
                                      suggestion: "put the \(key.replacingOccurrences(of: "_", with: " ")) in quotes: \(key): \"\(lost)\""))
                    continue
                }
                log.emptyValues[path] = .error(.emptyValue, at: log.location(of: value), keyPath: path, emptyMessage(key),
                                               suggestion: MappingReader.giveAValue(key))
            } else {
                log.emptyValues[path] = .error(.emptyValue, at: log.location(of: value), keyPath: path, emptyMessage(key),
                                               suggestion: MappingReader.giveAValue(key))
            }
        }
    }

    /// "'title' is empty", saying what stands in its place: `~`, `null`, or a note.
    func emptyMessage(_ key: String) -> String {
        if noteAfter(key) != nil { return "'\(key)' is empty (only a note, starting with '#', follows it)" }
        if let written = values[key]?.scalar?.string, !written.isEmpty { return "'\(key)' is empty ('\(written)' means no value)" }
        return "'\(key)' is empty"
    }

    /// True when `key` is written in this mapping with no value.
    func isWrittenEmpty(_ key: String) -> Bool {
        values[key].map(MappingReader.isEmptyValue) ?? false
    }

    /// The note after `key` when its value is empty.
    func noteAfter(_ key: String) -> (text: String, line: Int, column: Int)? {
        values[key].flatMap { MappingReader.note(after: $0, log: log) }
    }

    /// A list item with nothing after its `- ` (or only a note): an error at the item.
    static func reportEmptyItem(_ node: Node, keyPath: String, log: FileDiagnostics, what: String) {
        guard log.emptyReported.insert(keyPath).inserted else { return }
        if let note = note(after: node, log: log), let lost = lostValue(note.text) {
            log.append(.error(.valueLostToNote, at: log.location(line: note.line, column: note.column), keyPath: keyPath,
                              "the list item is empty: '\(lost.prefix(40))' starts with '#', so it is read as a note",
                              suggestion: "put it in quotes: - \"\(lost)\""))
            return
        }
        log.error(.emptyListItem, "the list has an empty item ('-' with nothing after it)", at: node, keyPath: keyPath,
                  suggestion: "remove the line with the lone '-', or write \(what) after it")
    }

    /// The note (`#` to the end of the line) that follows an empty value on its own line, with the
    /// file line and column of its `#`.
    static func note(after node: Node, log: FileDiagnostics) -> (text: String, line: Int, column: Int)? {
        guard let mark = node.mark, let line = log.file.line(mark.line + log.lineOffset) else { return nil }
        let scalars = Array(line.unicodeScalars)
        var index = max(0, mark.column - 1)
        while index < scalars.count, scalars[index] == " " || scalars[index] == "\t" { index += 1 }
        guard index < scalars.count, scalars[index] == "#" else { return nil }
        var text = String.UnicodeScalarView(scalars[index...])
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return (String(text), mark.line + log.lineOffset, index + 1)
    }

    /// The value an editor meant, when a note looks like one: `#1f5c4f`, `#2`. A note written the
    /// usual way (`# who delivers it`, with a space after the `#`) is not a lost value.
    static func lostValue(_ note: String) -> String? {
        let rest = note.dropFirst()
        guard let first = rest.first, first != " ", first != "#" else { return nil }
        // `colour: #1f5c4f   # the trust's green`: the value ends where a real note begins (a `#`
        // after white space), so the fix quotes the colour alone and the note stays a note.
        var value = Substring(note)
        if let range = note.range(of: #"[ \t]+#"#, options: .regularExpression) { value = note[..<range.lowerBound] }
        while value.last == " " || value.last == "\t" { value.removeLast() }
        return String(value)
    }
}
