/// The names every file may refer to, known before any file is parsed (slugs come from file names),
/// so that each file's references are checked at their own line and column while it is read.
package struct ReferenceIndex: Sendable {
    let groups: Set<String>
    let courses: Set<String>
    var stages: [String]
    var families: [String]?
    var strands: [String]?
    /// False when site.yml could not be read: stage checks would only repeat that error.
    var stagesKnown: Bool
    /// The group and course slugs, sorted and prepared once for "did you mean" (not once per mistake).
    let groupNames: Suggestion.Candidates
    let courseNames: Suggestion.Candidates

    init(groups: Set<String>, courses: Set<String>, stages: [String], families: [String]?, strands: [String]?, stagesKnown: Bool) {
        self.groups = groups
        self.courses = courses
        self.stages = stages
        self.families = families
        self.strands = strands
        self.stagesKnown = stagesKnown
        groupNames = Suggestion.Candidates(groups.sorted())
        courseNames = Suggestion.Candidates(courses.sorted())
    }
}

extension ReferenceIndex {
    /// Whether every name a file may refer to is the same (the preview reuses parses only then).
    package func same(as other: ReferenceIndex) -> Bool {
        groups == other.groups && courses == other.courses && stages == other.stages && families == other.families
            && strands == other.strands && stagesKnown == other.stagesKnown
    }
}
