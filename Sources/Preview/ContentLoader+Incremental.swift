import Catalogue
import Foundation
import Markdown
import Parallel
#if canImport(Glibc)
import Glibc
#endif

/// Parse results kept between loads of the same content folder, so that a reload (the preview's
/// rebuild after a save) reads and parses again only the files that changed.
///
/// Each content file's result is kept by path, with the file's size, modification time and inode
/// (checked first, without reading) and a digest of its bytes (compared when those differ). Results are only
/// reused while the names every file may refer to (the `ReferenceIndex`) are unchanged: adding,
/// removing or renaming a file, or changing site.yml's stages, families or strands, parses every
/// file again. Internal to the preview, which alone reloads a folder it has loaded before.
struct ContentCache: Sendable {
    struct Item: Sendable {
        var signature: FileSignature
        /// The file's bytes as read, digested: a 20,000-course folder's 90 MB are not kept twice.
        var digest: ContentDigest
        var entryKey: String
        var parsed: ContentLoader.Parsed
    }

    var items: [String: Item] = [:]
    var index: ReferenceIndex?
    var entryKeys: [String] = []
    var siteBytes: Data?
    /// Every picture and document in the content folder with its signature (`mediaStamp(of:)`): a
    /// body's files are read while it is parsed, so any change among them parses every file again.
    var mediaStamp: [String]?
    /// The last load's listing and settings, reused when only existing files' contents changed.
    var preparation: ContentLoader.Preparation?
    /// The standardised path of each of `preparation`'s entries, in order: made once per listing, not per save.
    var standardPaths: [String] = []
    /// The path of each of `preparation`'s entries, the cache's keys, in order: made once per listing.
    var entryPaths: [String] = []
    /// Each course's own checks, run again only for the courses whose files changed.
    var validation = ValidationCache()

    /// What the last `load(cache:)` found changed since the load before it.
    var lastChange = ContentChange()
    /// What the last load returned, and the diagnostics its `finish` was given and found in the
    /// files (in the listing's order): a save of course files alone starts from them (`reload`).
    var result: LoadResult?
    var fileDiagnostics: [Diagnostic] = []
    /// The diagnostics of the listing and of index.md, which come before the files'.
    var leadingDiagnostics: [Diagnostic] = []
    /// The position in `preparation`'s entries of each standardised path: made once per listing.
    var positions: [String: Int] = [:]

    init() {}
}

extension ContentCache {
    /// The content files that a batch of changes comes to editing, when files were also created,
    /// removed or renamed at `paths` (standardised): an editor that saves by writing a new copy and
    /// renaming it over the file (vim, Emacs, gedit, JetBrains' safe write, `sed -i`), or writes a
    /// backup or a test file beside it and removes it again. Nil when the batch may have changed
    /// which files there are, so the content must be listed again: a path outside courses/, groups/,
    /// pathways/ and pages/, a file there now that the last listing did not find as a content file (or
    /// that is no longer a plain file), or one gone that the listing found (or a picture or document,
    /// which the pages may show). A path gone that the last listing never saw (a temporary file)
    /// changes nothing. `root`: the content folder, standardised.
    func edits(amongReplaced paths: Set<String>, root: String) -> Set<String>? {
        guard let listed = preparation?.listed, !listed.isEmpty else { return nil }
        let folders = ContentLoader.Kind.allCases.map { root + "/" + $0.rawValue + "/" }
        var edits: Set<String> = []
        for path in paths {
            guard folders.contains(where: { path.hasPrefix($0) }) else { return nil }
            var info = stat()
            if lstat(path, &info) == 0 {
                guard info.st_mode & S_IFMT == S_IFREG, positions[path] != nil else { return nil }
                edits.insert(path)
                continue
            }
            guard errno == ENOENT else { return nil }
            guard !listed.contains(String(path.dropFirst(root.count + 1))),
                  MediaFormat(fileName: ContentLoader.lastPart(of: path) ?? path) == nil else { return nil }
        }
        return edits
    }
}

