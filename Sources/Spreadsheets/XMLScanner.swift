/// A small pull tokenizer for the XML inside an `.xlsx`: start tags (with attributes), end tags
/// and text, names without their namespace prefix (`x:c` and `c` are both `c`).
///
/// Comments, processing instructions and a DOCTYPE are skipped (no entity in a DOCTYPE is ever
/// expanded); CDATA is text. The five named entities and numeric character references are
/// decoded; an unknown entity is kept as written. Input must be UTF-8 (as Office writes it).
struct XMLScanner {
    enum Event {
        case start(XMLTag)
        case end(name: String)
        case text(String)
    }

    private let b: [UInt8]
    private var i = 0
    private var pendingEnd: String?

    init(_ bytes: [UInt8]) {
        b = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
    }

    /// The next event, nil at the end, or an error for markup that is cut short or malformed.
    mutating func next() throws(SpreadsheetError) -> Event? {
        if let name = pendingEnd {
            pendingEnd = nil
            return .end(name: name)
        }
        while i < b.count {
            guard b[i] == UInt8(ascii: "<") else {
                let start = i
                while i < b.count && b[i] != UInt8(ascii: "<") { i += 1 }
                return .text(Self.decode(b[start..<i]))
            }
            if startsWith("<!--") {
                try skip(past: "-->")
            } else if startsWith("<![CDATA[") {
                let start = i + 9
                try skip(past: "]]>")
                return .text(String(decoding: b[start..<i - 3], as: UTF8.self))
            } else if startsWith("<?") {
                try skip(past: "?>")
            } else if startsWith("<!") {
                try skipDeclaration()
            } else if i + 1 < b.count && b[i + 1] == UInt8(ascii: "/") {
                i += 2
                let name = try readName()
                skipSpace()
                guard i < b.count && b[i] == UInt8(ascii: ">") else { throw malformed("an end tag that is not closed") }
                i += 1
                return .end(name: name)
            } else {
                i += 1
                return .start(try readStartTag())
            }
        }
        return nil
    }

    /// Skips to the end tag matching the start tag just read (for parts of no interest).
    mutating func skipElement() throws(SpreadsheetError) {
        var depth = 1
        while depth > 0, let event = try next() {
            switch event {
            case .start: depth += 1
            case .end: depth -= 1
            case .text: break
            }
        }
    }

    private mutating func readStartTag() throws(SpreadsheetError) -> XMLTag {
        let name = try readName()
        var attributes: [(name: String, value: String)] = []
        while true {
            skipSpace()
            guard i < b.count else { throw malformed("a tag cut short") }
            if b[i] == UInt8(ascii: ">") {
                i += 1
                return XMLTag(name: name, attributes: attributes)
            }
            if b[i] == UInt8(ascii: "/") {
                guard i + 1 < b.count && b[i + 1] == UInt8(ascii: ">") else { throw malformed("a tag cut short") }
                i += 2
                pendingEnd = name
                return XMLTag(name: name, attributes: attributes)
            }
            let attribute = try readName()
            skipSpace()
            guard i < b.count && b[i] == UInt8(ascii: "=") else { throw malformed("an attribute with no value") }
            i += 1
            skipSpace()
            guard i < b.count, b[i] == UInt8(ascii: "\"") || b[i] == UInt8(ascii: "'") else { throw malformed("an attribute value with no quotes") }
            let quote = b[i]
            i += 1
            let start = i
            while i < b.count && b[i] != quote { i += 1 }
            guard i < b.count else { throw malformed("an attribute value that is not closed") }
            attributes.append((attribute, Self.decode(b[start..<i])))
            i += 1
        }
    }

    /// A name, without its prefix.
    private mutating func readName() throws(SpreadsheetError) -> String {
        let start = i
        var local = i
        while i < b.count {
            let c = b[i]
            if c == UInt8(ascii: ">") || c == UInt8(ascii: "/") || c == UInt8(ascii: "=") || c <= 0x20 { break }
            if c == UInt8(ascii: "<") || c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") { throw malformed("a name with markup in it") }
            if c == UInt8(ascii: ":") { local = i + 1 }
            i += 1
        }
        guard i > start, local < i else { throw malformed("a tag with no name") }
        return String(decoding: b[local..<i], as: UTF8.self)
    }

    private mutating func skipSpace() {
        while i < b.count && (b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0A || b[i] == 0x0D) { i += 1 }
    }

    private func startsWith(_ text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard b.count - i >= count else { return false }
        let p = text.utf8Start
        for k in 0..<count where b[i + k] != p[k] { return false }
        return true
    }

    private mutating func skip(past end: StaticString) throws(SpreadsheetError) {
        while i < b.count {
            if startsWith(end) {
                i += end.utf8CodeUnitCount
                return
            }
            i += 1
        }
        throw malformed("a comment, CDATA or instruction that is not closed")
    }

    /// `<!DOCTYPE …>`, with any internal subset in brackets.
    private mutating func skipDeclaration() throws(SpreadsheetError) {
        var brackets = 0
        while i < b.count {
            switch b[i] {
            case UInt8(ascii: "["): brackets += 1
            case UInt8(ascii: "]"): brackets -= 1
            case UInt8(ascii: ">") where brackets <= 0:
                i += 1
                return
            default: break
            }
            i += 1
        }
        throw malformed("a declaration that is not closed")
    }

    private func malformed(_ what: String) -> SpreadsheetError {
        SpreadsheetError(message: "The workbook is damaged: its XML has \(what) (at byte \(i)).")
    }

    /// Text with its entities and character references decoded.
    static func decode(_ text: ArraySlice<UInt8>) -> String {
        guard text.contains(UInt8(ascii: "&")) else { return String(decoding: text, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(text.count)
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            guard c == UInt8(ascii: "&"), let semicolon = text[i..<min(i + 12, text.endIndex)].firstIndex(of: UInt8(ascii: ";")),
                  let scalar = entity(text[i + 1 ..< semicolon]) else {
                out.append(c)
                i += 1
                continue
            }
            out.append(contentsOf: String(Character(scalar)).utf8)
            i = semicolon + 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func entity(_ name: ArraySlice<UInt8>) -> Unicode.Scalar? {
        switch String(decoding: name, as: UTF8.self) {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        case let reference where reference.hasPrefix("#"):
            let digits = reference.dropFirst()
            let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            guard let value, value != 0 else { return nil }
            return Unicode.Scalar(value) ?? "\u{FFFD}"
        default: return nil
        }
    }
}

/// A start tag: its name (without prefix) and attributes (likewise), values decoded.
struct XMLTag {
    var name: String
    var attributes: [(name: String, value: String)]

    subscript(attribute: String) -> String? {
        attributes.first { $0.name == attribute }?.value
    }
}
