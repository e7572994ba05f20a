import Parallel

/// A field name as a template looks it up: the name, and a small number given to that name once
/// per process, the same for every template and every view that uses it.
///
/// Why: a page makes thousands of lookups. With the number, a ``TemplateView`` finds its field by
/// reading one array slot (``TemplateFields`` keeps, for each number, which of its fields has that
/// name) instead of comparing the name with its fields' names. Two views with a field of the same
/// name each have their own table, so the number never means a field of another type.
public struct TemplateKey: Sendable, Equatable {
    /// The name as written (`title` of `{{page.title}}`).
    public let name: String
    /// The name's number (``TemplateKeys/number(of:)``).
    @usableFromInline let number: Int

    /// The key for `name`, numbered if it is new.
    public init(_ name: String) {
        self.name = name
        number = TemplateKeys.number(of: name)
    }
}

/// The numbers given to names: each name gets the next number the first time a template or a
/// view's field table asks for it, and keeps it. Asked only while templates are compiled and field
/// tables made, never while rendering, so the lock costs nothing per page.
enum TemplateKeys {
    private static let numbers = Locked<[String: Int]>([:])

    /// `name`'s number, from 0 up.
    static func number(of name: String) -> Int {
        numbers.withLock { numbers in
            if let number = numbers[name] { return number }
            let number = numbers.count
            numbers[name] = number
            return number
        }
    }
}
