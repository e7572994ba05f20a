@testable import Catalogue
import Foundation
import TestSupport
import Testing
import Yams

/// The reader for plain settings must give exactly Yams's tree (text, style, tag, line and column of
/// every node), or decline so that Yams reads the file: every diagnostic depends on it.
@Suite("Plain YAML: the same tree as Yams, or none")
struct PlainYAMLTests {
    /// Every node alike: kind, text, style, resolved tag and mark, in order.
    static func difference(_ fast: Node, _ yams: Node, at path: String = "") -> String? {
        if fast.mark?.line != yams.mark?.line || fast.mark?.column != yams.mark?.column {
            return "\(path): mark \(fast.mark.map(String.init(describing:)) ?? "nil") ≠ \(yams.mark.map(String.init(describing:)) ?? "nil")"
        }
        if fast.tag.description != yams.tag.description { return "\(path): tag \(fast.tag) ≠ \(yams.tag)" }
        switch (fast, yams) {
        case let (.scalar(a), .scalar(b)):
            if a.string != b.string { return "\(path): '\(a.string)' ≠ '\(b.string)'" }
            if a.style != b.style { return "\(path): style \(a.style) ≠ \(b.style)" }
            return nil
        case let (.sequence(a), .sequence(b)):
            if a.style != b.style { return "\(path): list style \(a.style) ≠ \(b.style)" }
            if a.count != b.count { return "\(path): \(a.count) items ≠ \(b.count)" }
            for (index, (x, y)) in zip(a, b).enumerated() {
                if let found = difference(x, y, at: "\(path)[\(index)]") { return found }
            }
            return nil
        case let (.mapping(a), .mapping(b)):
            if a.style != b.style { return "\(path): mapping style \(a.style) ≠ \(b.style)" }
            if a.count != b.count { return "\(path): \(a.count) keys ≠ \(b.count)" }
            for ((k1, v1), (k2, v2)) in zip(a, b) {
                if let found = difference(k1, k2, at: "\(path).key") ?? difference(v1, v2, at: "\(path).\(k1.string ?? "?")") { return found }
            }
            return nil
        default:
            return "\(path): \(fast) ≠ \(yams)"
        }
    }

    /// nil when the plain reader declines or gives Yams's tree; otherwise what differs.
    static func mismatch(_ yaml: String) -> String? {
        guard let fast = PlainYAML.compose(yaml) else { return nil }
        let yams: Node?
        do {
            yams = try Yams.compose(yaml: yaml, Resolver.basic, .default, .utf8)
        } catch {
            return "accepted what Yams refuses (\(error))"
        }
        guard let yams else { return "accepted what Yams reads as nothing" }
        return difference(fast, yams)
    }

