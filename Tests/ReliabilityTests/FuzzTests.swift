import Catalogue
import Foundation
@testable import Site
import Terminal
import TestSupport
import Testing

/// Property-based and fuzz tests: random and mutated front matter, Markdown and file names must
/// never crash or hang the loader; mutated SVG logos and random CSV cells must never get past the
/// SVG sanitiser or the CSV formula guard. Every case ends quickly with a catalogue, or with diagnostics
/// that name the file that was changed.
///
/// `FUZZ_CASES` sets how many random cases run (300 by default, a few seconds; `make fuzz` runs
/// 20,000). `FUZZ_SEED` changes the base seed; `FUZZ_ONLY=<case>` replays one case. Before each case
/// its description is written to `FUZZ_TRACE` (default: prospectus-fuzz-current.txt in the temporary
/// folder), so that if a case ever crashes the process, the file names the case to replay. (A crash
/// ends the process before the closing line is printed, so a printed line always reads "0 crashes".)
/// Each case runs on its own thread under a deadline, so a hang is reported instead of waited out.
@Suite("Fuzz: malformed and hostile content never crashes or hangs")
struct FuzzTests {
    static let caseCount = environmentInt("FUZZ_CASES", default: 300)
    static let baseSeed = UInt64(truncatingIfNeeded: environmentInt("FUZZ_SEED", default: 20_260_921))
    /// A case still running after this long is a hang (runaway, super-linear work), not a slow
    /// machine: the 10 MB body takes a few seconds on an idle machine and once took over 30 s on a
    /// shared one (load 19), so the deadline is far above any honest time. The suite never fails
    /// because a machine is slow; `make bench` measures speed. `FUZZ_TIME_LIMIT` changes it.
    static let limit = Double(environmentInt("FUZZ_TIME_LIMIT", default: 300))
    /// The long run (`make fuzz`) also runs the large-catalogue cases.
    static let long = caseCount >= 5_000
    static let trace = ProcessInfo.processInfo.environment["FUZZ_TRACE"]
        ?? FileManager.default.temporaryDirectory.appendingPathComponent("prospectus-fuzz-current.txt").path

