import Catalogue
import Foundation
import TestSupport
import Testing

/// The warnings fixture: content that publishes, but that an editor should look at.
@Suite("Warnings for the warnings fixture")
struct WarningFixtureTests {
    let result = Fixtures.load("warnings")

    @Test("warnings do not stop the catalogue being built")
    func warningsOnly() throws {
        #expect(!result.diagnostics.hasErrors)
        #expect(result.diagnostics.allSatisfy { $0.severity == .warning })
        let catalogue = try #require(result.catalogue)
        #expect(catalogue.courses.count == 5)
        #expect(result.fileCount == 9)
    }

    @Test("every warning, at its exact place, and no other diagnostic")
    func exactWarnings() {
        let found = result.diagnostics.map { "\($0.place) [\($0.keyPath)] \($0.message)" }
        #expect(found == [
            "Content/courses/no-group.md:5:9 [groups] the course is open to no group, so no staff group page lists it",
            "Content/courses/no-renewal.md:7:12 [renewal_months] mandatory training has no renewal period",
            "Content/courses/only-full.md:10:5 [sessions] the session on 2026-10-14 is full and the course has no other date",
            "Content/courses/outside-year.md:9:5 [sessions] 2027-09-08 is outside the academic year 2026-27 (2026-09-01 to 2027-08-31)",
            "Content/groups/caretakers.md:0:0 [] no published course is open to the group 'Caretakers'",
            "Content/pathways/draft-step.md:6:5 [steps[0]] step 'Lead a team' has no published course",
            "Content/pathways/draft-step.md:8:15 [steps[0].courses] course 'draft-course' is a draft, so this step does not show it",
        ])
    }

    @Test("warnings come with a way to fix them")
    func suggestions() {
        let suggestions = Dictionary(result.diagnostics.map { ($0.place, $0.suggestion ?? "") }, uniquingKeysWith: { a, _ in a })
        #expect(suggestions["Content/courses/no-renewal.md:7:12"]?.contains("renewal_months: 24") == true)
        #expect(suggestions["Content/groups/caretakers.md:0:0"]?.contains("add 'caretakers' to the groups") == true)
        #expect(suggestions["Content/courses/only-full.md:10:5"]?.contains("add another session") == true)
        #expect(suggestions["Content/courses/outside-year.md:9:5"]?.contains("academic_year") == true)
    }

    @Test("no group warning when a published course is open to all groups")
    func allCourseSilencesGroupWarning() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let content = try folder.copyFixture("warnings")
        try folder.write("Content/courses/for-everyone.md", """
            ---
            title: For everyone
            summary: Open to every group.
            strand: Safeguarding
            groups: all
            format: online
            ---
            """)
        let result = ContentLoader(directory: content, displayPath: "Content").load()
        #expect(!result.diagnostics.contains { $0.location.file == "Content/groups/caretakers.md" })
        // …while the other warnings are still there.
        #expect(result.diagnostics.contains { $0.location.file == "Content/courses/no-renewal.md" })
    }

    @Test("a full session is not a warning when an open date remains")
    func fullWithAlternative() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let content = try folder.copyFixture("warnings")
        try folder.write("Content/courses/only-full.md", """
            ---
            title: Only a full date
            summary: Now with another date.
            strand: Teaching and learning
            groups: [teachers]
            format: face-to-face
            sessions:
              - date: 2026-11-11
                status: open
              - date: 2026-10-14
                status: full
            ---
            """)
        let result = ContentLoader(directory: content, displayPath: "Content").load()
        #expect(!result.diagnostics.contains { $0.location.file == "Content/courses/only-full.md" })
    }
}
