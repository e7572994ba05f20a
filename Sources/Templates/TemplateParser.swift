/// Compiles template text into a tree of ``TemplateNode``s.
///
/// A port of swift-mustache 2.1.1's parser to UTF-8 bytes, kept deliberately close to it (including
/// its standalone-line and indentation rules, quirks and all), because the site's output must not
/// change with the engine. Differences: unknown transforms and unclosed sections are reported at
/// their own tag, and messages are in words.
struct TemplateParser {
    let bytes: [UInt8]
    var position = 0

    /// What the parser knows about the section it is inside (swift-mustache's `ParserState`).
    struct State {
        var sectionName: String?
        var sectionTransforms: [String] = []
        /// The section's name as written (`empty(page.x)`), for messages.
        var sectionDisplayName = ""
        /// Where the open section's tag starts, for "never closed".
        var sectionTag: Range<Int> = 0..<0
        /// At the start of a line, or only just past a standalone tag.
        var newLine = true
        /// Inside `{{<parent}}…{{/parent}}`, at any depth.
        var isPartialDefinition = false
        /// Directly inside `{{<parent}}…{{/parent}}`, where `{{$name}}` defines an override.
        var isPartialDefinitionTopLevel = false
        var startDelimiter: [UInt8] = Array("{{".utf8)
        var endDelimiter: [UInt8] = Array("}}".utf8)
        /// The indentation of an override's first line, taken off each of its lines.
        var partialDefinitionIndent: Int?

        func withSectionName(_ name: ParsedName, tag: Range<Int>, newLine: Bool) -> State {
            var state = self
            state.sectionName = name.name
            state.sectionTransforms = name.transforms
            state.sectionDisplayName = name.written
            state.sectionTag = tag
            state.isPartialDefinitionTopLevel = false
            if !newLine { state.newLine = false }
            return state
        }

        func withInheritancePartial(_ name: String, tag: Range<Int>) -> State {
            var state = self
            state.sectionName = name
            state.sectionTransforms = []
            state.sectionDisplayName = name
            state.sectionTag = tag
            state.newLine = true
            state.isPartialDefinition = true
            state.isPartialDefinitionTopLevel = true
            return state
        }

        func withDelimiters(start: [UInt8], end: [UInt8]) -> State {
            var state = self
            state.startDelimiter = start
            state.endDelimiter = end
            state.isPartialDefinitionTopLevel = false
            return state
        }
    }

    init(_ text: String) {
        bytes = Array(text.utf8)
    }

    /// The whole template.
    mutating func parseTemplate() throws(TemplateSyntaxError) -> [TemplateNode] {
        do {
            return try parse(State(), inParent: false)
        } catch {
            throw error.located(in: bytes)
        }
    }

