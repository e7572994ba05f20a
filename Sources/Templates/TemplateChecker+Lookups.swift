// What a name means at check time: the renderer's `resolve` with types instead of values.

extension TemplateCheckWalk {
    /// A schema's fields, made once (a schema makes them anew each time it is asked).
    mutating func fields(of schema: TemplateSchema) -> TemplateCheckFields {
        if let known = fieldCache[schema.identity] { return known }
        let fields = schema.fields
        let made = TemplateCheckFields(names: fields.map(\.name),
                                       types: Dictionary(fields.map { ($0.name, $0.type) }, uniquingKeysWith: { first, _ in first }))
        fieldCache[schema.identity] = made
        return made
    }

    /// The type of what `lookup` finds in `scope`, or nil (and a finding reported) when it finds
    /// nothing on any page.
    mutating func resolve(_ lookup: TemplateLookup, in scope: TemplateCheckScope, template: String) -> TemplateType? {
        var type: TemplateType
        var transforms = lookup.transforms[...]
        let top = scope.stack[scope.stack.count - 1]
        switch lookup.start {
        case .current:
            type = top
        case .anchored:
            type = top
            for (index, key) in lookup.keys.enumerated() {
                guard let next = field(key, index, of: type, lookup, template: template) else { return nil }
                type = next
            }
        case .stack:
            let first = lookup.keys[0]
            var found: TemplateType?
            var foundIn: TemplateSchema?
            for frame in scope.stack.reversed() {
                if case .object(let schema) = frame.unwrapped, let field = fields(of: schema).types[first] {
                    found = field
                    foundIn = schema
                    break
                }
            }
            guard let found else {
                let schemas = scope.stack.reversed().compactMap { frame -> TemplateSchema? in
                    if case .object(let schema) = frame.unwrapped { return schema }
                    return nil
                }
                var known: [String] = []
                for name in schemas.flatMap({ fields(of: $0).names }) where !known.contains(name) { known.append(name) }
                // `{{title}}` where only `page.title` is reachable: suggest the dotted name.
                var reachable: [String] = []
                for schema in schemas {
                    let outer = fields(of: schema)
                    for name in outer.names {
                        guard case .object(let inner)? = outer.types[name]?.unwrapped, fields(of: inner).types[first] != nil else { continue }
                        if !reachable.contains("\(name).\(first)") { reachable.append("\(name).\(first)") }
                    }
                }
                var names: [String] = []
                for schema in schemas where !names.contains(schema.name) { names.append(schema.name) }
                let owners = switch names.count {
                case 0: "the current value has no field"
                case 1: "\(names[0]) has no field"
                case 2: "neither \(names[0]) nor \(names[1]) around it has a field"
                default: "none of \(names.dropLast().joined(separator: ", ")) or \(names[names.count - 1]) around it has a field"
                }
                report(TemplateCheckFinding(message: "unknown name '\(lookup.written)': \(owners) '\(first)'",
                                            unknownName: first, keyIndex: 0, knownNames: reachable.isEmpty ? known : reachable),
                       at: lookup, in: template)
                return nil
            }
            type = found
            for (index, key) in lookup.keys.enumerated().dropFirst() {
                guard let next = field(key, index, of: type, lookup, template: template, besides: index == 1 ? foundIn : nil) else { return nil }
                type = next
            }
        case .listPosition:
            guard let transform = transforms.popFirst() else { return nil }
            guard scope.inList else {
                report(TemplateCheckFinding(message: "'\(lookup.written)' reads the position in a list, but is not directly inside a list's section here, so it is always empty"),
                       at: lookup, in: template)
                return nil
            }
            type = transform == .index ? .number : .bool
        }
        for transform in transforms {
            guard let next = applying(transform, to: type) else {
                report(TemplateCheckFinding(message: "'\(transform.rawValue)()' does not apply to \(article(type)), so '\(lookup.written)' is always empty"),
                       at: lookup, in: template)
                return nil
            }
            type = next
        }
        return type
    }

