import Foundation
import Parallel
#if canImport(Glibc)
import Glibc
#endif

/// A new site being written into a staging folder beside the output, file by file and from many
/// threads as soon as each file is made (so a build never holds the whole site in memory), then
/// swapped in at once by `publish()`, or thrown away by `abandon()`.
///
/// Made by `OutputWriter.stage(holding:)` under the output's lock. Every path is checked before
/// anything is written to it: a path that would leave the folder, or that two parts of the site both
/// want, is refused and the site is not published. A file whose bytes equal the published site's is
/// hard-linked from it instead of written again.
public final class StagedSite: Sendable {
    private let writer: OutputWriter
    private let staging: URL
    private let stagingPath: String
    /// The published site to link unchanged files from, when there is one.
    private let previous: String?
    private let state = Locked(State())

    /// What the writing threads share.
    private struct State {
        var paths = Set<String>()
        /// Each folder made (by its path in the site, "" for the site's own), with a descriptor of
        /// it open for the files written into it (-1 when it could not be opened: its files are then
        /// opened by their whole path, and fail as they would).
        var folders: [String: Int32] = [:]
        var byteCount = 0
        var finished = false
        /// What is left of the previous site when it could not be removed after the swap.
        var leftBehind: URL?
    }

    /// What to tell the user when `publish()` could not remove the previous site completely: where
    /// what is left of it is, and how to remove it (`OutputWriter.leftBehindNote`); nil otherwise.
    public var leftBehindNote: String? { state.withLock { $0.leftBehind }.map(writer.leftBehindNote) }

    init(writer: OutputWriter, staging: URL, previous: String?) {
        self.writer = writer
        self.staging = staging
        stagingPath = staging.path
        self.previous = previous
        let root = open(stagingPath, O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW)
        state.withLock { $0.folders[""] = root }
    }

    /// The folders' descriptors are closed when the site is let go, never sooner: a write holds
    /// the site until it is done, so no write can find a descriptor closed (or its number reused).
    deinit {
        for descriptor in state.withLock({ Array($0.folders.values) }) where descriptor >= 0 { close(descriptor) }
    }

    /// How many folders' descriptors are kept open at most: a quarter of the process's limit on
    /// open files (from 16 to 1,024); a 20,000-course site has some 300 folders.
    static let folderDescriptors: Int = {
        var limit = rlimit()
        guard getrlimit(__rlimit_resource_t(RLIMIT_NOFILE.rawValue), &limit) == 0 else { return 16 }
        return max(16, min(Int(clamping: limit.rlim_cur) / 4, 1024))
    }()

    /// Bytes written so far (linked files included).
    public var bytes: Int { state.withLock { $0.byteCount } }
    /// Files written so far.
    public var count: Int { state.withLock { $0.paths.count } }

    /// Writes one file (its path relative to the site root). Safe to call from many threads.
    public func write(_ file: OutputFile) throws {
        let path = file.path
        guard OutputWriter.isSafeRelativePath(path) else {
            throw OutputError(message: "refusing to write '\(path)': it would leave the output folder")
        }
        let slash = path.utf8.lastIndex(of: UInt8(ascii: "/"))
        let parent = slash.map { String(path[..<$0]) } ?? ""
        // Claim the path, and make its folders the first time one is needed (folders are few).
        let folder = try state.withLock { state -> Int32 in
            guard !state.finished else { throw OutputError(message: "internal error: '\(path)' written after the site was finished") }
            guard state.paths.insert(path).inserted else { throw OutputError(message: "two parts of the site both want to write '\(path)'") }
            state.byteCount += file.byteCount
            if let known = state.folders[parent] { return known }
            var missing: [String] = []
            var folder = parent
            while state.folders[folder] == nil {
                missing.append(folder)
                guard let slash = folder.utf8.lastIndex(of: UInt8(ascii: "/")) else { break }
                folder = String(folder[..<slash])
            }
            for folder in missing.reversed() {
                let made = mkdir(stagingPath + "/" + folder, 0o755) == 0 || errno == EEXIST
                guard made else { throw OutputError(message: "the site could not be written (\(folder): \(String(cString: strerror(errno))))") }
                // Descriptors are kept for the first folders only, so that a site of thousands of
                // folders never runs out of descriptors for its files.
                let kept = state.folders.count < StagedSite.folderDescriptors
                state.folders[folder] = kept ? open(stagingPath + "/" + folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW) : -1
            }
            return state.folders[parent] ?? -1
        }
        let target = stagingPath + "/" + path
        let failure: String?
        if let previous, OutputWriter.linkIfUnchanged(file, from: previous, path: path, to: target) {
            failure = nil
        } else if folder >= 0 {
            failure = OutputWriter.write(file, in: folder, name: slash.map { String(path[path.utf8.index(after: $0)...]) } ?? path)
        } else {
            failure = OutputWriter.write(file, to: target)
        }
        if let failure { throw OutputError(message: "the site could not be written (\(path): \(failure))") }
    }

    /// Marks the folder as Prospectus output and swaps it in for the published site. Returns the
    /// bytes written.
    public func publish() throws -> Int {
        try state.withLock { state in
            guard !state.finished else { throw OutputError(message: "internal error: the site was already finished") }
            state.finished = true
        }
        do {
            try Data(OutputWriter.markerText(for: writer.edition).utf8).write(to: staging.appendingPathComponent(OutputWriter.markerName))
            let left = try writer.swapIn(staging)
            state.withLock { $0.leftBehind = left }
        } catch {
            try? FileManager.default.removeItem(at: staging)
            throw error
        }
        return bytes
    }

    /// Deletes everything written: the published site stays as it was.
    public func abandon() {
        let wasFinished = state.withLock { state in
            defer { state.finished = true }
            return state.finished
        }
        if !wasFinished { OutputWriter.removeTree(staging) }
    }
}
