import Catalogue
import Templates

extension Theme {
    /// Checks every template the site renders (``TemplateSchemas/roots``) against its view, and the
    /// layout and partials as part of the templates that use them: each unknown name is an error at
    /// its template's file, line and column, with "did you mean" from the fields known there.
    ///
    /// A problem in a shared template (the layout) found for several page templates is one
    /// diagnostic, which names the first of them.
    static func checkTemplates(_ library: TemplateLibrary, displayPath: String) -> [Diagnostic] {
        var checker = TemplateChecker(library: library)
        var found: [TemplateCheckError] = []
        for name in TemplateSchemas.roots.keys.sorted() {
            guard let root = TemplateSchemas.roots[name] else { continue }
            found += checker.check(template: name, root: root.type)
        }
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
            if let root = error.checkedAs {
                message += " (as part of the '\(root)' template"
                message += errors.count > 1 ? " and \(errors.count - 1) more)" : ")"
            }
            var location = SourceLocation(file: "\(displayPath)/templates/\(error.template).mustache", line: error.line,
                                          column: error.column, lineText: error.lineText)
            if let name = error.unknownName { location.end(at: name, in: error.lineText) }
            return .error(error.unknownName == nil ? .templateMisuse : .templateUnknownName, at: location, message, suggestion: error.unknownName.flatMap { Suggestion.didYouMean($0, in: error.knownNames) })
        }
    }
}