    /// Parses until the end of the template, or the closing tag of `state`'s section.
    /// `inParent`: directly inside `{{<parent}}`, where only overrides and text may appear.
    mutating func parse(_ initial: State, inParent: Bool) throws(TemplateParseFailure) -> [TemplateNode] {
        var nodes: [TemplateNode] = []
        var state = initial
        var whitespaceBefore = ""

        func append(_ node: TemplateNode, tag: Range<Int>) throws(TemplateParseFailure) {
            if inParent {
                switch node {
                case .text, .blockDefinition: break
                default:
                    throw TemplateParseFailure(
                        message: "only '{{$block}}…{{/block}}' overrides can go inside '{{<\(state.sectionName ?? "")}}', not \(describe(tag))",
                        offset: tag.lowerBound)
                }
            }
            nodes.append(node)
        }

        while !atEnd {
            if state.newLine {
                let whitespace = readSpacesAndTabs()
                if state.isPartialDefinition, !state.isPartialDefinitionTopLevel {
                    if let indent = state.partialDefinitionIndent {
                        whitespaceBefore = string(whitespace.dropFirst(indent))
                    } else {
                        state.partialDefinitionIndent = whitespace.count
                    }
                } else {
                    whitespaceBefore = string(whitespace)
                }
            }
            let textRange = readText(state)
            if let length = newlineLength(at: position) {
                try append(.text(whitespaceBefore + string(textRange) + string(position..<(position + length))), tag: textRange)
                state.newLine = true
                position += length
                continue
            }
            if !textRange.isEmpty {
                try append(.text(whitespaceBefore + string(textRange)), tag: textRange)
                whitespaceBefore = ""
                state.newLine = false
            }
            if atEnd { break }
            let tagStart = position - state.startDelimiter.count
            var setNewLine = false
            switch bytes[position] {
            case UInt8(ascii: "#"), UInt8(ascii: "^"):
                let inverted = bytes[position] == UInt8(ascii: "^")
                position += 1
                let name = try parseName(state)
                let tag = tagStart..<position
                let lookup = try makeLookup(name, tag: tag)
                if isStandalone(state) {
                    setNewLine = true
                } else if !whitespaceBefore.isEmpty {
                    try append(.text(whitespaceBefore), tag: tag)
                    whitespaceBefore = ""
                }
                let body = try parse(state.withSectionName(name, tag: tag, newLine: setNewLine), inParent: false)
                try append(inverted ? .invertedSection(lookup, body) : .section(lookup, body), tag: tag)

            case UInt8(ascii: "/"):
                position += 1
                let namePosition = position
                let name = try parseName(state)
                guard name.name == state.sectionName, name.transforms == state.sectionTransforms else {
                    let closing = describe(tagStart..<position)
                    let message = state.sectionName == nil
                        ? "\(closing) closes a section that was never opened"
                        : "\(closing) does not close \(describe(state.sectionTag)), opened on line \(line(of: state.sectionTag.lowerBound)) and not closed yet; close that first"
                    throw TemplateParseFailure(message: message, offset: namePosition)
                }
                if isStandalone(state) {
                    setNewLine = true
                } else if !whitespaceBefore.isEmpty {
                    try append(.text(whitespaceBefore), tag: tagStart..<position)
                    whitespaceBefore = ""
                }
                return nodes

            case UInt8(ascii: "!"):
                position += 1
                try skipComment(state, tagStart: tagStart)
                setNewLine = isStandalone(state)

            case UInt8(ascii: "{"), UInt8(ascii: "&"):
                let triple = bytes[position] == UInt8(ascii: "{")
                if !whitespaceBefore.isEmpty {
                    try append(.text(whitespaceBefore), tag: tagStart..<position)
                    whitespaceBefore = ""
                }
                position += 1
                let name = try parseName(state)
                if triple {
                    guard !atEnd, bytes[position] == UInt8(ascii: "}") else {
                        throw TemplateParseFailure(message: "'{{{' needs '}}}' to close it", offset: position)
                    }
                    position += 1
                }
                try append(.variable(try makeLookup(name, tag: tagStart..<position), escaped: false), tag: tagStart..<position)

            case UInt8(ascii: ">"):
                position += 1
                skipWhitespace()
                var dynamic = false
                if !atEnd, bytes[position] == UInt8(ascii: "*") {
                    position += 1
                    dynamic = true
                }
                var nameStart = position
                let name = try parsePartialName(state, start: &nameStart)
                let tag = tagStart..<position
                if !whitespaceBefore.isEmpty { try append(.text(whitespaceBefore), tag: tag) }
                let indentation: String? = isStandalone(state) ? whitespaceBefore : nil
                if indentation != nil { setNewLine = true }
                try append(.partial(name: name, dynamic: dynamic ? TemplateLookup(name: name, transforms: [], offset: nameStart) : nil,
                                    indentation: indentation, overrides: nil, offset: nameStart), tag: tag)
                whitespaceBefore = ""

            case UInt8(ascii: "<"):
                position += 1
                skipWhitespace()
                var nameStart = position
                let sectionName = try parsePartialName(state, start: &nameStart)
                let tag = tagStart..<position
                let dynamic = sectionName.first == "*"
                let name = dynamic ? String(sectionName.dropFirst()) : sectionName
                if !whitespaceBefore.isEmpty { try append(.text(whitespaceBefore), tag: tag) }
                if isStandalone(state) { setNewLine = true }
                let body = try parse(state.withInheritancePartial(sectionName, tag: tag), inParent: true)
                var overrides: [String: [TemplateNode]] = [:]
                var overrideOffsets: [String: Int] = [:]
                for case .blockDefinition(let blockName, let content, let offset) in body {
                    overrides[blockName] = content
                    overrideOffsets[blockName] = offset
                }
                try append(.partial(name: name, dynamic: dynamic ? TemplateLookup(name: name, transforms: [], offset: nameStart + 1) : nil,
                                    indentation: whitespaceBefore, overrides: overrides, overrideOffsets: overrideOffsets, offset: nameStart),
                           tag: tag)
                whitespaceBefore = ""

            case UInt8(ascii: "$"):
                position += 1
                let name = try parseName(state)
                let tag = tagStart..<position
                guard name.transforms.isEmpty else {
                    throw TemplateParseFailure(message: "a block (\(describe(tag))) cannot take a transform", offset: tagStart)
                }
                if state.isPartialDefinitionTopLevel {
                    if isStandalone(state) { setNewLine = true }
                    let body = try parse(state.withSectionName(name, tag: tag, newLine: setNewLine), inParent: false)
                    try append(.blockDefinition(name: name.name, body, offset: name.offset), tag: tag)
                } else {
                    if !whitespaceBefore.isEmpty { try append(.text(whitespaceBefore), tag: tag) }
                    if isStandalone(state) { setNewLine = true }
                    let body = try parse(state.withSectionName(name, tag: tag, newLine: setNewLine), inParent: false)
                    try append(.block(name: name.name, defaultContent: body, indentation: whitespaceBefore), tag: tag)
                    whitespaceBefore = ""
                }

            case UInt8(ascii: "="):
                position += 1
                state = try parseSetDelimiter(state, tagStart: tagStart)
                setNewLine = isStandalone(state)

            case UInt8(ascii: "%"):
                position += 1
                let node = try parsePragma(state, tagStart: tagStart)
                try append(node, tag: tagStart..<position)
                setNewLine = isStandalone(state)

            default:
                if !whitespaceBefore.isEmpty {
                    try append(.text(whitespaceBefore), tag: tagStart..<position)
                    whitespaceBefore = ""
                }
                let name = try parseName(state)
                try append(.variable(try makeLookup(name, tag: tagStart..<position), escaped: true), tag: tagStart..<position)
            }
            state.newLine = setNewLine
        }
        if state.sectionName != nil {
            let closing = String(decoding: state.startDelimiter, as: UTF8.self) + "/" + state.sectionDisplayName
                + String(decoding: state.endDelimiter, as: UTF8.self)
            throw TemplateParseFailure(message: "\(describe(state.sectionTag)) is never closed (with '\(closing)')",
                                       offset: state.sectionTag.lowerBound)
        }
        return nodes
    }

    /// The 1-based line `offset` is on, for messages that name a second place.
    func line(of offset: Int) -> Int {
        1 + bytes[..<min(offset, bytes.count)].reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
    }

    /// A tag's text for messages, shortened: `'{{#page.sessions}}'`.
    func describe(_ tag: Range<Int>) -> String {
        let text = string(tag.clamped(to: 0..<bytes.count))
        return "'" + (text.count > 60 ? text.prefix(57) + "…" : text) + "'"
    }
}
