// A parent call's overrides (`{{<layout}}{{$main}}…{{/main}}{{/layout}}`) checked for themselves:
// an override of a block the parent does not have is never shown, so it is reported (with the
// parent's block names for a "did you mean"), and its inside is checked all the same.

extension TemplateCheckWalk {
    /// Reports each override in `given` whose block `parent` (nil when the parent is named from the
    /// view) does not have, at its name (`offsets`), and checks the inside of those the parent never
    /// reaches in `scope`, where the call is: names inside an override are always checked.
    mutating func checkOverrides(_ given: [String: [TemplateNode]], at offsets: [String: Int], parent: String?,
                                 in scope: TemplateCheckScope, template: String) {
        guard let parent else { return }
        let defined: [String]? = library[parent].map { blockNames(in: $0.nodes, seen: [parent]) }
        for (name, body) in given.sorted(by: { (offsets[$0.key] ?? 0) < (offsets[$1.key] ?? 0) }) {
            if let defined, defined.contains(name) { continue }
            if let defined {
                report(TemplateCheckFinding(message: "'{{$\(name)}}' overrides a block the '\(parent)' template does not have, so what it holds is never shown",
                                            unknownName: name, knownNames: defined, unknownBlock: true),
                       atOffset: offsets[name] ?? 0, in: template)
            }
            walk(body, in: scope.leavingList, template: template)
        }
    }

    /// The names of the blocks (`{{$name}}`) in `nodes` and in the templates they include, in order
    /// of first appearance: what a parent call may override.
    func blockNames(in nodes: [TemplateNode], seen: Set<String>) -> [String] {
        var names: [String] = []
        var seen = seen
        func add(_ found: [String]) { for name in found where !names.contains(name) { names.append(name) } }
        for node in nodes {
            switch node {
            case .text, .variable, .contentType:
                break
            case .section(_, let body), .invertedSection(_, let body), .blockDefinition(_, let body, _):
                add(blockNames(in: body, seen: seen))
            case .block(let name, let defaultContent, _):
                add([name])
                add(blockNames(in: defaultContent, seen: seen))
            case .partial(let name, let dynamic, _, let given, _, _):
                for body in (given ?? [:]).values { add(blockNames(in: body, seen: seen)) }
                if dynamic == nil, !seen.contains(name), let partial = library[name] {
                    seen.insert(name)
                    add(blockNames(in: partial.nodes, seen: seen))
                }
            }
        }
        return names
    }
}
