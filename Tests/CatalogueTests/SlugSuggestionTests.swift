import Catalogue
import Foundation
import TestSupport
import Testing

/// The new name suggested for a file name that cannot be a web address must itself be one: a name
/// over 100 characters used to be refused with a suggestion identical to the name.
@Suite("Slug suggestions are valid slugs")
struct SlugSuggestionTests {
    static let long = (1...30).map { "word\($0)" }.joined(separator: "-")

    @Test("a course file name over 100 characters is refused with a shorter name that is valid")
    func longCourseFileName() throws {
        #expect(Self.long.utf8.count > 100 && Slug.make(from: Self.long) == Self.long)
        try withTemporaryFolder { folder in
            let content = try folder.copyFixture("valid")
            try folder.write("Content/courses/\(Self.long).md",
                             "---\ntitle: Long\nsummary: A long name.\nstrand: Leadership\ngroups: all\nformat: online\n---\n")
            let result = ContentLoader(directory: content, displayPath: "Content").load()
            let diagnostic = try #require(result.diagnostics.first { $0.location.file == "Content/courses/\(Self.long).md" })
            #expect(diagnostic.message == "the file name '\(Self.long).md' cannot be used as a web address")
            let suggestion = try #require(diagnostic.suggestion)
            let suggested = try #require(suggestion.split(separator: " ").dropFirst(3).first.map { String($0.dropLast(3)) })
            #expect(suggested != Self.long)
            #expect(Slug.isValid(suggested), "\(suggestion)")
            #expect(Self.long.hasPrefix(suggested + "-"), "cut at a dash, so no word is split: \(suggested)")
        }
    }

    @Test("suggestions are valid for any title, however long", arguments: [
        String(repeating: "a", count: 101), String(repeating: "ab-", count: 60), String(repeating: "Staff Wellbeing ", count: 12),
        String(repeating: "x", count: 99) + "--y", "-" + String(repeating: "é", count: 200) + String(repeating: "b", count: 150),
        long,
    ])
    func alwaysValid(title: String) {
        let suggestion = Slug.suggestion(for: title)
        #expect(Slug.isValid(suggestion), "\(suggestion)")
        #expect(suggestion.utf8.count <= Slug.maximumLength)
    }
}
