/// A Swift value that converts to a ``TemplateValue``: `String`, `Bool`, `Int`, optionals and arrays
/// of representable values, and every ``TemplateObject``.
///
/// `TemplateValue(x)` (or `.init(x)` where a `TemplateValue` is expected) uses it, and so does each
/// field of a ``TemplateView`` (`.field("title") { $0.title }`) whatever the field's type. A `nil`
/// optional becomes `.missing`.
public protocol TemplateRepresentable: Sendable {
    /// This value as templates see it.
    var templateValue: TemplateValue { get }
}

extension TemplateValue: TemplateRepresentable {
    @inlinable
    public var templateValue: TemplateValue { self }
}

extension String: TemplateRepresentable {
    @inlinable
    public var templateValue: TemplateValue { .string(self) }
}

extension Bool: TemplateRepresentable {
    @inlinable
    public var templateValue: TemplateValue { .bool(self) }
}

extension Int: TemplateRepresentable {
    @inlinable
    public var templateValue: TemplateValue { .int(self) }
}

extension Optional: TemplateRepresentable where Wrapped: TemplateRepresentable {
    @inlinable
    public var templateValue: TemplateValue {
        switch self {
        case .some(let value): value.templateValue
        case .none: .missing
        }
    }
}

extension Array: TemplateRepresentable where Element: TemplateRepresentable {
    @inlinable
    public var templateValue: TemplateValue { .list(TemplateListBox(self)) }
}
