import Catalogue
import Dispatch
import Foundation
import Parallel
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// Runs `work` on its own thread (8 MB of stack, like a command-line main thread) and waits at most
/// `seconds`. Returns nil when the work has not finished by then: a hang. The thread cannot be
/// stopped, so a caller that sees nil should stop feeding cases.
func withDeadline<T: Sendable>(_ seconds: Double, _ work: @escaping @Sendable () -> T) -> (value: T, seconds: Double)? {
    let slot = DeadlineSlot<T>()
    let done = DispatchSemaphore(value: 0)
    let clock = ContinuousClock()
    let start = clock.now
    let thread = Thread {
        let result = work()
        slot.value.withLock { $0 = result }
        done.signal()
    }
    thread.stackSize = 8 << 20
    thread.start()
    guard done.wait(timeout: .now() + seconds) == .success else { return nil }
    let elapsed = clock.now - start
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    guard let value = slot.value.withLock({ $0 }) else { return nil }
    return (value, seconds)
}

/// Where the worker thread of `withDeadline` leaves its result.
private final class DeadlineSlot<T: Sendable>: Sendable {
    let value = Locked<T?>(nil)
}

/// Byte-level mutations of content files, all driven by one seeded generator so that a case can be
/// replayed from its seed.
struct Mutator {
    var random: SplitMix64

