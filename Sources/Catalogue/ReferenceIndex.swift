/// The names every file may refer to, known before any file is parsed (slugs come from file names),
/// so that each file's references are checked at their own line and column while it is read.
struct ReferenceIndex: Sendable {
    var groups: Set<String>
    var courses: Set<String>
    var stages: [String]
    var families: [String]?
    var strands: [String]?
    /// False when site.yml could not be read: stage checks would only repeat that error.
    var stagesKnown: Bool
}
