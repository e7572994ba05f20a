import Catalogue
import Foundation
@testable import Report
import Site
import TestSupport
import Testing
import Uptake

/// The sample offer and the theme, loaded once for the report's tests, and a fixed "today".
enum ReportSample {
    /// 6 December 2026, 12:00 UTC: sessions before it are past.
    static let environment = ["SOURCE_DATE_EPOCH": "1796558400"]
    static let content = TestPaths.repository.appendingPathComponent("Content")

    static func catalogue(_ folder: URL = content) throws -> Catalogue {
        let loaded = ContentLoader(directory: folder, displayPath: "Content").load()
        #expect(!loaded.diagnostics.hasErrors, "\(loaded.diagnostics.map(\.summary))")
        return try #require(loaded.catalogue)
    }

    static func theme() throws -> Theme { try Theme.load(from: TestPaths.theme, displayPath: "Theme").get() }

    static func today(_ catalogue: Catalogue) -> LocalDate {
        BuildClock.today(timezone: catalogue.settings.timezone, environment: environment)
    }

    /// The report's files by path, as text.
    static func files(_ catalogue: Catalogue, uptake: Uptake = .none, today: LocalDate? = nil) throws -> [String: String] {
        let files = ReportFiles.make(catalogue: catalogue, theme: try theme(), uptake: uptake, today: today ?? Self.today(catalogue))
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, String(decoding: $0.data, as: UTF8.self)) })
    }

    /// Options for a build or a report of `content` into `output`, with the fixed day.
    static func options(content: URL = content, output: URL) -> BuildOptions {
        BuildOptions(content: content, contentDisplay: "Content", theme: TestPaths.theme, themeDisplay: "Theme", output: output,
                     environment: environment, history: ScratchHistory.folder(forBuildOf: content, into: output))
    }

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }
}
