import Templates
import Testing

/// A test value with named fields, written as a dictionary literal: `["title": "T", "list": [1, 2]]`.
struct Fields: TemplateObject, ExpressibleByDictionaryLiteral {
    var fields: [String: TemplateValue]

    init(dictionaryLiteral elements: (String, TemplateValue)...) {
        fields = Dictionary(elements, uniquingKeysWith: { $1 })
    }

    func value(forKey key: String) -> TemplateValue { fields[key] ?? .missing }
}

extension TemplateValue {
    /// An object value from a dictionary literal.
    static func object(_ fields: Fields) -> TemplateValue { .object(fields as any TemplateObject) }
}

/// Compiles `template` (and `partials`, by name) and renders `data` with it.
func render(_ template: String, _ data: Fields = [:], partials: [String: String] = [:]) throws -> String {
    var library = TemplateLibrary()
    for (name, text) in partials { library[name] = try Template(text) }
    return try Template(template).render(data, library: library)
}

/// The error compiling `template` gives, or `nil` if it compiles.
func syntaxError(_ template: String) -> TemplateSyntaxError? {
    do {
        _ = try Template(template)
        return nil
    } catch {
        return error
    }
}