    init(seed: UInt64) { random = SplitMix64(seed: seed) }

    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }
    mutating func chance(_ probability: Double) -> Bool { Double.random(in: 0..<1, using: &random) < probability }
    mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }

    static let yamlTokens = [
        ":", ": ", "- ", "-", "[", "]", "{", "}", "&a ", "*a", "&_x ", "*_x", "!", "!!str ", "!!binary ", "!!python/object:os.system ",
        "!<tag:yaml.org,2002:str> ", "|", ">", "|-\n", ">+2\n", "'", "\"", "#", " #", "? ", "%YAML 1.1\n", "%TAG ! tag:x,2002:\n",
        "---\n", "...\n", "<<: ", "~", "null", ",", "\t", "  ", "\n", "\\u0000", "\\x", "\\", "@", "`", "%", "=", "+", ": |\n  ",
        "\n  - ", "\n    ", "{a: [b, {c: d}]}", "[[[", "]]]", "{{{", "key: value\n", "sessions:\n  - date: 2026-10-14\n",
    ]
    static let unicode = [
        "é", "𝔘", "\u{202E}", "\u{200D}", "\u{2028}", "\u{2029}", "\u{FEFF}", "👩🏽‍🏫", "e\u{0301}", "ﷺ", "\u{FFFD}", "\u{10FFFF}",
        "\u{1}", "\u{7F}", "\u{85}", "\u{A0}", "\u{3000}", "Ⅻ", "٣", "２", "ß", "İ", "\u{1F1EC}\u{1F1E7}", "\u{E000}",
    ]
    static let invalidUTF8: [[UInt8]] = [
        [0xFF], [0xFE], [0xC0, 0x80], [0xC1, 0xBF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0x80], [0xBF],
        [0xF0, 0x9F, 0x98], [0xF8, 0x88, 0x80, 0x80, 0x80], [0x91], [0x93, 0x94], [0xA3],
    ]
    static let values = [
        "<script>alert(1)</script>", "\" onmouseover=\"alert(1)", "javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,x",
        "=HYPERLINK(\"http://x\")", "+cmd", "-2+3", "@SUM(1)", "99999999999999999999999999", "-1", "1e309", "-1e309", "nan", "inf",
        "0x1F", "1_000", "-0", "1.5e3", "٣", "２", "2026-02-30", "0000-00-00", "99999-12-31", "2026-13-01", "2026-1-1", "24:00",
        "23:60", "9:00", "-1:00", "99999999999:00", "true", "no", "off", "~", "null", "''", "\"\"", "[]", "{}", "[a, b]", "{a: b}",
        "all", "none", "|", ">", "&anchor value", "*alias", "!!binary aGVsbG8=", "\"\\u0000\"", "\"\\uD800\"", "'it''s'",
        String(repeating: "a", count: 10_000), String(repeating: "[", count: 70), String(repeating: "é", count: 3_000),
        "https://example.org/{code}", "mailto:x", "mailto:a@b?subject={title}", "https://", "//evil.example", "{nope}",
    ]

    /// One random mutation of `bytes`; returns a short description of what was done.
    mutating func mutate(_ bytes: inout [UInt8], corpus: [[UInt8]]) -> String {
        let choice = int(0...17)
        let position = bytes.isEmpty ? 0 : int(0...bytes.count)
        switch choice {
        case 0:
            let flips = int(1...8)
            for _ in 0..<flips where !bytes.isEmpty { bytes[int(0...(bytes.count - 1))] ^= UInt8(1 << int(0...7)) }
            return "flip \(flips) bits"
        case 1:
            bytes = Array(bytes.prefix(position))
            return "truncate at \(position)"
        case 2:
            var inserted: [UInt8] = []
            for _ in 0..<int(1...6) { inserted += Array(pick(Self.yamlTokens).utf8) }
            bytes.insert(contentsOf: inserted, at: position)
            return "insert YAML tokens at \(position)"
        case 3:
            bytes.insert(contentsOf: Array(pick(Self.unicode).utf8), at: position)
            return "insert unicode at \(position)"
        case 4:
            bytes.insert(0, at: position)
            return "insert NUL at \(position)"
        case 5:
            bytes.insert(contentsOf: pick(Self.invalidUTF8), at: position)
            return "insert invalid UTF-8 at \(position)"
        case 6:
            let style = int(0...2)
            var result: [UInt8] = []
            for byte in bytes {
                if byte == 10, chance(0.5) {
                    result += style == 0 ? [13, 10] : style == 1 ? [13] : (chance(0.5) ? [13, 10] : [13])
                } else {
                    result.append(byte)
                }
            }
            bytes = result
            return "mix line endings (\(style))"
        case 7, 8:
            var lines = split(bytes)
            guard !lines.isEmpty else { return "duplicate nothing" }
            let line = int(0...(lines.count - 1))
            let copies = chance(0.2) ? int(50...2_000) : int(1...3)
            lines.insert(contentsOf: Array(repeating: lines[line], count: copies), at: line)
            bytes = join(lines)
            return "duplicate line \(line + 1) ×\(copies)"
        case 9:
            var lines = split(bytes)
            guard !lines.isEmpty else { return "delete nothing" }
            let line = int(0...(lines.count - 1))
            lines.remove(at: line)
            bytes = join(lines)
            return "delete line \(line + 1)"
        case 10:
            var lines = split(bytes)
            guard lines.count > 1 else { return "swap nothing" }
            let a = int(0...(lines.count - 1)), b = int(0...(lines.count - 1))
            lines.swapAt(a, b)
            bytes = join(lines)
            return "swap lines \(a + 1) and \(b + 1)"
        case 11:
            var lines = split(bytes)
            guard !lines.isEmpty else { return "indent nothing" }
            let line = int(0...(lines.count - 1))
            if chance(0.5) {
                lines[line] = Array(repeating: UInt8(ascii: chance(0.8) ? " " : "\t"), count: int(1...9)) + lines[line]
            } else {
                lines[line] = Array(lines[line].drop { $0 == 32 })
            }
            bytes = join(lines)
            return "re-indent line \(line + 1)"
        case 12, 13:
            // Replace the value of a random 'key: value' line.
            var lines = split(bytes)
            let candidates = lines.indices.filter { lines[$0].count > 2 && lines[$0].contains(UInt8(ascii: ":")) }
            guard let line = candidates.isEmpty ? nil : pick(candidates) else { return "no value to replace" }
            let colon = lines[line].firstIndex(of: UInt8(ascii: ":"))!
            var value = pick(Self.values)
            if chance(0.3) { value = "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
            lines[line] = Array(lines[line][...colon]) + Array(" \(value)".utf8)
            bytes = join(lines)
            return "replace value on line \(line + 1)"
        case 14:
            // Splice lines of another corpus file in.
            let other = split(pick(corpus))
            guard !other.isEmpty else { return "splice nothing" }
            let from = int(0...(other.count - 1))
            let to = min(other.count, from + int(1...10))
            var lines = split(bytes)
            let at = lines.isEmpty ? 0 : int(0...lines.count)
            lines.insert(contentsOf: other[from..<to], at: at)
            bytes = join(lines)
            return "splice \(to - from) lines"
        case 15:
            let prefixes: [[UInt8]] = [[0xEF, 0xBB, 0xBF], [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0x00, 0x00, 0xFE, 0xFF], [13], [10]]
            bytes = pick(prefixes) + bytes
            return "prefix byte-order mark or line break"
        case 16:
            // Make a number huge, negative or odd.
            guard let digit = bytes.indices.filter({ (48...57).contains(bytes[$0]) }).randomElement(using: &random) else { return "no number" }
            var end = digit
            while end < bytes.count, (48...57).contains(bytes[end]) { end += 1 }
            bytes.replaceSubrange(digit..<end, with: Array(pick(["99999999999999999999999", "-1", "0", "1e309", "4294967296", "9223372036854775808", "1.5", "00000000001"]).utf8))
            return "change a number at \(digit)"
        default:
            let length = int(0...4_096)
            bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &random) }
            return "random bytes ×\(length)"
        }
    }

    /// A random file name: printable, unicode, quotes and dots; now and then raw invalid UTF-8.
    mutating func fileName() -> [UInt8] {
        let pieces = ["a", "z", "0", "9", "-", "_", ".", " ", "\"", "'", "<", ">", "&", "%", "é", "É", "👩🏽‍🏫", "\u{202E}", "..", ":", "?",
                      "*", "\\", "|", "~", "#", "md", ".md", "index", "CON", "\t", "\n", "javascript:"]
        var name: [UInt8] = []
        for _ in 0..<int(1...12) { name += Array(pick(pieces).utf8) }
        if chance(0.15) { name.insert(contentsOf: pick(Self.invalidUTF8), at: int(0...name.count)) }
        if chance(0.7) { name += Array(".md".utf8) }
        if name.count > 200 { name = Array(name.suffix(200)) }
        if name == Array(".".utf8) || name == Array("..".utf8) { name = Array("dots.md".utf8) }
        return name
    }

    private func split(_ bytes: [UInt8]) -> [[UInt8]] {
        bytes.split(separator: 10, omittingEmptySubsequences: false).map(Array.init)
    }

    private func join(_ lines: [[UInt8]]) -> [UInt8] {
        Array(lines.joined(separator: [10]))
    }
}

