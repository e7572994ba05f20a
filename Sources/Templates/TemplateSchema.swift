/// What a name in a template holds, as far as the checker needs to know: enough to follow
/// sections, lists, dotted names and transforms without a value at hand.
public indirect enum TemplateType: Sendable, CustomStringConvertible {
    case text
    case bool
    case number
    /// Sometimes absent (a `nil` optional): shows nothing, and an inverted section over it shows.
    case optional(TemplateType)
    /// A list; a section over it is shown once per element, with the element as context.
    case list(TemplateType)
    /// An object with named fields.
    case object(TemplateSchema)

    /// In words, for messages and the theme's documentation: `text`, `list of LinkView`, `StatusView, optional`.
    public var description: String {
        switch self {
        case .text: "text"
        case .bool: "true/false"
        case .number: "number"
        case .optional(let wrapped): "\(wrapped), optional"
        case .list(let element): "list of \(element)"
        case .object(let schema): schema.name
        }
    }

    /// The type without its optional wrapping (the value when it is there).
    var unwrapped: TemplateType {
        if case .optional(let wrapped) = self { return wrapped.unwrapped }
        return self
    }

    /// A short, stable spelling for comparing contexts: `CourseView`, `[LinkView]`, `text?`.
    var signature: String {
        switch self {
        case .text: "text"
        case .bool: "bool"
        case .number: "number"
        case .optional(let wrapped): wrapped.signature + "?"
        case .list(let element): "[" + element.signature + "]"
        case .object(let schema): schema.identity
        }
    }
}

/// The fields of an object templates can read, by name: the schema of a view model.
///
/// Fields are produced on demand, so schemas can refer to each other (and to themselves).
public struct TemplateSchema: Sendable {
    /// One field: its name and what it holds.
    public struct Field: Sendable {
        public var name: String
        public var type: TemplateType

        public init(_ name: String, _ type: TemplateType) {
            self.name = name
            self.type = type
        }
    }

    /// The view's name (`CourseView`), shown in messages and documentation.
    public let name: String
    /// Tells schemas apart where two share a name (`PageContext` with different pages): schemas
    /// with the same identity have the same fields. The name, unless given.
    public let identity: String
    private let makeFields: @Sendable () -> [Field]

    /// A schema whose fields are made when asked for (a view's fields may name the view itself).
    public init(name: String, identity: String? = nil, fields: @escaping @Sendable () -> [Field]) {
        self.name = name
        self.identity = identity ?? name
        makeFields = fields
    }

    /// A schema with these fields, in this order.
    public init(name: String, identity: String? = nil, fields: [Field]) {
        self.init(name: name, identity: identity, fields: { fields })
    }

    /// Every field, in the order they were declared.
    public var fields: [Field] { makeFields() }

    /// What the field `name` holds, or nil if there is no such field.
    public func field(_ name: String) -> TemplateType? {
        fields.first { $0.name == name }?.type
    }
}

/// A Swift type whose values templates can read, and which says what they are: a ``TemplateType``.
/// `String`, `Bool`, `Int`, optionals and arrays of them, and every ``TemplateView``.
public protocol TemplateTyped: TemplateRepresentable {
    /// What a value of this type is to the template checker.
    static var templateType: TemplateType { get }
}

extension String: TemplateTyped {
    public static var templateType: TemplateType { .text }
}

extension Bool: TemplateTyped {
    public static var templateType: TemplateType { .bool }
}

extension Int: TemplateTyped {
    public static var templateType: TemplateType { .number }
}

extension Optional: TemplateTyped where Wrapped: TemplateTyped {
    public static var templateType: TemplateType { .optional(Wrapped.templateType) }
}

extension Array: TemplateTyped where Element: TemplateTyped {
    public static var templateType: TemplateType { .list(Element.templateType) }
}
