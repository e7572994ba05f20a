/// A compiled Mustache template: parsed once, rendered any number of times from any thread.
///
/// The language is swift-mustache's (2.1.1), which the site's theme was written for:
/// - `{{name}}` HTML-escaped, `{{{name}}}` and `{{& name}}` as they are;
/// - dotted names (`{{page.title}}`), `{{.}}` for the current value, `{{.name}}` for the current
///   value only; other names are searched from the innermost section outwards;
/// - sections `{{#name}}…{{/name}}` and inverted sections `{{^name}}…{{/name}}`;
/// - comments `{{! … }}`, partials `{{> name}}` (`{{>* name}}` takes the name from the context);
/// - inheritance: `{{<parent}}{{$block}}override{{/block}}{{/parent}}` fills the parent's
///   `{{$block}}default{{/block}}`; the outermost override wins;
/// - transforms: `first()`, `last()`, `index()`, `even()`, `odd()` of the list position, and
///   `empty(x)`, `count(x)`, `first(x)`, `last(x)`, `reversed(x)`, `lowercased(x)`, `uppercased(x)`,
///   `even(x)`, `odd(x)`, `equalzero(x)`, `plusone(x)`, `minusone(x)` of a value; they nest;
/// - set delimiters `{{=<% %>=}}` and the pragma `{{% CONTENT_TYPE: TEXT }}` (no escaping);
/// - the Mustache specification's standalone rule: a line holding only a section, inverted section,
///   closing, comment, partial, parent, block or set-delimiter tag (and spaces or tabs) is removed
///   from the output entirely.
public struct Template: Sendable {
    let nodes: [TemplateNode]
    /// The nodes as rendering walks them.
    let program: TemplateProgram
    /// Bytes of literal text, a first guess at the output's size.
    let textSize: Int
    /// The template's text, to place the checker's findings (``TemplateChecker``).
    let source: [UInt8]

    /// Compiles `text`; a mistake is reported with its line and column.
    public init(_ text: String) throws(TemplateSyntaxError) {
        var parser = TemplateParser(text)
        nodes = try parser.parseTemplate()
        program = TemplateProgram(nodes)
        textSize = text.utf8.count
        source = parser.bytes
    }

    /// The templates this one includes (`{{> name}}`) or fills in (`{{<name}}`), in order; nil when
    /// it names one from the view (`{{>*name}}`), which could be any template.
    public var includedTemplates: [String]? {
        var names: [String] = []
        func collect(_ nodes: [TemplateNode]) -> Bool {
            for node in nodes {
                switch node {
                case .text, .variable, .contentType:
                    continue
                case .section(_, let body), .invertedSection(_, let body), .blockDefinition(_, let body, _), .block(_, let body, _):
                    guard collect(body) else { return false }
                case .partial(let name, let dynamic, _, let overrides, _, _):
                    guard dynamic == nil else { return false }
                    if !names.contains(name) { names.append(name) }
                    for body in (overrides ?? [:]).values { guard collect(body) else { return false } }
                }
            }
            return true
        }
        return collect(nodes) ? names : nil
    }

    /// Renders `value` with this template; partials and parents come from `library`.
    public func render(_ value: some TemplateRepresentable, library: TemplateLibrary = TemplateLibrary()) -> String {
        var output = ""
        render(value, library: library, into: &output)
        return output
    }

    /// Appends the rendering of `value` to `output`.
    public func render(_ value: some TemplateRepresentable, library: TemplateLibrary = TemplateLibrary(), into output: inout String) {
        output += String(decoding: renderBytes(value, library: library, capacity: 0), as: UTF8.self)
    }

    /// The rendering of `value` as UTF-8 bytes, in storage of `capacity` bytes at least.
    func renderBytes(_ value: some TemplateRepresentable, library: TemplateLibrary, capacity: Int) -> [UInt8] {
        var renderer = TemplateRenderer(library: library, root: value.templateValue, output: [])
        renderer.output.reserveCapacity(capacity)
        renderer.render(program.body)
        return renderer.output
    }
}

/// Templates by name, so they can call each other as partials (`{{> name}}`) and parents (`{{< name}}`).
///
/// A template in a folder is named with the folder: `partials/course-card`.
public struct TemplateLibrary: Sendable {
    private var templates: [String: Template]

    public init(_ templates: [String: Template] = [:]) {
        self.templates = templates
    }

    /// The template named `name`.
    public subscript(name: String) -> Template? {
        get { templates[name] }
        set { templates[name] = newValue }
    }

    /// Every template's name, sorted.
    public var names: [String] { templates.keys.sorted() }

    /// Whether any template may reverse a text (`reversed(x)` of a string): what a renderer that
    /// splices rendered pieces back together must know, since a reversed piece no longer reads in order.
    public var mayReverseText: Bool {
        func reverses(_ nodes: [TemplateNode]) -> Bool {
            nodes.contains { node in
                switch node {
                case .text, .contentType:
                    return false
                case .variable(let lookup, _):
                    return lookup.transforms.contains(.reversed)
                case .section(let lookup, let body), .invertedSection(let lookup, let body):
                    return lookup.transforms.contains(.reversed) || reverses(body)
                case .block(_, let body, _), .blockDefinition(_, let body, _):
                    return reverses(body)
                case .partial(_, let dynamic, _, let overrides, _, _):
                    return dynamic?.transforms.contains(.reversed) == true || (overrides ?? [:]).values.contains(where: reverses)
                }
            }
        }
        return templates.values.contains { reverses($0.nodes) }
    }

    /// Renders `value` with the template named `name`, or `nil` if there is none.
    public func render(_ value: some TemplateRepresentable, template name: String) -> String? {
        renderBytes(value, template: name).map { String(decoding: $0, as: UTF8.self) }
    }

    /// `render(_:template:)` as UTF-8 bytes, for text that is written out as it is (pages): made
    /// into a string, text that is not all ASCII is read through again, byte by byte.
    public func renderBytes(_ value: some TemplateRepresentable, template name: String) -> [UInt8]? {
        guard let template = templates[name] else { return nil }
        return template.renderBytes(value, library: self, capacity: 2 * template.textSize)
    }
}
