@_spi(Reflection) import Swift
import Catalogue
import struct Catalogue.SourceLocation
import Foundation
import Markdown
import Site
import Testing

/// Every field of `Course.Fields`, found from the type itself (not a list of names kept here), is
/// changed in turn; the preview's incremental render after each change must serve exactly the bytes
/// a full render of the changed catalogue serves.
@Suite("Each course field reaches the preview")
struct FieldChangeTests {
    /// Every stored field of `Course.Fields`: its name and key path, from the type's metadata.
    static func fields() -> [(name: String, path: PartialKeyPath<Course.Fields>)] {
        var found: [(name: String, path: PartialKeyPath<Course.Fields>)] = []
        _ = _forEachFieldWithKeyPath(of: Course.Fields.self) { name, path in
            found.append((String(cString: name), path))
            return true
        }
        return found
    }

    /// One change to a field, chosen by the field's type.
    struct Mutation {
        let apply: (inout Course.Fields, PartialKeyPath<Course.Fields>) -> Bool

        init<Value>(_ change: @escaping (Value) -> Value) {
            apply = { fields, path in
                guard let path = path as? WritableKeyPath<Course.Fields, Value> else { return false }
                fields[keyPath: path] = change(fields[keyPath: path])
                return true
            }
        }
    }

    /// A change for each type a field has; a field of a type not here fails the test.
    static func mutations(_ catalogue: Catalogue) -> [Mutation] {
        let place = SourceLocation(file: "Content/courses/changed.md", line: 3, column: 1)
        let otherCourse = catalogue.publishedCourses.last!.slug
        return [
            Mutation { (text: String) in text + "-changed" },
            Mutation { (text: String?) in text.map { $0 + " (changed)" } ?? "Added" },
            Mutation { (code: Located<String>?) in Located((code?.value ?? "NEW") + "-2", at: code?.location ?? place) },
            Mutation { (list: [Located<String>]) in list.isEmpty ? [Located(otherCourse, at: place)] : Array(list.dropLast()) },
            Mutation { (list: [String]) in list.isEmpty ? [catalogue.settings.stages.last!.slug] : Array(list.dropLast()) },
            Mutation { (groups: GroupSelection) in groups == .all ? .some([catalogue.groups.last!.slug]) : .all },
            Mutation { (format: CourseFormat) in CourseFormat.allCases.first { $0 != format }! },
            Mutation { (audience: MandatoryAudience) in audience == .everyone ? .nominated : .everyone },
            Mutation { (number: Double?) in (number ?? 0) + 1.5 },
            Mutation { (number: Int?) in (number ?? 0) + 6 },
            Mutation { (flag: Bool) in !flag },
            Mutation { (cost: Cost?) in cost == .pence(4500) ? .text("Free to trust staff") : .pence(4500) },
            Mutation { (template: URLTemplate?) in
                template == nil ? try! URLTemplate.parse("https://book.example/{code}?d={date}").get() : nil
            },
            Mutation { (sessions: [Session]) in sessions.isEmpty ? sessions : Array(sessions.dropFirst()) },
            Mutation { (costs: [KindCost]) in costs.isEmpty ? [KindCost(kind: .academy, cost: .pence(4500))] : [] },
            Mutation { (recurring: [RecurringSession]) in
                recurring.isEmpty ? [RecurringSession(recurs: "every half-term", start: nil, end: nil, venue: "Online", places: nil,
                                                      invitation: true, forPartners: true, location: place)] : []
            },
            Mutation { (body: MarkdownDocument) in MarkdownRenderer.render("A changed description with a [link](https://example.org).") },
            Mutation { (picture: CoursePicture?) in
                picture != nil ? nil : CoursePicture(file: MarkdownFile(
                    source: "courses/map.png", path: "files/map.0123456789.png", href: "../files/map.0123456789.png",
                    destinations: ["map.png"], isImage: true, fileExtension: "png", width: 4, height: 3,
                    data: Data([0x89, 0x50, 0x4E, 0x47])), alt: "A map of the venue")
            },
            Mutation { (source: SourceLocation) in SourceLocation(file: source.file + ".moved", line: source.line + 1) },
            Mutation { (source: SourceLocation?) in SourceLocation(file: (source?.file ?? place.file) + ".moved", line: (source?.line ?? 0) + 1) },
        ]
    }

    /// The catalogue with `course` in place of the course of the same slug (`slug`, when it was renamed).
    static func replacing(_ slug: String, with course: Course, in catalogue: Catalogue) -> Catalogue {
        var changed = Catalogue(settings: catalogue.settings, home: catalogue.home, groups: catalogue.groups,
                                courses: catalogue.courses.map { $0.slug == slug ? course : $0 },
                                pathways: catalogue.pathways, pages: catalogue.pages)
        changed.edition = catalogue.edition
        return changed
    }

