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
                               output: output, environment: environment)
    return SiteGenerator(options: options).build()
}

extension BuildReport {
    var errorSummaries: [String] { diagnostics.filter { $0.severity == .error }.map(\.summary) }
}

/// SplitMix64: a tiny, fast, seedable generator, so every fuzz case can be replayed from its seed.
struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// A whole number from the environment, or `fallback`.
func environmentInt(_ name: String, default fallback: Int) -> Int {
    ProcessInfo.processInfo.environment[name].flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } ?? fallback
}
