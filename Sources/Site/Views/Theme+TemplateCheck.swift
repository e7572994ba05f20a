import Catalogue
import Templates

extension Theme {
    /// Checks every template the site renders (``TemplateSchemas/roots``) against its view, and the
    /// layout and partials as part of the templates that use them: each unknown name is an error at
    /// its template's file, line and column, with "did you mean" from the fields known there.
    ///
    /// A problem in a shared template (the layout) found for several page templates is one
    /// diagnostic, which names them (or says "every page template"). A use of a template in `missing` is not reported:
    /// the theme's one "has no … template" error says it.
    static func checkTemplates(_ library: TemplateLibrary, displayPath: String, missing: Set<String> = []) -> [Diagnostic] {
        var checker = TemplateChecker(library: library)
        var found: [TemplateCheckError] = []
        for name in TemplateSchemas.roots.keys.sorted() {
            guard let root = TemplateSchemas.roots[name] else { continue }
            found += checker.check(template: name, root: root.type).filter { error in
                error.missingTemplate.map { !missing.contains($0) } ?? true
            }
        }
        let pageTemplates = TemplateSchemas.roots.values.filter { if case .page = $0 { true } else { false } }.count
        var order: [String] = []
        var byPlace: [String: [TemplateCheckError]] = [:]
        for error in found {
            let place = "\(error.template):\(error.line):\(error.column)"
            if byPlace[place] == nil { order.append(place) }
            byPlace[place, default: []].append(error)
        }
        return order.compactMap { byPlace[$0] }.map { errors in
            let error = errors[0]
            var message = error.message
            let roots = errors.compactMap(\.checkedAs)
            if roots.count == 1 {
                message += " (as part of the '\(roots[0])' template)"
            } else if roots.count == pageTemplates {
                message += " (as part of every page template)"
            } else if roots.count > 1 {
                message += " (as part of the " + roots.dropLast().map { "'\($0)'" }.joined(separator: ", ") + " and '\(roots[roots.count - 1])' templates, whose views lack it)"
            }
            var location = SourceLocation(file: "\(displayPath)/templates/\(error.template).mustache", line: error.line,
                                          column: error.column, lineText: error.lineText)
            if let name = error.unknownName { location.end(at: name, in: error.lineText) }
            let code: DiagnosticCode = error.unknownBlock ? .templateUnknownBlock : error.unknownName == nil ? .templateMisuse : .templateUnknownName
            return .error(code, at: location, message, suggestion: error.unknownName.flatMap { Suggestion.didYouMean($0, in: error.knownNames) })
        }
    }

    /// A warning at each template that no page renders and no template includes (a leftover
    /// `course-old.mustache`): it is not checked, so a mistake in it would go unseen until it is used.
    static func unusedTemplates(_ library: TemplateLibrary, displayPath: String) -> [Diagnostic] {
        var used: Set<String> = []
        var queue = requiredTemplates
        while let name = queue.popLast() {
            guard used.insert(name).inserted, let template = library[name] else { continue }
            let included = template.includedTemplates
            guard let included else { return [] }
            queue += included
        }
        return library.names.filter { !used.contains($0) }.map { name in
            .warning(.templateUnused, at: SourceLocation(file: "\(displayPath)/templates/\(name).mustache"),
                     "the template '\(name)' is not used by any page",
                     suggestion: "delete it, or include it with {{> \(name)}}")
        }
    }
}
