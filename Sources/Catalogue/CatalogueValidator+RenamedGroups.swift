extension StaffGroup {
    /// "unknown group 'tas'": the one wording, which `unknownName(in:)` reads back.
    static func unknownMessage(_ slug: String) -> String { "unknown group '\(slug)'" }

    /// The name an unknown-group message is about.
    static func unknownName(in message: String) -> String? {
        guard message.hasPrefix("unknown group '"), message.hasSuffix("'") else { return nil }
        return String(message.dropFirst("unknown group '".count).dropLast())
    }
}

extension CatalogueValidator {
    /// A group file renamed (teaching-assistants.md → tas.md) makes every course that names the old
    /// name an error, each listing every group. When one unknown name is used several times and a
    /// group file is named by no course, the file was most likely renamed: one error says so, naming
    /// both, at the first use, with the first few other places and a count, instead of one per use.
    static func foldRenamedGroups(_ diagnostics: [Diagnostic], groups: [StaffGroup], courses: [Course]) -> [Diagnostic] {
        var uses: [String: [Diagnostic]] = [:]
        for diagnostic in diagnostics where diagnostic.code == .unknownGroup {
            if let name = StaffGroup.unknownName(in: diagnostic.message) { uses[name, default: []].append(diagnostic) }
        }
        // Nothing to fold (nearly always): the courses' groups are not looked at.
        guard uses.values.contains(where: { $0.count >= 2 }) else { return diagnostics }
        var named = Set<String>()
        for course in courses { if case .some(let slugs) = course.groups { named.formUnion(slugs) } }
        let unused = groups.filter { !named.contains($0.slug) }
        var folded: [String: StaffGroup] = [:]
        for (name, found) in uses where found.count >= 2 {
            let candidates = unused.filter { !uses.keys.contains($0.slug) }
            let group = candidates.count == 1 ? candidates[0]
                : Suggestion.nearest(to: name, in: candidates.map(\.slug)).flatMap { near in candidates.first { $0.slug == near } }
            if let group { folded[name] = group }
        }
        guard !folded.isEmpty else { return diagnostics }
        var result = diagnostics.filter { diagnostic in
            diagnostic.code != .unknownGroup || StaffGroup.unknownName(in: diagnostic.message).map { folded[$0] == nil } ?? true
        }
        for (name, group) in folded.sorted(by: { $0.key < $1.key }) {
            let slug = group.slug
            let found = (uses[name] ?? []).sorted()
            let others = found.dropFirst().prefix(3).map(\.location.description)
            let rest = found.count - 1 - others.count
            let places = others.joined(separator: ", ") + (rest > 0 ? " and \(rest) more" : "")
            result.append(.error(.unknownGroup, at: found[0].location, keyPath: found[0].keyPath,
                                 "unknown group '\(name)', named by \(found.count) courses: the group file was probably renamed to \(group.source.file), which no course names",
                                 suggestion: "rename \(group.source.file) back to \(name).md, or write '\(slug)' for '\(name)' here and in \(places)"))
        }
        return result
    }
}
