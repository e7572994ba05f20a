import Catalogue
import Foundation
import Site
import TestSupport
import Testing

/// The fixture content folders (Tests/Fixtures) and the real theme.
enum Fixtures {
    /// The project's own theme.
    static let theme = TestPaths.theme

    static func url(_ name: String) -> URL { TestPaths.fixture(name) }

    static func catalogue(_ name: String = "valid") throws -> Catalogue {
        let result = ContentLoader(directory: url(name), displayPath: "Content").load()
        return try #require(result.catalogue, "fixture '\(name)' does not load: \(result.diagnostics.map(\.summary))")
    }
}

/// Unix times (noon UTC) used as "today" through SOURCE_DATE_EPOCH, so no test depends on the clock.
enum Today {
    /// Tuesday 1 September 2026: every session of the valid fixture is still to come.
    static let startOfYear = "1788264000"
    /// Saturday 10 October 2026: the safeguarding session of 7 October has passed; 14 October has not.
    static let tenthOfOctober = "1791633600"

    static func date(_ epoch: String) -> LocalDate {
        LocalDate(daysSinceEpoch: Int(epoch)! / 86_400)
    }
}

/// Builds a content folder with the real theme into `output`, with a fixed "today".
func build(content: URL, output: URL, today epoch: String = Today.startOfYear, waiting: () -> Void = {}) -> BuildReport {
    let options = BuildOptions(content: content, contentDisplay: "Content", theme: Fixtures.theme, themeDisplay: "Theme",
                               output: output, environment: ["SOURCE_DATE_EPOCH": epoch],
                               history: ScratchHistory.folder(forBuildOf: content, into: output))
    return SiteGenerator(options: options).build(waiting: waiting)
}

/// Names in the output's parent folder left by a build (staging or old copies).
func leftovers(_ folder: TemporaryFolder) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter { $0.contains(".staging-") || $0.contains(".old-") }
}

/// The text of a built file.
func read(_ output: URL, _ path: String) throws -> String {
    try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
}

/// Every `href="…"` and `src="…"` value in an HTML text, with `&amp;` and friends decoded.
func links(in html: String) -> [String] {
    let pattern = /\s(?:href|src)="([^"]*)"/
    return html.matches(of: pattern).map { decodeEntities(String($0.output.1)) }
}

/// Decodes the entities Mustache writes into attributes.
func decodeEntities(_ text: String) -> String {
    text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
        .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
        .replacingOccurrences(of: "&amp;", with: "&")
}

extension BuildReport {
    /// The one-line form of each error, for failure messages.
    var errorSummaries: [String] { diagnostics.filter { $0.severity == .error }.map(\.summary) }
}