/// Writes `bytes` at `parent/name` where the name may be any bytes but '/' and NUL (invalid UTF-8 too).
func writeRawName(_ bytes: [UInt8], name: [UInt8], in parent: URL) -> Bool {
    var path = Array(parent.path.utf8) + [UInt8(ascii: "/")] + name
    path.append(0)
    let descriptor = path.withUnsafeBufferPointer { buffer in
        buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_WRONLY | O_CREAT | O_TRUNC, 0o644) }
    }
    guard descriptor >= 0 else { return false }
    defer { close(descriptor) }
    return bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) } == bytes.count
}

/// Mutations for the SVG sanitiser and CSV cells, from the same seeded generator.
extension Mutator {
    /// Pieces of hostile and odd SVG: scripts in every namespace spelling, character references,
    /// outside addresses, CSS that fetches, animation, entities, CDATA and broken markup.
    static let svgTokens = [
        "<script>alert(1)</script>", "<s:script xmlns:s=\"http://www.w3.org/2000/svg\">alert(1)</s:script>",
        "<h:script xmlns:h=\"http://www.w3.org/1999/xhtml\">alert(1)</h:script>", "<foreignObject><p>x</p></foreignObject>",
        " onload=\"alert(1)\"", " ONCLICK=alert(1)", " href=\"&#106;avascript:alert(1)\"", " href=\"javascript&#58;alert(1)\"",
        " xlink:href=\" &#104;ttp://evil.example/a.svg#x\"", " href=\"#ok\"", " href=\"data:text/html,&lt;script&gt;\"",
        " xml:base=\"http://evil.example/\"", " style=\"fill:url(http://evil.example/#a)\"", " style=\"fill:url(#g)\"",
        " style=\"width:expression(alert(1))\"", " fill=\"url('#g')\"", " fill=\"u&#114;l(//evil.example)\"",
        "<style>@import 'http://evil.example/a.css';</style>", "<style><![CDATA[ .a{fill:url(#g)} ]]></style>",
        "<style>.a{background:ur/**/l(http://evil.example)}</style>", "<style>.a{fill:\\75rl(http://x)}</style>",
        "<image href=\"https://evil.example/p.png\"/>", "<use href=\"other.svg#a\"/>", "<use href=\"#a\"/>",
        "<set attributeName=\"href\" to=\"javascript:alert(1)\"/>", "<animate attributeName=\"href\" values=\"javascript:alert(1)\"/>",
        "<a href=\"#x\"><text>x</text></a>", "<!DOCTYPE svg [<!ENTITY x \"javascript:alert(1)\">]>", "&x;", "&#0;", "&#xD800;",
        "<?xml-stylesheet href=\"http://evil.example/a.css\"?>", "<!-- <script>alert(1)</script> -->", "<![CDATA[<script>]]>",
        "<title>&lt;script&gt;</title>", "<g>", "</g>", "<rect width=\"1\" height=\"1\"/>", "<", ">", "&", "\"", "'", "=", "/>",
        "xmlns=\"http://www.w3.org/1999/xhtml\"", "xmlns:svg=\"http://www.w3.org/2000/svg\"", "<svg:script>x</svg:script>",
        "<?xml version=\"1.0\" encoding=\"UTF-7\"?>", "+ADw-script+AD4-", "\u{0}", "\u{FEFF}", "é", "\u{202E}",
    ]

