import Catalogue
import Foundation
#if canImport(FoundationXML)
import FoundationXML
import JSON
import TestSupport
#endif

/// Reads every file of a built site the way a browser, a spreadsheet or a calendar would, and
/// reports anything executable or unsafe: script elements other than the site's own, event-handler
/// attributes, dangerous URL schemes in any URL-bearing attribute or field, CSV cells that a
/// spreadsheet would evaluate, iCalendar values that break out of their property, and SVG that could
/// run script or fetch from elsewhere.
///
/// Each finding is one line, `path: what`, so a failure message lists every problem at once.
enum OutputScanner {
    /// Scans every file under `output`.
    static func scan(_ output: URL) throws -> [String] {
        var findings: [String] = []
        let files = try treeSnapshot(output)
        for (path, data) in files.sorted(by: { $0.key < $1.key }) {
            findings += scan(path: path, data: data)
        }
        return findings
    }

    static func scan(path: String, data: Data) -> [String] {
        // Published pictures and documents are binary: each must be of the kind its name says (SVG,
        // written by the sanitiser, is text and scanned below).
        if path.hasPrefix("files/"), let format = MediaFormat(fileName: path), format != .svg {
            return format.matches(data) ? [] : ["\(path): is not a \(format.rawValue) file"]
        }
        if data.contains(0) { return ["\(path): contains a NUL byte"] }
        guard let text = String(validating: data, as: UTF8.self) else { return ["\(path): is not UTF-8"] }
        let findings: [String]
        switch (path as NSString).pathExtension {
        case "html": findings = scanHTML(text)
        case "csv": findings = scanCSV(text)
        case "ics": findings = scanICalendar(text)
        case "json": findings = scanJSON(text)
        case "xml": findings = scanXML(data)
        case "svg": findings = scanSVG(data)
        case "js":
            findings = path == "assets/search-index.js" ? scanSearchIndex(text)
                : path.hasPrefix("assets/search/") ? scanSearchPiece(text)
                : path.hasPrefix("assets/course-filters/") ? scanFiltersPiece(text) : []
        default: findings = []
        }
        return findings.map { "\(path): \($0)" }
    }

    // MARK: URLs

    /// `webcal:` is a calendar subscription (the site's own https address, site.yml `url`, with the
    /// scheme calendar apps open): it runs nothing.
    static let safeSchemes: Set<String> = ["http", "https", "mailto", "webcal"]

