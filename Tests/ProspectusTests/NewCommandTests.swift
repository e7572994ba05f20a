import Catalogue
import Foundation
@testable import prospectus
import TestSupport
import Testing

/// `prospectus new` refuses a name that cannot be a web address with a name that can.
@Suite("The new command's names")
struct NewCommandTests {
    @Test("`prospectus new` with a long name suggests a valid one")
    func newFileName() throws {
        let long = (1...30).map { "word\($0)" }.joined(separator: "-")
        let problem = try #require(NewFileTemplate.problem(withSlug: long))
        let suggested = try #require(problem.split(separator: "'").last.map(String.init))
        #expect(suggested != long && Slug.isValid(suggested), "\(problem)")
    }
}

/// `prospectus new` cannot publish its template by accident: a new course is a draft, and the
/// example text is an error wherever it would be published.
@Suite("The new command's templates")
struct NewTemplateTests {
    /// Writes the file `new` would write into a copy of the valid fixture and loads the content.
    func loadNew(_ kind: NewFileTemplate.Kind, _ slug: String, edit: (String) -> String = { $0 }) throws -> LoadResult {
        // (This target has no TestSupport: a scratch copy of the valid fixture, removed afterwards.)
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("new-template-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/valid")
        let content = scratch.appendingPathComponent("Content")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: fixture, to: content)
        let prepared = NewFileTemplate.prepare(kind: kind, slug: slug, content: content, displayPath: "Content",
                                               today: { _ in LocalDate(year: 2026, month: 9, day: 1)! })
        guard case .success(let file) = prepared else { throw NewFileError(message: "not prepared") }
        try FileManager.default.createDirectory(at: file.url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(edit(file.text).utf8).write(to: file.url)
        return ContentLoader(directory: content, displayPath: "Content").load()
    }

    @Test("a new course is a draft: it passes the check and is not published")
    func newCourseIsDraft() throws {
        let result = try loadNew(.course, "first-aid-refresher")
        #expect(result.diagnostics.filter { $0.location.file.hasSuffix("first-aid-refresher.md") } == [])
        let course = try #require(result.catalogue?.courses.first { $0.slug == "first-aid-refresher" })
        #expect(course.draft)
    }

    @Test("once draft: true is removed, the example summary and description are errors at their lines")
    func publishedTemplateRefused() throws {
        let result = try loadNew(.course, "first-aid-refresher") { $0.replacingOccurrences(of: "draft: true", with: "# draft: true") }
        #expect(result.catalogue == nil)
        let found = result.diagnostics.filter { $0.location.file == "Content/courses/first-aid-refresher.md" }
        #expect(found.map(\.keyPath) == ["summary", "body"], "\(found.map(\.summary))")
        #expect(found.allSatisfy { $0.severity == .error && $0.message.contains("example text of 'prospectus new'") })
    }

    @Test("a new group, pathway or page reports its example text until it is replaced", arguments: [
        NewFileTemplate.Kind.group, .pathway, .page,
    ])
    func exampleTextIsAnError(kind: NewFileTemplate.Kind) throws {
        let result = try loadNew(kind, "brand-new")
        let found = result.diagnostics.filter { $0.location.file == "Content/\(kind.folder)/brand-new.md" }
        #expect(!found.isEmpty && found.allSatisfy { $0.severity == .error && $0.message.contains("example text of 'prospectus new'") },
                "\(found.map(\.summary))")
    }
}

/// `prospectus new` writes only into a content folder: a mistyped `--content Contnet` made a new
/// folder no build reads, and `--content Output` a file the next build deleted.
@Suite("The new command's folder")
struct NewFolderTests {
    func prepared(_ content: URL, shown: String) -> String? {
        let result = NewFileTemplate.prepare(kind: .course, slug: "first-aid", content: content, displayPath: shown,
                                             today: { _ in LocalDate(year: 2026, month: 9, day: 1)! })
        if case .failure(let error) = result { return error.message }
        return nil
    }

    @Test("a missing folder, a folder without site.yml and a folder inside a built site are refused, naming what to give")
    func refused() throws {
        try withTemporaryFolder("new-folder") { scratch in
            #expect(prepared(scratch.path("Contnet"), shown: "Contnet")
                    == "there is no content folder Contnet; give the folder that holds site.yml with --content (Content, the default)")
            try scratch.write("Notes/readme.txt", "notes")
            #expect(prepared(scratch.path("Notes"), shown: "Notes")?.hasPrefix("Notes is not a content folder: it has no site.yml") == true)
            try scratch.write("Output/.prospectus-output", "This folder is generated by Prospectus.\n")
            try scratch.write("Output/site.yml", "title: a copy\n")
            let atOutput = prepared(scratch.path("Output"), shown: "Output")
            #expect(atOutput?.hasPrefix("Output is a folder Prospectus writes (a built site or a report)") == true, "\(atOutput ?? "")")
            let inside = prepared(scratch.path("Output/courses"), shown: "Output/courses")
            #expect(inside?.hasPrefix("Output/courses is inside '\(scratch.path("Output").path)', a folder Prospectus writes") == true,
                    "\(inside ?? "")")
            try scratch.write("afile", "notes")
            #expect(prepared(scratch.path("afile"), shown: "afile")?.hasPrefix("afile is a file, not a content folder") == true)
            try scratch.write("Content/site.yml", "title: Trust CPD\n")
            #expect(prepared(scratch.path("Content"), shown: "Content") == nil)
            #expect(!FileManager.default.fileExists(atPath: scratch.path("Contnet").path))
        }
    }
}
