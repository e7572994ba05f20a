import Foundation
@testable import prospectus
import TestSupport
import Testing

/// The sample's history of changes (Content/history) is committed: a build of a clean checkout,
/// in either edition, must find nothing to record, or `make site` leaves the repository changed.
@Suite("The sample's committed history")
struct SampleHistoryTests {
    @Test("building the sample in either edition records no change: the committed history is up to date", arguments: ["staff", "partners"])
    func upToDate(edition: String) throws {
        try withTemporaryFolder("sample-history") { folder in
            _ = try SampleBuild.build(into: folder, edition: edition)
            let committed = TestPaths.repository.appendingPathComponent("Content/history")
            let kept = folder.path("history-\(edition)")
            let names = try FileManager.default.contentsOfDirectory(atPath: committed.path).filter { $0.hasSuffix(".json") }.sorted()
            #expect(names.contains(edition == "staff" ? "2026-27.json" : "2026-27-partners.json"))
            for name in names {
                let before = try String(contentsOf: committed.appendingPathComponent(name), encoding: .utf8)
                let after = try String(contentsOf: kept.appendingPathComponent(name), encoding: .utf8)
                #expect(before == after, "the \(edition) build changed Content/history/\(name): build the sample and commit the file")
            }
        }
    }
}
