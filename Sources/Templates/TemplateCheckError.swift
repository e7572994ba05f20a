/// A name a template uses that its view does not have (or a use that can never show anything),
/// found by ``TemplateChecker`` before anything is rendered.
public struct TemplateCheckError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The template the name is written in (`course`, `partials/course-card`).
    public var template: String
    /// 1-based line and column (in characters) of the name, or of the part of a dotted name that is wrong.
    public var line: Int
    public var column: Int
    /// The whole line, without its line ending.
    public var lineText: String
    /// What is wrong: `CourseView has no field 'titel'`.
    public var message: String
    /// The unknown name (`titel`), if that is the problem, and the names that were known in its
    /// place, for a "did you mean" (the caller chooses how to spell that).
    public var unknownName: String?
    public var knownNames: [String]
    /// The template being checked when this was found, if not `template` itself: the page template
    /// that fills in the layout, or includes the partial.
    public var checkedAs: String?
    /// The template that is used here but does not exist, if that is the problem.
    public var missingTemplate: String?
    /// True when `unknownName` is a block a parent template does not have (`{{$mian}}`), not a field.
    public var unknownBlock = false

    public init(template: String, line: Int, column: Int, lineText: String, message: String,
                unknownName: String? = nil, knownNames: [String] = [], checkedAs: String? = nil, missingTemplate: String? = nil) {
        self.missingTemplate = missingTemplate
        self.template = template
        self.line = line
        self.column = column
        self.lineText = lineText
        self.message = message
        self.unknownName = unknownName
        self.knownNames = knownNames
        self.checkedAs = checkedAs
    }

    public var description: String { "\(template):\(line):\(column): \(message)" }
}

/// A problem found while walking, before it is placed in its template's text.
struct TemplateCheckFinding {
    var message: String
    /// The key that is not known, and which of the lookup's keys it is (to place it; nil places
    /// the finding at the start of the name as written, transforms included).
    var unknownName: String?
    var keyIndex: Int?
    var knownNames: [String] = []
    /// The template used that does not exist.
    var missingTemplate: String?
    /// The unknown name is a block's, not a field's.
    var unknownBlock = false
}
