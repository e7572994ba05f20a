import Catalogue
import Foundation
import Site
import Testing

/// Fixtures and the real theme, found from this file's own path (no SwiftPM resources).
enum Fixtures {
    static let tests = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()   // SiteTests
        .deletingLastPathComponent()   // Tests
    static let root = tests.appendingPathComponent("Fixtures")
    /// The project's own theme: ../../Theme from this file.
    static let theme = tests.deletingLastPathComponent().appendingPathComponent("Theme")

    static func url(_ name: String) -> URL { root.appendingPathComponent(name) }

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

/// Runs `body` with a fresh temporary folder, and removes the folder afterwards whatever happens.
func withTemporaryFolder<T>(_ body: (TemporaryFolder) throws -> T) throws -> T {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    return try body(folder)
}

/// A unique temporary folder. Use `withTemporaryFolder`, or `defer { folder.remove() }`.
struct TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("prospectus-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(at: url) }

    func path(_ relative: String) -> URL { url.appendingPathComponent(relative) }

    /// Copies a fixture into this folder (as `Content/` by default) and returns the copy.
    func copyFixture(_ name: String, as folder: String = "Content") throws -> URL {
        let destination = url.appendingPathComponent(folder, isDirectory: true)
        try FileManager.default.copyItem(at: Fixtures.url(name), to: destination)
        return destination
    }

    @discardableResult
    func write(_ relativePath: String, _ text: String) throws -> URL {
        let file = url.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
        return file
    }
}

/// Builds a content folder with the real theme into `output`, with a fixed "today".
func build(content: URL, output: URL, today epoch: String = Today.startOfYear, waiting: () -> Void = {}) -> BuildReport {
    let options = BuildOptions(content: content, contentDisplay: "Content", theme: Fixtures.theme, themeDisplay: "Theme",
                               output: output, environment: ["SOURCE_DATE_EPOCH": epoch])
    return SiteGenerator(options: options).build(waiting: waiting)
}

/// Every regular file under `folder`, by relative path, with its bytes (hidden files included).
func snapshot(_ folder: URL) throws -> [String: Data] {
    var files: [String: Data] = [:]
    let base = folder.standardizedFileURL.resolvingSymlinksInPath().path
    guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else {
        return files
    }
    for case let url as URL in enumerator {
        guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
        let path = url.standardizedFileURL.resolvingSymlinksInPath().path
        files[String(path.dropFirst(base.count + 1))] = try Data(contentsOf: url)
    }
    return files
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