    /// Nil when a browser following `raw` (an attribute value after entity decoding) would go to an
    /// http, https, webcal or mailto address, or stay inside the site; otherwise why not.
    static func urlProblem(_ raw: String) -> String? {
        // What browsers do before parsing: strip leading and trailing C0 controls and spaces, and
        // remove every tab and line break anywhere.
        var scalars = Array(raw.unicodeScalars)
        while let first = scalars.first, first.value <= 0x20 { scalars.removeFirst() }
        while let last = scalars.last, last.value <= 0x20 { scalars.removeLast() }
        scalars.removeAll { $0 == "\t" || $0 == "\n" || $0 == "\r" }
        let cleaned = String(String.UnicodeScalarView(scalars)).lowercased()
        guard let colon = cleaned.firstIndex(of: ":") else { return nil }
        let scheme = cleaned[..<colon]
        guard let first = scheme.first, first.isASCII, first.isLetter,
              scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }) else {
            return nil   // no scheme: a relative address
        }
        return safeSchemes.contains(String(scheme)) ? nil : "unsafe URL scheme '\(scheme):' in '\(raw.prefix(80))'"
    }

    /// Decodes the character references a browser decodes in an attribute value.
    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        let named: [String: String] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "colon": ":",
                                       "tab": "\t", "newline": "\n", "nbsp": "\u{A0}", "sol": "/", "lpar": "(", "rpar": ")"]
        var result = ""
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            guard character == "&" else {
                result.append(character)
                index = text.index(after: index)
                continue
            }
            let rest = text[text.index(after: index)...]
            let end = rest.firstIndex(where: { !($0.isASCII && ($0.isLetter || $0.isNumber || $0 == "#")) }) ?? rest.endIndex
            let name = String(rest[..<end])
            var replacement: String?
            if name.hasPrefix("#x") || name.hasPrefix("#X") {
                replacement = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
            } else if name.hasPrefix("#") {
                replacement = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
            } else {
                replacement = named[name.lowercased()]
            }
            if let replacement {
                result += replacement
                index = end < rest.endIndex && rest[end] == ";" ? rest.index(after: end) : end
            } else {
                result.append(character)
                index = text.index(after: index)
            }
        }
        return result
    }

    // MARK: HTML

    /// A start tag as a browser's tokenizer sees it.
    struct Tag {
        var name: String
        var attributes: [(name: String, value: String)]
        /// For script, style, textarea and title: the raw text up to the end tag.
        var rawText: String?

        func attribute(_ name: String) -> String? { attributes.first { $0.name == name }?.value }
    }

    /// Start tags in document order, following the HTML tokenizer closely enough for generated pages:
    /// comments and doctypes are skipped, attribute values may be quoted or not, and the contents of
    /// raw-text elements (script, style) and escapable raw text (textarea, title) are not tags.
    static func tags(in html: String) -> [Tag] {
        let bytes = Array(html.utf8)
        var tags: [Tag] = []
        var index = 0
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D }
        func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
        func text(_ from: Int, _ to: Int) -> String { String(decoding: bytes[from..<to], as: UTF8.self) }
        func find(_ needle: [UInt8], from: Int, caseInsensitive: Bool = false) -> Int? {
            guard needle.count <= bytes.count else { return nil }
            var position = from
            while position + needle.count <= bytes.count {
                var matched = true
                for offset in 0..<needle.count {
                    var byte = bytes[position + offset]
                    if caseInsensitive, (0x41...0x5A).contains(byte) { byte += 32 }
                    if byte != needle[offset] { matched = false; break }
                }
                if matched { return position }
                position += 1
            }
            return nil
        }
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<"), index + 1 < bytes.count else { index += 1; continue }
            let next = bytes[index + 1]
            if next == UInt8(ascii: "!") {
                if index + 3 < bytes.count, bytes[index + 2] == UInt8(ascii: "-"), bytes[index + 3] == UInt8(ascii: "-") {
                    index = (find(Array("-->".utf8), from: index + 4) ?? bytes.count - 3) + 3
                } else {
                    index = (find([UInt8(ascii: ">")], from: index) ?? bytes.count - 1) + 1
                }
                continue
            }
            if next == UInt8(ascii: "/") || next == UInt8(ascii: "?") {
                index = (find([UInt8(ascii: ">")], from: index) ?? bytes.count - 1) + 1
                continue
            }
            guard isLetter(next) else { index += 1; continue }
            var cursor = index + 1
            while cursor < bytes.count, !isSpace(bytes[cursor]), bytes[cursor] != UInt8(ascii: "/"), bytes[cursor] != UInt8(ascii: ">") {
                cursor += 1
            }
            var tag = Tag(name: text(index + 1, cursor).lowercased(), attributes: [], rawText: nil)
            // Attributes.
            while cursor < bytes.count {
                while cursor < bytes.count, isSpace(bytes[cursor]) || bytes[cursor] == UInt8(ascii: "/") { cursor += 1 }
                guard cursor < bytes.count, bytes[cursor] != UInt8(ascii: ">") else { break }
                let nameStart = cursor
                cursor += 1   // the first character may be '=' or a quote: it is part of the name
                while cursor < bytes.count, !isSpace(bytes[cursor]), bytes[cursor] != UInt8(ascii: "/"),
                      bytes[cursor] != UInt8(ascii: ">"), bytes[cursor] != UInt8(ascii: "=") {
                    cursor += 1
                }
                let name = text(nameStart, cursor).lowercased()
                var probe = cursor
                while probe < bytes.count, isSpace(bytes[probe]) { probe += 1 }
                var value = ""
                if probe < bytes.count, bytes[probe] == UInt8(ascii: "=") {
                    cursor = probe + 1
                    while cursor < bytes.count, isSpace(bytes[cursor]) { cursor += 1 }
                    if cursor < bytes.count, bytes[cursor] == UInt8(ascii: "\"") || bytes[cursor] == UInt8(ascii: "'") {
                        let quote = bytes[cursor]
                        let close = bytes[(cursor + 1)...].firstIndex(of: quote) ?? bytes.count
                        value = text(cursor + 1, close)
                        cursor = min(bytes.count, close + 1)
                    } else {
                        let start = cursor
                        while cursor < bytes.count, !isSpace(bytes[cursor]), bytes[cursor] != UInt8(ascii: ">") { cursor += 1 }
                        value = text(start, cursor)
                    }
                }
                tag.attributes.append((name, decodeEntities(value)))
            }
            index = min(bytes.count, cursor + 1)
            if ["script", "style", "textarea", "title", "xmp", "noembed", "noframes", "iframe", "plaintext"].contains(tag.name) {
                let closing = Array("</\(tag.name)".utf8)
                let end = find(closing, from: index, caseInsensitive: true) ?? bytes.count
                tag.rawText = text(index, end)
                index = end
            }
            tags.append(tag)
        }
        return tags
    }

    /// Elements that run code or load active content, which content must never produce.
    static let forbiddenElements: Set<String> = ["iframe", "frame", "frameset", "object", "embed", "applet", "base", "svg",
                                                 "math", "portal", "xmp", "plaintext", "noembed", "noframes"]
    /// Attributes whose value is a URL a browser may follow or load.
    static let urlAttributes: Set<String> = ["href", "src", "action", "formaction", "poster", "data", "cite", "background",
                                             "xlink:href", "manifest", "ping", "codebase", "longdesc", "lowsrc", "dynsrc"]

    static func scanHTML(_ html: String) -> [String] {
        var findings: [String] = []
        for tag in tags(in: html) {
            let name = tag.name
            if forbiddenElements.contains(name) { findings.append("<\(name)> element") }
            if name == "script" {
                if let src = tag.attribute("src") {
                    let ownScript = (try? /(?:\.\.\/)*assets\/[a-z0-9-]+\.js(?:\?v=[0-9a-f]+)?/.wholeMatch(in: src)) != nil
                    if !ownScript { findings.append("<script src=\"\(src.prefix(80))\"> is not one of the theme's scripts") }
                    if let body = tag.rawText, !body.allSatisfy(\.isWhitespace) { findings.append("<script src> with inline code") }
                } else if ["application/ld+json", "application/json"].contains(tag.attribute("type")) {
                    // Data, never run: JSON-LD, and the words the scripts write (`prospectus-words`).
                    let body = tag.rawText ?? ""
                    if body.contains("<") { findings.append("JSON-LD contains '<': \(body.prefix(80))") }
                    if (try? JSONSerialization.jsonObject(with: Data(body.utf8))) == nil {
                        findings.append("JSON-LD is not valid JSON: \(body.prefix(80))")
                    } else if let object = try? JSONSerialization.jsonObject(with: Data(body.utf8)) {
                        findings += scanJSONValue(object, key: nil).map { "JSON-LD \($0)" }
                    }
                } else {
                    findings.append("inline <script>: \((tag.rawText ?? "").prefix(80))")
                }
            }
            if name == "style", let body = tag.rawText, body.lowercased().contains("javascript:") || body.lowercased().contains("expression(") {
                findings.append("<style> with script: \(body.prefix(80))")
            }
            if name == "meta", tag.attribute("http-equiv")?.lowercased() == "refresh" {
                findings.append("<meta http-equiv=refresh>")
            }
            for (attribute, value) in tag.attributes {
                if attribute.hasPrefix("on") { findings.append("event handler \(attribute)=\"\(value.prefix(60))\" on <\(name)>") }
                if attribute.contains("\"") || attribute.contains("'") || attribute.contains("<") || attribute.contains("=") {
                    findings.append("malformed attribute name \(attribute.prefix(40)) on <\(name)> (a quote broke out)")
                }
                if attribute == "srcdoc" { findings.append("srcdoc attribute on <\(name)>") }
                if urlAttributes.contains(attribute), let problem = urlProblem(value) {
                    findings.append("<\(name) \(attribute)>: \(problem)")
                }
                if attribute == "srcset" || attribute == "imagesrcset" {
                    for candidate in value.split(separator: ",") {
                        let url = candidate.trimmingCharacters(in: .whitespaces).split(separator: " ").first.map(String.init) ?? ""
                        if let problem = urlProblem(url) { findings.append("<\(name) \(attribute)>: \(problem)") }
                    }
                }
                if attribute == "style", value.lowercased().contains("javascript:") || value.lowercased().contains("expression(") {
                    findings.append("style attribute with script on <\(name)>")
                }
            }
        }
        return findings
    }

    // MARK: CSV

    /// Parses RFC 4180 CSV (a leading byte-order mark is dropped). Nil when the quoting is broken.
    static func parseCSV(_ text: String) -> [[String]]? {
        var scalars = Substring(text).unicodeScalars[...]
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        var rows: [[String]] = []
        var row: [String] = []
        var field = String.UnicodeScalarView()
        var inQuotes = false
        var index = scalars.startIndex
        var fieldStarted = false
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if inQuotes {
                if scalar == "\"" {
                    if next < scalars.endIndex, scalars[next] == "\"" {
                        field.append("\"")
                        index = scalars.index(after: next)
                        continue
                    }
                    inQuotes = false
                } else {
                    field.append(scalar)
                }
                index = next
                continue
            }
            switch scalar {
            case "\"":
                if fieldStarted { return nil }   // a quote in the middle of an unquoted field
                inQuotes = true
                fieldStarted = true
            case ",":
                row.append(String(field)); field = String.UnicodeScalarView(); fieldStarted = false
            case "\r":
                guard next < scalars.endIndex, scalars[next] == "\n" else { return nil }
                row.append(String(field)); field = String.UnicodeScalarView(); fieldStarted = false
                rows.append(row); row = []
                index = scalars.index(after: next)
                continue
            case "\n":
                return nil   // records end with CRLF
            default:
                field.append(scalar)
                fieldStarted = true
            }
            index = next
        }
        if inQuotes { return nil }
        if fieldStarted || !row.isEmpty { row.append(String(field)); rows.append(row) }
        return rows
    }

    /// Scalars a spreadsheet reads as the start of a formula (the full-width forms too).
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}"]

    /// True when a spreadsheet could evaluate `cell`: it starts with a tab or CR, or its first scalar
    /// that is not whitespace, a control or a format character starts a formula. Scalars, not
    /// characters: `=` followed by a combining mark is one Character, and still `=` to Excel.
    static func isFormula(_ cell: String) -> Bool {
        guard let first = cell.unicodeScalars.first else { return false }
        if first == "\t" || first == "\r" { return true }
        // Looked past: what shows as nothing (white space, controls, format characters, marks,
        // default-ignorable scalars such as the Hangul fillers, the blank braille pattern).
        let invisible: Set<Unicode.GeneralCategory> = [.control, .format, .nonspacingMark, .enclosingMark, .spacingMark]
        guard let visible = cell.unicodeScalars.first(where: {
            !($0.properties.isWhitespace || $0.properties.isDefaultIgnorableCodePoint || $0 == "\u{2800}"
              || invisible.contains($0.properties.generalCategory))
        }) else { return false }
        // A small, raised, lowered or full-width form of a trigger is one to a spreadsheet too.
        let folded = String(visible).precomposedStringWithCompatibilityMapping.unicodeScalars.first ?? visible
        return formulaStarts.contains(visible) || formulaStarts.contains(folded)
    }

    static func scanCSV(_ text: String) -> [String] {
        guard let rows = parseCSV(text) else { return ["the CSV cannot be parsed (broken quoting or line endings)"] }
        guard let header = rows.first else { return ["the CSV is empty"] }
        var findings: [String] = []
        for (number, row) in rows.enumerated() {
            if row.count != header.count { findings.append("row \(number + 1) has \(row.count) cells, the header \(header.count)") }
            for cell in row where isFormula(cell) {
                findings.append("row \(number + 1): a spreadsheet would evaluate the cell \(cell.prefix(60).debugDescription)")
            }
        }
        return findings
    }

    // MARK: iCalendar

    /// The content lines of an iCalendar stream, unfolded. Nil when a line does not end in CRLF.
    static func unfoldICalendar(_ text: String) -> [String]? {
        // Work on Unicode scalars: in Swift "\r\n" is one Character, which would hide a bare CR or LF.
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 2, scalars[scalars.count - 2] == "\r", scalars[scalars.count - 1] == "\n" else { return nil }
        var physical: [String.UnicodeScalarView] = [String.UnicodeScalarView()]
        var index = 0
        while index < scalars.count - 2 {
            let scalar = scalars[index]
            if scalar == "\r", scalars[index + 1] == "\n" {
                physical.append(String.UnicodeScalarView())
                index += 2
                continue
            }
            if scalar == "\r" || scalar == "\n" { return nil }
            physical[physical.count - 1].append(scalar)
            index += 1
        }
        var lines: [String] = []
        for raw in physical {
            if let first = raw.first, first == " " || first == "\t", !lines.isEmpty {
                lines[lines.count - 1] += String(String.UnicodeScalarView(raw.dropFirst()))
            } else {
                lines.append(String(raw))
            }
        }
        return lines
    }

    /// Splits a content line into its name, parameters and value (the first ':' outside quotes).
    static func splitContentLine(_ line: String) -> (name: String, parameters: String, value: String)? {
        var inQuotes = false
        for index in line.indices {
            let character = line[index]
            if character == "\"" { inQuotes.toggle() }
            if character == ":", !inQuotes {
                let head = line[..<index]
                let name = head.prefix { $0 != ";" }
                return (String(name), String(head.dropFirst(name.count)), String(line[line.index(after: index)...]))
            }
        }
        return nil
    }

    static let textProperties: Set<String> = ["SUMMARY", "LOCATION", "DESCRIPTION", "X-WR-CALNAME", "X-WR-CALDESC", "CATEGORIES", "COMMENT"]
    static let components: Set<String> = ["VCALENDAR", "VTIMEZONE", "STANDARD", "DAYLIGHT", "VEVENT"]
    static let oncePerEvent: Set<String> = ["UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "LOCATION", "DESCRIPTION", "URL", "STATUS"]

    static func scanICalendar(_ text: String) -> [String] {
        guard let lines = unfoldICalendar(text) else { return ["a line does not end in CRLF, or a bare CR or LF is inside a line"] }
        var findings: [String] = []
        var stack: [String] = []
        var seen: [String: Int] = [:]
        for line in lines {
            guard let (name, parameters, value) = splitContentLine(line) else {
                findings.append("not a content line: \(line.prefix(60).debugDescription)")
                continue
            }
            if (try? /[A-Z][A-Z0-9-]*/.wholeMatch(in: name)) == nil { findings.append("bad property name \(name.prefix(40).debugDescription)") }
            if parameters.contains(where: { $0 == "\n" || $0 == "\r" }) { findings.append("line break in parameters") }
            switch name {
            case "BEGIN":
                if !components.contains(value) { findings.append("unexpected component BEGIN:\(value.prefix(40))") }
                stack.append(value)
                if value == "VEVENT" { seen = [:] }
            case "END":
                if stack.last != value { findings.append("END:\(value.prefix(40)) does not close \(stack.last ?? "nothing")") }
                _ = stack.popLast()
            default:
                if stack.last == "VEVENT", oncePerEvent.contains(name) {
                    seen[name, default: 0] += 1
                    if seen[name] == 2 { findings.append("\(name) appears twice in one event (a value broke out of its line)") }
                }
            }
            if name == "URL" || name == "ATTACH", let problem = urlProblem(value) { findings.append("\(name): \(problem)") }
            if textProperties.contains(name) {
                // TEXT escaping: every backslash starts one of \\ \; \, \n \N; a bare ';' never appears
                // (nor a bare ',' outside CATEGORIES, where it separates values).
                var scalars = value.unicodeScalars.makeIterator()
                while let scalar = scalars.next() {
                    if scalar == "\\" {
                        guard let escaped = scalars.next(), "\\;,nN".unicodeScalars.contains(escaped) else {
                            findings.append("\(name): a backslash that escapes nothing in \(value.prefix(60).debugDescription)")
                            break
                        }
                    } else if scalar == ";" || (scalar == "," && name != "CATEGORIES") {
                        findings.append("\(name): unescaped '\(scalar)' in \(value.prefix(60).debugDescription)")
                        break
                    } else if scalar.value < 0x20, scalar != "\t" {
                        findings.append("\(name): control character in value")
                        break
                    }
                }
            }
        }
        if !stack.isEmpty { findings.append("unclosed components \(stack)") }
        return findings
    }

    // MARK: JSON, XML and the search index

    /// Keys whose string values are addresses.
    static func isURLKey(_ key: String) -> Bool {
        let key = key.lowercased()
        return ["url", "href", "link", "booking", "feedback", "interest", "calendar", "page", "@id", "sameas", "src"]
            .contains { key == $0 || key.hasSuffix("_" + $0) || key.hasPrefix($0 + "_") || key.hasSuffix($0) }
    }

    static func scanJSONValue(_ value: Any, key: String?) -> [String] {
        switch value {
        case let object as [String: Any]:
            return object.keys.sorted().flatMap { scanJSONValue(object[$0]!, key: $0) }
        case let array as [Any]:
            return array.flatMap { scanJSONValue($0, key: key) }
        case let string as String:
            if let key, isURLKey(key), let problem = urlProblem(string) { return ["\"\(key)\": \(problem)"] }
            return []
        default:
            return []
        }
    }

    static func scanJSON(_ text: String) -> [String] {
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]) else {
            return ["not valid JSON"]
        }
        return scanJSONValue(object, key: nil)
    }

    /// `window.PROSPECTUS_SEARCH = {...};`: the search manifest must be plain JSON (nothing that runs),
    /// its pieces' keys letters and digits only (they name files).
    static func scanSearchIndex(_ text: String) -> [String] {
        let prefix = "window.PROSPECTUS_SEARCH = ", suffix = ";\n"
        guard text.hasPrefix(prefix), text.hasSuffix(suffix) else { return ["the search index is not a single assignment"] }
        let json = String(text.dropFirst(prefix.count).dropLast(suffix.count))
        guard let manifest = (try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [String: Any],
              let buckets = manifest["buckets"] as? [String] else {
            return ["the search index is not a JSON object with buckets"]
        }
        return buckets.filter { (try? /[a-z0-9]+/.wholeMatch(in: $0)) == nil }.map { "search piece key '\($0.prefix(60))'" }
    }

    /// `window.PROSPECTUS_SEARCH_PIECE("name", …);`: plain JSON, and each result's page a course page of the site.
    static func scanSearchPiece(_ text: String) -> [String] {
        guard let match = text.wholeMatch(of: /window\.PROSPECTUS_SEARCH_PIECE\("([dvw]-[a-z0-9]+)", ([\s\S]*)\);\n/) else {
            return ["a search piece is not a single call"]
        }
        let json = String(match.output.2)
        guard let data = try? JSONSerialization.jsonObject(with: Data(json.utf8)) else { return ["a search piece is not JSON"] }
        var findings: [String] = []
        if json.contains("\u{2028}") || json.contains("\u{2029}") { findings.append("raw U+2028/U+2029 in the search index") }
        for entry in data as? [[String: Any]] ?? [] {
            let page = entry["u"] as? String ?? ""
            if (try? /courses\/[a-z0-9-]+\.html/.wholeMatch(in: page)) == nil { findings.append("search entry page '\(page.prefix(60))'") }
        }
        return findings
    }

    /// The courses index's filter data: one assignment or call of plain JSON, each course's slug a slug.
    static func scanFiltersPiece(_ text: String) -> [String] {
        guard let match = text.wholeMatch(of: /window\.PROSPECTUS_FILTERS(?: = |_PIECE\([0-9]+, )([\s\S]*?)\)?;\n/),
              let data = try? JSONSerialization.jsonObject(with: Data(match.output.1.utf8)) else {
            return ["the filter data is not a single assignment or call of JSON"]
        }
        return (data as? [[Any]] ?? []).compactMap { $0.first as? String }.filter { (try? /[a-z0-9-]+/.wholeMatch(in: $0)) == nil }
            .map { "filter entry slug '\($0.prefix(60))'" }
    }

    static func scanXML(_ data: Data) -> [String] {
        let delegate = XMLLinkCollector()
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        parser.shouldResolveExternalEntities = false
        guard parser.parse() else { return ["not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "?")"] }
        return delegate.findings
    }
}

