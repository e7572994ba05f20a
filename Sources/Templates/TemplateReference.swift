/// What ``TemplateValue/object(_:)`` holds: an object behind one reference (``TemplateObjectBox``).
///
/// `@unchecked Sendable`: the subclasses hold only immutable, `Sendable` values.
public class TemplateObjectReference: @unchecked Sendable {
    @usableFromInline
    init() {}

    /// The object itself (what tests and the debug checks look at).
    public var object: any TemplateObject { fatalError("subclasses give the object") }

    /// The object's field of `key`, or `.missing` (``TemplateObject/value(for:)``).
    public func value(for key: TemplateKey) -> TemplateValue { fatalError("subclasses look up fields") }
}

/// An object held in a reference of its own.
@usableFromInline
final class TemplateObjectBox<Object: TemplateObject>: TemplateObjectReference, @unchecked Sendable {
    @usableFromInline let wrapped: Object

    @usableFromInline
    init(_ wrapped: Object) {
        self.wrapped = wrapped
    }

    override var object: any TemplateObject { wrapped }

    @usableFromInline
    override func value(for key: TemplateKey) -> TemplateValue { wrapped.value(for: key) }
}

/// What ``TemplateValue/list(_:)`` holds: a list behind one reference (``TemplateListBox``).
///
/// `@unchecked Sendable`: the subclass holds only an immutable, `Sendable` list.
public class TemplateListReference: @unchecked Sendable {
    @usableFromInline
    init() {}

    /// How many elements there are.
    public var count: Int { fatalError("subclasses count") }

    /// The element at `index`, from `0` to `count - 1`.
    public func element(at index: Int) -> TemplateValue { fatalError("subclasses give elements") }
}

/// A list held in a reference.
@usableFromInline
final class TemplateListBox<List: TemplateList>: TemplateListReference, @unchecked Sendable {
    @usableFromInline let wrapped: List

    @usableFromInline
    init(_ wrapped: List) {
        self.wrapped = wrapped
    }

    @usableFromInline
    override var count: Int { wrapped.count }

    @usableFromInline
    override func element(at index: Int) -> TemplateValue { wrapped.element(at: index) }
}