    /// The settings of every content and settings file the project has: the sample, the examples,
    /// and every fixture (broken ones included).
    static func settingsTexts() throws -> [(String, String)] {
        var found: [(String, String)] = []
        for root in [TestPaths.repository.appendingPathComponent("Content"), TestPaths.repository.appendingPathComponent("examples"),
                     TestPaths.fixtures, TestPaths.theme] {
            guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { continue }
            for case let url as URL in walker where ["md", "yml", "yaml"].contains(url.pathExtension) {
                guard let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8) else { continue }
                let file = SourceFile(path: url.path, text: text)
                if url.pathExtension == "md" {
                    if case .success(let parts) = FrontMatter.split(file, required: true, kind: "course"), parts.isPresent {
                        found.append((url.path, parts.yaml))
                    }
                } else {
                    found.append((url.path, file.text))
                }
            }
        }
        return found
    }

    @Test("every file of the sample, the examples and the fixtures reads alike")
    func everyFile() throws {
        let texts = try PlainYAMLTests.settingsTexts()
        #expect(texts.count > 300)
        var accepted = 0
        for (path, yaml) in texts {
            if let problem = PlainYAMLTests.mismatch(yaml) { Issue.record("\(path): \(problem)") }
            if PlainYAML.compose(yaml) != nil {
                accepted += 1
            } else if path.contains("/Content/") && path.hasSuffix(".md") && !path.contains("/Fixtures/") {
                Issue.record("\(path): the sample's settings are left to Yams")
            }
        }
        // Most are read without libyaml (the rest are mostly broken fixtures, whose errors Yams reports).
        #expect(accepted * 4 > texts.count * 3, "only \(accepted) of \(texts.count) read")
    }

    @Test("every file, changed one character at a time, still reads alike or is declined")
    func mutations() throws {
        var random = SplitMix64(seed: 19)
        let pieces: [String] = [" ", "  ", "\n", "\n  ", "- ", ":", ": ", "#", " #", "'", "\"", "[", "]", ",", "{", "&", "*", "!", "|", ">",
                                "-", "?", "\\", "\t", "~", "é", "—", "\u{A0}", "\u{2028}", "x", "0", "''", "\"\"", "%", "@", "`"]
        for (path, yaml) in try PlainYAMLTests.settingsTexts() {
            let scalars = Array(yaml.unicodeScalars)
            guard !scalars.isEmpty else { continue }
            for _ in 0..<40 {
                var changed = scalars
                let position = Int(random.next() % UInt64(changed.count))
                let piece = pieces[Int(random.next() % UInt64(pieces.count))]
                switch random.next() % 3 {
                case 0: changed.insert(contentsOf: piece.unicodeScalars, at: position)
                case 1: changed.remove(at: position)
                default: changed.replaceSubrange(position...position, with: piece.unicodeScalars)
                }
                let text = String(String.UnicodeScalarView(changed))
                if let problem = PlainYAMLTests.mismatch(text) { Issue.record("\(path) changed at \(position) with '\(piece)': \(problem)\n\(text)") }
            }
        }
    }

    /// Shapes the reader must read, each checked against Yams.
    static let accepted = [
        "title: Safeguarding\ncode: SG-1",
        "title: \"Quoted: text # not a note\"\nsummary: 'It''s here'",
        "title: Plain # a note\ncode: C#   # two spaces",
        "groups: [ect, 'mentors', \"leaders\"]\nstages: []",
        "sessions:\n  - date: 2026-10-14\n    start: \"09:00\"\n    end: 12:30\n  - date: 2026-11-14\n    venue: Room 1, Hall",
        "sessions:\n- date: 2026-10-14\n  days: [2026-10-14, 2026-10-15]\ntitle: Indentless",
        "modules:\n  - title: One\n    sessions:\n      - date: 2026-01-01\n  - title: Two",
        "# a note first\n\ntitle: Café — Naïve\n   # an indented note\nsummary: “Curly” é",
        "stages:\n  - early-career\n  - middle-leadership\nfamily:\n  name: Teachers\n  order: 2",
        "cost: ~\nprovider: null\ncpd_hours: 1.5\ndraft: no",
        "title:    Spaced   value   \nkey with space: yes",
        "title: {a: b}",
        (0..<40).map { "key\($0): value \($0)" }.joined(separator: "\n"),
        "cost: { trust: 0, maintained: \"£60\", academy: 'a' }\nterms:\n  - { name: Autumn,   starts: 2026-09-01 }   # note",
    ]

    @Test("the plain shapes are read, each exactly as Yams reads it", arguments: PlainYAMLTests.accepted)
    func reads(_ yaml: String) {
        #expect(PlainYAML.compose(yaml) != nil)
        #expect(PlainYAMLTests.mismatch(yaml) == nil)
    }

    /// Shapes left to Yams: mistakes, and what the reader does not know.
    static let declined = [
        "title:", "title: Two\ntitle: Again", "title: a: b", "title: |\n  text", "title: Long\n  and more", "title: &a x",
        "title: *a", "title: !!str x", "title: \"esc\\x1F\"", "title:\tx", "\ttitle: x", "title: x\n  code: y", "- a\n- b",
        "title: [a, b", "title: [a, ]", "  title: x", "title: 'open", "title: x\r\ncode: y", "title: -5",
        "sessions:\n  -\n    date: x", "sessions:\n  - date: x\n   venue: y", "title: x\n---\ncode: y", "\u{FEFF}title: x",
        "\"title\": x", "title: \"a\"b", "title: [a]b", "title: x\n\n  more", "title: a\u{85}b", "title: a\u{2028}b",
        (0..<40).map { "key\($0): value" }.joined(separator: "\n") + "\nkey3: again", "sessions:\n  - a: 1\n    b: 2\n    a: 3",
        "cost: { a: 1, a: 2 }", "cost: { a: 1, }", "cost: {}", "cost: { a: }", "cost: { a: [b] }", "cost: { a b: c }",
    ]

    @Test("mistakes and unusual shapes are left to Yams", arguments: PlainYAMLTests.declined)
    func declines(_ yaml: String) {
        #expect(PlainYAML.compose(yaml) == nil)
    }
}