extension OutputScanner {
    // MARK: SVG

    /// Elements that run script, embed other content, link, animate or load: none may be in an SVG
    /// the site publishes, in any namespace.
    static let unsafeSVGElements: Set<String> = [
        "script", "handler", "listener", "foreignobject", "iframe", "a", "image", "feimage", "set", "animate",
        "animatetransform", "animatemotion", "animatecolor", "discard", "font-face", "font-face-uri", "style-sheet",
    ]

    /// Reads an SVG as a browser would (namespaces resolved, references decoded) and reports script,
    /// event handlers, links other than `#id`, `url(…)` other than `url(#id)`, CSS at-rules and escapes,
    /// elements outside the SVG namespace, document type declarations and processing instructions.
    static func scanSVG(_ data: Data) -> [String] {
        let text = String(decoding: data, as: UTF8.self)
        if text.lowercased().contains("<!doctype") || text.lowercased().contains("<!entity") { return ["a document type declaration"] }
        let delegate = SVGScanner()
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        guard parser.parse() else { return ["not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "?")"] }
        return delegate.findings
    }

    /// Attributes that hold names or words, never CSS or an address (nor do `aria-*`).
    static let svgWordAttributes: Set<String> = ["id", "class", "role", "lang", "xml:lang"]

    /// Why a CSS text (with comments removed) could fetch from elsewhere or run script, or nil.
    static func svgCSSProblem(_ css: String) -> String? {
        var text = css.lowercased()
        while let open = text.range(of: "/*") {
            let close = text[open.upperBound...].range(of: "*/")?.upperBound ?? text.endIndex
            text.removeSubrange(open.lowerBound..<close)
        }
        text.unicodeScalars.removeAll { $0.properties.isWhitespace || $0.properties.generalCategory == .control }
        if text.contains("@") || text.contains("\\") { return "CSS at-rule or escape in \(css.prefix(60).debugDescription)" }
        if text.contains("expression(") || text.contains("javascript:") || text.contains("image-set(") {
            return "script or fetch in CSS \(css.prefix(60).debugDescription)"
        }
        var rest = Substring(text)
        while let url = rest.range(of: "url(") {
            if rest[url.upperBound...].drop(while: { $0 == "\"" || $0 == "'" }).first != "#" {
                return "outside url(…) in \(css.prefix(60).debugDescription)"
            }
            rest = rest[url.upperBound...]
        }
        return nil
    }
}

