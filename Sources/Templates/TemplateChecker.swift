/// Checks templates against the schema of the value they will be rendered with, before any page
/// is: every name must be a field the view has at that point, so a typo (`{{page.titel}}`) is an
/// error with its line and column instead of an empty element on every page.
///
/// It walks the node tree as ``Template/render(_:library:)`` would, with a stack of types instead
/// of values: a section pushes its field's type (a list pushes its element, true/false pushes
/// nothing), an inverted section is checked in every context it can be shown in, names are searched
/// from the innermost context outwards (`.name` and `.` only in the innermost), transforms change
/// the type (`empty(list)` is true/false), partials are checked in the context they are included
/// from, and a parent (`{{<layout}}`) with the overrides it is given (each override in the context
/// of the block it fills).
///
/// A dynamic partial (`{{>*name}}`) can name any template, as its name is text from the view: every
/// template in the library is checked in its context.
///
/// Besides unknown names it reports uses that can never show anything: `{{list}}` or `{{object}}`
/// as a variable, `first()` outside a list's section, a transform of a value it does not apply to
/// (`count(page.title)`), a partial that does not exist.
public struct TemplateChecker: Sendable {
    let library: TemplateLibrary
    /// Each schema's fields, kept from one check to the next (the layout's views are the same for every page).
    private var fieldCache: [String: TemplateCheckFields] = [:]

    public init(library: TemplateLibrary) {
        self.library = library
    }

    /// Every problem in the template named `name`, and in the partials and parents it uses, when it
    /// is rendered with a value of type `root`. Empty when all is well, or when there is no such template.
    public mutating func check(template name: String, root: TemplateType) -> [TemplateCheckError] {
        guard let template = library[name] else { return [] }
        var walk = TemplateCheckWalk(library: library, rootTemplate: name)
        swap(&walk.fieldCache, &fieldCache)
        walk.include(name, template, in: TemplateCheckScope(stack: [root], inList: false))
        swap(&walk.fieldCache, &fieldCache)
        return walk.errors
    }
}

/// What is known where a node is rendered: the types on the context stack (innermost last), and
/// whether the innermost is an element of a list being iterated (what `first()` reads).
struct TemplateCheckScope {
    var stack: [TemplateType]
    var inList: Bool

    /// `type` pushed, as a section over a value does.
    func pushing(_ type: TemplateType, inList: Bool = false) -> TemplateCheckScope {
        TemplateCheckScope(stack: stack + [type], inList: inList)
    }

    /// As partials and blocks see it: not inside a list's own section any more.
    var leavingList: TemplateCheckScope { TemplateCheckScope(stack: stack, inList: false) }

    /// The context as lookups see it: the types from the innermost out, each only where it first
    /// appears (an outer context of the same type is never reached). Two scopes with the same
    /// signature resolve every name alike, so a partial is checked once per signature.
    var signature: String {
        var seen: [String] = []
        for type in stack.reversed() where !seen.contains(type.signature) { seen.append(type.signature) }
        return seen.joined(separator: ",")
    }
}

/// A schema's fields, in order and by name.
struct TemplateCheckFields {
    var names: [String]
    var types: [String: TemplateType]
}

/// The overrides a parent call gives, and the template they are written in.
struct TemplateCheckOverrides {
    var blocks: [String: [TemplateNode]]
    var template: String
}

/// One check of one root template: the walk's state and what it found.
struct TemplateCheckWalk {
    let library: TemplateLibrary
    let rootTemplate: String
    var errors: [TemplateCheckError] = []
    private var reported: Set<String> = []
    /// The overrides of each parent being checked, outermost first (the outermost wins, as in rendering).
    var overrides: [TemplateCheckOverrides] = []
    /// The templates being checked, with their context, to stop at a partial that includes itself.
    private var including: [String] = []
    /// Each schema's fields by the schema's identity.
    var fieldCache: [String: TemplateCheckFields] = [:]

    init(library: TemplateLibrary, rootTemplate: String) {
        self.library = library
        self.rootTemplate = rootTemplate
    }

    /// Checks `template` (named `name`) in `scope`, unless it is already being checked in the same
    /// context (a recursive partial) or partials are nested absurdly deep.
    mutating func include(_ name: String, _ template: Template, in scope: TemplateCheckScope) {
        let key = name + "|" + scope.signature
        guard !including.contains(key), including.count < 64 else { return }
        including.append(key)
        walk(template.nodes, in: scope, template: name)
        including.removeLast()
    }

    mutating func walk(_ nodes: [TemplateNode], in scope: TemplateCheckScope, template: String) {
        for node in nodes { walk(node, in: scope, template: template) }
    }

