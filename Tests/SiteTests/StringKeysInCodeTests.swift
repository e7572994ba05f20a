import Foundation
@testable import Site
import TestSupport
import Testing

/// Every key the code asks the theme's words for exists in the English defaults: a key used in the
/// code but missing from `DefaultStrings` would otherwise stop a debug build mid-render and show the
/// bare key on a published page.
@Suite("The words the code asks for")
struct StringKeysInCodeTests {
    @Test("every strings.text/count key written in Sources/Site is a known key (or a one/other pair)")
    func keysExist() throws {
        let sources = TestPaths.repository.appendingPathComponent("Sources/Site")
        let pattern = try NSRegularExpression(pattern: #"\.(text|count)\(\s*"([a-z0-9_.]+)""#)
        var used: [String: String] = [:]
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
        while let url = files?.nextObject() as? URL {
            guard url.pathExtension == "swift", let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                if let range = Range(match.range(at: 2), in: text) { used[String(text[range]), default: url.lastPathComponent] = url.lastPathComponent }
            }
        }
        #expect(used.count > 50, "the scan found the keys the views use")
        let known = Set(SiteStrings.known.keys)
        let missing = used.keys.filter { !known.contains($0) && !(known.contains($0 + ".one") && known.contains($0 + ".other")) }
        #expect(missing.isEmpty, "keys used in the code but not in DefaultStrings: \(missing.sorted().map { "\($0) (\(used[$0]!))" })")
    }
}