/// Checks each element and attribute of an SVG for `OutputScanner.scanSVG`.
private final class SVGScanner: NSObject, XMLParserDelegate {
    var findings: [String] = []
    private var styleText: String?

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if let namespace = namespaceURI, !namespace.isEmpty, namespace != "http://www.w3.org/2000/svg" {
            findings.append("<\(qualifiedName ?? elementName)> in the namespace \(namespace)")
        }
        if OutputScanner.unsafeSVGElements.contains(elementName.lowercased()) { findings.append("<\(qualifiedName ?? elementName)> element") }
        for (name, value) in attributes {
            let lowered = name.lowercased()
            if lowered.hasPrefix("on") { findings.append("event handler \(name) on <\(elementName)>") }
            if lowered == "xml:base" { findings.append("xml:base on <\(elementName)>") }
            if lowered == "href" || lowered.hasSuffix(":href") || lowered == "src" {
                if !value.trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix("#") {
                    findings.append("<\(elementName) \(name)> links outside the image: \(value.prefix(60).debugDescription)")
                }
            } else if !OutputScanner.svgWordAttributes.contains(lowered), !lowered.hasPrefix("aria-"),
                      let problem = OutputScanner.svgCSSProblem(value) {
                findings.append("<\(elementName) \(name)>: \(problem)")
            }
        }
        if elementName == "style" { styleText = "" }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { styleText? += string }
    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) { styleText? += String(decoding: CDATABlock, as: UTF8.self) }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        if elementName == "style", let css = styleText, let problem = OutputScanner.svgCSSProblem(css) { findings.append("<style>: \(problem)") }
        if elementName == "style" { styleText = nil }
    }

    func parser(_ parser: XMLParser, foundProcessingInstructionWithTarget target: String, data: String?) {
        findings.append("processing instruction <?\(target)?>")
    }
}

/// Collects the addresses of an Atom feed or a sitemap (href attributes, `<loc>` and `<uri>` text).
private final class XMLLinkCollector: NSObject, XMLParserDelegate {
    var findings: [String] = []
    private var element = ""
    private var text = ""

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        element = elementName
        text = ""
        for (name, value) in attributes where name == "href" || name == "src" {
            if let problem = OutputScanner.urlProblem(value) { findings.append("<\(elementName) \(name)>: \(problem)") }
        }
        if elementName.lowercased() == "script" { findings.append("<script> element in XML") }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        if elementName == "loc" || elementName == "uri", let problem = OutputScanner.urlProblem(text) {
            findings.append("<\(elementName)>: \(problem)")
        }
        text = ""
    }
}
