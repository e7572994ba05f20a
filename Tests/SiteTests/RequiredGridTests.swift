import Catalogue
import Foundation
import Testing
@testable import Site

/// The required-training grid says for whom: everyone in a group (a tick) or only the staff a school
/// nominates (a ringed N), in words for screen readers and in a key; the narrow list says it too.
@Suite("Required training: everyone or nominated staff")
struct RequiredGridTests {
    typealias Sample = WhatsOnCalendarsSample

    /// The trust sample with safeguarding for everyone and working at height for nominated staff only
    /// (or for everyone too, when `nominated` is false).
    static func page(nominated: Bool) throws -> String {
        var files = Sample.files(url: Sample.url)
        files["courses/safeguarding.md"] = try #require(files["courses/safeguarding.md"]).replacingOccurrences(of: "groups: all\n", with: "groups: all\nmandatory: everyone\n")
        files["courses/ladders.md"] = try #require(files["courses/ladders.md"])
            .replacingOccurrences(of: "groups: [premises]\n", with: "groups: [premises]\nmandatory: \(nominated ? "nominated" : "everyone")\n")
        return try Sample.page(SitePath.required, catalogue: try ExportSample.load(files))
    }

    /// The grid's row (`<tr>…</tr>`) of the course titled `title`.
    static func row(_ title: String, in html: String) throws -> String {
        let at = try #require(html.range(of: ">\(title)</a><span class=\"grid__renewal\">"))
        let start = try #require(html[..<at.lowerBound].range(of: "<tr", options: .backwards))
        let end = try #require(html[at.upperBound...].range(of: "</tr>"))
        return String(html[start.lowerBound..<end.upperBound])
    }

    @Test("a nominated-only course is marked N, not ticked, with its words; the key explains both marks")
    func nominatedMarked() throws {
        let html = try Self.page(nominated: true)
        let everyone = try Self.row("Safeguarding Update", in: html)
        #expect(everyone.components(separatedBy: "<span class=\"visually-hidden\">Everyone</span>").count == 3, "\(everyone)")
        #expect(!everyone.contains("Nominated"))
        let nominated = try Self.row("Working at Height", in: html)
        #expect(nominated.contains("<span class=\"grid__mark grid__mark--nominated\" aria-hidden=\"true\">N</span><span class=\"visually-hidden\">Nominated staff only</span>"))
        #expect(!nominated.contains("✓") && !nominated.contains(">Everyone<"), "\(nominated)")
        #expect(nominated.contains("<span class=\"visually-hidden\">Not required</span>"))
        let caption = try #require(html.firstMatch(of: /<caption>(.*?)<\/caption>/.dotMatchesNewlines())?.output.1)
        #expect(caption.contains("✓</span> everyone in the group") && caption.contains("N</span> only the staff a school nominates"))
        #expect(caption.contains("–</span> not required"))
        // The list shown on narrow screens says it in words.
        #expect(html.contains("Required for nominated staff only, in:") && html.contains("Required for everyone in:"))
    }

    @Test("with no nominated-only course, the key has no N")
    func keyWithoutNominated() throws {
        let html = try Self.page(nominated: false)
        #expect(!html.contains("grid__mark--nominated"))
        #expect(!html.contains("Required for nominated staff only"))
    }
}
