/// A template's nodes as rendering walks them: made once from the ``TemplateNode`` tree (which the
/// parser makes and the checker reads), with the same meaning node for node.
///
/// Why a second form: a compiled template is shared by every thread rendering pages, and walking
/// the node tree copied each node (a reference count increment and decrement on an object every
/// thread touches, so the processors fought over its cache line) for every node of every page.
/// Here a list of nodes is a ``TemplateBody`` of ``TemplateOp``s, plain values whose text, names and
/// nested lists are unretained references (`Unmanaged`): reading them counts no references. They
/// are kept alive by the program's `owners`, which a ``Template`` holds for as long as it renders.
final class TemplateProgram: Sendable {
    /// The template's top-level nodes.
    let body: TemplateBody
    /// Every object the ops refer to, held here so the unretained references stay valid.
    private let owners: [AnyObject & Sendable]

    init(_ nodes: [TemplateNode]) {
        var owners: [AnyObject & Sendable] = []
        body = Self.compile(nodes, &owners)
        self.owners = owners
    }

    private static func compile(_ nodes: [TemplateNode], _ owners: inout [AnyObject & Sendable]) -> TemplateBody {
        func keep<Object: AnyObject & Sendable>(_ object: Object) -> Unmanaged<Object> {
            owners.append(object)
            return Unmanaged.passUnretained(object)
        }
        var ops: [TemplateOp] = []
        ops.reserveCapacity(nodes.count)
        for node in nodes {
            switch node {
            case .text(let text):
                ops.append(.text(keep(TemplateText(text))))
            case .variable(let lookup, let escaped):
                ops.append(.variable(keep(lookup), escaped: escaped))
            case .section(let lookup, let body):
                ops.append(.section(keep(lookup), compile(body, &owners)))
            case .invertedSection(let lookup, let body):
                ops.append(.invertedSection(keep(lookup), compile(body, &owners)))
            case .block(let name, let defaultContent, let indentation):
                ops.append(.block(keep(TemplateBlock(name: name, defaultContent: compile(defaultContent, &owners).object, indentation: indentation))))
            case .partial(let name, let dynamic, let indentation, let overrides, _, _):
                let compiled = overrides?.mapValues { compile($0, &owners).object }
                ops.append(.partial(keep(TemplatePartial(name: name, dynamic: dynamic, indentation: indentation, overrides: compiled))))
            case .contentType(let escapesHTML):
                ops.append(.contentType(escapesHTML: escapesHTML))
            case .blockDefinition:
                // Only inside a parent's overrides, which `.partial` holds; renders nothing.
                continue
            }
        }
        let body = TemplateBodyObject(ops)
        return TemplateBody(keep(body))
    }
}

/// One node, as ``TemplateProgram`` keeps it: the cases of ``TemplateNode`` that render something.
enum TemplateOp: Sendable {
    case text(Unmanaged<TemplateText>)
    case variable(Unmanaged<TemplateLookup>, escaped: Bool)
    case section(Unmanaged<TemplateLookup>, TemplateBody)
    case invertedSection(Unmanaged<TemplateLookup>, TemplateBody)
    case block(Unmanaged<TemplateBlock>)
    case partial(Unmanaged<TemplatePartial>)
    case contentType(escapesHTML: Bool)
}

/// An unretained list of ops (a template, a section's body, a block's default, an override).
struct TemplateBody: Sendable {
    let reference: Unmanaged<TemplateBodyObject>

    init(_ reference: Unmanaged<TemplateBodyObject>) {
        self.reference = reference
    }

    /// The list itself, held by its program's owners.
    var object: TemplateBodyObject { reference.takeUnretainedValue() }
}

final class TemplateBodyObject: Sendable {
    let ops: [TemplateOp]

    init(_ ops: [TemplateOp]) {
        self.ops = ops
    }
}

final class TemplateText: Sendable {
    /// The text's UTF-8 bytes, as the renderer appends them.
    let bytes: [UInt8]

    init(_ text: String) {
        bytes = Array(text.utf8)
    }
}

/// `{{$name}}default{{/name}}` outside a parent.
final class TemplateBlock: Sendable {
    let name: String
    let defaultContent: TemplateBodyObject
    let indentation: String

    init(name: String, defaultContent: TemplateBodyObject, indentation: String) {
        self.name = name
        self.defaultContent = defaultContent
        self.indentation = indentation
    }
}

/// `{{> name}}`, `{{>*name}}` or `{{< name}}…{{/name}}` with its overrides.
final class TemplatePartial: Sendable {
    let name: String
    let dynamic: TemplateLookup?
    let indentation: String?
    let overrides: [String: TemplateBodyObject]?

    init(name: String, dynamic: TemplateLookup?, indentation: String?, overrides: [String: TemplateBodyObject]?) {
        self.name = name
        self.dynamic = dynamic
        self.indentation = indentation
        self.overrides = overrides
    }
}
