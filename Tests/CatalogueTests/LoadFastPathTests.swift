import Foundation
@testable import Catalogue
import Testing
import Yams

/// The byte-level ways loading reads a file give what the character-level ways they stand in for give.
@Suite("Loading's byte paths: the same answers as the character paths")
struct LoadFastPathTests {
    @Test("isASCII, eight bytes at a time, answers as checking each byte")
    func ascii() {
        for length in 0...20 {
            let plain = [UInt8](repeating: UInt8(ascii: "a"), count: length)
            #expect(plain.withUnsafeBufferPointer(\.isASCII))
            for position in 0..<length {
                var bytes = plain
                bytes[position] = 0x80
                #expect(!bytes.withUnsafeBufferPointer(\.isASCII), "high byte at \(position) of \(length)")
            }
        }
    }

    @Test("a control character is found wherever it is in a line, around and inside the words read at once")
    func controlEverywhere() {
        for position in 0..<40 {
            for control: UInt8 in [0x01, 0x1B, 0x7F] {
                var bytes = [UInt8](repeating: UInt8(ascii: "x"), count: 40)
                bytes[position] = control
                #expect(ControlCharacters.holdsForbidden(String(decoding: bytes, as: UTF8.self)), "byte \(control) at \(position)")
            }
            var text = [UInt8](repeating: UInt8(ascii: "x"), count: 40)
            text[position] = 0x0A
            #expect(!ControlCharacters.holdsForbidden(String(decoding: text, as: UTF8.self)))
            // U+0085 (C2 85) is a C1 control; U+00E9 (C3 A9) is not.
            let before = String(repeating: "y", count: position)
            #expect(ControlCharacters.holdsForbidden(before + "\u{85}" + "tail text"))
            #expect(!ControlCharacters.holdsForbidden(before + "é" + "tail text"))
        }
    }

    /// How dates were read before: split at '-', four, two and two characters, ASCII digits only.
    static func splitDate(_ text: String) -> LocalDate? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        return LocalDate(year: y, month: m, day: d)
    }

    static func splitTime(_ text: String) -> LocalTime? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let h = Int(parts[0]), let m = Int(parts[1]) else { return nil }
        return LocalTime(hour: h, minute: m)
    }

    @Test("dates and times read from bytes as they were read from characters", arguments: [
        "2026-10-14", "2026-1-14", "2026-10-4", "26-10-14", "2026-13-01", "2026-02-29", "2028-02-29", "0000-01-01", "2026-10-14 ",
        "2026-10-١٤", "2026/10/14", "2026-10-14-1", "+026-10-14", "20261014", "", "-", "--", "9:00", "09:00", "9:0", "24:00", "23:59",
        "7:60", "07:5", "007:00", ":00", "9:", "١:٠٠", "09.00", "9:00 ", "12:30:00", "a:bc", "9\u{301}:00",
    ])
    func datesAndTimes(_ text: String) {
        #expect(LocalDate(iso: text) == LoadFastPathTests.splitDate(text))
        #expect(LocalTime(text: text) == LoadFastPathTests.splitTime(text))
    }

    @Test("a listed file's path after its folder, and its folders, cut by bytes as by characters", arguments: [
        "courses/a.md", "courses/sub/deeper/b.md", "courses/é-folder/c.md", "courses/\u{301}odd/d.md", "courses/x\u{301}/e.md",
        "courses//f.md", "/courses/g.md", "courses/h/", "courses", "courses/\u{600}/i.md", "courses/ \u{301}/j.md",
    ])
    func paths(_ relative: String) {
        if let folder = ContentLoader.folder(of: relative) {
            #expect(folder == relative.split(separator: "/").dropLast().joined(separator: "/"))
        }
        let base = "/content/"
        let path = base + relative
        if let last = ContentLoader.lastPart(of: path) {
            #expect(last == URL(fileURLWithPath: path).lastPathComponent)
        }
        if let after = ContentLoader.after(base, in: path) {
            #expect(path.hasPrefix(base))
            #expect(after == String(path.dropFirst(base.count)))
        }
    }

    @Test("a mapping's values: the first of a key given twice, as a table gives it, few keys or many")
    func mappingValues() {
        for count in [0, 1, 5, MappingValues.tableSize - 1, MappingValues.tableSize, 80] {
            let keys = (0..<count).map { "key\($0 % max(1, count / 2))" }
            let nodes = (0..<count).map { Node(String($0)) }
            var table: [String: Node] = [:]
            for (key, node) in zip(keys, nodes) where table[key] == nil { table[key] = node }
            let values = MappingValues(keys: keys, nodes: nodes)
            for key in Set(keys).union(["absent", "key"]) {
                #expect(values[key] == table[key], "\(key) of \(count)")
            }
        }
    }

    /// The excerpt as the scalar walk makes it, for a line without control characters.
    static func walkedExcerpt(_ line: [Unicode.Scalar], caret: Int) -> (String, Int) {
        var start = caret
        for _ in 0..<LineExcerpt.before where start > 0 { start -= 1 }
        var end = start, taken = 0
        while taken < LineExcerpt.width, end < line.count { end += 1; taken += 1 }
        while taken < LineExcerpt.width, start > 0 { start -= 1; taken += 1 }
        let head = start > 0 ? LineExcerpt.ellipsis : "", tail = end < line.count ? LineExcerpt.ellipsis : ""
        let text = String(String.UnicodeScalarView(line[start..<end]))
        return (head + text + tail, head.count + String(String.UnicodeScalarView(line[start..<caret])).count + 1)
    }

    @Test("a quoted line is cut around the caret as the scalar walk cuts it, ASCII or not")
    func excerpts() {
        for length in [0, 1, 39, 40, 41, 119, 120, 121, 159, 160, 161, 300] {
            for filler in ["a", "é", "\t"] {
                let line = String(repeating: filler, count: length)
                let scalars = Array(line.unicodeScalars)
                for caret in Set([0, 1, 20, 39, 40, 41, 100, 150, 200, 280, length]) where caret <= length {
                    let excerpt = LineExcerpt(line, column: caret + 1)
                    let (text, column) = LoadFastPathTests.walkedExcerpt(scalars, caret: caret)
                    #expect(excerpt.text == text, "\(filler) × \(length), caret \(caret)")
                    #expect(excerpt.caretColumn == column, "\(filler) × \(length), caret \(caret)")
                }
            }
        }
        // Not ASCII only beside the window: the window is still the walk's.
        let mixed = String(repeating: "é", count: 100) + String(repeating: "a", count: 300)
        let excerpt = LineExcerpt(mixed, column: 300)
        let (text, column) = LoadFastPathTests.walkedExcerpt(Array(mixed.unicodeScalars), caret: 299)
        #expect(excerpt.text == text)
        #expect(excerpt.caretColumn == column)
    }
}
