import CMemory
import Foundation
import Parallel
import Site

/// The files of one generation of the preview, made when a browser first asks for them and kept
/// (up to a budget of bytes) while they stay current: a save only forgets the pages and exports the
/// change can reach (`SiteStaleness`), so no page is rendered and no whole-offer export (catalogue.json,
/// the spreadsheets, the calendars, the search index…) is made on the save itself.
///
/// The paths an export writes are known once it has been made; a request for a path no page, asset
/// or known export file has makes the exports whose paths are not known yet and that may write it
/// (`SiteOnDemand.exports(thatMayWrite:)`), then looks again.
final class ServedSite: Sendable {
    let site: SiteOnDemand
    /// Which server run made the files (`ServedFile.etag`).
    private let run: String
    private let tags: FileTags
    private let cache: Locked<FileCache>
    /// The paths each export made, for the exports made since the change last reached them.
    private let exportPaths: Locked<ExportPaths>
    /// Held while an export is made, so that two requests for its files make it once.
    private let making = Locked(())

    /// How many bytes of made files are kept in memory; beyond it the earliest made are dropped (and
    /// made again when asked for), so that a 20,000-course offer's exports do not all stay in memory.
    /// Spilled files do not count: they hold no memory.
    static let budget = 192 * 1024 * 1024

    /// `spill`: where large files go out of memory (`SpillPlace`); nil keeps every file in memory.
    init(site: SiteOnDemand, run: String, spill: SpillPlace? = .standard) {
        self.site = site
        self.run = run
        tags = FileTags(spill: spill)
        cache = Locked(FileCache())
        exportPaths = Locked(ExportPaths())
    }

    private init(site: SiteOnDemand, run: String, tags: FileTags, cache: FileCache, exportPaths: ExportPaths) {
        self.site = site
        self.run = run
        self.tags = tags
        self.cache = Locked(cache)
        self.exportPaths = Locked(exportPaths)
    }

    /// The next generation's files: this one's, less what `staleness` names.
    func next(_ site: SiteOnDemand, staleness: SiteStaleness) -> ServedSite {
        guard !staleness.everything else { return ServedSite(site: site, run: run, tags: tags, cache: FileCache(), exportPaths: ExportPaths()) }
        var paths = exportPaths.withLock { $0 }
        var kept = cache.withLock { $0 }
        for path in staleness.pages { kept.remove(path) }
        for name in staleness.exports {
            for path in paths.forget(name) { kept.remove(path) }
        }
        return ServedSite(site: site, run: run, tags: tags, cache: kept, exportPaths: paths)
    }

    /// Lets go of every file kept, and keeps none from now on (each is made when asked for and let
    /// go after it is sent): for a rebuild that will not reuse them, so that this generation's files
    /// are not held beside the next one's while it is made, however many are asked for meanwhile.
    func retire() {
        site.retire()
        // An export being made now is finished first (and answers its request): the rebuild that
        // retires this site does not load the next generation beside it. Requests for whole-offer
        // exports are answered 503 from now on (`waitsForRebuild`).
        making.withLock { _ in cache.withLock { $0 = FileCache() } }
    }

    /// The rebuild that retired this site ended. When it failed this site is served on, as the last
    /// good one, and keeps what it makes again (until the next full rebuild retires it).
    func rebuildEnded() { site.unretire() }

    /// True when `path` is a whole-offer export's file and a full rebuild is being made (this site is
    /// retired): the export would be made from this generation and held beside the next one's
    /// (`SiteResponder` answers 503 with Retry-After instead; pages, assets and a course's calendars
    /// are served as usual).
    func waitsForRebuild(_ path: String) -> Bool {
        site.isRetired && !SiteOnDemand.exports(thatMayWrite: path).isEmpty
    }

    /// The files the previous generation served that `staleness` forgets: its stale pages, and the
    /// files its stale exports had made.
    func forgotten(by staleness: SiteStaleness) -> Set<String> {
        let paths = exportPaths.withLock { $0 }
        return staleness.pages.union(staleness.exports.flatMap { paths.made(by: $0) })
    }

    /// The file at `path` (relative to the site's root), made now if it is not kept; nil when the site has none.
    func file(at path: String) -> ServedFile? {
        if let kept = cache.withLock({ $0.files[path] }) { return kept }
        if let page = site.page(path) { return keep([OutputFile(path: path, data: page)])[path] }
        if let asset = site.assets[path] { return keep([OutputFile(path: path, data: asset)])[path] }
        // Made from the whole offer and kept by the generation, not the cache: a save makes a new
        // generation, so the report is never served stale.
        if let added = site.addedFile(path) { return tags.served(OutputFile(path: path, data: added), run: run) }
        if let name = owner(of: path) { return make(name)[path] }
        // A course's or a session's calendar: made with its course's others, not with every calendar.
        if let calendars = site.calendarFiles(at: path) {
            exportPaths.withLock { $0.recordSingles(SiteOnDemand.calendarsExportName, paths: calendars.map(\.path)) }
            return keep(calendars)[path]
        }
        for name in unknownExports(likelyFor: path) {
            if let file = make(name)[path] { return file }
        }
        return nil
    }

    /// Every path of the site, sorted: made, for the exports whose paths are not known yet.
    var paths: [String] {
        for name in unknownExports() { _ = make(name) }
        let made = exportPaths.withLock { Array($0.owners.keys) }
        return Set(site.pagePaths + site.assets.keys + made + site.calendarPaths + site.addedPaths).sorted()
    }

    private func owner(of path: String) -> String? {
        exportPaths.withLock { $0.owners[path] }
    }

