import Foundation
import Markdown
import Parallel

/// What loading `Content/` produced: the catalogue when there were no errors, and every diagnostic.
public struct LoadResult: Sendable {
    public var catalogue: Catalogue?
    /// Sorted by file, line and column.
    public var diagnostics: [Diagnostic]
    /// How many content files were read.
    public var fileCount: Int
}

/// Reads a content folder into a `Catalogue`, reporting every problem in every file at once.
///
/// Files are parsed in parallel; slugs come from file names, so references between files are checked
/// while each file is read, at the line and column where they are written.
public struct ContentLoader: Sendable {
    public let directory: URL
    /// How the folder is named in messages (`Content`), so paths read as the editor would type them.
    public let displayPath: String
    /// Set by a command that exits right after loading and building (`build`, `check`): what the
    /// checks kept is left for the exit to free (`KeptUntilExit`), not freed one object at a time
    /// on one core before rendering can start.
    package var keepsMemoryUntilExit = false
    /// Called with site.yml's settings as soon as they are read, before the other files are (on the
    /// loading thread): `build` starts reading the year's history then.
    package var settingsRead: (@Sendable (SiteSettings) -> Void)?
    /// Set by the preview: the listing keeps every path it found in the content's folders
    /// (`Preparation.listed`), so that a later change can be told apart from one that adds or removes a file.
    package var recordsListing = false

    public init(directory: URL, displayPath: String? = nil) {
        self.directory = directory.standardizedFileURL
        self.displayPath = displayPath ?? directory.path
    }

    /// The folder inside the content that keeps the history behind "What's new" (written by `build`,
    /// not read as content).
    public static let historyFolder = "history"

    /// The folders of a content tree and the kind of file each holds.
    package enum Kind: String, CaseIterable, Sendable {
        case groups, courses, pathways, pages
        package var singular: String {
            switch self {
            case .groups: return "group"
            case .courses: return "course"
            case .pathways: return "pathway"
            case .pages: return "page"
            }
        }
    }

    package struct Entry: Sendable {
        package var kind: Kind
        package var slug: String
        package var url: URL
        package var displayPath: String
        /// Where the file's pictures and documents are found.
        package var media: MediaFolder?
    }

    public func load() -> LoadResult {
        guard let prepared = prepare() else { return missingFolder() }
        var diagnostics = prepared.diagnostics
        let parsed = prepared.entries.parallelMap { entry in ContentLoader.parse(entry, index: prepared.index) }
        let homeURL = directory.appendingPathComponent("index.md")
        let home = FileManager.default.fileExists(atPath: homeURL.path) ? loadHome(homeURL, limits: prepared.settings?.files ?? .standard) : nil
        diagnostics += home?.diagnostics ?? []
        return finish(prepared, parsed: parsed, home: home?.page?.body ?? .empty, diagnostics: diagnostics,
                      fileCount: prepared.entries.count + 1 + (home == nil ? 0 : 1))
    }

    /// What every file is checked against, read before any of them: site.yml, and the list of files.
    package struct Preparation: Sendable {
        package var settings: SiteSettings?
        package var entries: [Entry]
        package var index: ReferenceIndex
        package var diagnostics: [Diagnostic]
        /// With `recordsListing`: every path found in courses/, groups/, pathways/ and pages/ (files,
        /// links and folders, relative to the content folder; not those the listing skips, whose
        /// names start with `.` or `_`), whatever became of it.
        package var listed: Set<String> = []
    }

