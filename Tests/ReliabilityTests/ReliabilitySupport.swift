import Catalogue
import Foundation
import Site
import Testing

/// Paths of the fixtures and the real theme, found from this file's own path (no SwiftPM resources).
enum Paths {
    static let tests = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()   // ReliabilityTests
        .deletingLastPathComponent()   // Tests
    static let fixtures = tests.appendingPathComponent("Fixtures")
    static let repository = tests.deletingLastPathComponent()
    static let theme = repository.appendingPathComponent("Theme")

    static func fixture(_ name: String) -> URL { fixtures.appendingPathComponent(name) }
}

/// The fixed "today" of every reliability build (SOURCE_DATE_EPOCH): 2026-09-21, so the hostile
/// fixture's sessions are all still to come and show their booking links.
let fixedEpoch = "1790000000"

/// A unique temporary folder, removed by `remove()`.
struct Scratch: Sendable {
    let url: URL

    init(_ label: String = "reliability") throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("prospectus-\(label)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(at: url) }

    func path(_ relative: String) -> URL { url.appendingPathComponent(relative) }

    /// Copies a fixture folder into this folder (as `Content/` by default) and returns the copy.
    func copyFixture(_ name: String, as folder: String = "Content") throws -> URL {
        let destination = url.appendingPathComponent(folder, isDirectory: true)
        try FileManager.default.copyItem(at: Paths.fixture(name), to: destination)
        return destination
    }

    @discardableResult
    func write(_ relative: String, _ text: String) throws -> URL {
        try write(relative, bytes: Data(text.utf8))
    }

    @discardableResult
    func write(_ relative: String, bytes: Data) throws -> URL {
        let file = url.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try bytes.write(to: file)
        return file
    }
}

/// Runs `body` with a fresh scratch folder and removes it afterwards, whatever happens.
func withScratch<T>(_ label: String = "reliability", _ body: (Scratch) throws -> T) throws -> T {
    let scratch = try Scratch(label)
    defer { scratch.remove() }
    return try body(scratch)
}

/// Builds `content` with the real theme into `output`, "today" fixed by SOURCE_DATE_EPOCH.
func buildSite(content: URL, output: URL, environment: [String: String] = ["SOURCE_DATE_EPOCH": fixedEpoch]) -> BuildReport {
    let options = BuildOptions(content: content, contentDisplay: "Content", theme: Paths.theme, themeDisplay: "Theme",
                               output: output, environment: environment)
    return SiteGenerator(options: options).build()
}

/// Every regular file under `folder` by relative path, with its bytes (hidden files included).
func treeSnapshot(_ folder: URL) throws -> [String: Data] {
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

extension BuildReport {
    var errorSummaries: [String] { diagnostics.filter { $0.severity == .error }.map(\.summary) }
}

extension Diagnostic {
    var place: String { "\(location.file):\(location.line):\(location.column)" }
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
