import Catalogue
import Foundation
import Testing

/// The fixture folders next to this test target, found from this file's own path (no SwiftPM resources).
enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()   // CatalogueTests
        .deletingLastPathComponent()   // Tests
        .appendingPathComponent("Fixtures")

    static func url(_ name: String) -> URL { root.appendingPathComponent(name) }

    /// Loads a fixture in place, naming it `Content` in diagnostics as the command line does.
    static func load(_ name: String) -> LoadResult {
        ContentLoader(directory: url(name), displayPath: "Content").load()
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

    /// Copies a fixture into this folder as `Content/` and returns the copy.
    func copyFixture(_ name: String, as folder: String = "Content") throws -> URL {
        let destination = url.appendingPathComponent(folder, isDirectory: true)
        try FileManager.default.copyItem(at: Fixtures.url(name), to: destination)
        return destination
    }

    /// Writes `text` (or raw bytes) at a path inside the folder, creating folders as needed.
    @discardableResult
    func write(_ relativePath: String, _ text: String) throws -> URL {
        try write(relativePath, bytes: Data(text.utf8))
    }

    @discardableResult
    func write(_ relativePath: String, bytes: Data) throws -> URL {
        let file = url.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try bytes.write(to: file)
        return file
    }
}

extension Diagnostic {
    /// `file:line:col` with line and column always shown, for compact comparisons.
    var place: String { "\(location.file):\(location.line):\(location.column)" }
}