    private mutating func walk(_ node: TemplateNode, in scope: TemplateCheckScope, template: String) {
        switch node {
        case .text, .contentType, .blockDefinition:
            break
        case .variable(let lookup, _):
            guard let type = resolve(lookup, in: scope, template: template) else { return }
            switch type.unwrapped {
            case .list, .object:
                report(TemplateCheckFinding(message: "'\(lookup.written)' is \(article(type.unwrapped)), which shows nothing as '{{\(lookup.written)}}'; go through it with '{{#\(lookup.written)}}…{{/\(lookup.written)}}'"),
                       at: lookup, in: template)
            case .text, .bool, .number, .optional:
                break
            }
        case .section(let lookup, let body):
            // An unknown section's inside is not checked: every name in it would be reported too.
            guard let type = resolve(lookup, in: scope, template: template) else { return }
            for inner in sectionScopes(type, scope) { walk(body, in: inner, template: template) }
        case .invertedSection(let lookup, let body):
            guard let type = resolve(lookup, in: scope, template: template) else { return }
            for inner in invertedScopes(type, scope) { walk(body, in: inner, template: template) }
        case .block(let name, let defaultContent, _):
            if let given = overrides.first(where: { $0.blocks[name] != nil }) {
                walk(given.blocks[name] ?? [], in: scope.leavingList, template: given.template)
            } else {
                walk(defaultContent, in: scope.leavingList, template: template)
            }
        case .partial(let name, let dynamic, _, let given, let givenOffsets, let offset):
            if let given { checkOverrides(given, at: givenOffsets, parent: dynamic == nil ? name : nil, in: scope, template: template) }
            var names = [name]
            if let dynamic {
                guard let type = resolve(dynamic, in: scope, template: template) else { return }
                guard case .text = type.unwrapped else {
                    report(TemplateCheckFinding(message: "'{{>*\(dynamic.written)}}' names its template with '\(dynamic.written)', which is \(article(type)), not text"),
                           at: dynamic, in: template)
                    return
                }
                names = library.names
            } else if library[name] == nil {
                report(TemplateCheckFinding(message: "there is no template named '\(name)'", unknownName: name, knownNames: library.names,
                                            missingTemplate: name),
                       atOffset: offset, in: template)
                return
            }
            if let given { overrides.append(TemplateCheckOverrides(blocks: given, template: template)) }
            for name in names {
                if let partial = library[name] { include(name, partial, in: scope.leavingList) }
            }
            if given != nil { overrides.removeLast() }
        }
    }

    /// The contexts a section's inside is shown in, by what the section's name holds.
    private func sectionScopes(_ type: TemplateType, _ scope: TemplateCheckScope) -> [TemplateCheckScope] {
        switch type {
        case .optional(let wrapped): sectionScopes(wrapped, scope)
        case .bool: [scope]
        case .list(let element): [scope.pushing(element, inList: true)]
        case .text, .number, .object: [scope.pushing(type)]
        }
    }

    /// The contexts an inverted section's inside is shown in: unchanged when the value is absent or
    /// false, with the (empty) list pushed when it is a list. Text, numbers and objects never show
    /// it; it is checked in the unchanged context all the same.
    private func invertedScopes(_ type: TemplateType, _ scope: TemplateCheckScope) -> [TemplateCheckScope] {
        switch type {
        case .optional(let wrapped):
            if case .list = wrapped.unwrapped { return [scope, scope.pushing(wrapped.unwrapped)] }
            return [scope]
        case .list: return [scope.pushing(type)]
        case .bool, .text, .number, .object: return [scope]
        }
    }

    /// "a list of LinkView", "an object (LinkView)", for messages.
    func article(_ type: TemplateType) -> String {
        switch type {
        case .object(let schema): "an object (\(schema.name))"
        case .optional(let wrapped): article(wrapped)
        case .list: "a \(type)"
        case .text, .bool, .number: type.description
        }
    }

    /// Records a finding once, placed at the lookup's key (`keyIndex`) or at the name's start.
    mutating func report(_ finding: TemplateCheckFinding, at lookup: TemplateLookup, in template: String) {
        let offset = finding.keyIndex.map { lookup.keyOffset($0, in: library[template]?.source ?? []) } ?? lookup.offset
        report(finding, atOffset: offset, in: template)
    }

    /// Records a finding once, at the UTF-8 offset `offset` of `template`.
    mutating func report(_ finding: TemplateCheckFinding, atOffset offset: Int, in template: String) {
        let source = library[template]?.source ?? []
        guard reported.insert("\(template)|\(offset)|\(finding.message)").inserted else { return }
        let place = TemplatePlace(offset: offset, in: source)
        errors.append(TemplateCheckError(template: template, line: place.line, column: place.column, lineText: place.lineText,
                                         message: finding.message, unknownName: finding.unknownName, knownNames: finding.knownNames,
                                         checkedAs: template == rootTemplate ? nil : rootTemplate, missingTemplate: finding.missingTemplate))
        errors[errors.count - 1].unknownBlock = finding.unknownBlock
    }
}
