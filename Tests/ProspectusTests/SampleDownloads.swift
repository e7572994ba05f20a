import Foundation
@testable import prospectus
import Spreadsheets
import TestSupport

/// The sample offer (Content/) built as `prospectus build` builds it, with its made-up form
/// downloads (examples/form-downloads), into a folder of the test's own; the history of changes is
/// a copy, so the repository is never written.
enum SampleBuild {
    static let downloads = TestPaths.repository.appendingPathComponent("examples/form-downloads")

    /// Every download of the sample, with its path under examples/form-downloads.
    static func sheets() throws -> [(path: String, sheet: Sheet)] {
        var found: [(String, Sheet)] = []
        for kind in ["bookings", "evaluations"] {
            let folder = downloads.appendingPathComponent(kind)
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where !name.hasPrefix(".") {
                found.append(("\(kind)/\(name)", try SpreadsheetReader.read(contentsOf: folder.appendingPathComponent(name))))
            }
        }
        return found
    }

    /// Builds the staff site (and the partner edition with `partners`) into `folder`, and returns the output folder.
    static func build(into folder: TemporaryFolder, edition: String = "staff") throws -> URL {
        let history = folder.path("history-\(edition)")
        if !FileManager.default.fileExists(atPath: history.path) {
            try FileManager.default.copyItem(at: TestPaths.repository.appendingPathComponent("Content/history"), to: history)
        }
        let output = folder.path("Output-\(edition)")
        try Build.parse(["--content", TestPaths.repository.appendingPathComponent("Content").path, "--theme", TestPaths.theme.path,
                         "--output", output.path, "--history", history.path, "--edition", edition]).run()
        return output
    }

    /// Every file under `folder`, with its path inside it.
    static func files(under folder: URL) throws -> [(path: String, data: Data)] {
        let root = folder.standardizedFileURL.path + "/"
        var files: [(String, Data)] = []
        let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = walker?.nextObject() as? URL {
            guard (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true else { continue }
            files.append((String(url.standardizedFileURL.path.dropFirst(root.count)), try Data(contentsOf: url)))
        }
        return files
    }
}

/// Finds any of many texts in bytes, ignoring ASCII case, in one pass: each needle is found by its
/// first four bytes, then compared whole.
struct ManyTexts {
    private var byPrefix: [UInt32: [[UInt8]]] = [:]

    init(_ needles: some Sequence<String>) {
        for needle in needles {
            let bytes = Array(needle.utf8).map(ManyTexts.lower)
            guard bytes.count >= 4 else { continue }
            byPrefix[ManyTexts.prefix(bytes, 0), default: []].append(bytes)
        }
    }

    var isEmpty: Bool { byPrefix.isEmpty }

    /// The needles found in `data`.
    func found(in data: Data) -> Set<String> {
        let bytes = data.map(ManyTexts.lower)
        var found: Set<String> = []
        guard bytes.count >= 4 else { return found }
        for start in 0...(bytes.count - 4) {
            guard let candidates = byPrefix[ManyTexts.prefix(bytes, start)] else { continue }
            for needle in candidates where start + needle.count <= bytes.count && Array(bytes[start..<start + needle.count]) == needle {
                found.insert(String(decoding: needle, as: UTF8.self))
            }
        }
        return found
    }

    private static func lower(_ byte: UInt8) -> UInt8 { (65...90).contains(byte) ? byte + 32 : byte }

    private static func prefix(_ bytes: [UInt8], _ start: Int) -> UInt32 {
        UInt32(bytes[start]) << 24 | UInt32(bytes[start + 1]) << 16 | UInt32(bytes[start + 2]) << 8 | UInt32(bytes[start + 3])
    }
}
