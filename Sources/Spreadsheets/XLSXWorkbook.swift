/// The parts of an `.xlsx` a sheet's cells need: the path of its first worksheet (found through
/// the package's relationships), the date system, the shared strings and the cell styles.
struct XLSXWorkbook {
    let firstSheetPath: String
    let date1904: Bool
    let sharedStrings: [String]
    let formats: NumberFormats

    init(firstSheetPath: String, date1904: Bool = false, sharedStrings: [String] = [], formats: NumberFormats = NumberFormats()) {
        self.firstSheetPath = firstSheetPath
        self.date1904 = date1904
        self.sharedStrings = sharedStrings
        self.formats = formats
    }

    init(_ zip: inout ZipArchive) throws(SpreadsheetError) {
        let workbookPath = try Self.officeDocumentPath(&zip)
        guard let workbook = try zip.contents(of: workbookPath) else {
            throw SpreadsheetError(message: "The file is not an Excel workbook: it has no \(workbookPath).")
        }
        var date1904 = false
        var firstSheetID: String?
        var scanner = XMLScanner(workbook)
        while let event = try scanner.next() {
            guard case .start(let tag) = event else { continue }
            if tag.name == "workbookPr", let value = tag["date1904"] { date1904 = value == "1" || value == "true" }
            if tag.name == "sheet" && firstSheetID == nil { firstSheetID = tag["id"] ?? "" }
        }
        guard let firstSheetID else { throw SpreadsheetError(message: "The workbook has no sheets.") }
        let relationships = try Self.relationships(&zip, of: workbookPath)
        guard let target = relationships.first(where: { $0.id == firstSheetID })?.target else {
            throw ZipArchive.damaged("a first sheet that its workbook does not locate")
        }
        firstSheetPath = Self.resolve(target, from: workbookPath)
        self.date1904 = date1904
        // By relationship type, as some writers name the parts otherwise (`SharedStrings.xml`).
        func part(_ type: String) -> String {
            relationships.first { $0.type.hasSuffix("/" + type) }.map { Self.resolve($0.target, from: workbookPath) }
                ?? Self.folder(of: workbookPath) + type + ".xml"
        }
        sharedStrings = try zip.contents(of: part("sharedStrings")).map { xml throws(SpreadsheetError) in
            try Self.sharedStrings(xml)
        } ?? []
        formats = try zip.contents(of: part("styles")).map { xml throws(SpreadsheetError) in
            try NumberFormats(styles: xml)
        } ?? NumberFormats()
    }

    /// `_rels/.rels`'s main document (`xl/workbook.xml` in every workbook seen so far).
    private static func officeDocumentPath(_ zip: inout ZipArchive) throws(SpreadsheetError) -> String {
        let main = try relationships(&zip, of: "").first { $0.type.hasSuffix("/officeDocument") }
        return main.map { resolve($0.target, from: "") } ?? "xl/workbook.xml"
    }

    /// The relationships of the part at `path` (`xl/_rels/workbook.xml.rels` for `xl/workbook.xml`).
    private static func relationships(_ zip: inout ZipArchive, of path: String) throws(SpreadsheetError) -> [(id: String, type: String, target: String)] {
        let file = path.split(separator: "/").last.map(String.init) ?? ""
        guard let xml = try zip.contents(of: folder(of: path) + "_rels/" + file + ".rels") else { return [] }
        var found: [(id: String, type: String, target: String)] = []
        var scanner = XMLScanner(xml)
        while let event = try scanner.next() {
            if case .start(let tag) = event, tag.name == "Relationship", let id = tag["Id"], let target = tag["Target"] {
                found.append((id, tag["Type"] ?? "", target))
            }
        }
        return found
    }

    private static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[...slash])
    }

    /// A relationship's target as a path in the archive: absolute (`/xl/…`) or relative to the
    /// folder of the part that names it, with `..` followed.
    static func resolve(_ target: String, from part: String) -> String {
        var components: [Substring] = target.hasPrefix("/") ? [] : folder(of: part).split(separator: "/")
        for component in target.split(separator: "/") {
            switch component {
            case ".": continue
            case "..": _ = components.popLast()
            default: components.append(component)
            }
        }
        return components.joined(separator: "/")
    }

    /// Each `<si>`'s text: its `<t>`, or its rich-text runs' `<t>`s joined (phonetic `<rPh>` left out).
    private static func sharedStrings(_ xml: [UInt8]) throws(SpreadsheetError) -> [String] {
        var strings: [String] = []
        var scanner = XMLScanner(xml)
        while let event = try scanner.next() {
            if case .start(let tag) = event, tag.name == "si" {
                strings.append(try richText(&scanner, closing: "si"))
            }
        }
        return strings
    }

    /// The text of a string item (`<si>` or `<is>`) whose start tag was just read.
    static func richText(_ scanner: inout XMLScanner, closing: String) throws(SpreadsheetError) -> String {
        var text = ""
        while let event = try scanner.next() {
            switch event {
            case .start(let tag) where tag.name == "t":
                text += try Self.text(&scanner, preserve: tag["space"] == "preserve")
            case .start(let tag) where tag.name == "rPh":
                try scanner.skipElement()
            case .end(let name) where name == closing:
                return text
            default:
                break
            }
        }
        throw SpreadsheetError(message: "The workbook is damaged: a string is cut short.")
    }

    /// A `<t>` element's text: trimmed unless `xml:space="preserve"`, and with Office's `_xHHHH_`
    /// escapes (such as `_x000D_` for a carriage return) decoded.
    private static func text(_ scanner: inout XMLScanner, preserve: Bool) throws(SpreadsheetError) -> String {
        var text = ""
        while let event = try scanner.next() {
            switch event {
            case .text(let part): text += part
            case .start: try scanner.skipElement()
            case .end:
                let kept = preserve ? text : String(text.trimmingXMLSpace)
                return kept.contains("_x") ? unescapeOffice(kept) : kept
            }
        }
        throw SpreadsheetError(message: "The workbook is damaged: a string is cut short.")
    }

    static func unescapeOffice(_ text: String) -> String {
        var out = ""
        var rest = Substring(text)
        while let start = rest.firstRange(of: "_x") {
            out += rest[..<start.lowerBound]
            let hex = rest[start.upperBound...].prefix(5)
            if hex.count == 5, hex.last == "_", let value = UInt32(hex.dropLast(), radix: 16), let scalar = Unicode.Scalar(value) {
                out.unicodeScalars.append(scalar)
                rest = rest[start.upperBound...].dropFirst(5)
            } else {
                out += "_x"
                rest = rest[start.upperBound...]
            }
        }
        return out + rest
    }
}

extension String {
    /// Without XML white space (space, tab, CR, LF) at either end.
    var trimmingXMLSpace: Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return self[first...last]
    }
}
