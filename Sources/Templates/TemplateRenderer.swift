/// Walks a compiled template with a context stack, appending to one output of UTF-8 bytes (made
/// into a string once, at the end: appending to a string costs several times more per piece).
///
/// Follows swift-mustache's rendering rules exactly (lookups up the stack, what each kind of value
/// does in a section, list positions, partial indentation, block overrides with the outermost
/// parent winning), since the site's pages must come out byte for byte the same.
struct TemplateRenderer {
    let library: TemplateLibrary
    var output: [UInt8]
    /// The context stack: the root value, then each section's value.
    var stack: [TemplateValue]
    /// The position in the list whose element is on top of the stack, if that is what the top is.
    var listPosition: ListPosition?
    /// Added after every line break inside a standalone partial or block.
    var indentation = ""
    /// The overrides of each `{{<parent}}` being rendered, outermost first (the outermost wins).
    var overrides: [[String: TemplateBodyObject]] = []
    var escapesHTML = true

    init(library: TemplateLibrary, root: TemplateValue, output: [UInt8]) {
        self.library = library
        self.output = output
        stack = [root]
        stack.reserveCapacity(16)
    }

    /// Renders a list of nodes: a template, a section (once per element), a block or a partial.
    /// The list and what its ops refer to are borrowed (see ``TemplateProgram``): no reference
    /// counts change while the template's own parts are read.
    mutating func render(_ body: TemplateBodyObject) {
        let escapes = escapesHTML
        defer { escapesHTML = escapes }
        let ops = body.ops
        if indentation.isEmpty {
            for index in ops.indices { render(ops[index]) }
            return
        }
        // swift-mustache indents a node's output when what this list has output so far ends a line.
        // The indentation goes in first and comes out again if the node outputs nothing: rendering
        // each node into a buffer of its own cost an allocation or more per node.
        let start = output.count
        for index in ops.indices {
            let before = output.count
            let indents = endsWithLineFeed(after: start)
            if indents { append(indentation) }
            let after = output.count
            render(ops[index])
            if indents, output.count == after { output.removeSubrange(before...) }
        }
    }

    /// Renders an unretained list of nodes.
    @inline(__always)
    mutating func render(_ body: TemplateBody) {
        body.reference._withUnsafeGuaranteedRef { render($0) }
    }

    /// Whether the output since `start` ends with a `\n` that is a character of its own (not `\r\n`).
    private func endsWithLineFeed(after start: Int) -> Bool {
        guard output.count > start, output.last == UInt8(ascii: "\n") else { return false }
        guard output.count - 1 > start else { return true }
        return output[output.count - 2] != UInt8(ascii: "\r")
    }

    private mutating func render(_ op: TemplateOp) {
        switch op {
        case .text(let text):
            text._withUnsafeGuaranteedRef { output.append(contentsOf: $0.bytes) }
        case .variable(let lookup, let escaped):
            let value = lookup._withUnsafeGuaranteedRef { resolve($0) }
            append(value, escaped: escaped && escapesHTML)
        case .section(let lookup, let body):
            let value = lookup._withUnsafeGuaranteedRef { resolve($0) }
            renderSection(value, body)
        case .invertedSection(let lookup, let body):
            let value = lookup._withUnsafeGuaranteedRef { resolve($0) }
            renderInvertedSection(value, body)
        case .block(let block):
            block._withUnsafeGuaranteedRef { renderBlock($0) }
        case .partial(let partial):
            partial._withUnsafeGuaranteedRef { renderPartial($0) }
        case .contentType(let escapes):
            escapesHTML = escapes
        }
    }

    private mutating func renderBlock(_ block: TemplateBlock) {
        let content = overrides.lazy.compactMap { $0[block.name] }.first ?? block.defaultContent
        let saved = (indentation, listPosition)
        indentation += block.indentation
        listPosition = nil
        render(content)
        (indentation, listPosition) = saved
    }

    private mutating func renderPartial(_ partial: TemplatePartial) {
        let templateName: String
        if let dynamic = partial.dynamic {
            guard case .string(let resolved) = resolve(dynamic) else { return }
            templateName = resolved
        } else {
            templateName = partial.name
        }
        guard let template = library[templateName] else { return }
        let saved = (indentation, listPosition, overrides.count, escapesHTML)
        if let indentation = partial.indentation { self.indentation += indentation }
        if let overrides = partial.overrides { self.overrides.append(overrides) }
        listPosition = nil
        escapesHTML = true
        render(template.program.body)
        indentation = saved.0
        listPosition = saved.1
        overrides.removeLast(overrides.count - saved.2)
        escapesHTML = saved.3
    }

    /// Appends a string's UTF-8 bytes.
    @inline(__always)
    private mutating func append(_ string: String) {
        HTMLEscaping.appendUTF8(string, to: &output)
    }

    /// `{{name}}`: strings as they are, numbers in decimal, booleans as `true`/`false`; lists and
    /// objects show nothing (swift-mustache would print Swift's description of them).
    private mutating func append(_ value: TemplateValue, escaped: Bool) {
        switch value {
        case .string(let string):
            if escaped { HTMLEscaping.append(string, to: &output) } else { append(string) }
        case .int(let number):
            append(String(number))
        case .bool(let bool):
            append(bool ? "true" : "false")
        case .missing, .list, .object:
            break
        }
    }

    private mutating func renderSection(_ value: TemplateValue, _ body: TemplateBody) {
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

    private mutating func renderInvertedSection(_ value: TemplateValue, _ body: TemplateBody) {
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
    private mutating func push(_ value: TemplateValue, _ body: TemplateBody) {
        stack.append(value)
        let saved = listPosition
        listPosition = nil
        render(body)
        listPosition = saved
        stack.removeLast()
    }

    /// What a name means here: the first key is searched down the stack (top first) until some
    /// context has it; further keys are looked up only in what it found; then the transforms.
    /// Keys are looked up by number (``TemplateKey``); loops go by index, with no slices made.
    func resolve(_ lookup: TemplateLookup) -> TemplateValue {
        var value: TemplateValue
        var firstTransform = 0
        switch lookup.start {
        case .current:
            value = stack[stack.count - 1]
        case .anchored:
            value = stack[stack.count - 1]
            for index in lookup.fieldKeys.indices {
                value = value.child(lookup.fieldKeys[index])
                if value.isMissing { return value }
            }
        case .stack:
            let keys = lookup.fieldKeys
            value = .missing
            var level = stack.count - 1
            while level >= 0 {
                value = stack[level].child(keys[0])
                if !value.isMissing { break }
                level -= 1
            }
            if value.isMissing { return value }
            var index = 1
            while index < keys.count {
                value = value.child(keys[index])
                if value.isMissing { return value }
                index += 1
            }
        case .listPosition:
            guard let listPosition, !lookup.transforms.isEmpty else { return .missing }
            value = listPosition.apply(lookup.transforms[0])
            firstTransform = 1
        }
        let transforms = lookup.transforms
        var index = firstTransform
        while index < transforms.count {
            value = value.applying(transforms[index])
            if value.isMissing { return value }
            index += 1
        }
        return value
    }
}

extension TemplateValue {
    /// The field `key` of an object; `.missing` for any other value.
    @inline(__always)
    func child(_ key: TemplateKey) -> TemplateValue {
        if case .object(let object) = self { return object.value(for: key) }
        return .missing
    }
}
