import Yams

/// Invisible control characters (C0 U+0000–U+001F, DEL U+007F and C1 U+0080–U+009F) in settings
/// and texts. They are never meant: they arrive by pasting, or are typed as `"\u001f"` escapes, and
/// would otherwise land raw in page titles, headings, attributes, meta descriptions and the CSV
/// exports. Each is an error at its own line and column; a message shows it as U+XXXX, never raw.
package enum ControlCharacters {
    /// Whether `scalar` is a control character an editor cannot have meant. Tab and line break are
    /// the ordinary white space of multi-line texts and are allowed.
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value == 0x09 || value == 0x0A { return false }
        return value < 0x20 || (0x7F...0x9F).contains(value)
    }

    /// `U+001F`, how a message names a control character.
    package static func name(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// `text` with each control character shown as `U+001F`, for quoting an editor's text in a message.
    package static func visible(_ text: String) -> String {
        guard holdsForbidden(text) else { return text }
        return text.unicodeScalars.map { isForbidden($0) ? name($0) : String($0) }.joined()
    }

    /// The most control characters reported in one Markdown body, one message each; the rest are counted.
    static let bodyReportLimit = 10

    /// Whether `text` holds a forbidden scalar, looked for in its UTF-8 bytes: a byte below 0x20 but
    /// tab and line feed, 0x7F, or 0xC2 before 0x80…0x9F (U+0080…U+009F).
    static func holdsForbidden(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            func forbidden(at index: Int) -> Bool {
                let byte = bytes[index]
                return byte < 0x20 ? byte != 0x09 && byte != 0x0A : byte == 0x7F || (byte == 0xC2 && index + 1 < bytes.count && bytes[index + 1] <= 0x9F)
            }
            var index = 0
            // Eight bytes at a time: only a word with a byte below 0x20 or above 0x7E (a line feed,
            // a tab, anything not ASCII) is looked at byte by byte.
            if let base = bytes.baseAddress {
                let raw = UnsafeRawPointer(base)
                while index + 8 <= bytes.count {
                    let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                    let below = (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080
                    let above = ((word &+ 0x0101_0101_0101_0101) | word) & 0x8080_8080_8080_8080
                    if below | above != 0 {
                        for offset in index..<(index + 8) where forbidden(at: offset) { return true }
                    }
                    index += 8
                }
            }
            while index < bytes.count {
                if forbidden(at: index) { return true }
                index += 1
            }
            return false
        }
    }

    /// Reports each control character of a Markdown body at its line and column in the file.
    static func checkBody(_ body: String, bodyLineOffset: Int, log: FileDiagnostics) {
        guard holdsForbidden(body) else { return }
        var line = 1, column = 1, reported = 0, unreported = 0
        var last: SourceLocation?
        for scalar in body.unicodeScalars {
            defer {
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            }
            guard isForbidden(scalar) else { continue }
            guard reported < bodyReportLimit else { unreported += 1; continue }
            reported += 1
            let location = log.file.location(line: line + bodyLineOffset, column: column)
            last = location
            log.append(.error(.controlCharacter, at: location, keyPath: "body",
                              "the text holds an invisible control character (\(name(scalar))) at column \(column)",
                              suggestion: "delete it, or type the text around it again"))
        }
        if unreported > 0, let last {
            log.append(.error(.controlCharacter, at: last, keyPath: "body",
                              "the text holds \(unreported) more invisible control \(unreported == 1 ? "character" : "characters") after this one",
                              suggestion: "paste the text into Notepad first, then copy it from there, or type it again"))
        }
    }
}

extension FileDiagnostics {
    /// Reports every control character in the settings of a composed file, names and values alike,
    /// once for the whole tree: every text setting is covered, whichever reader reads it later.
    func reportControlCharacters(in root: Node) {
        FileDiagnostics.forEachScalar(in: root) { scalar, node, keyPath, isName in
            reportControlCharacters(in: scalar, node: node, keyPath: keyPath, isName: isName)
        }
    }

    /// Visits every scalar of a composed tree in file order, setting names (`isName`) and values,
    /// each with its key path (`sessions[1].venue`).
    static func forEachScalar(in root: Node, _ visit: (_ scalar: Node.Scalar, _ node: Node, _ keyPath: String, _ isName: Bool) -> Void) {
        var pending: [(node: Node, keyPath: String)] = [(root, "")]
        while let (node, keyPath) = pending.popLast() {
            switch node {
            case .scalar(let scalar):
                visit(scalar, node, keyPath, false)
            case .mapping(let mapping):
                for (key, value) in mapping.reversed() {
                    let name = key.scalar?.string ?? ""
                    let path = keyPath.isEmpty ? name : "\(keyPath).\(name)"
                    if let scalar = key.scalar { visit(scalar, key, path, true) }
                    pending.append((value, path))
                }
            case .sequence(let sequence):
                for (index, item) in sequence.enumerated().reversed() { pending.append((item, "\(keyPath)[\(index)]")) }
            case .alias:
                break
            }
        }
    }

    /// YAML refuses a file with a control character typed into it (rather than written as an
    /// escape) before any value is read: the error goes at the character, naming the setting of its
    /// line, instead of "the settings cannot be read" at line 1.
    func controlCharacterDiagnostic(_ yaml: String) -> Diagnostic? {
        var line = 1, column = 1
        for scalar in yaml.unicodeScalars {
            if ControlCharacters.isForbidden(scalar) {
                let text = file.line(line + lineOffset) ?? ""
                let key = text.drop { $0 == " " || $0 == "-" }.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
                let setting = !key.isEmpty && text.contains(key + ":") ? MappingReader.settingName(String(key)) : "this line"
                return .error(.controlCharacter, at: file.location(line: line + lineOffset, column: column),
                              "\(setting) holds an invisible control character (\(ControlCharacters.name(scalar))) at column \(column)",
                              suggestion: "delete it, or type the text again")
            }
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return nil
    }

    /// One message for a scalar that holds control characters, at the first of them.
    private func reportControlCharacters(in scalar: Node.Scalar, node: Node, keyPath: String, isName: Bool) {
        let scalars = scalar.string.unicodeScalars
        guard let first = scalars.first(where: ControlCharacters.isForbidden) else { return }
        let count = scalars.lazy.filter(ControlCharacters.isForbidden).count
        let place = ControlCharacterPlace.find(in: file, from: node.mark, lineOffset: lineOffset, quoted: scalar.style == .doubleQuoted)
        let location = place.map { file.location(line: $0.line, column: $0.column) } ?? self.location(of: node)
        let setting = isName ? "a setting name" : MappingReader.settingName(keyPath)
        let more = count > 1 ? " (and \(count - 1) more after it)" : ""
        let suggestion = place?.escape.map { "delete '\($0)' (it is written as an escape in quotes, and is never needed)" }
            ?? "delete it, or type the text again"
        append(.error(.controlCharacter, at: location, keyPath: keyPath,
                      "\(setting) holds an invisible control character (\(ControlCharacters.name(first))) at column \(location.column)\(more)",
                      suggestion: suggestion))
    }
}

extension MappingReader {
    /// How a message names the setting at `keyPath`: `sessions[1].venue` is "the venue",
    /// `cpd_hours` "the cpd hours", an item `stages[2]` "the stages list".
    static func settingName(_ keyPath: String) -> String {
        let last = keyPath.split(separator: ".").last.map(String.init) ?? ""
        let name = last.prefix { $0 != "[" }.replacingOccurrences(of: "_", with: " ")
        if name.isEmpty { return "the value" }
        return last.hasSuffix("]") ? "the \(name) list" : "the \(name)"
    }
}
