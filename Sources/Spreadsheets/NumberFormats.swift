/// Which cell styles of a workbook show their number as a date or a time (`xl/styles.xml`): each
/// `cellXfs` entry's `numFmtId`, with the workbook's own `numFmt` codes.
struct NumberFormats {
    enum Kind: Equatable {
        case number
        /// A date, with or without a time of day; `timeOnly` for a time format with no date part.
        case date(withTime: Bool, timeOnly: Bool)
    }

    /// By cell style index (a cell's `s`).
    private(set) var styles: [Kind] = []

    init() {}

    init(styles xml: [UInt8]) throws(SpreadsheetError) {
        var scanner = XMLScanner(xml)
        var codes: [Int: String] = [:]
        var formatIDs: [Int] = []
        var inCellFormats = false
        while let event = try scanner.next() {
            switch event {
            case .start(let tag) where tag.name == "numFmt":
                if let id = tag["numFmtId"].flatMap({ Int($0) }) { codes[id] = tag["formatCode"] ?? "" }
            case .start(let tag) where tag.name == "cellXfs":
                inCellFormats = true
            case .end(let name) where name == "cellXfs":
                inCellFormats = false
            case .start(let tag) where tag.name == "xf" && inCellFormats:
                formatIDs.append(tag["numFmtId"].flatMap { Int($0) } ?? 0)
            default:
                break
            }
        }
        styles = formatIDs.map { Self.kind(id: $0, code: codes[$0]) }
    }

    func kind(ofStyle index: Int) -> Kind {
        styles.indices.contains(index) ? styles[index] : .number
    }

    /// Excel's built-in date formats (14–22: dates, date-times and times; 45–47: minutes and
    /// seconds), or a custom code with day, month, year, hour or second letters outside quotes,
    /// brackets and escapes.
    static func kind(id: Int, code: String?) -> Kind {
        switch id {
        case 14...17: return .date(withTime: false, timeOnly: false)
        case 22: return .date(withTime: true, timeOnly: false)
        case 18...21, 45...47: return .date(withTime: true, timeOnly: true)
        default: break
        }
        guard let code else { return .number }
        var hasDayOrYear = false, hasMonthOrMinute = false, hasTime = false
        var inQuotes = false, inBrackets = false, skipNext = false
        for c in code.lowercased() {
            if skipNext { skipNext = false; continue }
            if inQuotes { inQuotes = c != "\""; continue }
            if inBrackets { inBrackets = c != "]"; continue }
            switch c {
            case "\"": inQuotes = true
            case "[": inBrackets = true
            case "\\", "_", "*": skipNext = true
            case "d", "y": hasDayOrYear = true
            case "m": hasMonthOrMinute = true
            case "h", "s": hasTime = true
            default: break
            }
        }
        // With an hour or a second and no day or year, "m" is minutes: a time of day.
        if hasTime && !hasDayOrYear { return .date(withTime: true, timeOnly: true) }
        if hasDayOrYear || hasMonthOrMinute { return .date(withTime: hasTime, timeOnly: false) }
        return .number
    }
}
