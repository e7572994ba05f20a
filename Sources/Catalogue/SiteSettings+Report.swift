import Yams

extension SiteSettings {
    static let reportKeys = ["exports", "bookings", "evaluations", "fewest_opportunities", "on_site"]

    /// `report:` in site.yml: where the form downloads are (`exports`, or `false` for none), the
    /// names of the columns they are read by, the fewest opportunities a staff group should have,
    /// and whether the staff site carries the report. Every setting is optional.
    static func readReport(_ reader: MappingReader) -> ReportSettings {
        var report = ReportSettings()
        report.source = reader.log.location(line: 1, column: 1)
        guard let node = reader.value("report") else { return report }
        report.source = reader.log.location(of: node)
        if case .scalar = node {
            reader.log.error(.notAMapping, "report must be a set of 'key: value' settings, not \(MappingReader.describe(node))", at: node, keyPath: "report",
                             suggestion: "write report: on a line of its own, and under it, indented, exports: \(node.scalar?.string ?? "../Exports")")
            return report
        }
        guard let section = MappingReader(node, path: "report", log: reader.log, what: "report") else { return report }
        section.rejectUnknownKeys(reportKeys)
        if let text = section.string("exports", example: "../Exports") {
            let lowered = text.lowercased()
            if ["false", "no", "off", "none"].contains(lowered) {
                report.exports = nil
            } else if ["true", "yes", "on"].contains(lowered) {
                section.log.error(.unknownValue, "'exports' is the folder of form downloads, not '\(text)'", at: section.value("exports"),
                                  keyPath: "report.exports",
                                  suggestion: "write the folder's path from the content folder, e.g. exports: ../Exports (the default), or exports: false to read none")
            } else {
                report.exports = text
            }
            report.exportsSource = section.log.location(of: section.value("exports"))
        }
        report.bookingColumns = readColumns(section, "bookings", keys: ["code", "date", "group"])
        report.evaluationColumns = readColumns(section, "evaluations", keys: ["code", "date", "rating", "scale"])
        if let fewest = section.int("fewest_opportunities", range: 1...1000, example: "5") { report.fewestOpportunities = fewest }
        if let onSite = readOnSite(section) { report.onSite = onSite }
        return report
    }

    /// `bookings: { code: Course code, date: Session date, group: Staff group }` (and `rating`,
    /// `scale` for evaluations): each a column name as the form's download heads it.
    private static func readColumns(_ section: MappingReader, _ key: String, keys: [String]) -> FormColumns {
        var columns = FormColumns()
        guard let node = section.value(key) else { return columns }
        let example = key == "bookings" ? "{ code: Course code, date: Session date, group: Staff group }"
            : "{ code: Course code, date: Session date, rating: Overall rating, scale: 5 }"
        if case .scalar = node {
            section.log.error(.notAMapping, "'\(key)' must be the names of the download's columns, not \(MappingReader.describe(node))", at: node,
                              keyPath: section.keyPath(key), suggestion: "write \(key): \(example), with the names the form gives its questions")
            return columns
        }
        guard let reader = MappingReader(node, path: section.keyPath(key), log: section.log, what: key) else { return columns }
        reader.rejectUnknownKeys(keys)
        let defaults = FormColumns()
        if let code = reader.string("code", example: defaults.code) { columns.code = code }
        if let date = reader.string("date", example: defaults.date) { columns.date = date }
        if keys.contains("group"), let group = reader.string("group", example: defaults.group) { columns.group = group }
        if keys.contains("rating"), let rating = reader.string("rating", example: defaults.rating) { columns.rating = rating }
        if keys.contains("scale"), let scale = reader.int("scale", range: 2...100, example: "5") { columns.ratingScale = scale }
        // Two settings naming one column (one written, or both): one of them is a mistake, and the
        // rows would be read wrongly. Said at the one written last.
        func place(_ node: Node) -> Int { (node.mark?.line ?? 0) * 100_000 + (node.mark?.column ?? 0) }
        let effective = [("code", columns.code), ("date", columns.date)] + (keys.contains("group") ? [("group", columns.group)] : [("rating", columns.rating)])
        for (position, (name, text)) in effective.enumerated() {
            guard let other = effective.enumerated().first(where: { $0.offset != position && $0.element.1.lowercased() == text.lowercased() })?.element,
                  let node = reader.value(name), reader.value(other.0).map({ place($0) < place(node) }) ?? true else { continue }
            reader.log.error(.reportDuplicateColumn, "'\(name)' and '\(other.0)' both name the column '\(text)'\(reader.has(other.0) ? "" : " (\(other.0)'s default)")",
                             at: node, keyPath: reader.keyPath(name), suggestion: "each setting names its own column of the download, as the form heads it")
        }
        return columns
    }

    /// `on_site: no | unlisted | linked` (`false` is taken as `no`).
    private static func readOnSite(_ section: MappingReader) -> ReportSettings.OnSite? {
        if let text = section.value("on_site")?.scalar?.string.trimmed().lowercased(), ["false", "off"].contains(text) { return .no }
        return section.choice("on_site", as: ReportSettings.OnSite.self)
    }
}