    /// Reads site.yml and lists the content files; nil when the content folder does not exist.
    package func prepare() -> Preparation? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            return nil
        }
        var diagnostics: [Diagnostic] = []
        // Nothing may be read from outside the content folder through a symbolic link.
        let outside = ["site.yml", "index.md"] + Kind.allCases.map(\.rawValue)
        for name in outside where leavesContent(directory.appendingPathComponent(name)) {
            diagnostics.append(.error(.symlinkOutsideContent, at: SourceLocation(file: display(name)),
                                      "'\(name)' is a link to something outside the content folder",
                                      suggestion: "copy it into the content folder instead of linking to it"))
        }
        if diagnostics.hasErrors {
            return Preparation(settings: nil, entries: [], index: ReferenceIndex(groups: [], courses: [], stages: [], families: nil,
                                                                                  strands: nil, stagesKnown: false), diagnostics: diagnostics)
        }
        // site.yml first: the stages, families and strands every other file is checked against.
        let siteDisplay = display("site.yml")
        var settings: SiteSettings?
        switch SourceFile.read(at: directory.appendingPathComponent("site.yml"), displayPath: siteDisplay) {
        case .success(let file):
            let (loaded, found) = SiteSettings.load(file, contentDirectory: directory)
            settings = loaded
            diagnostics += found
            if let loaded { settingsRead?(loaded) }
        case .failure(let diagnostic):
            let missing = !FileManager.default.fileExists(atPath: directory.appendingPathComponent("site.yml").path)
            diagnostics.append(missing
                ? .error(.siteYmlMissing, at: SourceLocation(file: siteDisplay), "site.yml is missing",
                         suggestion: "every content folder needs a site.yml with title, offer, academic_year, contact and stages")
                : diagnostic)
        }

        // The logo sits in the content folder; while site.yml cannot be read, any image there may be it.
        let logoFolder = settings?.brand?.logo.map { String($0.path.split(separator: "/").first ?? "") }
        let images = settings == nil
            ? ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).filter { $0.hasSuffix(".svg") || $0.hasSuffix(".png") }
            : []
        var listed: Set<String>? = recordsListing ? [] : nil
        var (entries, listingDiagnostics) = listEntries(alsoKnown: (logoFolder.map { [$0] } ?? []) + images, listed: &listed)
        if let limits = settings?.files, limits != .standard {
            for position in entries.indices { entries[position].media?.limits = limits }
        }
        diagnostics += listingDiagnostics
        var index = ReferenceIndex(
            groups: Set(entries.filter { $0.kind == .groups }.map(\.slug)),
            courses: Set(entries.filter { $0.kind == .courses }.map(\.slug)),
            stages: settings?.stages.map(\.slug) ?? [],
            families: settings.flatMap { $0.familiesDeclared ? $0.families : nil },
            strands: settings.flatMap { $0.strandsDeclared ? $0.strands.map(\.title) : nil },
            stagesKnown: settings != nil,
            courseFiles: { [entries] in
                Dictionary(entries.filter { $0.kind == .courses }.map { ($0.slug, $0.url) }, uniquingKeysWith: { first, _ in first })
            })
        index.contentDisplay = displayPath
        return Preparation(settings: settings, entries: entries, index: index, diagnostics: diagnostics, listed: listed ?? [])
    }

    /// True when `url` is a symbolic link whose target is outside the content folder.
    func leavesContent(_ url: URL) -> Bool {
        guard (try? url.resourceValues(forKeys: [.isSymbolicLinkKey]))?.isSymbolicLink == true else { return false }
        let root = directory.resolvingSymlinksInPath().path
        let target = url.resolvingSymlinksInPath().path
        return !(target == root || target.hasPrefix(root + "/"))
    }

    package func missingFolder() -> LoadResult {
        LoadResult(catalogue: nil, diagnostics: [.error(.contentFolderMissing, at: SourceLocation(file: displayPath),
            "the content folder does not exist", suggestion: "run from the folder that holds Content/, or pass --content PATH")], fileCount: 0)
    }

    /// index.md: Markdown only. Its body is carried in a `Page` so it can be cached like the other files.
    package func loadHome(_ url: URL, limits: FileLimits = .standard) -> Parsed {
        switch SourceFile.read(at: url, displayPath: display("index.md")) {
        case .success(let file):
            let content = ContentFile(file, slug: "index", kind: "home page", frontMatterRequired: false,
                                      media: MediaFolder(root: directory, folder: "", displayRoot: displayPath, pageDepth: 0, limits: limits))
            if content.reader != nil {
                content.log.error(.homePageSettings, "index.md has no settings, only text", at: nil, keyPath: "",
                                  suggestion: "remove the lines between the two '---' lines, and the '---' lines themselves")
            }
            return Parsed(page: Page(slug: "index", title: "", summary: nil, order: nil, body: content.body,
                                     source: SourceLocation(file: display("index.md"))),
                          diagnostics: content.log.diagnostics)
        case .failure(let diagnostic):
            return Parsed(diagnostics: [diagnostic])
        }
    }

    /// Puts the parsed files together and runs the whole-catalogue checks.
    package func finish(_ prepared: Preparation, parsed: [Parsed], home: MarkdownDocument, diagnostics: [Diagnostic], fileCount: Int) -> LoadResult {
        var validation = ValidationCache()
        defer { if keepsMemoryUntilExit { KeptUntilExit.keep(validation) } }
        return finish(prepared, parsed: parsed, home: home, diagnostics: diagnostics, fileCount: fileCount, validation: &validation, changed: nil, othersChanged: true)
    }

    /// `finish` with what the checks found kept in `validation`, for a reload of the same folder:
    /// courses are checked again only for the slugs in `changed` (nil: all), and the pages they may
    /// link to when `othersChanged` (a group, pathway or page file changed).
    package func finish(_ prepared: Preparation, parsed: [Parsed], home: MarkdownDocument, diagnostics: [Diagnostic], fileCount: Int,
                        validation: inout ValidationCache, changed: Set<String>?, othersChanged: Bool) -> LoadResult {
        var diagnostics = diagnostics
        var groups: [StaffGroup] = [], courses: [Course] = [], pathways: [Pathway] = [], pages: [Page] = []
        for item in parsed {
            diagnostics += item.diagnostics
            if let group = item.group { groups.append(group) }
            if let course = item.course { courses.append(course) }
            if let pathway = item.pathway { pathways.append(pathway) }
            if let page = item.page { pages.append(page) }
        }
        diagnostics = CatalogueValidator.foldRenamedGroups(diagnostics, groups: groups, courses: courses)
        guard let settings = prepared.settings else {
            return LoadResult(catalogue: nil, diagnostics: diagnostics.sorted(), fileCount: fileCount)
        }
        // The whole-catalogue checks run even when some files have errors, so that every problem is
        // reported at once; warnings that need every file read (a group with no course) wait for a clean run.
        let complete = !diagnostics.hasErrors
        let catalogue = Catalogue(settings: settings, home: home, groups: groups, courses: courses,
                                  pathways: pathways, pages: pages)
        diagnostics += CatalogueValidator.validate(catalogue, complete: complete, cache: &validation, changed: changed,
                                                    othersChanged: othersChanged)
        return LoadResult(catalogue: diagnostics.hasErrors ? nil : catalogue, diagnostics: diagnostics.sorted(),
                          fileCount: fileCount)
    }

    package struct Parsed: Sendable {
        package var group: StaffGroup?
        package var course: Course?
        package var pathway: Pathway?
        package var page: Page?
        package var diagnostics: [Diagnostic]
    }

    package static func parse(_ entry: Entry, index: ReferenceIndex) -> Parsed {
        let file: SourceFile
        switch SourceFile.read(at: entry.url, displayPath: entry.displayPath) {
        case .success(let read): file = read
        case .failure(let diagnostic): return Parsed(diagnostics: [diagnostic])
        }
        switch entry.kind {
        case .groups:
            let (group, diagnostics) = StaffGroup.load(file, slug: entry.slug, index: index, media: entry.media)
            return Parsed(group: group, diagnostics: diagnostics)
        case .courses:
            let (course, diagnostics) = Course.load(file, slug: entry.slug, index: index, media: entry.media)
            return Parsed(course: course, diagnostics: diagnostics)
        case .pathways:
            let (pathway, diagnostics) = Pathway.load(file, slug: entry.slug, index: index, media: entry.media)
            return Parsed(pathway: pathway, diagnostics: diagnostics)
        case .pages:
            let (page, diagnostics) = Page.load(file, slug: entry.slug, media: entry.media)
            return Parsed(page: page, diagnostics: diagnostics)
        }
    }

    /// Whether `url` is a Markdown file that starts with front matter, or a folder holding one
    /// (not looking further down, and never through a symbolic link).
    static func holdsContent(_ url: URL) -> Bool {
        let fileManager = FileManager.default
        func type(_ path: String) -> FileAttributeType? { (try? fileManager.attributesOfItem(atPath: path))?[.type] as? FileAttributeType }
        func isContentFile(_ path: String) -> Bool {
            guard path.lowercased().hasSuffix(".md"), type(path) == .typeRegular,
                  let handle = FileHandle(forReadingAtPath: path) else { return false }
            defer { try? handle.close() }
            return (try? handle.read(upToCount: 3)) == Data("---".utf8)
        }
        switch type(url.path) {
        case .typeRegular?: return isContentFile(url.path)
        case .typeDirectory?:
            let names = ((try? fileManager.contentsOfDirectory(atPath: url.path)) ?? []).sorted().prefix(200)
            return names.contains { isContentFile(url.appendingPathComponent($0).path) }
        default: return false
        }
    }

    package func display(_ relative: String) -> String {
        displayPath.isEmpty || displayPath == "." ? relative : "\(displayPath)/\(relative)"
    }

    /// Every `.md` file under the four folders, sorted, with slugs checked and duplicates reported.
    /// Anything else in the content folder that would otherwise be silently ignored is reported too.
    package func listEntries(alsoKnown: [String] = []) -> ([Entry], [Diagnostic]) {
        var listed: Set<String>?
        return listEntries(alsoKnown: alsoKnown, listed: &listed)
    }

    /// `listEntries(alsoKnown:)`, adding to `listed` (when there is one) every path it finds in the
    /// kinds' folders, relative to the content folder.
    func listEntries(alsoKnown: [String], listed: inout Set<String>?) -> ([Entry], [Diagnostic]) {
        let fileManager = FileManager.default
        var entries: [Entry] = []
        var diagnostics: [Diagnostic] = []
        let root = directory.resolvingSymlinksInPath().path
        let known = Kind.allCases.map(\.rawValue) + ["site.yml", "index.md", Self.historyFolder, MediaFolder.shared] + alsoKnown

        let topLevel = ((try? fileManager.contentsOfDirectory(atPath: directory.path)) ?? []).sorted()
        for name in topLevel where !known.contains(name) && !name.hasPrefix(".") && !name.hasPrefix("_") && MediaFormat(fileName: name) == nil {
            let hint = Suggestion.didYouMean(name, in: known) ?? "put courses in courses/, groups in groups/, pathways in pathways/, pages in pages/"
            // A course saved in Content/course/ or straight into Content/ would be left off the site
            // with the build "succeeding": that is an error, like a course saved as .markdown.
            if Self.holdsContent(directory.appendingPathComponent(name)) {
                diagnostics.append(.error(.contentOutsideFolders, at: SourceLocation(file: display(name)),
                                          "'\(name)' holds a content file (it starts with ---), but only files in courses/, groups/, pathways/ and pages/ are read",
                                          suggestion: Suggestion.didYouMean(name, in: Kind.allCases.map(\.rawValue)).map { "move it: \($0)" }
                                              ?? "move it into courses/, groups/, pathways/ or pages/"))
                continue
            }
            diagnostics.append(.warning(.strayFile, at: SourceLocation(file: display(name)), "'\(name)' is not part of the content and is not published",
                                        suggestion: hint))
        }

        for kind in Kind.allCases {
            let folder = directory.appendingPathComponent(kind.rawValue)
            guard let enumerator = fileManager.enumerator(at: folder, includingPropertiesForKeys: [],
                                                          options: [.skipsPackageDescendants]) else { continue }
            var files: [(relative: String, name: String, url: URL)] = []
            let base = folder.path + "/"
            for case let url as URL in enumerator {
                let path = url.path
                let name = ContentLoader.lastPart(of: path) ?? url.lastPathComponent
                if name.hasPrefix(".") || name.hasPrefix("_") {
                    enumerator.skipDescendants()
                    continue
                }
                // One lstat per entry (URL resource values cost several times more on Linux).
                var info = stat()
                let type = lstat(path, &info) == 0 ? info.st_mode & S_IFMT : 0
                let inside = ContentLoader.after(base, in: path)
                    ?? (path.hasPrefix(base) ? String(path.dropFirst(base.count))
                        : String(url.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1)))
                let relative = kind.rawValue + "/" + inside
                listed?.insert(relative)
                if type == S_IFLNK {
                    let target = url.resolvingSymlinksInPath().path
                    if !(target == root || target.hasPrefix(root + "/")) {
                        diagnostics.append(.error(.symlinkOutsideContent, at: SourceLocation(file: display(relative)),
                                                  "the file is a link to something outside the content folder",
                                                  suggestion: "copy the file into \(displayPath)/ instead of linking to it"))
                        continue
                    }
                }
                if type == S_IFDIR { continue }
                files.append((relative, name, url))
            }
            var seen: [String: String] = [:]
            for (relative, name, url) in files.sorted(by: { $0.relative < $1.relative }) {
                if let misnamed = misnamedContent(name: name, relative: relative, url: url, kind: kind) {
                    diagnostics.append(misnamed)
                    continue
                }
                // Pictures and documents beside a file are read when a body names them.
                if MediaFormat(fileName: name) != nil { continue }
                if let photo = unpublishedMedia(name: name, relative: relative, url: url) {
                    // One message per file: when a course uses it, its error there says it all.
                    if case .some(let warning) = photo { diagnostics.append(warning) }
                    continue
                }
                guard name.hasSuffix(".md") else {
                    diagnostics.append(.warning(.notMarkdown, at: SourceLocation(file: display(relative)),
                                                "only .md files are read in \(kind.rawValue)/, so this file is not published",
                                                suggestion: name.lowercased().hasSuffix(".md") || name.hasSuffix(".markdown") || name.hasSuffix(".txt")
                                                    ? "rename it to \(Slug.suggestion(for: String(name.prefix { $0 != "." }))).md" : "move it out of \(displayPath)/"))
                    continue
                }
                let slug = String(name.dropLast(3))
                if slug == "index" {
                    diagnostics.append(.error(.indexName, at: SourceLocation(file: display(relative)),
                                              "a \(kind.singular) cannot be called 'index': \(kind.rawValue)/index.html is the list of all \(kind.rawValue)",
                                              suggestion: "rename the file to say what the \(kind.singular) is, e.g. first-aid.md"))
                    continue
                }
                guard Slug.isValid(slug) else {
                    diagnostics.append(.error(.invalidFileName, at: SourceLocation(file: display(relative)),
                                              "the file name '\(name)' cannot be used as a web address",
                                              suggestion: "rename it to \(Slug.suggestion(for: slug)).md (lowercase letters, digits and dashes)"))
                    continue
                }
                if let first = seen[slug] {
                    diagnostics.append(.error(.duplicateSlug, at: SourceLocation(file: display(relative)),
                                              "there is already a \(kind.singular) called '\(slug)' in \(display(first))",
                                              suggestion: "rename one of the two files: the file name is the \(kind.singular)'s address"))
                    continue
                }
                seen[slug] = relative
                let folder = ContentLoader.folder(of: relative) ?? relative.split(separator: "/").dropLast().joined(separator: "/")
                entries.append(Entry(kind: kind, slug: slug, url: url, displayPath: display(relative),
                                     media: MediaFolder(root: directory, folder: folder, displayRoot: displayPath, pageDepth: 1)))
            }
        }
        return (entries, diagnostics)
    }
}
