import Catalogue
import Foundation
import Site
import TestSupport
import Testing

/// The hostile fixture (Tests/Fixtures/hostile): script tags, event handlers, quotes, angle brackets
/// and spreadsheet formulas in every field that holds text, built end to end with the real theme.
/// Whatever content says, no output file may contain executable markup or an unsafe URL.
@Suite("Reliability: hostile content")
struct HostileFixtureTests {
    /// Builds a copy of the hostile fixture and runs `body` on the content copy, the output and the report.
    func withHostileSite(_ body: (TemporaryFolder, URL, URL, BuildReport) throws -> Void) throws {
        try withTemporaryFolder("hostile") { scratch in
            let content = try scratch.copyFixture("hostile")
            let output = scratch.path("Output")
            let report = buildSite(content: content, output: output)
            try #require(report.succeeded, "the hostile fixture must build: \(report.errorSummaries)")
            try body(scratch, content, output, report)
        }
    }

    @Test("the hostile fixture builds, with warnings only for the raw HTML it drops")
    func hostileFixtureBuilds() throws {
        try withHostileSite { _, _, _, report in
            #expect(report.diagnostics.allSatisfy { $0.severity == .warning })
            #expect(report.diagnostics.allSatisfy { $0.message.contains("HTML in the text is left out") },
                    "\(report.diagnostics.map(\.summary))")
            let warned = Set(report.diagnostics.map(\.location.file))
            #expect(warned.isSuperset(of: ["Content/index.md", "Content/courses/script-everywhere.md", "Content/groups/teachers.md",
                                           "Content/pages/hostile-page.md", "Content/pathways/hostile-path.md"]))
        }
    }

    @Test("no output file contains executable markup or an unsafe URL")
    func noExecutableMarkupAnywhere() throws {
        try withHostileSite { _, _, output, _ in
            let files = try treeSnapshot(output)
            #expect(files.count > 40)
            // Every kind of file the site writes is looked at.
            let extensions = Set(files.keys.map { ($0 as NSString).pathExtension })
            #expect(extensions.isSuperset(of: ["html", "csv", "ics", "json", "xml", "js", "css"]))
            let findings = try OutputScanner.scan(output)
            #expect(findings == [], "\(findings.count) findings:\n\(findings.prefix(60).joined(separator: "\n"))")

            // The hostile text is still there, shown as text: the scan saw it and it was escaped, not dropped.
            let course = String(decoding: try #require(files["courses/script-everywhere.html"]), as: UTF8.self)
            #expect(course.contains("&lt;script&gt;alert("))
            #expect(course.contains("&lt;/textarea&gt;&lt;script&gt;alert("))
            #expect(course.contains("Quoted"))
            // The one JSON-LD block carries the accreditation that tries to close the script element.
            #expect(course.contains("\\u003c/script\\u003e\\u003cscript\\u003ealert("))
            // The theme's own files are copied byte for byte, whatever the content.
            for asset in ["assets/site.css", "assets/site.js", "assets/search.js"] {
                #expect(files[asset] == (try? Data(contentsOf: TestPaths.theme.appendingPathComponent(asset))), "\(asset)")
            }
        }
    }

    @Test("the scanner itself catches what it must catch")
    func scannerCatchesUnsafeMarkup() {
        let unsafe = [
            "<p><script>alert(1)</script></p>", "<img src=x onerror=alert(1)>", "<a href=\"javascript:alert(1)\">x</a>",
            "<a href=\"JaVaScRiPt&#58;alert(1)\">x</a>", "<a href=\" java&#x09;script:alert(1)\">x</a>",
            "<iframe src=\"https://example.org\"></iframe>", "<img src=\"data:text/html,x\">", "<a href='vbscript:x'>x</a>",
            "<div title=\"a\" onmouseover=\"alert(1)\">", "<script type=\"application/ld+json\">{\"a\":\"</script>\"}</script>",
            "<svg onload=alert(1)>", "<form action=\"javascript:alert(1)\">", "<a href=\"data:text/html;base64,PHNjcmlwdD4=\">",
            "<script src=\"https://evil.example/x.js\"></script>",
        ]
        for html in unsafe { #expect(!OutputScanner.scanHTML(html).isEmpty, "\(html)") }
        let safe = [
            "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>", "<a href=\"../courses/x.html#dates\">x</a>", "<a href=\"mailto:a@b.example\">",
            "<script src=\"../assets/site.js\" defer></script>", "<p title=\"&quot; onmouseover=&quot;x\">text onmouseover=x</p>",
            "<script type=\"application/ld+json\">{\"a\":\"\\u003c/script\\u003e\"}</script>", "<a href=\"notes/09:00.html\">",
        ]
        for html in safe { #expect(OutputScanner.scanHTML(html) == [], "\(html)") }
        #expect(!OutputScanner.scanCSV("\u{FEFF}A,B\r\n=1+1,x\r\n").isEmpty)
        // A trigger joined to a mark, or after whitespace or a format character, is still a formula.
        for cell in ["=\u{301}1+1", "+\u{200D}cmd", "-\u{FE0F}2+3", "@\u{308}SUM(A1)", " =1+1", "\u{200B}=1", "\"\t=1\"", "\"\r\n@x\""] {
            #expect(!OutputScanner.scanCSV("\u{FEFF}A\r\n\(cell)\r\n").isEmpty, "\(cell.debugDescription)")
        }
        #expect(OutputScanner.scanCSV("\u{FEFF}A,B\r\n' =1+1,a=b\r\n") == [])
        let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\">"
        for unsafe in [
            "\(svg)<s:script xmlns:s=\"http://www.w3.org/2000/svg\">alert(1)</s:script></svg>",
            "\(svg)<h:p xmlns:h=\"http://www.w3.org/1999/xhtml\"/></svg>", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"x\"/>",
            "\(svg)<use href=\"&#106;avascript:alert(1)\"/></svg>", "\(svg)<image href=\" &#104;ttp://x.example/p.png\"/></svg>",
            "\(svg)<style>@import 'x.css';</style></svg>", "\(svg)<rect style=\"fill:url(http://x.example/#a)\"/></svg>",
            "\(svg)<set attributeName=\"href\" to=\"x\"/></svg>", "<!DOCTYPE svg>\(svg)</svg>",
        ] {
            #expect(!OutputScanner.scanSVG(Data(unsafe.utf8)).isEmpty, "\(unsafe)")
        }
        #expect(OutputScanner.scanSVG(Data("\(svg)<title>http://x &lt;script&gt;</title><rect fill=\"url(#g)\"/><use href=\"#g\"/></svg>".utf8)) == [])
        #expect(OutputScanner.scanCSV("\u{FEFF}A,B\r\n'=1+1,\"x,\"\"y\"\"\"\r\n") == [])
        #expect(!OutputScanner.scanICalendar("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:a\r\nSUMMARY:b\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").isEmpty)
        #expect(!OutputScanner.scanICalendar("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nLOCATION:a;b\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").isEmpty)
        #expect(!OutputScanner.scanICalendar("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nURL:javascript:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").isEmpty)
    }

    @Test("booking, feedback and interest links carry content values percent-encoded")
    func bookingValuesPercentEncoded() throws {
        try withHostileSite { _, _, output, _ in
            let files = try treeSnapshot(output)
            var bookingLinks: [String] = []
            for (path, data) in files where path.hasSuffix(".html") {
                for tag in OutputScanner.tags(in: String(decoding: data, as: UTF8.self)) where tag.name == "a" {
                    guard let href = tag.attribute("href") else { continue }
                    if href.hasPrefix("https://forms.hostile.example/") || href.hasPrefix("https://book.hostile.example/")
                        || href.hasPrefix("mailto:cpd@hostile.example?") {
                        bookingLinks.append(href)
                    }
                }
            }
            #expect(bookingLinks.count >= 5)
            for link in bookingLinks {
                let query = link.split(separator: "?", maxSplits: 1).dropFirst().first ?? ""
                // Only the template's own characters and percent-escapes: nothing a value could add.
                let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~%&=")
                #expect(query.unicodeScalars.allSatisfy(allowed.contains), "\(link)")
            }
            // The course with its own template: every special character of the title encoded.
            let ownBooking = try #require(bookingLinks.first { $0.hasPrefix("https://book.hostile.example/") })
            #expect(ownBooking.contains("t=A%26B%20%22quoted%22%20%3Ctag%3E%20%23frag%20%3Fq%3D1%20%2541%20%2F%20%5C%20javascript%3Aalert%281%29&"),
                    "\(ownBooking)")
            #expect(ownBooking.contains("c=OB%261%3Fx%3D%3Cy%3E&s=own-booking&d=2026-10-21&h=09%3A00"), "\(ownBooking)")
            let mail = try #require(bookingLinks.first { $0.hasPrefix("mailto:") })
            #expect(mail.contains("subject=Booking%20Mail%20%3Cb%3Ebooking%3C%2Fb%3E%20%22%20onclick%3D%22alert%281%29%20on%202026-10-22"),
                    "\(mail)")
        }
    }

    @Test("CSV cells that begin with = + - or @ are prefixed with an apostrophe, in both CSV files")
    func csvFormulasNeutralised() throws {
        try withHostileSite { _, _, output, _ in
            let courses = try #require(OutputScanner.parseCSV(String(decoding: try Data(contentsOf: output.appendingPathComponent("courses.csv")), as: UTF8.self)))
            let header = try #require(courses.first)
            func cell(_ slug: String, _ column: String) -> String? {
                guard let row = courses.first(where: { $0.first == slug }), let index = header.firstIndex(of: column) else { return nil }
                return row[index]
            }
            #expect(cell("formula-titles", "Title") == "'=HYPERLINK(\"http://evil.example\",\"Click\")")
            #expect(cell("formula-titles", "Code") == "'=1+1")
            #expect(cell("formula-titles", "Summary") == "'+cmd|' /C calc'!A0")
            #expect(cell("formula-titles", "Provider") == "'-2+3")
            #expect(cell("formula-titles", "Cost") == "'=2*3")
            #expect(cell("at-minus", "Title") == "'-2+3")
            #expect(cell("at-minus", "Code") == "'@SUM(1)")
            #expect(cell("at-minus", "Strand") == "'@SUM(1+1)")
            #expect(cell("at-minus", "Cost") == "'+44 0000")
            let sessions = try #require(OutputScanner.parseCSV(String(decoding: try Data(contentsOf: output.appendingPathComponent("sessions.csv")), as: UTF8.self)))
            #expect(sessions.joined().contains("'@SUM(A1:A9)"))
            #expect(sessions.joined().contains("'-Venue, with; commas\\ and \"quotes\""))
            for file in ["courses.csv", "sessions.csv"] {
                let text = String(decoding: try Data(contentsOf: output.appendingPathComponent(file)), as: UTF8.self)
                #expect(OutputScanner.scanCSV(text) == [], "\(file)")
            }
        }
    }

    /// The hostile fixture's courses/formula-marks.md hides triggers behind marks, joiners, variation
    /// selectors, whitespace and format characters; a check on the first Character let the first
    /// three through (the loader trims the others before they reach the writer).
    @Test("CSV cells whose trigger is joined to a mark or follows whitespace are prefixed too, in both CSV files")
    func csvHiddenFormulasNeutralised() throws {
        try withHostileSite { _, _, output, _ in
            let courses = try #require(OutputScanner.parseCSV(String(decoding: try Data(contentsOf: output.appendingPathComponent("courses.csv")), as: UTF8.self)))
            let header = try #require(courses.first)
            let row = try #require(courses.first { $0.first == "formula-marks" })
            func cell(_ column: String) -> String? { header.firstIndex(of: column).map { row[$0] } }
            #expect(cell("Title") == "'=\u{301}HYPERLINK(\"http://evil.example\",\"Marked\")")
            #expect(cell("Code") == "'+\u{200D}cmd")
            #expect(cell("Summary") == "'-\u{FE0F}2+3 cmd|' /C calc'!A0")
            // Content values are trimmed when read (zero-width spaces too), so these reach the writer bare.
            #expect(cell("Provider") == "'=1+1")
            #expect(cell("Cost") == "'=2*3")
            let sessions = String(decoding: try Data(contentsOf: output.appendingPathComponent("sessions.csv")), as: UTF8.self)
            #expect(try #require(OutputScanner.parseCSV(sessions)).joined().contains("'=SUM(A1:A9)"))
            for file in ["courses.csv", "sessions.csv"] {
                let text = String(decoding: try Data(contentsOf: output.appendingPathComponent(file)), as: UTF8.self)
                #expect(OutputScanner.scanCSV(text) == [], "\(file)")
            }
        }
    }

    @Test("the hostile fixture's logo is published written again: its script-like text stays text, nothing runs or is fetched")
    func logoSanitised() throws {
        try withHostileSite { _, _, output, _ in
            let data = try Data(contentsOf: output.appendingPathComponent("assets/logo.svg"))
            #expect(OutputScanner.scanSVG(data) == [])
            let text = String(decoding: data, as: UTF8.self)
            #expect(data != (try Data(contentsOf: TestPaths.fixture("hostile/logo.svg"))), "never copied byte for byte")
            #expect(text.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" aria-label=\"Trust &quot; onload=&quot;alert(1)\""))
            #expect(text.contains("<title>&lt;script&gt;alert('logo title')&lt;/script&gt;</title>"))
            #expect(!text.contains("<!--") && !text.contains("evil.example/comment.css") && !text.contains("https://evil.example/)"))
            #expect(text.contains("<use href=\"#g\"/>"))
        }
    }

    /// SVG logos under hostile/_refused/, each with a way past the old substring checks.
    static let refusedLogos: [(file: String, found: String)] = [
        ("logo-namespaced-script.svg", "it contains a <s:script> element on line 3, which could run a script"),
        ("logo-xhtml-script.svg", "it contains a <h:script> element from another vocabulary (http://www.w3.org/1999/xhtml) on line 2"),
        ("logo-character-reference.svg", "the <use> element on line 2 links to 'javascript:alert('reference')'"),
        ("logo-outside-image.svg", "it contains a <image> element on line 2"),
        ("logo-css-import.svg", "the <style> element ending on line 2 holds a CSS at-rule"),
        ("logo-entity.svg", "it has a document type declaration (<!DOCTYPE …>) on line 2"),
        ("logo-animated-link.svg", "it contains a <set> element on line 2, which is animation"),
    ]

    @Test("a hostile SVG logo is an error at site.yml's logo: line naming what was found, and nothing is published",
          arguments: HostileFixtureTests.refusedLogos.map(\.file))
    func refusedLogo(file: String) throws {
        let found = try #require(Self.refusedLogos.first { $0.file == file }?.found)
        try withTemporaryFolder("refused-logo") { scratch in
            let content = try scratch.copyFixture("hostile")
            let site = content.appendingPathComponent("site.yml")
            let text = try String(contentsOf: site, encoding: .utf8).replacingOccurrences(of: "logo: logo.svg", with: "logo: _refused/\(file)")
            try text.write(to: site, atomically: true, encoding: .utf8)
            let result = ContentLoader(directory: content, displayPath: "Content").load()
            #expect(result.catalogue == nil)
            let line = try #require(Self.line(of: "logo: _refused/", in: text))
            let error = try #require(result.diagnostics.first { $0.keyPath == "brand.logo" }, "\(result.diagnostics.map(\.summary))")
            #expect(error.place == "Content/site.yml:\(line):9")
            #expect(error.message.hasPrefix("the logo cannot be used: " + found), "\(error.message)")
            #expect(error.suggestion?.isEmpty == false)
            let output = scratch.path("Output")
            #expect(!buildSite(content: content, output: output).succeeded)
            #expect(!FileManager.default.fileExists(atPath: output.path))
        }
    }

    @Test("iCalendar values are escaped: a line break or ; in content never starts a property")
    func icsValuesEscaped() throws {
        try withHostileSite { _, _, output, _ in
            let text = String(decoding: try Data(contentsOf: output.appendingPathComponent("calendars/courses/newlines.ics")), as: UTF8.self)
            let lines = try #require(OutputScanner.unfoldICalendar(text))
            #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == 2)
            #expect(!lines.contains { $0.hasPrefix("SUMMARY:injected") || $0.hasPrefix("X-INJECT") || $0.hasPrefix("DESCRIPTION:injected") })
            #expect(lines.contains("LOCATION:Hall\\;X-INJECT:1"))
            #expect(lines.contains("LOCATION:Library\\\\nDESCRIPTION:injected"))
            #expect(lines.contains { $0.hasPrefix("SUMMARY:Line one\\nBEGIN:VEVENT\\nSUMMARY:injected title\\nEND:VEVENT") })
            let venue = String(decoding: try Data(contentsOf: output.appendingPathComponent("calendars/courses/script-everywhere.ics")), as: UTF8.self)
            let venueLines = try #require(OutputScanner.unfoldICalendar(venue))
            #expect(!venueLines.contains { $0.hasPrefix("URL:javascript") })
            #expect(venueLines.contains("LOCATION:Room 1\\nBEGIN:VEVENT\\nSUMMARY:injected\\nURL:javascript:alert(1)\\nEND:VEVENT"))
            #expect(OutputScanner.scanICalendar(text) == [] && OutputScanner.scanICalendar(venue) == [])
        }
    }

    /// Files under hostile/_refused/ and, for each, text on the line where the error must be reported.
    static let refused: [(file: String, markers: [String])] = [
        ("courses/javascript-link.md", ["link: javascript:"]),
        ("courses/mixed-case-booking.md", ["booking: \"JaVaScRiPt:"]),
        ("courses/data-link.md", ["link: \"data:"]),
        ("courses/vbscript-link.md", ["VBScript:"]),
        ("courses/tab-in-scheme.md", ["java\\tscript"]),
        ("courses/quote-breakout-link.md", ["onmouseover"]),
        ("courses/booking-breakout.md", ["<script>"]),
        ("courses/body-javascript.md", ["[click me](JaVaScRiPt:"]),
        ("courses/body-data-image.md", ["![x](data:"]),
        ("courses/body-vbscript.md", ["[x](vbscript:"]),
        ("courses/body-entity-javascript.md", ["jav&#x61;script"]),
        ("courses/body-autolink.md", ["<javascript:"]),
        ("courses/body-reference.md", ["[the module][evil]"]),
        ("courses/body-protocol-relative.md", ["(//evil.example"]),
        ("courses/body-script.md", ["<script>alert('body')"]),
        ("courses/body-iframe.md", ["<IFRAME src="]),
        ("pages/body-object.md", ["<object data="]),
        ("groups/script-group.md", ["javascript:alert('group')"]),
        ("pages/script-page.md", ["DATA:image/svg+xml"]),
        ("pathways/script-pathway.md", ["vbscript:msgbox('pathway')"]),
        ("index.md", ["javascript:alert('home')"]),
        ("site.yml", ["url: \"javascript:", "booking: \"javascript:", "feedback: \"data:", "interest: \"vbscript:", "../../etc"]),
    ]

    /// The 1-based number of the first line of `text` that contains `marker`.
    static func line(of marker: String, in text: String) -> Int? {
        text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(marker) }.map { $0 + 1 }
    }

    @Test("each refused file is an error naming the file and the line of the unsafe value", arguments: HostileFixtureTests.refused.map(\.file))
    func refusedFileNamesFileAndLine(file: String) throws {
        let markers = try #require(Self.refused.first { $0.file == file }?.markers)
        try withTemporaryFolder("refused") { scratch in
            let content = try scratch.copyFixture("hostile")
            let source = TestPaths.fixture("hostile/_refused/\(file)")
            // Top-level files replace the fixture's own; the others go into a sub-folder of their kind.
            let placed = file.contains("/") ? file.replacingOccurrences(of: "/", with: "/refused/") : file
            let destination = content.appendingPathComponent(placed)
            try FileManager.default.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? FileManager.default.removeItem(at: destination)
            try FileManager.default.copyItem(at: source, to: destination)
            let text = try String(contentsOf: source, encoding: .utf8)

            let result = ContentLoader(directory: content, displayPath: "Content").load()
            #expect(result.catalogue == nil)
            let errors = result.diagnostics.filter { $0.severity == .error && $0.location.file == "Content/\(placed)" }
            for marker in markers {
                let line = try #require(Self.line(of: marker, in: text), "marker \(marker) not in \(file)")
                #expect(errors.contains { $0.location.line == line },
                        "no error at Content/\(placed):\(line) (\(marker)); got \(result.diagnostics.map(\.summary))")
            }
            // Publishing over an existing site with this file leaves the site exactly as it was.
            let output = scratch.path("Output")
            try scratch.write("Output/.prospectus-output", "marker")
            try scratch.write("Output/index.html", "previous site")
            let report = buildSite(content: content, output: output)
            #expect(!report.succeeded)
            #expect(try treeSnapshot(output) == [".prospectus-output": Data("marker".utf8), "index.html": Data("previous site".utf8)])
        }
    }

    @Test("every refused file at once: one error per unsafe value, all reported in one run")
    func allRefusedAtOnce() throws {
        try withTemporaryFolder("refused-all") { scratch in
            let content = try scratch.copyFixture("hostile")
            var expected: [String] = []
            for (file, markers) in Self.refused where file.contains("/") {
                let placed = file.replacingOccurrences(of: "/", with: "/refused/")
                let destination = content.appendingPathComponent(placed)
                try FileManager.default.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
                try FileManager.default.copyItem(at: TestPaths.fixture("hostile/_refused/\(file)"), to: destination)
                let text = try String(contentsOf: destination, encoding: .utf8)
                expected += markers.compactMap { Self.line(of: $0, in: text).map { "Content/\(placed):\($0)" } }
            }
            let result = ContentLoader(directory: content, displayPath: "Content").load()
            let reported = Set(result.diagnostics.filter { $0.severity == .error }.map { "\($0.location.file):\($0.location.line)" })
            #expect(expected.count == Self.refused.filter { $0.file.contains("/") }.count)
            #expect(expected.filter { !reported.contains($0) } == [])
        }
    }

    @Test("file names with quotes, angle brackets, dots or a scheme are refused, naming the file", arguments: [
        "\"><script>alert(1)<\\script>.md", "a\" onmouseover=\"x.md", "<img src=x onerror=y>.md", "a..b.md", "a.b.md",
        "%2e%2e.md", "javascript:alert(1).md", "Quoted'Title.md", "UPPER.md", "é.md", " leading-space.md", "-dash.md",
        "tab\tname.md", "new\nline.md", String(repeating: "a", count: 101) + ".md",
    ])
    func hostileFileNamesRefused(name: String) throws {
        try withTemporaryFolder("names") { scratch in
            let content = try scratch.copyFixture("hostile")
            let safeName = name.replacingOccurrences(of: "/", with: "\\")
            let source = try String(contentsOf: content.appendingPathComponent("courses/own-booking.md"), encoding: .utf8)
            try Data(source.replacingOccurrences(of: "code: \"OB&1?x=<y>\"\n", with: "").utf8)
                .write(to: content.appendingPathComponent("courses/\(safeName)"))
            let result = ContentLoader(directory: content, displayPath: "Content").load()
            #expect(result.catalogue == nil)
            let error = result.diagnostics.first { $0.severity == .error && $0.location.file == "Content/courses/\(safeName)" }
            #expect(error != nil, "\(result.diagnostics.map(\.summary))")
            #expect(error?.message.contains("cannot be used as a web address") == true)

            // And a build publishes nothing: no file is written anywhere, in or beside the output.
            let output = scratch.path("Output")
            let report = buildSite(content: content, output: output)
            #expect(!report.succeeded)
            #expect(!FileManager.default.fileExists(atPath: output.path))
            #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).sorted() == ["Content"])
        }
    }

    @Test("a rebuild after hostile content changed: What's new, its feed and changes.json stay inert")
    func hostileChangesInert() throws {
        try withHostileSite { _, content, output, _ in
            // Withdraw a course, rename one, cancel a session and add one: every kind of change.
            try FileManager.default.removeItem(at: content.appendingPathComponent("courses/formula-titles.md"))
            let path = content.appendingPathComponent("courses/script-everywhere.md")
            var text = try String(contentsOf: path, encoding: .utf8)
            text = text.replacingOccurrences(of: "title: \"<script>alert('course')</script>", with: "title: \"<script>alert('renamed')</script>")
            text = text.replacingOccurrences(of: "    places_left: 3\n", with: "    places_left: 3\n    status: cancelled\n")
            text = text.replacingOccurrences(of: "sessions:\n", with: "sessions:\n  - date: 2026-12-09\n    venue: \"<img src=x onerror=alert('new')>\"\n")
            try Data(text.utf8).write(to: path)
            try FileManager.default.removeItem(at: content.appendingPathComponent("pathways/hostile-path.md"))
            let report = buildSite(content: content, output: output, environment: ["SOURCE_DATE_EPOCH": "1790100000"])
            try #require(report.succeeded, "\(report.errorSummaries)")
            let changes = String(decoding: try Data(contentsOf: output.appendingPathComponent("changes.json")), as: UTF8.self)
            #expect(changes.contains("renamed") || changes.contains("course-withdrawn"), "the rebuild found no change: \(changes.prefix(300))")
            let findings = try OutputScanner.scan(output)
            #expect(findings == [], "\(findings.prefix(40).joined(separator: "\n"))")
        }
    }

    @Test("a forged or broken changes.json or catalogue.json in the published site cannot inject or stop a build", arguments: [
        "hostile", "not JSON", "huge", "wrong types",
    ])
    func forgedPreviousSite(kind: String) throws {
        try withHostileSite { _, content, output, _ in
            let hostile = "<script>alert('forged')</script>\" onmouseover=\"alert(1)"
            let forged: String
            switch kind {
            case "hostile":
                let entry = { (kind: String) in
                    "{\"date\": \"2026-09-20\", \"kind\": \"\(kind)\", \"course\": \"javascript:alert(1)//\\\"><script>\", "
                        + "\"title\": \"\(hostile.replacingOccurrences(of: "\"", with: "\\\""))\", \"detail\": \"=HYPERLINK(\\\"x\\\")\", "
                        + "\"session\": \"\\\"><img src=x onerror=alert(1)>\"}"
                }
                forged = "{\"version\": 1, \"changes\": [" + Change.Kind.allCases.map { entry($0.rawValue) }.joined(separator: ", ") + "]}"
            case "not JSON": forged = "{\"version\": 1, \"changes\": [{\"date\": \u{0}"
            case "huge": forged = "{\"version\": 1, \"changes\": [" + String(repeating: "[", count: 200_000) + "]}"
            default: forged = "{\"version\": \"one\", \"changes\": {\"date\": 5}}"
            }
            try Data(forged.utf8).write(to: output.appendingPathComponent("changes.json"))
            try Data(forged.utf8).write(to: output.appendingPathComponent("catalogue.json"))
            let report = buildSite(content: content, output: output, environment: ["SOURCE_DATE_EPOCH": "1790100000"])
            try #require(report.succeeded, "\(report.errorSummaries)")
            let findings = try OutputScanner.scan(output)
            #expect(findings == [], "\(findings.prefix(40).joined(separator: "\n"))")
        }
    }

    @Test("titles that slug badly never reach a path: every output path is made of safe names")
    func outputPathsAreSafe() throws {
        try withHostileSite { scratch, _, output, _ in
            let files = try treeSnapshot(output)
            for path in files.keys {
                #expect((try? /[a-z0-9.\/-]+|\.prospectus-output/.wholeMatch(in: path)) != nil, "\(path)")
                #expect(!path.split(separator: "/").contains(".."), "\(path)")
            }
            // Nothing written beside the output (the lock that keeps two builds apart is not a file).
            #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).sorted() == ["Content", "Output"])
        }
    }
}
