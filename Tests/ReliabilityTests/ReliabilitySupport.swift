import Catalogue
import Foundation
import Site
import TestSupport
import Testing

/// The fixed "today" of every reliability build (SOURCE_DATE_EPOCH): 2026-09-21, so the hostile
/// fixture's sessions are all still to come and show their booking links.
let fixedEpoch = "1790000000"

/// Builds `content` with the real theme into `output`, "today" fixed by SOURCE_DATE_EPOCH.
func buildSite(content: URL, output: URL, environment: [String: String] = ["SOURCE_DATE_EPOCH": fixedEpoch]) -> BuildReport {
    let options = BuildOptions(content: content, contentDisplay: "Content", theme: TestPaths.theme, themeDisplay: "Theme",
                               output: output, environment: environment,
                               history: ScratchHistory.folder(forBuildOf: content, into: output))
    return SiteGenerator(options: options).build()
}

extension BuildReport {
    var errorSummaries: [String] { diagnostics.filter { $0.severity == .error }.map(\.summary) }
}

/// A whole number from the environment, or `fallback`.
func environmentInt(_ name: String, default fallback: Int) -> Int {
    ProcessInfo.processInfo.environment[name].flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } ?? fallback
}