/// Which content files a load found changed since the previous load with the same cache.
struct ContentChange: Sendable, Equatable {
    /// True when nothing can be reused: the first load, a file added, removed or renamed, a changed
    /// site.yml, or a changed set of names.
    var everything = true
    /// Slugs of course files whose bytes changed.
    var courses: Set<String> = []
    /// True when a group, pathway or page file, or index.md, changed.
    var otherFiles = false
    /// How many files were read and parsed again.
    var parsedFiles = 0
    /// True when the folder was listed again and every file in it looked at.
    var listed = false

    init() {}

    /// True when no content file changed at all.
    var isEmpty: Bool { !everything && courses.isEmpty && !otherFiles }
}

/// A file's size, modification time and inode: when all three are unchanged the file is not read.
struct FileSignature: Sendable, Equatable {
    var size: Int64
    var modified: Int64
    var inode: UInt64

    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        size = Int64(info.st_size)
        #if canImport(Darwin)
        modified = Int64(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(info.st_mtimespec.tv_nsec)
        #else
        modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        #endif
        inode = UInt64(info.st_ino)
    }
}

extension ContentLoader {
    /// Each picture and document under `directory` (by `MediaFormat`'s extensions, hidden names and
    /// the history left out), sorted, with its size, modification time and inode.
    static func mediaStamp(of directory: URL) -> [String] {
        guard let walk = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: []) else { return [] }
        var stamp: [String] = []
        for case let url as URL in walk {
            let name = url.lastPathComponent
            if name.hasPrefix(".") || name == historyFolder {
                walk.skipDescendants()
                continue
            }
            guard MediaFormat(fileName: name) != nil else { continue }
            let signature = FileSignature(path: url.path)
            stamp.append("\(url.path)|\(signature.map { "\($0.size)|\($0.modified)|\($0.inode)" } ?? "-")")
        }
        return stamp.sorted()
    }

    /// Loads the content like `load()`, with the same result, reusing the parse of every file whose
    /// bytes are unchanged since the last load with `cache`. The whole-catalogue checks run every time.
    ///
    /// `edited`: when the caller knows that only the contents of these existing files changed (no
    /// file added, removed or renamed, as a file watcher can tell), the folder is not listed again
    /// and only these files are looked at. Paths that are not among the content files listed last
    /// time (or site.yml) make it a full load, so a wrong hint can cost time but never a stale result.
    func load(cache: inout ContentCache, edited: Set<String>? = nil) -> LoadResult {
        if let edited, let reloaded = reload(cache: &cache, edited: edited) { return reloaded }
        var change = ContentChange()
        change.everything = false
        let sitePath = directory.appendingPathComponent("site.yml").standardizedFileURL.path
        let homePath = directory.appendingPathComponent("index.md").standardizedFileURL.path
        let onlyKnownFiles = edited.map { paths in
            let knownPaths = Set(cache.standardPaths)
            return paths.allSatisfy { knownPaths.contains($0) || $0 == homePath }
        } ?? false
        let reusedPreparation = onlyKnownFiles ? cache.preparation : nil
        guard let prepared = reusedPreparation ?? prepare() else {
            cache = ContentCache()
            return missingFolder()
        }
        change.listed = reusedPreparation == nil
        let standardPaths = reusedPreparation != nil ? cache.standardPaths : prepared.entries.map { $0.url.standardizedFileURL.path }
        let entryPaths = reusedPreparation != nil ? cache.entryPaths : prepared.entries.map(\.url.path)
        var diagnostics = prepared.diagnostics
        let entries = prepared.entries, index = prepared.index
        let siteBytes = reusedPreparation != nil ? cache.siteBytes : FileManager.default.contents(atPath: sitePath)
        if siteBytes != cache.siteBytes { change.everything = true }

        let mediaStamp = reusedPreparation != nil ? cache.mediaStamp : Self.mediaStamp(of: directory)
        if mediaStamp != cache.mediaStamp { change.everything = true }

        // A listing reused is the one the keys and names were taken from last time.
        let entryKeys = reusedPreparation != nil ? cache.entryKeys : entries.map { "\($0.kind.rawValue)|\($0.slug)|\($0.url.path)" }
        if reusedPreparation == nil, entryKeys != cache.entryKeys || !(cache.index.map { $0.same(as: index) } ?? false) { change.everything = true }
        let reusable = change.everything ? [:] : cache.items
        // On a full load, a course parsed again from the same bytes to the same fields is the last
        // parse's course (which the site served shares): a load that fails does not hold a second
        // copy of every course beside the last good site, nor does the load after it.
        let previous = change.everything ? cache.items : [:]

        // Which files must be read again: a changed signature, then changed bytes.
        struct Probe: Sendable {
            var entry: Entry
            var key: String
            var item: ContentCache.Item?
            var reread: (signature: FileSignature, digest: ContentDigest)?
        }
        let probes: [Probe] = entries.indices.map { position in
            let entry = entries[position], key = entryPaths[position], standardPath = standardPaths[position]
            // Told which files were edited: the others are taken from the cache without a look.
            if let edited, reusedPreparation != nil, !edited.contains(standardPath), let cached = reusable[key] {
                return Probe(entry: entry, key: key, item: cached)
            }
            let signature = FileSignature(path: key)
            if let cached = reusable[key], let signature, cached.signature == signature { return Probe(entry: entry, key: key, item: cached) }
            guard let signature, let bytes = FileManager.default.contents(atPath: key) else { return Probe(entry: entry, key: key) }
            let digest = ContentDigest(bytes)
            if var cached = reusable[key], cached.digest == digest {
                cached.signature = signature
                return Probe(entry: entry, key: key, item: cached)
            }
            return Probe(entry: entry, key: key, reread: (signature, digest))
        }
        let toParse = probes.filter { $0.item == nil }
        let parsedNow = toParse.parallelMap { probe -> (String, ContentCache.Item?, Parsed) in
            var parsed = ContentLoader.parse(probe.entry, index: index)
            if let old = previous[probe.key], old.digest == probe.reread?.digest, let course = old.parsed.course, parsed.course == course {
                parsed.course = course
            }
            let item = probe.reread.map {
                ContentCache.Item(signature: $0.signature, digest: $0.digest, entryKey: probe.key, parsed: parsed)
            }
            return (probe.key, item, parsed)
        }
        change.parsedFiles = parsedNow.count
        var fresh: [String: (ContentCache.Item?, Parsed)] = [:]
        for (key, item, parsed) in parsedNow { fresh[key] = (item, parsed) }

        var items: [String: ContentCache.Item] = [:]
        var parsedAll: [Parsed] = []
        items.reserveCapacity(probes.count)
        parsedAll.reserveCapacity(probes.count)
        for probe in probes {
            let key = probe.key
            if let cached = probe.item {
                parsedAll.append(cached.parsed)
                items[key] = cached
            } else {
                let (stored, parsed) = fresh[key]!
                parsedAll.append(parsed)
                if let stored { items[key] = stored }
                if probe.entry.kind == .courses { change.courses.insert(probe.entry.slug) } else { change.otherFiles = true }
            }
        }

        var home = MarkdownDocument.empty
        let homeURL = directory.appendingPathComponent("index.md")
        let homeExists = FileManager.default.fileExists(atPath: homeURL.path)
        if homeExists {
            let homeKey = "index.md|" + homeURL.path
            let cached = cache.items[homeKey]
            if let edited, reusedPreparation != nil, let cached, !edited.contains(homePath) {
                // Not edited: as it was.
                items[homeKey] = cached
                home = cached.parsed.page?.body ?? .empty
                diagnostics += cached.parsed.diagnostics
            } else {
                let signature = FileSignature(path: homeURL.path)
                let parsed: Parsed
                if let cached, let signature, cached.signature == signature {
                    parsed = cached.parsed
                    items[homeKey] = cached
                } else {
                    let digest = ContentDigest(FileManager.default.contents(atPath: homeURL.path) ?? Data())
                    if let cached, cached.digest == digest {
                        parsed = cached.parsed
                    } else {
                        parsed = loadHome(homeURL, limits: prepared.settings?.files ?? .standard)
                        change.otherFiles = true
                        change.parsedFiles += 1
                    }
                    if let signature {
                        items[homeKey] = ContentCache.Item(signature: signature, digest: digest, entryKey: homeKey, parsed: parsed)
                    }
                }
                home = parsed.page?.body ?? .empty
                diagnostics += parsed.diagnostics
            }
        } else if cache.items.keys.contains(where: { $0.hasPrefix("index.md|") }) {
            change.otherFiles = true
        }

        cache.items = items
        cache.index = index
        cache.entryKeys = entryKeys
        cache.siteBytes = siteBytes
        cache.mediaStamp = mediaStamp
        cache.preparation = prepared
        cache.standardPaths = standardPaths
        cache.entryPaths = entryPaths
        cache.lastChange = change
        if reusedPreparation == nil {
            cache.positions = Dictionary(standardPaths.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        }
        cache.leadingDiagnostics = diagnostics
        cache.fileDiagnostics = diagnostics + parsedAll.flatMap(\.diagnostics)

        let result = finish(prepared, parsed: parsedAll, home: home, diagnostics: diagnostics,
                            fileCount: entries.count + 1 + (homeExists ? 1 : 0),
                            validation: &cache.validation, changed: change.everything ? nil : change.courses, othersChanged: change.otherFiles)
        cache.result = result
        return result
    }

    /// `load(cache:edited:)` when only course files were edited, each still loading without an
    /// error, and the last load made a catalogue: only the edited files are looked at, and the
    /// catalogue and its checks are made from the last ones (`refinish`) rather than from every
    /// file, so a save costs the same whatever the size of the offer. Nil when that cannot be done
    /// (then nothing in `cache` has changed).
    private func reload(cache: inout ContentCache, edited: Set<String>) -> LoadResult? {
        guard let prepared = cache.preparation, let previous = cache.result, let catalogue = previous.catalogue,
              edited.count <= 16 else { return nil }
        var change = ContentChange()
        change.everything = false
        var updates: [(key: String, item: ContentCache.Item)] = []
        var courses: [Course] = []
        var sameDiagnostics = true
        for path in edited.sorted() {
            guard let position = cache.positions[path], prepared.entries[position].kind == .courses else { return nil }
            let entry = prepared.entries[position], key = cache.entryPaths[position]
            guard let cached = cache.items[key], let signature = FileSignature(path: key) else { return nil }
            if cached.signature == signature { continue }
            guard let bytes = FileManager.default.contents(atPath: key) else { return nil }
            let digest = ContentDigest(bytes)
            if cached.digest == digest {
                var item = cached
                item.signature = signature
                updates.append((key, item))
                continue
            }
            let parsed = ContentLoader.parse(entry, index: prepared.index)
            guard let course = parsed.course, !parsed.diagnostics.hasErrors else { return nil }
            if parsed.diagnostics != cached.parsed.diagnostics { sameDiagnostics = false }
            courses.append(course)
            updates.append((key, ContentCache.Item(signature: signature, digest: digest, entryKey: key, parsed: parsed)))
            change.courses.insert(entry.slug)
            change.parsedFiles += 1
        }
        var diagnostics = cache.fileDiagnostics
        if !sameDiagnostics {
            let updated = Dictionary(updates, uniquingKeysWith: { _, last in last })
            diagnostics = cache.leadingDiagnostics
            for key in cache.entryPaths {
                guard let item = updated[key] ?? cache.items[key] else { return nil }
                diagnostics += item.parsed.diagnostics
            }
        }
        var result = previous
        // `refinish` changes the checks' cache only when it succeeds.
        if !courses.isEmpty {
            guard let made = refinish(catalogue, changed: courses, diagnostics: diagnostics, fileCount: previous.fileCount,
                                      validation: &cache.validation) else { return nil }
            result = made
        }
        for (key, item) in updates { cache.items[key] = item }
        cache.fileDiagnostics = diagnostics
        cache.result = result
        cache.lastChange = change
        return result
    }
}
