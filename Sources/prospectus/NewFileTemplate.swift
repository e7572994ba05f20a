import Catalogue
import Foundation

/// Writes the commented starter files of `prospectus new`: a course, group or pathway that builds as
/// it is, with every optional setting shown in a comment and example dates in the current academic year.
struct NewFileTemplate: Sendable {
    /// The kinds of file `new` can make.
    enum Kind: String, Sendable, CaseIterable {
        case course, group, pathway, page

        var folder: String { rawValue + "s" }
    }

    var kind: Kind
    var slug: String
    /// Real names from the content folder, so the new file refers to things that exist.
    var settings: SiteSettings?
    var groups: [String]
    var courses: [String]
    var today: LocalDate

    init(kind: Kind, slug: String, settings: SiteSettings?, groups: [String], courses: [String], today: LocalDate) {
        self.kind = kind
        self.slug = slug
        self.settings = settings
        self.groups = groups
        self.courses = courses
        self.today = today
    }

    /// Prepares a new file for `slug` in a content folder: checks the name is free in that kind (in any
    /// sub-folder), and reads site.yml and the existing slugs so the template refers to real names.
    static func prepare(kind: Kind, slug: String, content: URL, displayPath: String,
                               today: (SiteSettings?) -> LocalDate) -> Result<(url: URL, display: String, text: String), NewFileError> {
        if let problem = problem(withSlug: slug) { return .failure(NewFileError(message: problem)) }
        if let problem = folderProblem(content, displayPath: displayPath) { return .failure(NewFileError(message: problem)) }
        let loader = ContentLoader(directory: content, displayPath: displayPath)
        let (entries, _) = loader.listEntries()
        if let existing = entries.first(where: { $0.slug == slug && $0.kind.singular == kind.rawValue }) {
            return .failure(NewFileError(message: "\(existing.displayPath) already exists; choose another name or edit that file"))
        }
        var settings: SiteSettings?
        if case .success(let file) = SourceFile.read(at: content.appendingPathComponent("site.yml"), displayPath: loader.display("site.yml")) {
            settings = SiteSettings.load(file).0
        }
        let template = NewFileTemplate(
            kind: kind, slug: slug, settings: settings,
            groups: entries.filter { $0.kind == .groups }.map(\.slug).sorted(),
            courses: entries.filter { $0.kind == .courses }.map(\.slug).sorted(),
            today: today(settings))
        return .success((content.appendingPathComponent(template.relativePath), loader.display(template.relativePath), template.text))
    }

