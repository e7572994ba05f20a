import Foundation

/// The repository's test fixtures and its real theme, found from this file's own path (the tests
/// use no SwiftPM resources, so they read the same files a developer edits).
public enum TestPaths {
    /// `Tests/`.
    public static let tests = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()   // TestSupport
        .deletingLastPathComponent()   // Tests
    /// `Tests/Fixtures/`: content folders, valid, broken, with warnings and hostile.
    public static let fixtures = tests.appendingPathComponent("Fixtures")
    /// The repository's root.
    public static let repository = tests.deletingLastPathComponent()
    /// The project's own theme.
    public static let theme = repository.appendingPathComponent("Theme")

    /// A fixture content folder by name (`valid`, `broken`, …).
    public static func fixture(_ name: String) -> URL { fixtures.appendingPathComponent(name) }
}
