import Foundation
import Parallel

/// Where a test build keeps its "What's new" history, so that no test writes into the source tree.
///
/// A build keeps its history beside the content (`Content/history/`). Tests that build a fixture or
/// the sample in place would update the committed file whenever the fixture changes; for those, the
/// build gets a scratch copy of the content's history instead, one per output folder, so builds into
/// the same output still see each other's history. Content that is already a scratch copy keeps its own.
public enum ScratchHistory {
    private static let copies = Locked<[String: URL]>([:])
    /// The copies are removed when the test process exits (thousands of test builds would otherwise
    /// leave a folder each in the temporary folder).
    private static let removedAtExit: Void = { atexit { ScratchHistory.removeCopies() } }()

    /// Removes every scratch copy made so far.
    public static func removeCopies() {
        for copy in copies.withLock({ Array($0.values) }) { try? FileManager.default.removeItem(at: copy) }
    }

    /// The history folder for a build of `content` into `output`: nil (the content's own) unless the
    /// content lies inside the repository.
    public static func folder(forBuildOf content: URL, into output: URL) -> URL? {
        let contentPath = content.standardizedFileURL.path
        guard contentPath.hasPrefix(TestPaths.repository.standardizedFileURL.path + "/") else { return nil }
        _ = removedAtExit
        return copies.withLock { copies in
            let key = contentPath + "\u{0}" + output.standardizedFileURL.path
            if let copy = copies[key] { return copy }
            let copy = FileManager.default.temporaryDirectory
                .appendingPathComponent("prospectus-history-\(UUID().uuidString)", isDirectory: true)
            let committed = content.appendingPathComponent("history", isDirectory: true)
            if FileManager.default.fileExists(atPath: committed.path) {
                try? FileManager.default.copyItem(at: committed, to: copy)
            }
            copies[key] = copy
            return copy
        }
    }
}
