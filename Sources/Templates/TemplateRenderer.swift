/// Walks a compiled template with a context stack, appending to one output string.
///
/// Follows swift-mustache's rendering rules exactly (lookups up the stack, what each kind of value
/// does in a section, list positions, partial indentation, block overrides with the outermost
/// parent winning), since the site's pages must come out byte for byte the same.
struct TemplateRenderer {
    let library: TemplateLibrary
    var output: String
    /// The context stack: the root value, then each section's value.
    var stack: [TemplateValue]
    /// The position in the list whose element is on top of the stack, if that is what the top is.
    var listPosition: ListPosition?
    /// Added after every line break inside a standalone partial or block.
    var indentation = ""
    /// The overrides of each `{{<parent}}` being rendered, outermost first (the outermost wins).
    var overrides: [[String: [TemplateNode]]] = []
    var escapesHTML = true

    init(library: TemplateLibrary, root: TemplateValue, output: String) {
        self.library = library
        self.output = output
        stack = [root]
        stack.reserveCapacity(16)
    }

    /// Renders a list of nodes: a template, a section (once per element), a block or a partial.
    mutating func render(_ nodes: [TemplateNode]) {
        let escapes = escapesHTML
        defer { escapesHTML = escapes }
        if indentation.isEmpty {
            // By index: `for node in nodes` goes through an iterator, which the compiler leaves
            // retaining and releasing more per node; this is the innermost loop of every page.
            for index in nodes.indices { render(nodes[index]) }
            return
        }
        // swift-mustache indents a node's output when what this list has output so far ends a line.
        let start = output.utf8.count
        for node in nodes {
            var rendered = ""
            swap(&rendered, &output)
            render(node)
            swap(&rendered, &output)
            if !rendered.isEmpty, endsWithLineFeed(after: start) { output.append(indentation) }
            output.append(rendered)
        }
    }

    /// Whether the output since `start` ends with a `\n` that is a character of its own (not `\r\n`).
    private func endsWithLineFeed(after start: Int) -> Bool {
        let utf8 = output.utf8
        guard utf8.count > start, utf8.last == UInt8(ascii: "\n") else { return false }
        guard utf8.count - 1 > start else { return true }
        return utf8[utf8.index(utf8.endIndex, offsetBy: -2)] != UInt8(ascii: "\r")
    }

    mutating func render(_ node: TemplateNode) {
        switch node {
        case .text(let text):
            output.append(text)
        case .variable(let lookup, let escaped):
            append(resolve(lookup), escaped: escaped && escapesHTML)
        case .section(let lookup, let body):
            renderSection(resolve(lookup), body)
        case .invertedSection(let lookup, let body):
            renderInvertedSection(resolve(lookup), body)
        case .block(let name, let defaultContent, let indentation):
            let content = overrides.lazy.compactMap { $0[name] }.first ?? defaultContent
            let saved = (self.indentation, listPosition)
            self.indentation += indentation
            listPosition = nil
            render(content)
            (self.indentation, listPosition) = saved
        case .partial(let name, let dynamic, let indentation, let overrides, _, _):
            let templateName: String
            if let dynamic {
                guard case .string(let resolved) = resolve(dynamic) else { return }
                templateName = resolved
            } else {
                templateName = name
            }
            guard let template = library[templateName] else { return }
            let saved = (self.indentation, listPosition, self.overrides.count, escapesHTML)
            if let indentation { self.indentation += indentation }
            if let overrides { self.overrides.append(overrides) }
            listPosition = nil
            escapesHTML = true
            render(template.nodes)
            self.indentation = saved.0
            listPosition = saved.1
            self.overrides.removeLast(self.overrides.count - saved.2)
            escapesHTML = saved.3
        case .contentType(let escapes):
            escapesHTML = escapes
        case .blockDefinition:
            break
        }
    }

    /// `{{name}}`: strings as they are, numbers in decimal, booleans as `true`/`false`; lists and
    /// objects show nothing (swift-mustache would print Swift's description of them).
    private mutating func append(_ value: TemplateValue, escaped: Bool) {
        switch value {
        case .string(let string):
            if escaped { HTMLEscaping.append(string, to: &output) } else { output.append(string) }
        case .int(let number):
            output.append(String(number))
        case .bool(let bool):
            output.append(bool ? "true" : "false")
        case .missing, .list, .object:
            break
        }
    }

    private mutating func renderSection(_ value: TemplateValue, _ body: [TemplateNode]) {
        switch value {
        case .missing:
            break
        case .bool(let bool):
            if bool { render(body) }
        case .list(let list):
            let count = list.count
            guard count > 0 else { return }
            let saved = listPosition
            for index in 0..<count {
                stack.append(list.element(at: index))
                listPosition = ListPosition(index: index, count: count)
                render(body)
                stack.removeLast()
            }
            listPosition = saved
        case .string, .int, .object:
            push(value, body)
        }
    }

    private mutating func renderInvertedSection(_ value: TemplateValue, _ body: [TemplateNode]) {
        switch value {
        case .missing:
            render(body)
        case .bool(let bool):
            if !bool { render(body) }
        case .list(let list):
            // swift-mustache renders an empty list's inverted section with the list as context.
            if list.count == 0 { push(value, body) }
        case .string, .int, .object:
            break
        }
    }

    /// Renders `body` once with `value` on top of the stack.
    private mutating func push(_ value: TemplateValue, _ body: [TemplateNode]) {
        stack.append(value)
        let saved = listPosition
        listPosition = nil
        render(body)
        listPosition = saved
        stack.removeLast()
    }

    /// What a name means here: the first key is searched down the stack (top first) until some
    /// context has it; further keys are looked up only in what it found; then the transforms.
    func resolve(_ lookup: TemplateLookup) -> TemplateValue {
        var value: TemplateValue
        var transforms = lookup.transforms[...]
        switch lookup.start {
        case .current:
            value = stack[stack.count - 1]
        case .anchored:
            value = stack[stack.count - 1]
            for key in lookup.keys {
                value = value.child(key)
                if value.isMissing { return value }
            }
        case .stack:
            value = .missing
            let first = lookup.keys[0]
            var index = stack.count - 1
            while index >= 0 {
                value = stack[index].child(first)
                if !value.isMissing { break }
                index -= 1
            }
            if value.isMissing { return value }
            for key in lookup.keys.dropFirst() {
                value = value.child(key)
                if value.isMissing { return value }
            }
        case .listPosition:
            guard let listPosition, let transform = transforms.popFirst() else { return .missing }
            value = listPosition.apply(transform)
        }
        for transform in transforms {
            value = value.applying(transform)
            if value.isMissing { return value }
        }
        return value
    }
}

extension TemplateValue {
    /// The field `key` of an object; `.missing` for any other value.
    @inline(__always)
    func child(_ key: String) -> TemplateValue {
        if case .object(let object) = self { return object.value(forKey: key) }
        return .missing
    }
}
