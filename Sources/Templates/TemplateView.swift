/// A view model that declares, once, the fields templates may use: ``templateFields``. Its lookups
/// (``TemplateObject/value(forKey:)``) and its schema (``templateSchema``, what the template
/// checker reads) both come from that one table, so they cannot disagree.
///
/// ```swift
/// extension LinkView: TemplateView {
///     static let templateFields: TemplateFields<Self> = [
///         .field("title") { $0.title },
///         .field("href") { $0.href },
///         .field("current") { $0.current },
///     ]
/// }
/// ```
/// A field's type (text, true/false, number, another view, a list, optional) is the type its
/// closure returns; nothing else needs to be written.
public protocol TemplateView: TemplateObject, TemplateTyped {
    /// The fields templates may use, in the order the documentation lists them.
    static var templateFields: TemplateFields<Self> { get }
}

extension TemplateView {
    /// The field named `key`, read through ``templateFields``.
    @inlinable
    public func value(forKey key: String) -> TemplateValue {
        Self.templateFields.value(of: self, forKey: key)
    }

    /// The field of `key`, found by the key's number (one array slot, no names compared).
    @inlinable
    public func value(for key: TemplateKey) -> TemplateValue {
        Self.templateFields.value(of: self, for: key)
    }

    /// What the template checker knows of this view: its fields and their types.
    public static var templateSchema: TemplateSchema {
        TemplateSchema(name: String(describing: Self.self)) { templateFields.schemaFields }
    }

    public static var templateType: TemplateType { .object(templateSchema) }
}

/// One field of a ``TemplateView``: its name, how to read it and what it holds.
public struct TemplateField<View>: Sendable {
    public let name: String
    @usableFromInline let read: @Sendable (View) -> TemplateValue
    let type: @Sendable () -> TemplateType

    /// `.field("title") { $0.title }`: the type is the closure's result type.
    @inlinable
    public static func field<Value: TemplateTyped>(_ name: String, _ read: @escaping @Sendable (View) -> Value) -> Self {
        Self(name: name, type: { Value.templateType }, read: { read($0).templateValue })
    }

    /// A field whose value is already a ``TemplateValue``, so its type must be given:
    /// `.field("page", type: CourseView.templateType) { $0.page }`.
    @inlinable
    public static func field(_ name: String, type: @escaping @Sendable () -> TemplateType,
                             _ read: @escaping @Sendable (View) -> TemplateValue) -> Self {
        Self(name: name, type: type, read: read)
    }

    @usableFromInline
    init(name: String, type: @escaping @Sendable () -> TemplateType, read: @escaping @Sendable (View) -> TemplateValue) {
        self.name = name
        self.type = type
        self.read = read
    }
}

/// The table of a view's fields. A template's lookup (a ``TemplateKey``) reads the slot of the key's
/// number, which holds the index of the field of that name; a lookup by name alone compares the key
/// with each name in order (only names of the key's length). Names are kept apart from the readers,
/// so neither search touches reference counts.
public struct TemplateFields<View>: Sendable, ExpressibleByArrayLiteral {
    /// The fields' names, in order.
    public let names: [String]
    /// Each name's length in UTF-8 bytes: most names are told apart by it without comparing text.
    @usableFromInline let lengths: [Int]
    /// Each field's reader, unretained: the tables are shared by every rendering thread, and copying
    /// a closure out of an array counts a reference to its context (the processors fight over it).
    /// `readerObjects` keeps them alive.
    @usableFromInline let readers: [Unmanaged<TemplateFieldReader<View>>]
    private let readerObjects: [TemplateFieldReader<View>]
    private let types: [@Sendable () -> TemplateType]
    /// For each key number (``TemplateKey``), the index of the field with that name, or -1; as long
    /// as the largest number of this table's names, so a later key (no field here) is past its end.
    @usableFromInline let slots: [Int32]

    public init(_ fields: [TemplateField<View>]) {
        var seen: Set<String> = []
        for field in fields { precondition(seen.insert(field.name).inserted, "the template field '\(field.name)' is declared twice") }
        names = fields.map(\.name)
        lengths = names.map(\.utf8.count)
        readerObjects = fields.map { TemplateFieldReader($0.read) }
        readers = readerObjects.map(Unmanaged.passUnretained)
        types = fields.map(\.type)
        let numbers = names.map(TemplateKeys.number(of:))
        var slots = [Int32](repeating: -1, count: (numbers.max() ?? -1) + 1)
        for (index, number) in numbers.enumerated() { slots[number] = Int32(index) }
        self.slots = slots
    }

    public init(arrayLiteral fields: TemplateField<View>...) {
        self.init(fields)
    }

    /// The value of the field named `key` of `view`, or `.missing`.
    @inlinable
    public func value(of view: View, forKey key: String) -> TemplateValue {
        let length = key.utf8.count
        for index in names.indices where lengths[index] == length && names[index] == key {
            return readers[index]._withUnsafeGuaranteedRef { $0.read(view) }
        }
        return .missing
    }

    /// The value of the field `key` names, or `.missing`: `value(of:forKey:)` by the key's number.
    @inlinable
    public func value(of view: View, for key: TemplateKey) -> TemplateValue {
        let number = key.number
        guard number < slots.count else { return .missing }
        let index = Int(slots[number])
        guard index >= 0 else { return .missing }
        return readers[index]._withUnsafeGuaranteedRef { $0.read(view) }
    }

    /// The fields with their types, for a ``TemplateSchema``.
    public var schemaFields: [TemplateSchema.Field] { zip(names, types).map { TemplateSchema.Field($0, $1()) } }
}

/// One field's reader, in a class so ``TemplateFields`` can call it without retaining it.
@usableFromInline
final class TemplateFieldReader<View>: Sendable {
    @usableFromInline let read: @Sendable (View) -> TemplateValue

    init(_ read: @escaping @Sendable (View) -> TemplateValue) {
        self.read = read
    }
}