    /// The type of the field `key` (the `index`th key of `lookup`) of a value of type `type`.
    /// `besides`: the schema the lookup's first key was found in; its other objects' fields are
    /// offered too, dotted (`{{page.title}}` in the layout: `layout.pageTitle`).
    private mutating func field(_ key: String, _ index: Int, of type: TemplateType, _ lookup: TemplateLookup,
                                template: String, besides outer: TemplateSchema? = nil) -> TemplateType? {
        if case .object(let schema) = type.unwrapped {
            if let field = fields(of: schema).types[key] { return field }
            var known = fields(of: schema).names
            if let outer {
                let siblings = fields(of: outer)
                for name in siblings.names where name != lookup.keys[0] {
                    guard case .object(let sibling)? = siblings.types[name]?.unwrapped else { continue }
                    known += fields(of: sibling).names.map { "\(name).\($0)" }
                }
            }
            report(TemplateCheckFinding(message: "unknown name '\(lookup.written)': \(schema.name) has no field '\(key)'",
                                        unknownName: key, keyIndex: index, knownNames: known),
                   at: lookup, in: template)
        } else {
            let before = (lookup.start == .anchored ? "." : "") + lookup.keys.prefix(index).joined(separator: ".")
            report(TemplateCheckFinding(message: "unknown name '\(lookup.written)': \(before.isEmpty ? "the current value" : "'\(before)'") is \(article(type)), which has no fields",
                                        keyIndex: index),
                   at: lookup, in: template)
        }
        return nil
    }

    /// What `transform` makes of a value of type `type` (swift-mustache's rules, as the renderer's
    /// `TemplateValue.applying`), or nil where it always gives nothing.
    private func applying(_ transform: TemplateTransform, to type: TemplateType) -> TemplateType? {
        switch type {
        case .optional(let wrapped):
            return applying(transform, to: wrapped).map { if case .optional = $0 { $0 } else { .optional($0) } }
        case .text:
            switch transform {
            case .empty: return .bool
            case .lowercased, .uppercased, .reversed: return .text
            default: return nil
            }
        case .list(let element):
            switch transform {
            case .first, .last: return .optional(element)
            case .reversed: return type
            case .count: return .number
            case .empty: return .bool
            default: return nil
            }
        case .number:
            switch transform {
            case .equalzero, .even, .odd: return .bool
            case .plusone, .minusone: return .number
            default: return nil
            }
        case .bool, .object:
            return nil
        }
    }
}

extension TemplateLookup {
    /// The name as a template writes it, for messages: `page.title`, `.`, `.title`, `empty(page.list)`.
    var written: String {
        var name: String
        switch start {
        case .current: name = "."
        case .anchored: name = "." + keys.joined(separator: ".")
        case .stack: name = keys.joined(separator: ".")
        case .listPosition: name = ""
        }
        for transform in transforms { name = "\(transform.rawValue)(\(name))" }
        return name
    }

    /// Where the `index`th key starts in `source`: past the transform calls' opening brackets, then
    /// past the dots and keys before it. The start of the name when it cannot be found.
    func keyOffset(_ index: Int, in source: [UInt8]) -> Int {
        var position = offset
        var brackets = transforms.count
        while brackets > 0, position < source.count {
            if source[position] == UInt8(ascii: "(") { brackets -= 1 }
            position += 1
        }
        guard !keys.isEmpty else { return offset }
        var seen = -1
        while position < source.count, NameCharacters.plainName.contains(source[position]) {
            if source[position] != UInt8(ascii: ".") {
                seen += 1
                if seen == index { return position }
                while position < source.count, source[position] != UInt8(ascii: "."),
                      NameCharacters.plainName.contains(source[position]) { position += 1 }
            } else {
                position += 1
            }
        }
        return offset
    }
}
