import Catalogue
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Prepares next year's content from this year's (`prospectus rollover 2027-28`).
///
/// The academic year and the terms move on, every session held wholly before the new year is taken
/// out (so each course shows "dates to be confirmed" until its new dates are added), a cohort that
/// goes on into the new year keeps its new-year days, and every course, group, pathway and page is
/// kept. The content folder is left exactly as it was unless the rollover is asked to work in place.
///
/// Days taken out that have not happened yet on "today" are listed by course and date. In place,
/// where the next build would take them off the published site, the rollover is refused unless
/// `removeUpcoming` says the editor means it.
///
/// Nothing is written until the whole rollover has been made, and checked, in a hidden copy: a new
/// folder appears in one rename; in place, each changed file is replaced in one rename.
public struct ContentRollover: Sendable {
    /// Where the rolled-over content goes.
    public enum Destination: Sendable, Equatable {
        /// A new (or empty) folder; the content folder is not changed.
        case folder(URL)
        /// The content folder itself, each changed file replaced atomically.
        case inPlace
    }

    public let content: URL
    /// How the content folder is named in messages (`Content`).
    public let contentDisplay: String
    public let target: AcademicYear
    /// Allow a target year other than the one after the content's.
    public let force: Bool
    /// "Today" for the content's settings (the build's clock, in the site's time zone): days from
    /// it on that a rollover takes out are still to come.
    public let today: @Sendable (SiteSettings) -> LocalDate
    /// Allow an in-place rollover to take out days that are still to come.
    public let removeUpcoming: Bool

    public init(content: URL, contentDisplay: String? = nil, to target: AcademicYear, force: Bool = false,
                removeUpcoming: Bool = false, today: @escaping @Sendable (SiteSettings) -> LocalDate) {
        self.content = content.standardizedFileURL
        self.contentDisplay = contentDisplay ?? content.path
        self.target = target
        self.force = force
        self.removeUpcoming = removeUpcoming
        self.today = today
    }

    /// The folder a rollover writes to by default: beside the content folder, named after it and the
    /// year (`Content-2027-28`).
    public static func defaultFolder(for content: URL, year: AcademicYear) -> URL {
        let content = content.standardizedFileURL
        return content.deletingLastPathComponent().appendingPathComponent("\(content.lastPathComponent)-\(year)", isDirectory: true)
    }

    /// Rolls the content over into `destination` (named `destinationDisplay` in the report). With
    /// `dryRun`, everything is worked out and checked in a temporary copy, and nothing else is written.
    public func run(into destination: Destination, destinationDisplay: String, dryRun: Bool = false) -> Result<RolloverReport, RolloverError> {
        do {
            return .success(try perform(destination, destinationDisplay: destinationDisplay, dryRun: dryRun))
        } catch {
            return .failure(error)
        }
    }

    private func perform(_ destination: Destination, destinationDisplay: String, dryRun: Bool) throws(RolloverError) -> RolloverReport {
        if case .folder(let folder) = destination { try check(folder: folder.standardizedFileURL, display: destinationDisplay) }

        let loader = ContentLoader(directory: content, displayPath: contentDisplay)
        let loaded = loader.load()
        guard let catalogue = loaded.catalogue else {
            let errors = loaded.diagnostics.filter { $0.severity == .error }
            throw RolloverError(
                message: "\(contentDisplay) has \(errors.count) \(errors.count == 1 ? "error" : "errors"), so it was not rolled over",
                suggestion: "fix them first ('prospectus check' lists them), then run the rollover again", diagnostics: errors)
        }
        let current = catalogue.settings.academicYear
        try checkYear(current)
        let (entries, _) = loader.listEntries()
        let plan = try RolloverPlan.make(content: content, entries: entries, settings: catalogue.settings, to: target)
        let today = self.today(catalogue.settings)
        let upcoming = plan.courses.flatMap { $0.upcoming(on: today) }
        if destination == .inPlace, !dryRun, !upcoming.isEmpty, !removeUpcoming {
            throw RolloverError.upcomingInPlace(upcoming, content: contentDisplay, today: today)
        }

        // Make the whole new content in a hidden folder and check it before anything is published.
        let stagingParent: URL
        switch destination {
        case .folder(let folder) where !dryRun: stagingParent = folder.standardizedFileURL.deletingLastPathComponent()
        default: stagingParent = FileManager.default.temporaryDirectory
        }
        // Unique per run, not only per process: two rollovers in one process (the tests run them in
        // parallel) must not share, and remove, each other's staging folder.
        let stagingName = ".\(content.lastPathComponent)-\(target).rollover-\(getpid())-\(UUID().uuidString.prefix(8))"
        let staging = stagingParent.appendingPathComponent(stagingName, isDirectory: true)
        let fileManager = FileManager.default
        try? fileManager.removeItem(at: staging)
        defer { try? fileManager.removeItem(at: staging) }
        let filesCopied: Int
        do { try FolderMaker.make(stagingParent.path) } catch {
            throw RolloverError(message: "the new content could not be written beside \(destinationDisplay): \(error.message)")
        }
        do {
            filesCopied = try ContentRollover.copyTree(from: content, to: staging)
            for file in plan.changedFiles {
                try file.data.write(to: staging.appendingPathComponent(file.path))
            }
        } catch {
            throw RolloverError(message: "the new content could not be written beside \(destinationDisplay): \(error.localizedDescription)")
        }
        let shownAs = destination == .inPlace ? contentDisplay : destinationDisplay
        let check = try verify(staging, displayPath: shownAs, expecting: catalogue.courses.map(\.slug), plan: plan)

        if !dryRun {
            switch destination {
            case .folder(let folder):
                // rename(2) also replaces an empty folder, in one step.
                guard rename(staging.path, folder.standardizedFileURL.path) == 0 else {
                    throw RolloverError(message: "could not move the new content into \(destinationDisplay): \(String(cString: strerror(errno)))")
                }
            case .inPlace:
                var replaced: [String] = []
                for file in plan.changedFiles {
                    do throws(RolloverError) {
                        try ContentRollover.replaceAtomically(content.appendingPathComponent(file.path), with: file.data, display: "\(contentDisplay)/\(file.path)")
                        replaced.append(file.path)
                    } catch {
                        // Say exactly what has changed: the content is now partly rolled over.
                        throw RolloverError(
                            message: error.message + "; \(replaced.count) of \(plan.changedFiles.count) files had already been rolled over in place"
                                + (replaced.isEmpty ? "" : " (\(replaced.prefix(5).joined(separator: ", "))\(replaced.count > 5 ? ", …" : ""))"),
                            suggestion: "fix the cause and run the same command again: the courses already rolled over need nothing more, and site.yml (the year) is changed last")
                    }
                }
            }
        }

        return RolloverReport(
            from: current, to: target, contentDisplay: contentDisplay, destinationDisplay: shownAs,
            inPlace: destination == .inPlace, dryRun: dryRun, filesCopied: destination == .inPlace ? 0 : filesCopied,
            filesChanged: plan.changedFiles.map(\.path), courses: plan.courses, settings: plan.settings, notes: plan.notes,
            mentions: check.mentions, warnings: check.warnings, today: today)
    }

