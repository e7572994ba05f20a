import Yams

extension SiteSettings {
    /// An email address for staff (`contact`) or partner schools (`partners.contact`): `mailto:` is
    /// dropped, and anything that is not a plain address (`EmailAddress`) is an error at the
    /// character that is wrong, or at the value.
    static func readContact(_ reader: MappingReader, _ key: String, required: Bool, example: String, for who: String) -> String? {
        guard var contact = reader.string(key, required: required, example: example) else { return nil }
        var skipped = contact.unicodeScalars.count
        if contact.lowercased().hasPrefix("mailto:") { contact = String(contact.dropFirst("mailto:".count)) }
        skipped -= contact.unicodeScalars.count
        if let problem = EmailAddress.problem(with: contact) {
            let node = reader.value(key)
            let location = problem.offset.flatMap { characterLocation(node, written: contact, offset: skipped + $0, log: reader.log) }
                ?? reader.log.location(of: node)
            reader.log.append(.error(.invalidEmail, at: location, keyPath: reader.keyPath(key), problem.message,
                                     suggestion: "write the address \(who) should write to, e.g. \(key): \(example)"))
            return nil
        }
        return contact
    }

    /// Where the character `offset` scalars into a one-line value is in the file, when the value is
    /// written there as read (no escapes); nil otherwise, and the message goes at the value.
    private static func characterLocation(_ node: Node?, written text: String, offset: Int, log: FileDiagnostics) -> SourceLocation? {
        guard let node, let mark = node.mark, case .scalar(let scalar) = node,
              let line = log.file.line(mark.line + log.lineOffset) else { return nil }
        let source = Array(line.unicodeScalars)
        let quote = scalar.style == .singleQuoted || scalar.style == .doubleQuoted ? 1 : 0
        // Leading spaces inside quotes are trimmed from the value: skip them in the file too.
        var start = mark.column - 1 + quote
        while start < source.count, source[start] == " " { start += 1 }
        let column = start + offset
        let wanted = Array(scalar.string.trimmed(newlines: true).unicodeScalars)
        guard offset < wanted.count, column < source.count, source[column] == wanted[offset],
              Array(source[start..<column]) == Array(wanted[..<offset]) else { return nil }
        return log.file.location(line: mark.line + log.lineOffset, column: column + 1)
    }
}
