extension YAMLSyntaxAdvisor {
    /// A line indented with a tab, with the exact number of spaces it needs ("4 spaces, to line up
    /// with 'date:' on line 15").
    func tabIndent(_ number: Int) -> Advice? {
        let text = lines[number - 1]
        guard let tab = text.prefix(while: { $0 == " " || $0 == "\t" }).firstIndex(of: "\t") else { return nil }
        return Advice(code: .yamlTabIndent, line: number, column: text.distance(from: text.startIndex, to: tab) + 1,
                      message: "a tab character is used for indenting", suggestion: "YAML allows only spaces for indenting: " + spacesNeeded(number))
    }

    /// Every line indented with a tab, so that all are fixed in one round.
    func allTabIndents() -> [Advice] {
        lines.indices.compactMap { tabIndent($0 + 1) }
    }

    /// "replace the indent with 4 spaces, to line up with 'date:' on line 15", worked out from the
    /// nearest line above that is not blank or a note (a tabbed line above counts as fixed).
    private func spacesNeeded(_ number: Int) -> String {
        let content = lines[number - 1].drop { $0 == " " || $0 == "\t" }
        var above = number - 1
        while above >= 1, lines[above - 1].drop(while: { $0 == " " || $0 == "\t" }).first.map({ $0 == "#" }) ?? true { above -= 1 }
        guard above >= 1 else { return "delete the tab, so the line starts at the left edge" }
        let aboveText = lines[above - 1]
        var aboveIndent = indentWidth(above)
        var aboveRest = aboveText.drop { $0 == " " || $0 == "\t" }
        // After '- ', the item's settings line up with the first one's name.
        if aboveRest.hasPrefix("- "), !content.hasPrefix("- ") {
            let dash = aboveRest.dropFirst(2).prefix { $0 == " " }.count + 2
            aboveIndent += dash
            aboveRest = aboveRest.dropFirst(dash)
        }
        let aboveKey = aboveRest.prefix { $0 != ":" }
        let opensBlock = aboveRest.hasSuffix(":") && !aboveRest.hasPrefix("- ")
        let (spaces, reason): (Int, String) = opensBlock
            ? (aboveIndent + 2, "2 more than '\(aboveKey):' on line \(above + lineOffset), which it belongs to")
            : (aboveIndent, "to line up with '\(aboveKey)\(aboveRest.contains(":") ? ":" : "")' on line \(above + lineOffset)")
        if spaces == 0 { return "delete the tab, so the line starts at the left edge, \(reason)" }
        return "replace the indent with \(spaces) \(spaces == 1 ? "space" : "spaces"), \(reason)"
    }

    /// The spaces line `number` is (or, when indented with tabs, should be) indented by.
    private func indentWidth(_ number: Int) -> Int {
        let text = lines[number - 1]
        let indent = text.prefix { $0 == " " || $0 == "\t" }
        guard indent.contains("\t") else { return indent.count }
        // A tabbed line above counts as fixed: the number of spaces it is told to use.
        var above = number - 1
        while above >= 1, lines[above - 1].drop(while: { $0 == " " || $0 == "\t" }).first.map({ $0 == "#" }) ?? true { above -= 1 }
        guard above >= 1 else { return 0 }
        let aboveRest = lines[above - 1].drop { $0 == " " || $0 == "\t" }
        let content = text.drop { $0 == " " || $0 == "\t" }
        let base = indentWidth(above)
        if aboveRest.hasPrefix("- "), !content.hasPrefix("- ") { return base + 2 }
        return aboveRest.hasSuffix(":") ? base + 2 : base
    }

    /// A setting left with one space in front when a note's '#' was deleted (` renewal_months: 24`):
    /// YAML reads it as carrying on the line above, and the true cause is the space.
    func leadingSpace(_ number: Int) -> Advice? {
        let text = lines[number - 1]
        guard text.hasPrefix(" "), !text.hasPrefix("  ") else { return nil }
        let key = text.dropFirst().prefix { $0 != ":" }
        guard YAMLSyntaxAdvisor.knownKeys.contains(String(key)), text.dropFirst(key.count + 1).first == ":" else { return nil }
        // The other settings start at the left edge.
        guard lines.contains(where: { line in
            guard let first = line.first, first != " ", first != "#", first != "-" else { return false }
            return line.contains(":")
        }) else { return nil }
        return Advice(code: .yamlIndentation, line: number, column: 1,
                      message: "this line starts with a space, so '\(key):' is read as part of the setting above it",
                      suggestion: "delete the space at the start of the line, so '\(key):' starts at the left edge like the other settings")
    }
}