    @Test("changing any one field of a course, the preview serves what a full render serves",
          arguments: ["behaviour-essentials", "coaching-conversations"])
    func everyField(slug: String) throws {
        let workspace = try Workspace()
        let generator = SiteGenerator(options: workspace.buildOptions())
        let catalogue = try #require(ContentLoader(directory: workspace.content, displayPath: "Content").load().catalogue)
        let theme = try Theme.load(from: workspace.theme, displayPath: "Theme").get()
        let history = try generator.publishedHistory(for: catalogue).get()
        let course = try #require(catalogue.course(slug))

        let fields = Self.fields()
        // The list is the type's own: the same fields, in the same order, as a mirror of a value shows.
        #expect(fields.map(\.name) == Mirror(reflecting: course.fields).children.map { $0.label ?? "" })
        #expect(fields.count > 20)
        let mutations = Self.mutations(catalogue)
        for (name, path) in fields {
            var changedFields = course.fields
            guard mutations.contains(where: { $0.apply(&changedFields, path) }) else {
                Issue.record("no mutation for the field '\(name)' (\(type(of: path).valueType)): add one to FieldChangeTests.mutations")
                continue
            }
            #expect(changedFields != course.fields, "the mutation of '\(name)' changed nothing")
            var changedCourse = course
            changedCourse.fields = changedFields
            let changed = Self.replacing(slug, with: changedCourse, in: catalogue)

            let fragments = CourseFragments()
            let (before, _) = try generator.renderPreview(catalogue: catalogue, theme: theme, history: history, previous: nil,
                                                          change: .everything, fragments: fragments).get()
            let (incremental, _) = try generator.renderPreview(catalogue: changed, theme: theme, history: history, previous: before,
                                                               change: .courses([slug, changedCourse.slug]), fragments: fragments).get()
            let (full, _) = try generator.renderPreview(catalogue: changed, theme: theme, history: history, previous: nil,
                                                        change: .everything).get()
            #expect(Set(incremental.files.keys) == Set(full.files.keys), "changing '\(name)'")
            let stale = full.files.keys.filter { incremental.files[$0] != full.files[$0] }.sorted()
            #expect(stale.isEmpty, "changing '\(name)' of \(slug), the preview serves stale files: \(stale)")
        }
    }

    /// A retitle that moves a course to the other end of the title order reaches every file that
    /// lists courses in that order, the sitemap included (it is made only for a site with a `url`,
    /// and its reads once named the slug alone, so a retitled course kept its old place in it).
    @Test("a retitle that moves a course in the order reaches every export, the sitemap included",
          arguments: ["Zz moved to the end", "Aa moved to the start"])
    func retitleMovesCourse(title: String) throws {
        let workspace = try Workspace()
        let settings = try workspace.read("site.yml")
        try workspace.write("site.yml", "url: https://intranet.testbridge.example/cpd/\n" + settings)
        let generator = SiteGenerator(options: workspace.buildOptions())
        let catalogue = try #require(ContentLoader(directory: workspace.content, displayPath: "Content").load().catalogue)
        let theme = try Theme.load(from: workspace.theme, displayPath: "Theme").get()
        let history = try generator.publishedHistory(for: catalogue).get()
        let course = try #require(catalogue.course("coaching-conversations"))
        var retitled = course
        retitled.fields.title = title
        let changed = Self.replacing(course.slug, with: retitled, in: catalogue)
        #expect(changed.publishedCourses.map(\.slug) != catalogue.publishedCourses.map(\.slug), "the retitle must move the course")

        let fragments = CourseFragments()
        let (before, _) = try generator.renderPreview(catalogue: catalogue, theme: theme, history: history, previous: nil,
                                                      change: .everything, fragments: fragments).get()
        #expect(before.files["sitemap.xml"] != nil, "a site with a url has a sitemap")
        let (incremental, _) = try generator.renderPreview(catalogue: changed, theme: theme, history: history, previous: before,
                                                           change: .courses([course.slug]), fragments: fragments).get()
        let (full, _) = try generator.renderPreview(catalogue: changed, theme: theme, history: history, previous: nil,
                                                    change: .everything).get()
        #expect(Set(incremental.files.keys) == Set(full.files.keys))
        let stale = full.files.keys.filter { incremental.files[$0] != full.files[$0] }.sorted()
        #expect(stale.isEmpty, "retitled to '\(title)', the preview serves stale files: \(stale)")
    }
}
