import Catalogue
import Foundation
import Parallel

/// The changes a rollover makes to a content folder, worked out before anything is written.
///
/// Files are edited as text (never written out again from parsed YAML), so editors' comments,
/// ordering and formatting survive; only the lines that must change do.
struct RolloverPlan: Sendable {
    /// The year the content is for, and the year it is rolled over to.
    var from: AcademicYear
    var to: AcademicYear
    /// The new bytes of every file that changes, by path inside the content folder
    /// (`courses/npq/npqeyl.md`, …, `site.yml` last). Every other file is copied unchanged.
    var changedFiles: [ChangedFile]
    /// Every course file, sorted by path, with what happened to its sessions.
    var courses: [RolloverCourse]
    /// The settings of site.yml that changed, in the order they are written.
    var settings: [RolloverSettingChange]
    /// Things the editor must do or check that no setting change says (an `offer` that names no year).
    var notes: [String]

    /// A file's new contents.
    struct ChangedFile: Sendable {
        var path: String
        var data: Data
    }

    /// Sessions removed from every course together.
    var sessionsRemoved: Int { courses.reduce(0) { $0 + $1.sessionsRemoved } }

    /// Works out the changes for the course and settings files of a content folder that loads
    /// without errors (`entries` are its files as `ContentLoader.listEntries` lists them).
    static func make(content: URL, entries: [ContentLoader.Entry], settings: SiteSettings, to year: AcademicYear) throws(RolloverError) -> RolloverPlan {
        var plan = RolloverPlan(from: settings.academicYear, to: year, changedFiles: [], courses: [], settings: [], notes: [])
        guard let siteData = FileManager.default.contents(atPath: content.appendingPathComponent("site.yml").path) else {
            throw RolloverError(message: "site.yml cannot be read")
        }
        let site = SettingsRollover(data: siteData, settings: settings, to: year)
        guard let edited = site.run() else {
            throw RolloverError(message: "site.yml could not be read as YAML settings", suggestion: "run 'prospectus check' and fix what it reports")
        }
        plan.settings = edited.changes
        plan.notes = edited.notes
        if let data = edited.data { plan.changedFiles.append(ChangedFile(path: "site.yml", data: data)) }

        let courseEntries = entries.filter { $0.kind == .courses }
        let rolled = courseEntries.parallelMap { entry -> (RolloverCourse, Data?) in
            let relative = String(entry.url.standardizedFileURL.path.dropFirst(content.standardizedFileURL.path.count + 1))
            guard let data = FileManager.default.contents(atPath: entry.url.path) else {
                return (RolloverCourse(slug: entry.slug, path: relative, problem: "the file cannot be read"), nil)
            }
            return CourseRollover.run(data: data, slug: entry.slug, path: relative, to: year)
        }
        for (course, data) in rolled {
            plan.courses.append(course)
            if let data { plan.changedFiles.append(ChangedFile(path: course.path, data: data)) }
        }
        plan.courses.sort { $0.path < $1.path }
        // site.yml last: should writing in place stop part-way, the content still says the old year,
        // and running the same rollover again finishes it.
        plan.changedFiles.sort { ($0.path == "site.yml" ? 1 : 0, $0.path) < ($1.path == "site.yml" ? 1 : 0, $1.path) }
        return plan
    }
}

/// What a rollover did to one course.
public struct RolloverCourse: Sendable, Equatable {
    /// The course's file name without `.md`.
    public var slug: String
    /// The file's path inside the content folder.
    public var path: String
    /// Sessions with every day before the new academic year, taken out.
    public var sessionsRemoved: Int = 0
    /// Sessions already dated in the new year (or later), left in place; a cohort that goes on into
    /// the new year counts here, with its old-year days in `removals`.
    public var sessionsKept: Int = 0
    /// What was taken out, session by session, in the order the sessions were written.
    public var removals: [RolloverRemoval] = []
    /// Why past sessions could not be taken out, when they could not (the editor must do it).
    public var problem: String?

    /// True when the course has no dates after the rollover: staff see "dates to be confirmed".
    public var datesToBeConfirmed: Bool { sessionsKept == 0 && problem == nil }
}

/// One setting of site.yml changed by a rollover: `academic_year 2026-27 → 2027-28`.
public struct RolloverSettingChange: Sendable, Equatable {
    /// The setting, with the item where it is one of a list: `academic_year`, `terms: Spring`.
    public var setting: String
    /// The value before and after, as shown to the editor (`Mon 4 Jan 2027`).
    public var old: String
    public var new: String
    /// Why the new value is not the obvious one, or what the editor must do about it.
    public var note: String?
}

/// Why a rollover was refused or could not finish. Nothing has been changed when it is returned.
public struct RolloverError: Error, Sendable, CustomStringConvertible {
    /// What went wrong, in plain English.
    public var message: String
    /// What to do about it.
    public var suggestion: String?
    /// Problems in the content (or in the rolled-over copy), to print before the message.
    public var diagnostics: [Diagnostic]

    public init(message: String, suggestion: String? = nil, diagnostics: [Diagnostic] = []) {
        self.message = message
        self.suggestion = suggestion
        self.diagnostics = diagnostics
    }

    public var description: String { message + (suggestion.map { "; \($0)" } ?? "") }
}
