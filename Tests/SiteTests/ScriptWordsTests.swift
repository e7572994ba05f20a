import Foundation
@testable import Site
import TestSupport
import Testing

/// The words `site.js` and `search.js` write come from the theme (`layout.scriptWords`): every key
/// the scripts ask for is one the pages carry, and a theme's words reach them as written.
@Suite("The scripts' words")
struct ScriptWordsTests {
    /// The keys the shipped scripts look up: `text("key"` and `count("key"` (a count's key without
    /// its `.one` / `.other`).
    static func keysUsed() throws -> Set<String> {
        var keys: Set<String> = []
        for name in ["site.js", "search.js"] {
            let script = try String(contentsOf: Fixtures.theme.appendingPathComponent("assets/" + name), encoding: .utf8)
            for match in script.matches(of: /(?:[^A-Za-z_]|^)(text|count)\(\s*"([a-z_.]+)"/) {
                keys.insert(match.output.1 == "count" ? "\(match.output.2).one" : String(match.output.2))
            }
            // Keys chosen between two: text(added ? "scripts.a" : "scripts.b", …).
            for match in script.matches(of: /\?\s*"((?:scripts|counts|course|dates)\.[a-z_.]+)"\s*:\s*"([a-z_.]+)"/) {
                keys.formUnion([String(match.output.1), String(match.output.2)])
            }
        }
        return keys
    }

    @Test("every word the scripts ask for is one every page carries")
    func scriptsAskForKnownKeys() throws {
        let used = try Self.keysUsed()
        #expect(used.count > 15, "the scripts' lookups were not found: \(used.sorted())")
        let carried = Set(ScriptWords.keys)
        #expect(used.subtracting(carried).isEmpty, "keys the pages do not carry: \(used.subtracting(carried).sorted())")
        #expect(Set(ScriptWords.keys.filter { $0.hasPrefix("scripts.") }).subtracting(used.union(used.map { $0.replacing(".one", with: ".other") })).isEmpty,
                "scripts.* keys no script uses")
    }

    @Test("a theme's words reach the scripts as written, placeholders unfilled, safe inside <script>")
    func themeWords() throws {
        let strings = SiteStrings(overriding: ["scripts.plan_add": "Ychwanegu at fy nghynllun </script>",
                                               "scripts.filters_showing.other": "Yn dangos {count} o {total} cwrs"])
        let json = ScriptWords.json(strings)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: String])
        #expect(object["scripts.plan_add"] == "Ychwanegu at fy nghynllun </script>")
        #expect(object["scripts.filters_showing.other"] == "Yn dangos {count} o {total} cwrs")
        #expect(object["counts.courses.one"] == "{count} course")
        #expect(Set(object.keys) == Set(ScriptWords.keys))
        #expect(!json.contains("<"), "the JSON could close its <script> element")
    }
}