    /// Why `content` cannot take a new file, or nil: it must be a content folder (holding site.yml),
    /// and not inside a folder Prospectus writes. A mistyped `--content Contnet` made a new folder
    /// that no build reads, and `--content Output` a file the next build deleted.
    static func folderProblem(_ content: URL, displayPath: String) -> String? {
        let shown = ShellWord.quoted(displayPath)
        if let output = OutputMarker.enclosing(content.path, includingItself: true) {
            let place = output == WorkingFolder.absoluteURL(content.path).path ? "is a folder" : "is inside '\(output)', a folder"
            return "\(shown) \(place) Prospectus writes (a built site or a report) and replaces whole on "
                + "every build: the new file would be deleted; give the content folder with --content (Content, the default)"
        }
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: content.path, isDirectory: &isFolder)
        if exists, !isFolder.boolValue {
            return "\(shown) is a file, not a content folder; give the folder that holds site.yml with --content (Content, the default)"
        }
        guard exists else {
            return "there is no content folder \(shown); give the folder that holds site.yml with --content (Content, the default)"
        }
        guard FileManager.default.fileExists(atPath: content.appendingPathComponent("site.yml").path) else {
            return "\(shown) is not a content folder: it has no site.yml; give the folder that holds site.yml, courses/ and groups/ "
                + "with --content (Content, the default)"
        }
        return nil
    }

    /// The path of the new file inside the content folder.
    var relativePath: String { "\(kind.folder)/\(slug).md" }

    /// A problem with the name, or nil.
    static func problem(withSlug slug: String) -> String? {
        if slug == "index" { return "'index' is kept for the list of each kind of file; choose another name" }
        if Slug.isValid(slug) { return nil }
        let suggestion = Slug.suggestion(for: slug)
        return "'\(slug)' cannot be used as a file name: use lowercase letters, digits and dashes, e.g. '\(suggestion == "strand" ? "first-aid" : suggestion)'"
    }

    var text: String {
        let title = slug.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
        let year = settings?.academicYear ?? AcademicYear.containing(today)
        switch kind {
        case .course: return course(title: title, year: year)
        case .group: return group(title: title)
        case .pathway: return pathway(title: title)
        case .page: return page(title: title)
        }
    }

    private func course(title: String, year: AcademicYear) -> String {
        let strand = settings?.strands.first?.title ?? "Teaching and learning"
        let stages = settings?.stages.map(\.slug) ?? []
        let formats = CourseFormat.allCases.map(\.rawValue).joined(separator: " | ")
        let example = exampleDate(in: year)
        let later = example.adding(days: 14)
        return """
        ---
        # A new course for the \(year) offer. Lines starting with # are notes and are ignored.
        # Fill in the settings, remove the # in front of the ones you need, and save.
        # Every setting is explained in docs/editing.md.
        draft: true                        # remove this line when the course is ready: until then it is checked but not published
        title: \(title)
        # code: AB-101                     # optional short code, unique in the offer
        summary: \(StarterText.courseSummary)
        strand: \(strand)\(settings?.strandsDeclared == true ? "        # one of: \(settings!.strands.map(\.title).joined(separator: ", "))" : "")
        groups: all                        # or a list of staff groups: [\(groups.prefix(2).joined(separator: ", "))]
        # stages: [\(stages.prefix(2).joined(separator: ", "))]   # leave out for every stage; all: \(stages.joined(separator: ", "))
        format: face-to-face               # \(formats)
        # provider: Northfield Learning Trust
        # cpd_hours: 3
        # cost: Free to trust staff        # words, or a number of pounds
        # partner_cost: 45                 # price for partner schools
        # accreditation: Certificate of attendance
        # mandatory: true
        # renewal_months: 24               # for mandatory training: how long it lasts
        # prerequisites: [\(courses.first ?? "another-course")]
        # link: https://learning.example.org/module   # for online modules and webinars
        # booking: mailto:cpd@example.org  # only if booking is not through the usual form
        # sessions:                        # leave out while dates are not known: staff see "dates to be confirmed"
        #   - date: \(example.iso)
        #     start: "09:00"
        #     end: "15:30"
        #     venue: Training room
        #     places: 20
        #     status: open                 # open | full | closed | cancelled | tbc
        #   - days: [\(example.iso), \(later.iso)]   # one booking, several days
        #     start: "15:45"
        #     end: "17:15"
        #     venue: Online (Microsoft Teams)
        ---
        \(StarterText.courseBody)

        ## What you will learn

        - The first thing
        - The second thing

        """
    }

    private func group(title: String) -> String {
        let family = settings?.families.first ?? "Support staff"
        let families = settings?.familiesDeclared == true ? "   # one of: \(settings!.families.joined(separator: ", "))" : ""
        return """
        ---
        # A new staff group. Courses list it in their 'groups' by its file name: \(slug)
        # Replace the example summary and text: the check reports them until you do.
        title: \(title)
        family: \(family)\(families)
        summary: \(StarterText.groupSummary)
        # order: 10                        # position within its family
        ---
        \(StarterText.groupBody)

        """
    }

    private func pathway(title: String) -> String {
        let stage = settings?.stages.first?.slug ?? "induction"
        let course = courses.first ?? "a-course"
        return """
        ---
        # A new pathway: numbered steps through the offer for one or more staff groups.
        # Replace the example summaries and text: the check reports them until you do.
        title: \(title)
        summary: \(StarterText.pathwaySummary)
        groups: all                        # or a list: [\(groups.prefix(2).joined(separator: ", "))]
        # order: 1                         # position in the list of pathways
        steps:
          - title: First step
            stage: \(stage)\(settings.map { "                # one of: \($0.stages.map(\.slug).joined(separator: ", "))" } ?? "")
            summary: \(StarterText.stepSummary)
            courses: [\(course)]
        ---
        \(StarterText.pathwayBody)

        """
    }

    private func page(title: String) -> String {
        """
        ---
        title: \(title)
        # summary: One sentence shown under the title.
        # order: 3                         # position among the footer links
        # audience: staff                  # staff only: left out of the partner schools' edition
        ---
        \(StarterText.pageBody)

        """
    }

    /// A weekday a few weeks ahead, inside the academic year where possible.
    private func exampleDate(in year: AcademicYear) -> LocalDate {
        var date = max(today.adding(days: 28), year.firstDay.adding(days: 28))
        if date > year.lastDay { date = year.firstDay.adding(days: 28) }
        while date.weekday > 5 { date = date.adding(days: 1) }
        return date
    }
}

/// Why `new` could not make the file.
struct NewFileError: Error, Sendable {
    var message: String
}
