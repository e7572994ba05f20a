// The insides of tags: names with transforms, partial names, comments, set-delimiter and pragma tags.

/// A tag's name as swift-mustache splits it: `empty(page.x)` is the name `page.x` with the
/// transforms `["empty"]`; `even(index())` is the empty name with `["even", "index"]` (outermost first).
struct ParsedName: Equatable {
    var name: String
    var transforms: [String]
    /// As written in the tag, for messages.
    var written: String
    /// Where `written` starts in the template (a UTF-8 offset).
    var offset: Int
}

extension TemplateParser {
    /// Reads a name and the closing delimiter.
    mutating func parseName(_ state: State) throws(TemplateParseFailure) -> ParsedName {
        skipWhitespace()
        let start = position
        let written = string(read(while: .name))
        skipWhitespace()
        try readClosingDelimiter(state)
        let name = Array(written.utf8)
        var offset = 0
        func readPlain() -> String {
            let start = offset
            while offset < name.count, NameCharacters.plainName.contains(name[offset]) { offset += 1 }
            return String(decoding: name[start..<offset], as: UTF8.self)
        }
        let first = readPlain()
        if offset == name.count { return ParsedName(name: written, transforms: [], written: written, offset: start) }
        let malformed = TemplateParseFailure(
            message: "'\(written)' is not a name or a transform call such as 'empty(page.list)' or 'first()'", offset: position)
        guard name[offset] == UInt8(ascii: "(") else { throw malformed }
        offset += 1
        var transforms = [first]
        while true {
            let inner = readPlain()
            guard offset < name.count else { throw malformed }
            if name[offset] == UInt8(ascii: "(") {
                offset += 1
                transforms.append(inner)
                continue
            }
            guard name[offset] == UInt8(ascii: ")") else { throw malformed }
            offset += 1
            var closing = 1
            while offset < name.count, name[offset] == UInt8(ascii: ")") {
                offset += 1
                closing += 1
            }
            guard closing == transforms.count, offset == name.count else { throw malformed }
            return ParsedName(name: inner, transforms: transforms, written: written, offset: start)
        }
    }

    /// Compiles a parsed name, checking that every transform exists.
    func makeLookup(_ parsed: ParsedName, tag: Range<Int>) throws(TemplateParseFailure) -> TemplateLookup {
        var transforms: [TemplateTransform] = []
        for name in parsed.transforms.reversed() {
            guard let transform = TemplateTransform(rawValue: name) else {
                throw TemplateParseFailure(message: "unknown transform '\(name)()' in \(describe(tag)); the transforms are \(TemplateTransform.names)",
                                           offset: tag.lowerBound)
            }
            transforms.append(transform)
        }
        let lookup = TemplateLookup(name: parsed.name, transforms: transforms, offset: parsed.offset)
        if lookup.start == .listPosition, let first = transforms.first, !first.appliesToPosition {
            throw TemplateParseFailure(
                message: "'\(first.rawValue)()' needs a value, as in '\(first.rawValue)(page.list)'; only first(), last(), index(), even() and odd() read the list position",
                offset: tag.lowerBound)
        }
        return lookup
    }

    /// Reads a partial's or parent's name (which may hold `/`) and the closing delimiter; `start`
    /// is where the name begins.
    mutating func parsePartialName(_ state: State, start: inout Int) throws(TemplateParseFailure) -> String {
        skipWhitespace()
        start = position
        let name = string(read(while: .partialName))
        skipWhitespace()
        try readClosingDelimiter(state)
        return name
    }

    mutating func readClosingDelimiter(_ state: State) throws(TemplateParseFailure) {
        guard read(state.endDelimiter) else {
            let delimiter = String(decoding: state.endDelimiter, as: UTF8.self)
            let found = atEnd ? "the end of the template" : "'\(string(position..<min(position + 12, bytes.count)).prefix(while: { $0 != "\n" && $0 != "\r" }))'"
            throw TemplateParseFailure(
                message: "expected '\(delimiter)' to end the tag, found \(found) (names hold letters, digits and . - _ ? only)",
                offset: position)
        }
    }

    /// Moves past a comment's text and closing delimiter. Like swift-mustache, the search does not
    /// back up after a partial match of the delimiter.
    mutating func skipComment(_ state: State, tagStart: Int) throws(TemplateParseFailure) {
        let delimiter = state.endDelimiter
        var matched = 0
        while position < bytes.count {
            if bytes[position] == delimiter[matched] {
                matched += 1
                if matched == delimiter.count {
                    position += 1
                    return
                }
            } else {
                matched = 0
            }
            position += 1
        }
        throw TemplateParseFailure(message: "the comment \(describe(tagStart..<min(tagStart + 20, bytes.count))) is never closed with '\(String(decoding: delimiter, as: UTF8.self))'",
                                   offset: tagStart)
    }

    /// `{{=<% %>=}}`: new delimiters for the rest of the section.
    mutating func parseSetDelimiter(_ state: State, tagStart: Int) throws(TemplateParseFailure) -> State {
        let invalid = TemplateParseFailure(message: "a set-delimiter tag is written '{{=<% %>=}}': two delimiters, a space between, '=' at both ends",
                                           offset: tagStart)
        skipWhitespace()
        let start = position
        while !atEnd, !isWhitespace(at: position) { position += 1 }
        guard !atEnd else { throw invalid }
        let startDelimiter = Array(bytes[start..<position])
        skipWhitespace()
        let end = position
        while !atEnd, bytes[position] != UInt8(ascii: "="), !isWhitespace(at: position) { position += 1 }
        guard !atEnd else { throw invalid }
        let endDelimiter = Array(bytes[end..<position])
        skipWhitespace()
        guard read([UInt8(ascii: "=")]), read(state.endDelimiter), !startDelimiter.isEmpty, !endDelimiter.isEmpty else { throw invalid }
        return state.withDelimiters(start: startDelimiter, end: endDelimiter)
    }

    /// `{{% CONTENT_TYPE: TEXT }}` (no escaping) or `HTML`, swift-mustache's one pragma.
    mutating func parsePragma(_ state: State, tagStart: Int) throws(TemplateParseFailure) -> TemplateNode {
        let invalid = TemplateParseFailure(message: "the only pragma is '{{% CONTENT_TYPE: HTML }}' (or TEXT, for no escaping)",
                                           offset: tagStart)
        skipWhitespace()
        let variable = string(read(while: .plainName))
        skipWhitespace()
        guard read([UInt8(ascii: ":")]) else { throw invalid }
        skipWhitespace()
        let value = string(read(while: .plainName))
        skipWhitespace()
        guard read(state.endDelimiter), variable == "CONTENT_TYPE" else { throw invalid }
        switch value {
        case "HTML": return .contentType(escapesHTML: true)
        case "TEXT": return .contentType(escapesHTML: false)
        default: throw invalid
        }
    }
}
