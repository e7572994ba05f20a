import Catalogue
import Foundation
import TestSupport

/// The fixture content folders (Tests/Fixtures), loaded as the command line loads them.
enum Fixtures {
    static func url(_ name: String) -> URL { TestPaths.fixture(name) }

    /// Loads a fixture in place, naming it `Content` in diagnostics as the command line does.
    static func load(_ name: String) -> LoadResult {
        ContentLoader(directory: url(name), displayPath: "Content").load()
    }
}
