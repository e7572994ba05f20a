import Catalogue
import Foundation
import TestSupport
import Testing

/// Checks that need the whole catalogue (duplicate codes, prerequisite loops, references to drafts),
/// run on the valid fixture with the offending files added.
@Suite("Cross-file checks: duplicate codes, prerequisite loops, drafts")
struct CrossFileCheckTests {
    /// The valid fixture plus some courses copied from the broken fixture (each correct on its own).
    func load(adding names: [String], extra: [String: String] = [:]) throws -> LoadResult {
        try withTemporaryFolder { folder in
            let content = try folder.copyFixture("valid")
            for name in names {
                try FileManager.default.copyItem(at: Fixtures.url("broken/courses/\(name).md"),
                                                 to: content.appendingPathComponent("courses/\(name).md"))
            }
            for (path, text) in extra { try folder.write("Content/" + path, text) }
            return ContentLoader(directory: content, displayPath: "Content").load()
        }
    }

    /// Either file may be the copy the editor forgot to change, so both are named, each pointing at the other.
    @Test("a course code used twice is an error at both files' codes, case-insensitively")
    func duplicateCode() throws {
        let result = try load(adding: ["duplicate-code-a", "duplicate-code-b"])
        #expect(result.catalogue == nil)
        #expect(result.diagnostics.map(\.place) == ["Content/courses/duplicate-code-a.md:3:7", "Content/courses/duplicate-code-b.md:3:7"])
        #expect(result.diagnostics.allSatisfy { $0.severity == .error && $0.keyPath == "code" })
        #expect(result.diagnostics.map(\.message) == [
            "the code 'DUP-1' is also used by Content/courses/duplicate-code-b.md",
            "the code 'dup-1' is also used by Content/courses/duplicate-code-a.md",
        ])
    }

    @Test("groups written as a list without brackets: the fix is the bracketed list, not the list of every group")
    func groupsWithoutBrackets() throws {
        let course = "---\ntitle: Unbracketed\nsummary: A course.\nstrand: Teaching and learning\ngroups: teachers, teaching-assistants\nformat: online\n---\nText.\n"
        let result = try load(adding: [], extra: ["courses/unbracketed.md": course])
        let found = try #require(result.diagnostics.first { $0.code == .unknownGroup })
        #expect(found.place == "Content/courses/unbracketed.md:5:9")
        #expect(found.suggestion == "write a list of groups in square brackets: groups: [teachers, teaching-assistants]")
    }

    @Test("a prerequisite loop a → b → a is one error, where the loop closes")
    func prerequisiteLoop() throws {
        let result = try load(adding: ["cycle-a", "cycle-b"])
        #expect(result.catalogue == nil)
        #expect(result.diagnostics.map(\.place) == ["Content/courses/cycle-b.md:7:17"])
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.keyPath == "prerequisites")
        #expect(diagnostic.message == "prerequisites go round in a loop: cycle-a → cycle-b → cycle-a")
        #expect(diagnostic.suggestion == "remove 'cycle-a' from this course's prerequisites")
    }

    @Test("a longer loop names every course in it")
    func longerLoop() throws {
        func course(_ slug: String, needs prerequisite: String) -> String {
            "---\ntitle: \(slug)\nsummary: Part \(slug) of a loop.\nstrand: Leadership\ngroups: all\nformat: online\nprerequisites: [\(prerequisite)]\n---\n"
        }
        let result = try load(adding: [], extra: [
            "courses/loop-1.md": course("loop-1", needs: "loop-2"),
            "courses/loop-2.md": course("loop-2", needs: "loop-3"),
            "courses/loop-3.md": course("loop-3", needs: "loop-1"),
        ])
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.message == "prerequisites go round in a loop: loop-1 → loop-2 → loop-3 → loop-1")
        #expect(result.diagnostics.first?.place == "Content/courses/loop-3.md:7:17")
    }

    @Test("a course that lists itself as a prerequisite is an error in its own file")
    func selfPrerequisite() throws {
        let result = try load(adding: [], extra: [
            "courses/narcissus.md": "---\ntitle: Narcissus\nsummary: Needs itself.\nstrand: Leadership\ngroups: all\nformat: online\nprerequisites: [narcissus]\n---\n",
        ])
        #expect(result.diagnostics.map(\.place) == ["Content/courses/narcissus.md:7:17"])
        #expect(result.diagnostics.first?.message == "the course lists itself as a prerequisite")
    }

    @Test("a published course whose prerequisite is a draft gets a warning")
    func draftPrerequisite() throws {
        let result = try load(adding: [], extra: [
            "courses/after-leading.md": "---\ntitle: After leading\nsummary: Needs a draft.\nstrand: Leadership\ngroups: all\nformat: online\nprerequisites: [leading-teams]\n---\n",
        ])
        #expect(result.catalogue != nil)
        #expect(result.diagnostics.map(\.place) == ["Content/courses/after-leading.md:7:17"])
        #expect(result.diagnostics.first?.severity == .warning)
        #expect(result.diagnostics.first?.message == "prerequisite 'leading-teams' is a draft, so it is shown without a link")
    }

    @Test("two files with the same slug in different folders: the second is refused")
    func duplicateSlug() throws {
        let result = try load(adding: [], extra: [
            "courses/zz-extra/first-aid.md": "---\ntitle: Another first aid\nsummary: Same slug.\nstrand: Leadership\ngroups: all\nformat: online\n---\n",
        ])
        #expect(result.catalogue == nil)
        #expect(result.diagnostics.map(\.place) == ["Content/courses/zz-extra/first-aid.md:0:0"])
        #expect(result.diagnostics.first?.message == "there is already a course called 'first-aid' in Content/courses/mandatory/first-aid.md")
    }

    @Test("files and folders starting with _ or . are ignored; stray files are warned about")
    func ignoredAndStrayFiles() throws {
        let result = try load(adding: [], extra: [
            "courses/_drafts/idea.md": "not content at all",
            "courses/.hidden.md": "nor this",
            "courses/notes.txt": "a stray file",
            "course/typo-folder.md": "a folder with a typo",
        ])
        #expect(result.catalogue != nil)
        #expect(result.diagnostics.map(\.place) == ["Content/course:0:0", "Content/courses/notes.txt:0:0"])
        #expect(result.diagnostics.allSatisfy { $0.severity == .warning })
        #expect(result.diagnostics.first?.suggestion == "did you mean 'courses'?")
    }
}
