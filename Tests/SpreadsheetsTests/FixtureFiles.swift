import Foundation
import TestSupport

/// The spreadsheet fixtures (`Tests/SpreadsheetsTests/Fixtures/`, written by
/// `scripts/make-spreadsheet-fixtures.py`).
enum FixtureFiles {
    static let folder = TestPaths.tests.appendingPathComponent("SpreadsheetsTests/Fixtures")

    static func url(_ name: String) -> URL { folder.appendingPathComponent(name) }

    static func data(_ name: String) throws -> Data { try Data(contentsOf: url(name)) }
}
