import Yams

extension Course {
    /// `cost: 45` or `cost: Free to trust staff` (one price), or `cost: { maintained: 60, academy: 45 }`
    /// (a price for each kind of school, in the order written).
    static func readCosts(_ reader: MappingReader) -> (Cost?, [KindCost]) {
        guard let node = reader.value("cost"), case .mapping = node else { return (readCost(reader, "cost"), []) }
        guard let prices = MappingReader(node, path: reader.keyPath("cost"), log: reader.log, what: "cost") else { return (nil, []) }
        let kinds = SchoolKind.allCases.map(\.rawValue)
        var costs: [KindCost] = []
        for (key, _) in prices.mapping {
            let name = key.string ?? ""
            guard let kind = SchoolKind(rawValue: name.lowercased()) else {
                reader.log.error(.unknownSchoolKind, "'\(name)' is not a kind of school", at: key, keyPath: prices.keyPath(name),
                                 suggestion: Suggestion.didYouMean(name, in: kinds) ?? "price by \(Suggestion.listing(kinds)), e.g. cost: { maintained: 60, academy: 45 }")
                continue
            }
            if !prices.has(name) {
                prices.missing(name, example: "60")
                continue
            }
            if let cost = readCost(prices, name) { costs.append(KindCost(kind: kind, cost: cost)) }
        }
        if prices.mapping.count == 0 {
            reader.log.error(.emptyValue, "'cost' is an empty list of prices", at: node, keyPath: reader.keyPath("cost"),
                             suggestion: "write cost: 45, or a price for each kind of school: cost: { maintained: 60, academy: 45 }")
        }
        return (nil, costs)
    }

    /// `modules: [Planning, Teaching, Assessing]`: the titles of modules taken in turn.
    static func readModules(_ reader: MappingReader) -> [String] {
        // "modules: Planning, Teaching, Reviewing" without brackets is one title: a numbered list of one.
        if case .scalar(let scalar)? = reader.value("modules"), scalar.style == .plain, scalar.string.contains(", ") {
            let titles = scalar.string.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            reader.log.error(.notAList, "'modules' is one title with commas in it, not a list of modules", at: reader.value("modules"),
                             keyPath: reader.keyPath("modules"), suggestion: "put the titles in square brackets: modules: [\(titles.joined(separator: ", "))]")
            return []
        }
        return (reader.stringList("modules") ?? []).map(\.0)
    }
}
