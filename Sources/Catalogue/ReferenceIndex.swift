import Foundation
import Parallel

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
    /// The content folder as messages name it (`Content`, or the folder given with --content).
    var contentDisplay = "Content"
    /// Made the first time a message needs it: 20,000 course names prepared for every build cost more
    /// than the "did you mean" of any build that has no unknown course.
    var courseNames: Suggestion.Candidates { courseCandidates.candidates }
    private let courseCandidates: LazyCandidates
    /// Each course's strand, read from its file only when a message lists the courses of a strand.
    let courseStrands: CourseStrands

    init(groups: Set<String>, courses: Set<String>, stages: [String], families: [String]?, strands: [String]?, stagesKnown: Bool,
         courseFiles: @escaping @Sendable () -> [String: URL] = { [:] }) {
        self.groups = groups
        self.courses = courses
        self.stages = stages
        self.families = families
        self.strands = strands
        self.stagesKnown = stagesKnown
        groupNames = Suggestion.Candidates(groups.sorted())
        courseCandidates = LazyCandidates(courses)
        courseStrands = CourseStrands(files: courseFiles)
    }

    /// "the courses in 'Mandatory training' are: …" (the courses of `strand` but `except`), or every
    /// course when that strand has no other: the list an editor picks from when no name is close.
    func courseListing(strand: String?, except: String? = nil) -> String {
        // Worked out once per strand and course: a pasted list of thousands of unknown names costs one.
        courseStrands.listing(key: "\(strand ?? "")\n\(except ?? "")") { makeCourseListing(strand: strand, except: except) }
    }

    private func makeCourseListing(strand: String?, except: String?) -> String {
        if let strand {
            let same = courseStrands.courses(in: strand).filter { $0 != except }
            if !same.isEmpty { return "the courses in '\(strand)' are: \(Suggestion.listing(same))" }
        }
        return "the courses are: \(Suggestion.listing(courseNames.names.filter { $0 != except }))"
    }
}

/// Names prepared for "did you mean" (`Suggestion.Candidates`, sorted) the first time they are asked for.
final class LazyCandidates: Sendable {
    private let names: Set<String>
    private let made = Locked<Suggestion.Candidates?>(nil)

    init(_ names: Set<String>) { self.names = names }

    var candidates: Suggestion.Candidates {
        made.withLock { made in
            if let made { return made }
            let candidates = Suggestion.Candidates(names.sorted())
            made = candidates
            return candidates
        }
    }
}

/// The strand of each course, read (once, from each file's `strand:` line) the first time a message
/// needs it: a build without such a message never reads a file twice.
final class CourseStrands: Sendable {
    /// Each course's file by slug, worked out when first needed.
    private let files: @Sendable () -> [String: URL]
    private let strands = Locked<[String: String]?>(nil)
    private let listings = Locked<[String: String]>([:])

    func listing(key: String, make: () -> String) -> String {
        if let known = listings.withLock({ $0[key] }) { return known }
        let made = make()
        listings.withLock { $0[key] = made }
        return made
    }

    init(files: @escaping @Sendable () -> [String: URL]) { self.files = files }

    /// The courses whose `strand:` is `strand`, sorted.
    func courses(in strand: String) -> [String] {
        all().filter { $0.value == strand }.map(\.key).sorted()
    }

    /// The strand written in a course's file.
    func strand(of course: String) -> String? { all()[course] }

    private func all() -> [String: String] {
        strands.withLock { known in
            if let known { return known }
            var read: [String: String] = [:]
            for (slug, url) in files() {
                guard let data = try? Data(contentsOf: url), let text = String(data: data.prefix(16_384), encoding: .utf8) else { continue }
                for line in text.split(separator: "\n").prefix(200) where line.hasPrefix("strand:") {
                    var value = line.dropFirst("strand:".count)
                    if let note = value.range(of: " #") { value = value[..<note.lowerBound] }
                    read[slug] = value.trimmingCharacters(in: CharacterSet(charactersIn: " \t\r\"'"))
                    break
                }
            }
            known = read
            return read
        }
    }
}

extension ReferenceIndex {
    /// Whether every name a file may refer to is the same (the preview reuses parses only then).
    package func same(as other: ReferenceIndex) -> Bool {
        groups == other.groups && courses == other.courses && stages == other.stages && families == other.families
            && strands == other.strands && stagesKnown == other.stagesKnown
    }
}