    /// The target year must be the one after the content's, unless forced; never the same or earlier.
    private func checkYear(_ current: AcademicYear) throws(RolloverError) {
        if target.startYear <= current.startYear {
            throw RolloverError(
                message: target == current ? "\(contentDisplay) is already for \(current)" : "\(contentDisplay) is for \(current); a rollover only moves on to a later year",
                suggestion: "the next year is \(current.next): prospectus rollover \(current.next)")
        }
        if target != current.next, !force {
            throw RolloverError(
                message: "\(contentDisplay) is for \(current), so the next year is \(current.next), not \(target)",
                suggestion: "run 'prospectus rollover \(current.next)', or add --force to skip to \(target)")
        }
    }

    /// A new folder must be absent or empty, and neither the content folder nor inside it.
    private func check(folder: URL, display: String) throws(RolloverError) {
        let folderPath = folder.resolvingSymlinksInPath().path
        let contentPath = content.resolvingSymlinksInPath().path
        if folderPath == contentPath {
            throw RolloverError(message: "\(display) is the content folder itself", suggestion: "to change it, use --in-place; otherwise choose a new folder with --to")
        }
        if folderPath.hasPrefix(contentPath + "/") {
            throw RolloverError(message: "\(display) is inside the content folder \(contentDisplay)", suggestion: "choose a folder beside it, e.g. --to \(ContentRollover.defaultFolder(for: content, year: target).lastPathComponent)")
        }
        // Inside a site or report Prospectus writes, the next build or publish there would publish
        // next year's content (history and all) and then delete it; inside a theme, the site
        // would copy it.
        let placed = WorkingFolder.resolve(folder.lastPathComponent, from: folder.deletingLastPathComponent()).path
        if let output = OutputMarker.enclosing(placed) {
            throw RolloverError(message: "\(display) is inside '\(output)', a folder Prospectus writes a site or a report into, which the "
                                + "next build or publish there replaces whole (and publish copies onto the web server)",
                                suggestion: "choose a folder beside the content, e.g. --to \(ContentRollover.defaultFolder(for: content, year: target).lastPathComponent)")
        }
        if let theme = WorkingFolder.nearest(holding: "templates/layout.mustache", from: placed, includingItself: true) {
            throw RolloverError(message: "\(display) is inside the theme '\(theme.path)', whose files every build copies into the site",
                                suggestion: "choose a folder beside the content, e.g. --to \(ContentRollover.defaultFolder(for: content, year: target).lastPathComponent)")
        }
        // Checked before the work, not found by the last step: the new folder is moved into place by
        // one rename, which replaces a name (never what a link points to) and needs its parent writable.
        if let target = SymbolicLink.target(folder.path) {
            let leadsToFolder = SymbolicLink.leads(folder.path) == .folder
            throw RolloverError(message: "\(display) is a symbolic link (\(SymbolicLink.leadsText(folder.path, target: target))): the new content is moved into place by renaming "
                                + "it, which would replace the link" + (leadsToFolder ? ", not fill the folder it points to" : ""),
                                suggestion: "give a new folder with --to" + (leadsToFolder ? " (the real folder the link points to, when that is empty)" : ""))
        }
        let parent = folder.deletingLastPathComponent()
        if let what = FolderMaker.obstacle(parent.path) {
            throw RolloverError(message: "\(display) cannot be made: \(what)", suggestion: "choose another folder with --to")
        }
        var parentInfo = stat()
        if stat(parent.path, &parentInfo) == 0, access(parent.path, W_OK) != 0 {
            let reason = String(cString: strerror(errno))
            throw RolloverError(message: "\(display) cannot be made: the new content is made beside it and moved in, and '\(parent.path)' "
                                + "cannot be written in (\(reason))",
                                suggestion: "choose a folder you can write in with --to, or run the rollover as a user who can write there")
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) else { return }
        if !isDirectory.boolValue {
            throw RolloverError(message: "\(display) is a file, not a folder", suggestion: "choose a new folder with --to")
        }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        if !entries.isEmpty {
            throw RolloverError(
                message: "\(display) already exists and is not empty; nothing was written",
                suggestion: "remove it if it is an earlier rollover you no longer need, or choose another folder with --to")
        }
    }

