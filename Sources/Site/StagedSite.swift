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
        var folders = Set<String>()
        var byteCount = 0
        var finished = false
    }

    init(writer: OutputWriter, staging: URL, previous: String?) {
        self.writer = writer
        self.staging = staging
        stagingPath = staging.path
        self.previous = previous
    }

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
        // Claim the path, and make its folders the first time one is needed (folders are few).
        try state.withLock { state in
            guard !state.finished else { throw OutputError(message: "internal error: '\(path)' written after the site was finished") }
            guard state.paths.insert(path).inserted else { throw OutputError(message: "two parts of the site both want to write '\(path)'") }
            state.byteCount += file.byteCount
            var missing: [String] = []
            var folder = path
            while let slash = folder.utf8.lastIndex(of: UInt8(ascii: "/")) {
                folder = String(folder[..<slash])
                if state.folders.contains(folder) { break }
                missing.append(folder)
            }
            for folder in missing.reversed() {
                let made = mkdir(stagingPath + "/" + folder, 0o755) == 0 || errno == EEXIST
                guard made else { throw OutputError(message: "the site could not be written (\(folder): \(String(cString: strerror(errno))))") }
                state.folders.insert(folder)
            }
        }
        let target = stagingPath + "/" + path
        let failure: String?
        if let previous, OutputWriter.linkIfUnchanged(file, from: previous, path: path, to: target) {
            failure = nil
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
            try writer.swapIn(staging)
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