    /// Pieces a sanitised logo may keep, so that half the insertions leave something to write out and
    /// check (script-like text in them must come out as text).
    static let svgDrawableTokens = [
        "<g>", "</g>", "<rect width=\"1\" height=\"1\"/>", "<use href=\"#a\"/>", " href=\"#ok\"", " fill=\"url('#g')\"",
        " style=\"fill:url(#g) /* url(http://evil.example) */\"", "<title>&lt;script&gt;alert(1)&lt;/script&gt; http://x</title>",
        "<style><![CDATA[ .a{fill:url(#g)} <script>alert(1)</script> ]]></style>", "<!-- <script>alert(1)</script> -->",
        "<text>javascript:alert(1)</text>", " aria-label=\"&quot; onload=&quot;alert(1)\"", " xml:space=\"preserve\"",
        "<desc><![CDATA[<s:script>x</s:script>]]></desc>", " class=\"a\"", " transform=\"rotate(45)\"", "&#60;script&#62;",
    ]

    /// One random mutation of an SVG: an SVG token inserted (most often) or a byte-level mutation.
    mutating func mutateSVG(_ bytes: inout [UInt8], corpus: [[UInt8]]) -> String {
        guard chance(0.6) else { return mutate(&bytes, corpus: corpus) }
        // Insert at a tag boundary now and then, so the token lands where markup is parsed.
        let boundaries = bytes.indices.filter { bytes[$0] == UInt8(ascii: "<") || bytes[$0] == UInt8(ascii: " ") }
        let position = !boundaries.isEmpty && chance(0.7) ? pick(boundaries) : int(0...bytes.count)
        bytes.insert(contentsOf: Array(pick(chance(0.5) ? Self.svgDrawableTokens : Self.svgTokens).utf8), at: position)
        return "insert an SVG token at \(position)"
    }

    /// A random text cell: often a formula trigger after whitespace or control characters and before
    /// combining marks, joiners or variation selectors; quotes, commas and line breaks; any text.
    mutating func csvCell() -> String {
        let leading = [" ", "\t", "\r", "\n", "\r\n", "\u{A0}", "\u{3000}", "\u{200B}", "\u{FEFF}", "\u{202E}", "\u{1}", "\u{85}", "\u{2028}"]
        let triggers = ["=", "+", "-", "@", "\u{FF1D}", "\u{FF20}"]
        let marks = ["\u{301}", "\u{308}", "\u{20E3}", "\u{200D}", "\u{FE0F}", "\u{E0100}", "\u{1F3FB}"]
        let pieces = ["\"", ",", "'", "a", "1+1", "HYPERLINK(\"http://x\")", " ", "\r", "\n", "é"]
        var cell = ""
        for _ in 0..<int(0...2) { cell += pick(leading) }
        if chance(0.8) { cell += pick(triggers) }
        for _ in 0..<int(0...6) {
            switch int(0...3) {
            case 0: cell += pick(marks)
            case 1: cell += pick(Self.unicode)
            case 2: cell += pick(Self.values).prefix(40)
            default: cell += pick(pieces)
            }
        }
        return cell
    }
}