    /// What loading the rolled-over copy found.
    private struct Check {
        var mentions: [RolloverMention]
        var warnings: Int
    }

    /// Loads the rolled-over copy: it must have no errors, the same courses, and no past session.
    private func verify(_ staging: URL, displayPath: String, expecting slugs: [String], plan: RolloverPlan) throws(RolloverError) -> Check {
        let loader = ContentLoader(directory: staging, displayPath: displayPath)
        let loaded = loader.load()
        guard let catalogue = loaded.catalogue else {
            throw RolloverError(
                message: "the rolled-over content would have errors, so nothing was written",
                suggestion: "this is a fault in prospectus rollover; please report it with the files named above",
                diagnostics: loaded.diagnostics.filter { $0.severity == .error })
        }
        if Set(catalogue.courses.map(\.slug)) != Set(slugs) {
            throw RolloverError(message: "the rolled-over content does not have the same courses, so nothing was written",
                                suggestion: "this is a fault in prospectus rollover; please report it")
        }
        let unexpected = catalogue.courses.filter { course in
            course.sessions.contains { $0.hasStarted(before: target.firstDay) }
                && plan.courses.first(where: { $0.slug == course.slug })?.problem == nil
        }
        if let first = unexpected.first {
            throw RolloverError(message: "course '\(first.slug)' would still have sessions before \(target), so nothing was written",
                                suggestion: "this is a fault in prospectus rollover; please report it")
        }
        // Text that still names the old year, in every file: the editor decides whether it should.
        let (entries, _) = loader.listEntries()
        let files: [(display: String, url: URL, kind: RolloverMention.FileKind)] =
            [(loader.display("site.yml"), staging.appendingPathComponent("site.yml"), .settings),
             (loader.display("index.md"), staging.appendingPathComponent("index.md"), .text)]
            + entries.map { ($0.displayPath, $0.url, .frontMatter) }
        let mentions = RolloverMention.find(plan.from, in: files)
        return Check(mentions: mentions, warnings: loaded.diagnostics.filter { $0.severity == .warning }.count)
    }

    /// Copies a folder (without any `.git` inside it), keeping symbolic links as links. Returns the
    /// number of files copied. Folders waiting to be copied are kept in a list, not a recursion, so
    /// however deeply the content nests, the stack does not grow.
    static func copyTree(from source: URL, to destination: URL) throws -> Int {
        let fileManager = FileManager.default
        var count = 0
        var folders = [(source, destination)]
        while let (folder, copy) = folders.popLast() {
            try fileManager.createDirectory(at: copy, withIntermediateDirectories: false)
            for name in try fileManager.contentsOfDirectory(atPath: folder.path).sorted() where name != ".git" {
                let from = folder.appendingPathComponent(name)
                let to = copy.appendingPathComponent(name)
                let values = try from.resourceValues(forKeys: [.isDirectoryKey, .isSymbolicLinkKey])
                if values.isSymbolicLink != true, values.isDirectory == true {
                    folders.append((from, to))
                } else {
                    try fileManager.copyItem(at: from, to: to)
                    count += 1
                }
            }
        }
        return count
    }

    /// Writes a file beside `url` and renames it over `url`, keeping its permissions: readers see the
    /// old file or the new one, never half of one.
    static func replaceAtomically(_ url: URL, with data: Data, display: String) throws(RolloverError) {
        let target = url.resolvingSymlinksInPath()
        let temporary = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).rollover-\(getpid())")
        do {
            try data.write(to: temporary)
            if let permissions = try? FileManager.default.attributesOfItem(atPath: target.path)[.posixPermissions] {
                try? FileManager.default.setAttributes([.posixPermissions: permissions], ofItemAtPath: temporary.path)
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw RolloverError(message: "could not write \(display): \(error.localizedDescription)")
        }
        guard rename(temporary.path, target.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw RolloverError(message: "could not replace \(display): \(reason)")
        }
    }
}