    /// The exports whose paths are not known: every one, or those that may make `path`.
    private func unknownExports(likelyFor path: String? = nil) -> [String] {
        let known = exportPaths.withLock { Set($0.byName.keys) }
        return (path.map(SiteOnDemand.exports(thatMayWrite:)) ?? SiteOnDemand.exportNames).filter { !known.contains($0) }
    }

    /// Makes the export `name` (once, however many ask at the same time) and keeps its files.
    private func make(_ name: String) -> [String: ServedFile] {
        making.withLock { _ in
            if let paths = exportPaths.withLock({ $0.byName[name] }) {
                let kept = cache.withLock { cache in paths.compactMap { path in cache.files[path].map { (path, $0) } } }
                if kept.count == paths.count { return Dictionary(kept, uniquingKeysWith: { first, _ in first }) }
            }
            let files = (try? site.export(name).get()) ?? []
            exportPaths.withLock { $0.record(name, paths: files.map(\.path)) }
            // What making it allocated and let go goes back to the system, not kept by the heap.
            defer { prospectus_release_free_memory() }
            return keep(files)
        }
    }

    /// Files just made, with their validators, kept within the budget (none once retired).
    private func keep(_ made: [OutputFile]) -> [String: ServedFile] {
        var served: [String: ServedFile] = [:]
        for file in made { served[file.path] = tags.served(file, run: run) }
        guard !site.isRetired else { return served }
        cache.withLock { cache in
            for (path, file) in served { cache.insert(path, file) }
            cache.trim(to: Self.budget)
        }
        return served
    }
}

/// The paths each export made, by the export's name, and each path's export; and the files made
/// one at a time for an export (a course's calendars), forgotten with it.
struct ExportPaths: Sendable {
    private(set) var byName: [String: [String]] = [:]
    private(set) var owners: [String: String] = [:]
    private var singles: [String: Set<String>] = [:]

    /// Files made on their own for the export `name`, without making the export.
    mutating func recordSingles(_ name: String, paths: [String]) {
        singles[name, default: []].formUnion(paths)
    }

    /// Every path made for the export `name`, whole or one at a time.
    func made(by name: String) -> [String] {
        (byName[name] ?? []) + (singles[name].map(Array.init) ?? [])
    }

    mutating func record(_ name: String, paths: [String]) {
        // The files made one at a time stay recorded: they are still kept until the export is stale.
        for path in byName.removeValue(forKey: name) ?? [] where owners[path] == name { owners[path] = nil }
        byName[name] = paths
        for path in paths { owners[path] = name }
    }

    /// Forgets the paths of the export `name`, and returns them.
    mutating func forget(_ name: String) -> [String] {
        let paths = byName.removeValue(forKey: name) ?? []
        for path in paths where owners[path] == name { owners[path] = nil }
        return paths + (singles.removeValue(forKey: name).map(Array.init) ?? [])
    }
}

/// Made files kept by path, with the order they were made in, dropped earliest first.
struct FileCache: Sendable {
    private(set) var files: [String: ServedFile] = [:]
    private var order: [String] = []
    private var bytes = 0

    mutating func insert(_ path: String, _ file: ServedFile) {
        remove(path)
        files[path] = file
        order.append(path)
        bytes += file.memoryBytes
    }

    mutating func remove(_ path: String) {
        guard let old = files.removeValue(forKey: path) else { return }
        bytes -= old.memoryBytes
    }

    mutating func trim(to budget: Int) {
        var dropped = 0
        while bytes > budget, dropped < order.count {
            remove(order[dropped])
            dropped += 1
        }
        if dropped > 0 || order.count > 2 * files.count + 64 {
            order = order[dropped...].filter { files[$0] != nil }
        }
    }
}

/// Each path's last bytes, as a hash, and when they last changed: a file made again with the same
/// bytes keeps its entity tag and modification time across generations, and gets new ones exactly
/// when its bytes change. Large files are spilled out of memory (`SpillPlace`) as they are hashed.
final class FileTags: Sendable {
    private let seen = Locked([String: (hash: Int, modified: Int)]())
    private let spill: SpillPlace?
    /// Told once, when a file could not be spilled: what to say (to the terminal) that it is kept in memory.
    private let warn: @Sendable (String) -> Void
    private let warned = Locked(false)

    init(spill: SpillPlace?, warn: @escaping @Sendable (String) -> Void = FileTags.printWarning) {
        self.spill = spill
        self.warn = warn
    }

    static let printWarning: @Sendable (String) -> Void = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }

    func served(_ file: OutputFile, run: String) -> ServedFile {
        var digest = Digest()
        _ = file.forEachPiece { bytes in
            digest.add(bytes)
            return true
        }
        var content = ServedContent.made(file)
        if let spill, spill.takes(file) {
            if let spilled = SpilledFile.spill(file, in: spill.directory) {
                content = .spilled(spilled)
            } else if warned.withLock({ told in defer { told = true }; return !told }) {
                warn("serve: large downloads cannot be kept in the temporary folder \(spill.directory) (missing, read-only or full?), so they are held in memory; set TMPDIR to a folder with room")
            }
        }
        let hash = digest.value
        let path = file.path
        let now = Int(Date().timeIntervalSince1970)
        let modified = seen.withLock { seen in
            if let last = seen[path], last.hash == hash { return last.modified }
            seen[path] = (hash, now)
            return now
        }
        return ServedFile(content: content, modified: modified, version: run + "-" + String(UInt(bitPattern: hash), radix: 36))
    }

    /// A hash of bytes seen a piece at a time, and of how many there were.
    private struct Digest {
        var hasher = Hasher()
        var count = 0

        mutating func add(_ bytes: UnsafeRawBufferPointer) {
            hasher.combine(bytes: bytes)
            count += bytes.count
        }

        var value: Int {
            var hasher = hasher
            hasher.combine(count)
            return hasher.finalize()
        }
    }
}
