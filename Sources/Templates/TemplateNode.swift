/// One piece of a compiled template. Sections, blocks and parents hold their own pieces, so a
/// template is a tree built once; the checker walks it, and rendering walks the ``TemplateProgram``
/// made from it. Indirect: each node is one reference rather than every field of the largest case.
indirect enum TemplateNode: Sendable {
    /// Text copied as it is (template lines keep their own line endings).
    case text(String)
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{& name}}` (raw).
    case variable(TemplateLookup, escaped: Bool)
    /// `{{#name}}…{{/name}}`.
    case section(TemplateLookup, [TemplateNode])
    /// `{{^name}}…{{/name}}`.
    case invertedSection(TemplateLookup, [TemplateNode])
    /// `{{$name}}default{{/name}}` outside a parent: the default, unless a parent call overrides it.
    case block(name: String, defaultContent: [TemplateNode], indentation: String)
    /// `{{$name}}…{{/name}}` directly inside `{{<parent}}`: an override. Only ever held by a `partial`.
    /// `offset`: where the name is written, for the checker's messages.
    case blockDefinition(name: String, [TemplateNode], offset: Int)
    /// `{{> name}}` (overrides `nil`) or `{{< name}}…{{/name}}` (with its overrides). `indentation` is
    /// set for standalone tags; `dynamic` (`{{>*name}}`) takes the template's name from the context.
    /// `offset`: where the name is written, and `overrideOffsets` where each override's name is,
    /// for the checker's messages.
    case partial(name: String, dynamic: TemplateLookup?, indentation: String?, overrides: [String: [TemplateNode]]?,
                 overrideOffsets: [String: Int] = [:], offset: Int)
    /// `{{% CONTENT_TYPE: TEXT }}` or `HTML`: whether `{{name}}` escapes, for the rest of the section.
    case contentType(escapesHTML: Bool)
}

/// A compiled name: `{{.}}`, `{{title}}`, `{{page.title}}`, `{{.title}}`, `{{first()}}`, `{{empty(page.x)}}`.
///
/// A class, made once when the template is compiled: a node holding it is copied with one reference
/// rather than one for each of its arrays, and rendering reads every lookup of every page.
final class TemplateLookup: Sendable, Equatable {
    enum Start: Sendable, Equatable {
        /// `.` (or an empty name): the current context.
        case current
        /// The first key is searched from the top of the context stack down; the rest from what it found.
        case stack
        /// A leading dot (`.title`): every key from the current context only.
        case anchored
        /// An empty name with transforms (`first()`): the position in the list being iterated.
        case listPosition
    }

    let start: Start
    /// The names between the dots, numbered (``TemplateKey``): what rendering looks up.
    let fieldKeys: [TemplateKey]
    /// The names between the dots, as written: what the checker reads.
    var keys: [String] { fieldKeys.map(\.name) }
    /// Applied in this order (innermost call first).
    let transforms: [TemplateTransform]
    /// Where the name as written (transform calls included) starts in its template, a UTF-8
    /// offset, for the checker's messages.
    let offset: Int

    /// swift-mustache's rules: `.` is the current context; an empty name with transforms is the list
    /// position; a leading dot stays in the current context; otherwise the stack is searched.
    /// Dots split keys, empty pieces dropped (`a..b` is `a.b`).
    init(name: String, transforms: [TemplateTransform], offset: Int) {
        self.transforms = transforms
        self.offset = offset
        let keys = name == "." ? [] : name.split(separator: ".").map(String.init)
        if name == "." {
            start = .current
        } else if name.isEmpty, !transforms.isEmpty {
            start = .listPosition
        } else if name.first == "." {
            start = keys.isEmpty ? .current : .anchored
        } else {
            start = keys.isEmpty ? .current : .stack
        }
        fieldKeys = keys.map(TemplateKey.init)
    }

    static func == (left: TemplateLookup, right: TemplateLookup) -> Bool {
        left.start == right.start && left.keys == right.keys && left.transforms == right.transforms && left.offset == right.offset
    }
}
