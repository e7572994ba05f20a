/// A value a template can show, test or iterate: what `{{name}}` finds.
///
/// Templates never see Swift types directly. A view model answers lookups with these cases, so
/// rendering needs no reflection or dynamic casts. How each case behaves:
///
/// | case | `{{name}}` | `{{#name}}…{{/name}}` | `{{^name}}…{{/name}}` |
/// | --- | --- | --- | --- |
/// | `missing` | nothing; the lookup goes on up the context stack | skipped | shown |
/// | `bool` | `true` / `false` | shown once if true, in the same context | shown if false |
/// | `int` | decimal digits | shown once with the number as context (0 too) | skipped |
/// | `string` | the text, HTML-escaped | shown once with the text as context (`""` too) | skipped |
/// | `list` | nothing | shown once per element, in order | shown if the list is empty |
/// | `object` | nothing | shown once with the object as context | skipped |
///
/// This is swift-mustache's behaviour for the corresponding Swift types (`nil`, `Bool`, `Int`,
/// `String`, arrays, structs), which the theme was written against.
///
/// Lists and objects are held by a reference (``TemplateListReference``, ``TemplateObjectReference``):
/// a value is then a few plain words, copied with at most one reference count, where a protocol
/// value held in place was copied and destroyed through its type's witnesses on every lookup.
/// Write `.list(x)` and `.object(x)` with the list or object itself.
public enum TemplateValue: Sendable {
    /// No such value (a `nil` optional, an unknown key). Name lookups keep searching the context stack.
    case missing
    case bool(Bool)
    case int(Int)
    case string(String)
    case list(TemplateListReference)
    case object(TemplateObjectReference)

    /// A list value.
    @inlinable
    public static func list(_ list: any TemplateList) -> TemplateValue {
        .list(list.templateListReference)
    }

    /// An object value.
    @inlinable
    public static func object(_ object: any TemplateObject) -> TemplateValue {
        .object(object.templateObjectReference)
    }

    /// Wraps any representable value: `.init(title)`, `.init(sessions)`, `.init(optionalCode)`.
    @inlinable
    public init(_ value: some TemplateRepresentable) {
        self = value.templateValue
    }

    /// Whether this is `.missing`.
    @inlinable
    public var isMissing: Bool {
        if case .missing = self { return true }
        return false
    }
}

/// A value with named fields, looked up by templates (`{{title}}`, `{{page.title}}`).
///
/// View models conform through ``TemplateView``, which declares the fields once and gives both
/// this lookup and the schema the ``TemplateChecker`` reads. Implement `value(forKey:)` by hand
/// only for values templates are never checked against (tests); return `.missing` for unknown keys.
public protocol TemplateObject: TemplateRepresentable {
    /// The value of the field named `key`, or `.missing`.
    func value(forKey key: String) -> TemplateValue

    /// The same, for a key compiled into a template: what rendering calls. A ``TemplateView`` finds
    /// the field by the key's number; other objects need not implement it (it asks `value(forKey:)`).
    func value(for key: TemplateKey) -> TemplateValue
}

extension TemplateObject {
    @inlinable
    public func value(for key: TemplateKey) -> TemplateValue { value(forKey: key.name) }

    @inlinable
    public var templateValue: TemplateValue { .object(templateObjectReference) }

    /// This object in a reference, as ``TemplateValue/object(_:)`` holds it.
    @inlinable
    public var templateObjectReference: TemplateObjectReference { TemplateObjectBox(self) }
}

/// An ordered collection a section iterates (`{{#sessions}}…{{/sessions}}`).
///
/// Arrays of representable values conform; elements are converted only when a template reaches them.
public protocol TemplateList: Sendable {
    /// How many elements there are.
    var count: Int { get }
    /// The element at `index`, from `0` to `count - 1`.
    func element(at index: Int) -> TemplateValue
}

extension TemplateList {
    /// This list in a reference, as ``TemplateValue/list(_:)`` holds it.
    @inlinable
    public var templateListReference: TemplateListReference { TemplateListBox(self) }
}

extension Array: TemplateList where Element: TemplateRepresentable {
    @inlinable
    public func element(at index: Int) -> TemplateValue { self[index].templateValue }
}

/// The elements of another list, last first: the result of the `reversed(list)` transform.
struct ReversedTemplateList: TemplateList {
    let base: TemplateListReference

    var count: Int { base.count }

    func element(at index: Int) -> TemplateValue { base.element(at: base.count - 1 - index) }
}
