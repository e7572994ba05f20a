import Foundation

/// A unique temporary folder. Use `withTemporaryFolder`, or `defer { folder.remove() }`.
public struct TemporaryFolder: Sendable {
    public let url: URL

    /// `label` names the folder (`prospectus-<label>-<uuid>`), to tell which suite left one behind.
    public init(_ label: String = "tests") throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("prospectus-\(label)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    public func remove() { try? FileManager.default.removeItem(at: url) }

    public func path(_ relative: String) -> URL { url.appendingPathComponent(relative) }

    /// Copies a fixture into this folder (as `Content/` by default) and returns the copy.
    public func copyFixture(_ name: String, as folder: String = "Content") throws -> URL {
        let destination = url.appendingPathComponent(folder, isDirectory: true)
        try FileManager.default.copyItem(at: TestPaths.fixture(name), to: destination)
        return destination
    }

    /// Writes `text` at a path inside the folder, creating folders as needed.
    @discardableResult
    public func write(_ relativePath: String, _ text: String) throws -> URL {
        try write(relativePath, bytes: Data(text.utf8))
    }

    /// Writes raw bytes at a path inside the folder, creating folders as needed.
    @discardableResult
    public func write(_ relativePath: String, bytes: Data) throws -> URL {
        let file = url.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try bytes.write(to: file)
        return file
    }
}

/// Runs `body` with a fresh temporary folder, and removes the folder afterwards whatever happens.
public func withTemporaryFolder<T>(_ label: String = "tests", _ body: (TemporaryFolder) throws -> T) throws -> T {
    let folder = try TemporaryFolder(label)
    defer { folder.remove() }
    return try body(folder)
}
