/// A transform applied to a value before it is shown or tested: `{{#empty(page.required)}}`,
/// `{{^last()}}, {{/last()}}`. Nested calls apply innermost first: `{{even(index())}}`.
///
/// The names and results are swift-mustache's (2.1.1); `capitalized`, `sorted` and `enumerated` are
/// not offered. A transform that does not apply to the value it gets (`count` of a string) gives
/// `.missing`, as in swift-mustache.
enum TemplateTransform: String, Sendable, CaseIterable {
    // Of the position in the list being iterated, written with no argument: `first()`, `index()`.
    // `first` and `last` of a list argument are its first and last elements instead.
    case first, last, index, even, odd
    // Of a list: `count`, `empty`, `reversed` (also `first`, `last`). Of a string: `empty`, `reversed`,
    // `lowercased`, `uppercased`. Of an integer: `even`, `odd`, `equalzero`, `plusone`, `minusone`.
    case count, empty, reversed, lowercased, uppercased, equalzero, plusone, minusone

    /// The transforms that can read the position in a list (`{{first()}}`).
    var appliesToPosition: Bool {
        switch self {
        case .first, .last, .index, .even, .odd: true
        default: false
        }
    }

    /// The names a template may use, for error messages.
    static let names = allCases.map { "\($0.rawValue)()" }.joined(separator: ", ")
}

/// Where the section being rendered is in the list it iterates; what `first()`, `last()`, `index()`,
/// `even()` and `odd()` read.
struct ListPosition {
    var index: Int
    var count: Int

    func apply(_ transform: TemplateTransform) -> TemplateValue {
        switch transform {
        case .first: .bool(index == 0)
        case .last: .bool(index == count - 1)
        case .index: .int(index)
        case .even: .bool(index & 1 == 0)
        case .odd: .bool(index & 1 == 1)
        default: .missing
        }
    }
}

extension TemplateValue {
    /// The value after `transform`, or `.missing` when the transform does not apply to it.
    func applying(_ transform: TemplateTransform) -> TemplateValue {
        switch self {
        case .string(let string):
            switch transform {
            case .empty: return .bool(string.isEmpty)
            case .lowercased: return .string(string.lowercased())
            case .uppercased: return .string(string.uppercased())
            case .reversed: return .string(String(string.reversed()))
            default: return .missing
            }
        case .list(let list):
            switch transform {
            case .first: return list.count > 0 ? list.element(at: 0) : .missing
            case .last: return list.count > 0 ? list.element(at: list.count - 1) : .missing
            case .reversed: return .list(ReversedTemplateList(base: list))
            case .count: return .int(list.count)
            case .empty: return .bool(list.count == 0)
            default: return .missing
            }
        case .int(let number):
            switch transform {
            case .equalzero: return .bool(number == 0)
            case .plusone: return .int(number &+ 1)
            case .minusone: return .int(number &- 1)
            case .even: return .bool(number & 1 == 0)
            case .odd: return .bool(number & 1 == 1)
            default: return .missing
            }
        case .missing, .bool, .object:
            return .missing
        }
    }
}