    /// The valid fixture's files, by path relative to the content folder.
    static let corpus: [(path: String, bytes: [UInt8])] = {
        let root = TestPaths.fixture("valid")
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        var files: [(String, [UInt8])] = []
        while let url = enumerator?.nextObject() as? URL {
            guard let data = try? Data(contentsOf: url), !url.hasDirectoryPath else { continue }
            let relative = String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1))
            if relative.hasSuffix(".md") || relative.hasSuffix(".yml") { files.append((relative, Array(data))) }
        }
        return files.sorted { $0.0 < $1.0 }
    }()

    /// What one case did, for the closing figures.
    struct Tally {
        var cases = 0, loaded = 0, refused = 0, built = 0, hangs = 0, slow = 0
        /// Cases where a changed file was left out, or the load failed, without any diagnostic.
        var silent = 0
        var slowest: (name: String, seconds: Double) = ("", 0)

        mutating func record(_ name: String, _ seconds: Double) {
            cases += 1
            if seconds > slowest.seconds { slowest = (name, seconds) }
            if seconds > FuzzTests.limit { slow += 1 }
        }

        func line(_ label: String) -> String {
            "\(label): \(cases) cases, 0 crashes, \(hangs) hangs (\(loaded) loaded, \(refused) refused, \(built) built; "
                + "\(silent) silently dropped), "
                + "slowest \(String(format: "%.2f", slowest.seconds)) s (\(slowest.name))"
        }
    }

    /// Loads `content` under the deadline and checks the outcome. `named` are the display paths
    /// (`Content/courses/x.md`) a diagnostic may name for the case to count as reported; a change to
    /// site.yml may instead show in the files that use what it declares ("unknown strand …", "the
    /// stages in site.yml are …"). `item` is the kind folder and slug of a changed content file: when the content
    /// loads, that file must be in the catalogue or named by a diagnostic, never silently left out.
    /// Returns the result, or nil on a hang.
    static func check(_ content: URL, name: String, named: Set<String>, anyNewFile: Set<String>? = nil,
                      item: (kind: String, slug: String)? = nil, tally: inout Tally,
                      sourceLocation: Testing.SourceLocation = #_sourceLocation) -> LoadResult? {
        try? Data(name.utf8).write(to: URL(fileURLWithPath: trace))
        guard let (result, seconds) = withDeadline(limit, { ContentLoader(directory: content, displayPath: "Content").load() }) else {
            tally.hangs += 1
            Issue.record("hang: \(name) did not finish in \(Int(limit)) s", sourceLocation: sourceLocation)
            return nil
        }
        tally.record(name, seconds)
        if seconds > limit { Issue.record("slow: \(name) took \(seconds) s", sourceLocation: sourceLocation) }
        let files = Set(result.diagnostics.map(\.location.file))
        let reported = !files.isDisjoint(with: named)
            || (anyNewFile.map { !files.subtracting($0).isEmpty } ?? false)
            || (named.contains("Content/site.yml") && result.diagnostics.contains { diagnostic in
                // A changed strand, stage or family list shows where the old names are used.
                diagnostic.explanation.contains("site.yml")
                    || ["unknown strand", "unknown stage", "unknown family"].contains { diagnostic.message.hasPrefix($0) }
            })
        if let catalogue = result.catalogue {
            tally.loaded += 1
            if let item, !reported {
                let present: Bool
                switch item.kind {
                case "courses": present = catalogue.courses.contains { $0.slug == item.slug }
                case "groups": present = catalogue.groups.contains { $0.slug == item.slug }
                case "pathways": present = catalogue.pathways.contains { $0.slug == item.slug }
                default: present = catalogue.pages.contains { $0.slug == item.slug }
                }
                if !present {
                    tally.silent += 1
                    Issue.record("\(name): \(item.kind)/\(item.slug) is neither in the catalogue nor named by a diagnostic",
                                 sourceLocation: sourceLocation)
                }
            }
        } else {
            tally.refused += 1
            if !result.diagnostics.hasErrors {
                tally.silent += 1
                Issue.record("\(name): no catalogue and no error", sourceLocation: sourceLocation)
            } else {
                #expect(reported, "\(name): no diagnostic names \(named.sorted()); got \(result.diagnostics.prefix(5).map(\.summary))",
                        sourceLocation: sourceLocation)
            }
        }
        for diagnostic in result.diagnostics {
            #expect(!diagnostic.location.file.isEmpty && !diagnostic.message.isEmpty && diagnostic.location.line >= 0
                    && diagnostic.location.column >= 0, "\(name): \(diagnostic)", sourceLocation: sourceLocation)
        }
        // The printers must cope with whatever the diagnostics quote.
        let formatter = DiagnosticFormatter(colour: false)
        for diagnostic in result.diagnostics.prefix(200) { _ = formatter.format(diagnostic) }
        let json = DiagnosticJSON.document(Array(result.diagnostics.prefix(200)), files: result.fileCount)
        #expect((try? JSONSerialization.jsonObject(with: Data(json.utf8))) != nil, "\(name): diagnostics JSON", sourceLocation: sourceLocation)
        return result
    }

    /// One random case: a copy of the valid fixture with one file mutated, or a new file under a
    /// random name, loaded under the deadline; now and then a case that loads is built and scanned.
    static func runCase(_ index: Int, scratch: TemporaryFolder, tally: inout Tally) throws -> Bool {
        var mutator = Mutator(seed: baseSeed &+ UInt64(index) &* 0x9E37_79B9_7F4A_7C15)
        let caseFolder = scratch.path("case-\(index)")
        let content = caseFolder.appendingPathComponent("Content")
        try FileManager.default.createDirectory(at: caseFolder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: caseFolder) }
        try FileManager.default.copyItem(at: TestPaths.fixture("valid"), to: content)

        // Weighted choice of target: site.yml and index.md now and then, a course most often.
        let target: (path: String, bytes: [UInt8])
        let roll = mutator.int(0...99)
        if roll < 8 {
            target = corpus.first { $0.path == "site.yml" }!
        } else if roll < 12 {
            target = corpus.first { $0.path == "index.md" }!
        } else if roll < 62 {
            target = mutator.pick(corpus.filter { $0.path.hasPrefix("courses/") })
        } else {
            target = mutator.pick(corpus.filter { !$0.path.hasPrefix("courses/") && $0.path.contains("/") })
        }
        var bytes = target.bytes
        var steps: [String] = []
        for _ in 0..<mutator.int(1...4) { steps.append(mutator.mutate(&bytes, corpus: corpus.map(\.bytes))) }

        let originals = Set(corpus.map { "Content/\($0.path)" })
        var named: Set<String> = ["Content/site.yml", "Content/\(target.path)"]
        var anyNewFile: Set<String>?
        var item: (kind: String, slug: String)?
        let description: String
        if target.path.contains("/"), mutator.chance(0.12) {
            // A new file with a random name beside the original (code lines dropped, so that a copy
            // of a course does not clash with the original's code).
            let name = mutator.fileName()
            let folder = content.appendingPathComponent((target.path as NSString).deletingLastPathComponent)
            let text = String(decoding: bytes, as: UTF8.self)
            let copy = mutator.chance(0.5) ? Array(text.split(separator: "\n", omittingEmptySubsequences: false)
                .filter { !$0.hasPrefix("code:") }.joined(separator: "\n").utf8) : bytes
            if !writeRawName(copy, name: name, in: folder) { return false }   // a name this file system refuses
            anyNewFile = originals
            description = "case \(index) (seed \(baseSeed)): new file \(String(decoding: name, as: UTF8.self).debugDescription) "
                + "beside \(target.path): \(steps.joined(separator: ", "))"
        } else {
            try Data(bytes).write(to: content.appendingPathComponent(target.path))
            named.insert("Content/\(target.path)")
            description = "case \(index) (seed \(baseSeed)): \(target.path): \(steps.joined(separator: ", "))"
            if let kind = target.path.split(separator: "/").first, target.path.contains("/") {
                item = (String(kind), String((target.path as NSString).lastPathComponent.dropLast(3)))
            }
        }
        guard let result = check(content, name: description, named: named, anyNewFile: anyNewFile, item: item, tally: &tally) else {
            return false
        }

        // Every so often, publish what loaded, and scan it: the mutations must not reach the site unsafely.
        if result.catalogue != nil, tally.loaded % environmentInt("FUZZ_BUILD_EVERY", default: 10) == 1 {
            let output = caseFolder.appendingPathComponent("Output")
            let report = buildSite(content: content, output: output)
            #expect(report.succeeded, "\(description): loads but does not build: \(report.errorSummaries)")
            if report.succeeded {
                tally.built += 1
                let findings = try OutputScanner.scan(output)
                #expect(findings == [], "\(description): \(findings.prefix(10))")
            }
        }
        return true
    }

    @Test("random mutations of the valid fixture: no crash, no hang, a catalogue or diagnostics naming the file")
    func randomMutations() throws {
        let scratch = try TemporaryFolder("fuzz")
        defer { scratch.remove() }
        var tally = Tally()
        let only = ProcessInfo.processInfo.environment["FUZZ_ONLY"].flatMap { Int($0) }
        let indices = only.map { [$0] } ?? Array(0..<Self.caseCount)
        for index in indices {
            guard try Self.runCase(index, scratch: scratch, tally: &tally) || tally.hangs == 0 else { break }
        }
        print(tally.line("fuzz"))
        #expect(tally.hangs == 0 && tally.slow == 0)
        #expect(tally.cases >= indices.count * 9 / 10)
        if only == nil && Self.caseCount >= 100 {
            // The mutations reach both outcomes, so the cases are neither all trivially broken nor all harmless.
            #expect(tally.loaded > 0 && tally.refused > tally.cases / 4)
        }
    }

    // MARK: SVG logos and CSV cells

    /// Valid logos (plain, with gradients, styles and links inside) and the hostile fixture's logos.
    static let svgCorpus: [[UInt8]] = {
        var files = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><circle cx=\"5\" cy=\"5\" r=\"4\"/></svg>",
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 40 40" role="img">
              <title>Trust</title>
              <defs><linearGradient id="g"><stop offset="0" stop-color="#1d4f91"/></linearGradient><path id="p" d="M0 0h4v4z"/></defs>
              <style>.a { fill: url(#g); stroke: #000 }</style>
              <g class="a" transform="translate(2 2)"><rect width="10" height="10" rx="2"/><use xlink:href="#p"/></g>
              <text x="2" y="38" font-family="'Open Sans', sans-serif">Northfield</text>
            </svg>
            """,
        ].map { Array($0.utf8) }
        let hostile = TestPaths.fixture("hostile")
        let refused = hostile.appendingPathComponent("_refused")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: refused.path)) ?? []).filter { $0.hasSuffix(".svg") }.sorted()
        for url in [hostile.appendingPathComponent("logo.svg")] + names.map({ refused.appendingPathComponent($0) }) {
            if let data = try? Data(contentsOf: url) { files.append(Array(data)) }
        }
        return files
    }()

    @Test("random mutations of valid and hostile SVG: the sanitiser never crashes or hangs, and what it writes runs nothing and fetches nothing")
    func svgMutations() throws {
        #expect(Self.svgCorpus.count >= 9)
        var mutator = Mutator(seed: Self.baseSeed ^ 0x5F6_10C0)
        var accepted = 0, refused = 0, slowest = 0.0
        for index in 0..<Self.caseCount {
            var bytes = mutator.pick(Self.svgCorpus)
            var steps: [String] = []
            for _ in 0..<mutator.int(1...4) { steps.append(mutator.mutateSVG(&bytes, corpus: Self.svgCorpus)) }
            let name = "svg case \(index) (seed \(Self.baseSeed)): \(steps.joined(separator: ", "))"
            try? Data(name.utf8).write(to: URL(fileURLWithPath: Self.trace))
            let input = Data(bytes)
            guard let (result, seconds) = withDeadline(Self.limit, { SVGSanitizer.sanitize(input) }) else {
                Issue.record("hang: \(name)")
                break
            }
            slowest = max(slowest, seconds)
            switch result {
            case .failure(let problem):
                refused += 1
                #expect(problem.message.hasPrefix("it ") || problem.message.hasPrefix("the "), "\(name): \(problem.message)")
            case .success(let output):
                accepted += 1
                let findings = OutputScanner.scanSVG(output)
                #expect(findings == [], "\(name): \(findings)\n\(String(decoding: output, as: UTF8.self).prefix(400))")
                let text = String(decoding: output, as: UTF8.self).lowercased()
                // Markup only: script-like text is escaped (&lt;script&gt;) and stays text.
                for piece in ["<!doctype", "<!entity", "<?", "<![cdata[", "<!--"] {
                    #expect(!text.contains(piece), "\(name): the output holds \(piece)")
                }
                #expect(text.range(of: "<([a-z0-9_.-]+:)?script", options: .regularExpression) == nil, "\(name): the output holds a script element")
                // Written again, it reads the same: the output is its own sanitised form.
                #expect((try? SVGSanitizer.sanitize(output).get()) == output, "\(name): not stable when sanitised again")
            }
        }
        print("fuzz: svg: \(accepted + refused) cases, 0 crashes, 0 hangs (\(accepted) written again, \(refused) refused), "
              + "slowest \(String(format: "%.3f", slowest)) s")
        if Self.caseCount >= 100 { #expect(accepted > 0 && refused > 0) }
    }

    /// CR, LF and CRLF each as CRLF, as the writer stores line breaks.
    static func crlf(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            if scalar == "\r" { result.append(contentsOf: "\r\n".unicodeScalars) } else if scalar == "\n" {
                if !previousWasCR { result.append(contentsOf: "\r\n".unicodeScalars) }
            } else { result.append(scalar) }
        }
        return String(result)
    }

    @Test("random CSV cells: each reads back as written (after a ' when needed), and none is a formula to a spreadsheet")
    func csvCells() {
        var mutator = Mutator(seed: Self.baseSeed ^ 0xC5F)
        var prefixed = 0
        for index in 0..<Self.caseCount * 10 {
            let cell = mutator.csvCell()
            let file = CSVWriter.byteOrderMark + CSVWriter.record([.text("a"), .text(cell), .text("b")])
            guard let rows = OutputScanner.parseCSV(file), rows.count == 1, rows[0].count == 3 else {
                Issue.record("csv case \(index): \(cell.debugDescription) breaks the record: \(file.debugDescription)")
                continue
            }
            let read = rows[0][1]
            #expect(!OutputScanner.isFormula(read), "csv case \(index): \(cell.debugDescription) is read as \(read.debugDescription)")
            #expect(read == Self.crlf(cell) || read == "'" + Self.crlf(cell), "csv case \(index): \(cell.debugDescription) → \(read.debugDescription)")
            #expect(OutputScanner.isFormula(Self.crlf(cell)) == (read != Self.crlf(cell)),
                    "csv case \(index): \(cell.debugDescription) prefixed without need, or not when needed")
            if read != Self.crlf(cell) { prefixed += 1 }
        }
        print("fuzz: csv: \(Self.caseCount * 10) cells, \(prefixed) prefixed with '")
        if Self.caseCount >= 100 { #expect(prefixed > Self.caseCount) }
    }

    // MARK: Pathological inputs, each once

    /// A course with `frontMatter` lines (after the required settings) and `body`.
    static func course(_ extra: String = "", body: String = "") -> String {
        """
        ---
        title: Pathological
        summary: One hostile file.
        strand: Leadership
        groups: [teachers]
        format: face-to-face
        \(extra)---
        \(body)
        """
    }

    static func sessions(_ count: Int) -> String {
        var text = "sessions:\n"
        text.reserveCapacity(count * 120)
        for index in 0..<count {
            let day = LocalDate(year: 2026, month: 9, day: 1)!.adding(days: index % 360)
            text += "  - date: \(day.iso)\n    start: \"\(String(format: "%02d", 8 + index % 9)):\(index % 2 == 0 ? "00" : "30")\"\n"
                + "    end: \"18:00\"\n    venue: Room \(index)\n    places: 20\n    places_left: \(index % 21)\n"
        }
        return text
    }

    /// Billion-laughs style chains: `levels` anchors, each referring `width` times to the one before.
    static func aliasBomb(levels: Int, width: Int = 10, anchor: (Int) -> String, style: Int) -> String {
        var lines = ["x0: \(style == 0 ? "" : "!!seq ")&\(anchor(0)) [" + Array(repeating: "lol", count: width).joined(separator: ", ") + "]"]
        for level in 1...levels {
            switch style {
            case 0:
                lines.append("x\(level): &\(anchor(level)) [" + Array(repeating: "*\(anchor(level - 1))", count: width).joined(separator: ", ") + "]")
            default:
                // A tag before the anchor, and each alias behind a '? ' key indicator.
                lines.append("x\(level): !!seq &\(anchor(level))")
                lines += Array(repeating: "  - ? *\(anchor(level - 1))", count: width)
            }
        }
        lines.append("? *\(anchor(levels))\n: 1")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Named inputs chosen to hit limits: huge, deep, many, and every kind of nesting and expansion.
    static let pathological: [(name: String, file: String, text: @Sendable () -> String)] = [
        ("10 MB Markdown body", "courses/big-body.md", {
            var body = ""
            body.reserveCapacity(10_500_000)
            var line = 0
            while body.utf8.count < 10_000_000 {
                line += 1
                body += "Paragraph \(line) with *emphasis*, **strong**, `code`, [a link](https://example.org/\(line)) and <b>html</b>.\n\n"
                if line % 50 == 0 { body += "## Heading \(line)\n\n- item\n- item\n\n> quote\n\n" }
            }
            return course(body: body)
        }),
        ("10 MB front matter", "courses/big-front.md", { course("provider: \"" + String(repeating: "x", count: 10_000_000) + "\"\n") }),
        ("3.9 MB single value", "courses/big-value.md", { course("provider: \"" + String(repeating: "ab ", count: 1_300_000) + "\"\n") }),
        ("5,000 sessions", "courses/many-sessions.md", { course(sessions(5_000)) }),
        ("one session on 3,000 days", "courses/many-days.md", {
            let days = (0..<3_000).map { LocalDate(year: 2026, month: 9, day: 1)!.adding(days: $0).iso }
            return course("sessions:\n  - days: [\(days.joined(separator: ", "))]\n    start: \"09:00\"\n    end: \"10:00\"\n")
        }),
        ("100,000 nested flow sequences", "courses/deep-flow.md", { course("provider: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "\n") }),
        ("100,000 nested flow mappings", "courses/deep-map.md", { course("provider: " + String(repeating: "{a: ", count: 100_000) + String(repeating: "}", count: 100_000) + "\n") }),
        ("10,000 '- ' chain", "courses/dash-chain.md", { course("provider:\n" + String(repeating: "- ", count: 10_000) + "x\n") }),
        ("indentation tower of 3,000 keys", "courses/tower.md", {
            course("provider:\n" + (1...3_000).map { String(repeating: " ", count: $0 * 2) + "k\($0):" }.joined(separator: "\n") + " x\n")
        }),
        ("indentation tower of sequences", "courses/tower-seq.md", {
            course("provider:\n" + (1...3_000).map { String(repeating: " ", count: $0) + "-" }.joined(separator: "\n") + " x\n")
        }),
        ("alias bomb, letter names", "courses/bomb-letters.md", { course(aliasBomb(levels: 9, anchor: { "a\($0)" }, style: 0)) }),
        ("alias bomb in groups", "courses/bomb-groups.md", {
            course("").replacingOccurrences(of: "groups: [teachers]\n", with: aliasBomb(levels: 8, anchor: { "g\($0)" }, style: 0)
                .replacingOccurrences(of: "x0:", with: "groups:"))
        }),
        ("many unknown keys (10,000; 100,000 in the long run)", "courses/many-keys.md", {
            course((0..<(long ? 100_000 : 10_000)).map { "k\($0): v" }.joined(separator: "\n") + "\n")
        }),
        ("50,000 duplicate keys", "courses/dup-keys.md", { course(String(repeating: "title: again\n", count: 50_000)) }),
        ("many unknown prerequisites, one per line (5,000; 100,000 in the long run)", "courses/many-prereqs.md", {
            course("prerequisites:\n" + (0..<(long ? 100_000 : 5_000)).map { "  - c\($0)\n" }.joined())
        }),
        ("nested emphasis ×50,000", "courses/emphasis.md", { course(body: String(repeating: "*a **a ", count: 50_000)) }),
        ("open brackets ×100,000", "courses/brackets.md", { course(body: String(repeating: "[", count: 100_000) + "a" + String(repeating: "]", count: 100_000)) }),
        ("link closers ×100,000", "courses/closers.md", { course(body: String(repeating: "[a](", count: 100_000)) }),
        ("backticks ×50,000", "courses/backticks.md", { course(body: (1...5_000).map { String(repeating: "`", count: $0 % 50 + 1) + "a" }.joined(separator: " ")) }),
        ("block quotes 100,000 deep", "courses/quotes.md", { course(body: String(repeating: ">", count: 100_000) + " a\n") }),
        ("lists 3,000 deep", "courses/lists.md", { course(body: (0..<3_000).map { String(repeating: " ", count: $0 * 2) + "- a" }.joined(separator: "\n")) }),
        ("50,000 link reference definitions", "courses/refs.md", {
            course(body: (0..<50_000).map { "[r\($0)]: https://example.org/\($0)" }.joined(separator: "\n") + "\n\n" + (0..<50_000).map { "[x][r\($0)]" }.joined(separator: " "))
        }),
        ("50,000 unsafe links, one per line", "courses/unsafe-links.md", { course(body: String(repeating: "[x](javascript:alert(1))\n", count: 50_000)) }),
        ("50,000 raw HTML blocks", "courses/raw-html.md", { course(body: String(repeating: "<script>alert(1)</script>\n\n", count: 50_000)) }),
        ("one 5 MB line", "courses/long-line.md", { course(body: String(repeating: "word ", count: 1_000_000)) }),
        ("1,000,000 empty lines", "courses/empty-lines.md", { course(body: String(repeating: "\n", count: 1_000_000)) }),
        ("unclosed front matter, 100,000 lines", "courses/unclosed.md", { "---\n" + String(repeating: "title: x\n", count: 100_000) }),
        ("CR only, 200,000 lines", "courses/cr.md", { course(body: String(repeating: "line\r", count: 200_000)).replacingOccurrences(of: "\n", with: "\r") }),
        ("a 60-level flow nest with 3,000 items", "courses/wide.md", {
            course("provider: " + String(repeating: "[", count: 60) + Array(repeating: "a", count: 3_000).joined(separator: ", ") + String(repeating: "]", count: 60) + "\n")
        }),
    ]

    @Test("pathological inputs end quickly, with a catalogue or diagnostics naming the file", arguments: FuzzTests.pathological.map(\.name))
    func pathologicalInput(name: String) throws {
        let entry = try #require(Self.pathological.first { $0.name == name })
        let scratch = try TemporaryFolder("fuzz-limits")
        defer { scratch.remove() }
        let content = try scratch.copyFixture("valid")
        try scratch.write("Content/\(entry.file)", entry.text())
        var tally = Tally()
        let result = Self.check(content, name: name, named: ["Content/\(entry.file)"], tally: &tally)
        print(tally.line("fuzz: \(name)"))
        #expect(result != nil)
    }

    /// 1,000 sessions in the short run, 5,000 in the long one. The exports used to find each
    /// session's ordinal by scanning the sessions before it, so build time grew with the square of
    /// the sessions of one course (5,000 took about 10 s in release, over two minutes in debug);
    /// the ordinals are now worked out in one pass per course (`SessionOrdinals`).
    @Test("thousands of sessions in one course load and build, and the site is safe")
    func thousandsOfSessionsBuild() throws {
        let scratch = try TemporaryFolder("fuzz-sessions")
        defer { scratch.remove() }
        let content = try scratch.copyFixture("valid")
        let count = Self.long ? 5_000 : 1_000
        try scratch.write("Content/courses/many-sessions.md", Self.course(Self.sessions(count)))
        let output = scratch.path("Output")
        let built = withDeadline(Self.limit * 4) { buildSite(content: content, output: output) }
        let (report, seconds) = try #require(built, "the build did not finish in \(Int(Self.limit * 4)) s")
        print("fuzz: \(count) sessions built in \(String(format: "%.2f", seconds)) s")
        #expect(report.succeeded, "\(report.errorSummaries.prefix(5))")
        let sessionFiles = try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent("calendars/sessions").path)
        #expect(sessionFiles.filter { $0.hasPrefix("many-sessions-") }.count == count)
        #expect(try OutputScanner.scan(output) == [])
    }

    @Test("many files: 3,000 courses in one folder load")
    func manyFiles() throws {
        let scratch = try TemporaryFolder("fuzz-files")
        defer { scratch.remove() }
        let content = try scratch.copyFixture("valid")
        for index in 0..<3_000 {
            try scratch.write("Content/courses/generated/c-\(index).md", Self.course("code: G-\(index)\n", body: "Course \(index)."))
        }
        var tally = Tally()
        let result = Self.check(content, name: "3,000 course files", named: [], tally: &tally)
        print(tally.line("fuzz: 3,000 files"))
        #expect(result?.catalogue?.courses.count == 3_007)
    }

    /// YAML anchors and aliases are refused before the tree is built (architecture.md). Aliases as
    /// mapping keys are what makes a bomb go off: the YAML library compares or hashes the keys, which
    /// walks the whole expanded tree.
    @Test("anchor and alias bombs are refused, whatever the anchor names look like", arguments: [
        "letters", "underscore", "dash", "tag and '?' key",
    ])
    func aliasBombsRefused(style: String) throws {
        let scratch = try TemporaryFolder("fuzz-bomb")
        defer { scratch.remove() }
        let content = try scratch.copyFixture("valid")
        // Five levels of ten: 100,000 nodes when expanded; small enough to finish even when not refused.
        let text: String
        switch style {
        case "letters": text = Self.aliasBomb(levels: 5, anchor: { "a\($0)" }, style: 0)
        case "underscore": text = Self.aliasBomb(levels: 5, anchor: { "_a\($0)" }, style: 0)
        case "dash": text = Self.aliasBomb(levels: 5, anchor: { "-a\($0)" }, style: 0)
        default: text = Self.aliasBomb(levels: 5, anchor: { "a\($0)" }, style: 1)
        }
        try scratch.write("Content/courses/bomb.md", Self.course(text))
        var tally = Tally()
        let result = try #require(Self.check(content, name: "alias bomb (\(style))", named: ["Content/courses/bomb.md"], tally: &tally))
        print(tally.line("fuzz: alias bomb (\(style))"))
        let refused = result.diagnostics.contains { $0.location.file == "Content/courses/bomb.md" && $0.message.contains("anchors and aliases") }
        #expect(refused, "\(style): \(result.diagnostics.prefix(3).map(\.summary))")
    }

    /// Each diagnostic quotes its line. When one long line holds many mistakes (a list of thousands
    /// of unknown prerequisites written on one line, or thousands of unsafe links in one paragraph),
    /// every diagnostic used to carry its own copy of that line: memory and time grew with
    /// mistakes × line length (20,000 prerequisites on one line took 8 GB; 100,000 ran out of memory).
    /// Now a long line is quoted as a window of at most 120 characters around the column.
    /// 3,000 mistakes in the short run, 100,000 in the long one.
    @Test("many mistakes on one long line cost memory in proportion to the file, not mistakes × line length",
          arguments: ["prerequisites", "links"])
    func manyDiagnosticsOnOneLine(kind: String) throws {
        let scratch = try TemporaryFolder("fuzz-line")
        defer { scratch.remove() }
        let content = try scratch.copyFixture("valid")
        let count = Self.long ? 100_000 : 3_000
        let text = kind == "prerequisites"
            ? Self.course("prerequisites: [" + (0..<count).map { "unknown-course-\($0)" }.joined(separator: ", ") + "]\n")
            : Self.course(body: String(repeating: "[x](javascript:alert(1)) ", count: count))
        try scratch.write("Content/courses/one-line.md", text)
        var tally = Tally()
        let name = "\(count) mistakes on one line (\(kind))"
        let result = try #require(Self.check(content, name: name, named: ["Content/courses/one-line.md"], tally: &tally))
        print(tally.line("fuzz: \(name)"))
        let mistakes = result.diagnostics.filter { $0.location.file == "Content/courses/one-line.md" && $0.severity == .error }
        #expect(mistakes.count == count)
        let quoted = result.diagnostics.reduce(0) { $0 + ($1.location.lineText?.utf8.count ?? 0) }
        #expect(quoted <= 8 * text.utf8.count, "the diagnostics hold \(quoted) bytes of quoted lines for a \(text.utf8.count)-byte file")
        #expect(mistakes.allSatisfy { ($0.location.lineText?.count ?? 0) <= 122 })
        // What is printed: the first 100 of the file's errors, then one line counting the rest.
        let printed = DiagnosticFormatter(colour: false).format(result.diagnostics).filter { $0.hasPrefix("Content/courses/one-line.md") }
        #expect(printed.count == 101)
        #expect(printed.last == "Content/courses/one-line.md: … and \(count - 100 == 2_900 ? "2,900" : "99,900") more errors in this file, not shown here (fix the ones above first)")
    }

    /// Every unknown reference gets a "did you mean" found by edit distance against the courses.
    /// Comparing each with every course made the time grow with unknown references × courses:
    /// 20,000 unknown prerequisites (a 200 KB file) in a 1,000-course offer took about 150 s in
    /// release. Now only courses of about the same length are measured, each distance stops at the
    /// most edits that could matter, each different name is worked out once, and a file gets
    /// suggestions for its first 100 different names only. Long run only.
    @Test("unknown references cost little however large the catalogue", .enabled(if: FuzzTests.long))
    func unknownReferencesInLargeCatalogue() throws {
        let scratch = try TemporaryFolder("fuzz-references")
        defer { scratch.remove() }
        let content = try scratch.copyFixture("valid")
        for index in 0..<1_000 {
            try scratch.write("Content/courses/generated/generated-course-number-\(index).md", Self.course(body: "Course \(index)."))
        }
        // Half nothing like any course, half one letter away from one (so a near spelling is found).
        let names = (0..<20_000).map { index -> String in
            guard index % 2 == 1 else { return "unknown-course-\(index)" }
            var slug = Array("generated-course-number-\(index / 2 % 1_000)")
            slug.remove(at: index / 2_000)
            return String(slug)
        }
        #expect(Set(names).count == names.count)
        try scratch.write("Content/courses/references.md",
                          Self.course("prerequisites:\n" + names.map { "  - \($0)\n" }.joined()))
        var tally = Tally()
        let name = "20,000 unknown prerequisites among 1,007 courses"
        let result = Self.check(content, name: name, named: ["Content/courses/references.md"], tally: &tally)
        #expect(result != nil)
        let unknown = result?.diagnostics.filter { $0.message.hasPrefix("unknown course") } ?? []
        #expect(unknown.count == 20_000)
        #expect(unknown[1].suggestion == "did you mean 'generated-course-number-0'?")
        print(tally.line("fuzz: \(name)"))
    }

    /// Regression test for what the fuzz run found: YAML that holds only comments (or byte-order
    /// marks) composes to no node at all, without an error, and the loader said nothing. A course or
    /// group written that way was left out of the site with "0 errors, 0 warnings"; a site.yml
    /// written that way failed the build with "0 errors, 0 warnings … nothing was published".
    @Test("a file whose settings are only comments is reported, never silently dropped", arguments: [
        "site.yml: comment", "site.yml: byte-order marks", "courses/commented.md", "groups/commented.md",
        "pathways/commented.md", "pages/commented.md",
    ])
    func commentOnlySettings(file: String) throws {
        let scratch = try TemporaryFolder("fuzz-comments")
        defer { scratch.remove() }
        let content = try scratch.copyFixture("valid")
        let path = file.hasPrefix("site.yml") ? "site.yml" : file
        switch file {
        case "site.yml: comment": try scratch.write("Content/site.yml", "# title: Testbridge Learning Trust\n")
        case "site.yml: byte-order marks": try scratch.write("Content/site.yml", bytes: Data([0xEF, 0xBB, 0xBF, 10, 0xEF, 0xBB, 0xBF, 10]))
        default: try scratch.write("Content/\(file)", "---\n# title: Commented out for now\n---\nText.\n")
        }
        let result = ContentLoader(directory: content, displayPath: "Content").load()
        #expect(result.diagnostics.contains { $0.location.file == "Content/\(path)" },
                "catalogue: \(result.catalogue == nil ? "none" : "loaded"), diagnostics: \(result.diagnostics.map(\.summary))")
        // Whatever is reported, a failed load always says why.
        #expect(result.catalogue != nil || result.diagnostics.hasErrors, "the load failed without a single error")
    }
}
