import Foundation
@testable import prospectus
import TestSupport
import Testing

/// A command that wrote nothing says the folder is unchanged only when there is one: a first build
/// or publish that failed used to say "the site in Output/ is unchanged" of a folder never made.
@Suite("Saying what a failed command left")
struct UnchangedTests {
    @Test("an existing folder is unchanged; a missing one was not made")
    func existingOrMissing() throws {
        try withTemporaryFolder("unchanged") { scratch in
            let output = scratch.path("Output").path
            #expect(Unchanged.site("Output", at: output) == "no Output/ was made")
            #expect(Unchanged.folder("/srv/cpd", at: output) == "nothing was made at /srv/cpd")
            try scratch.write("Output/index.html", "<p>site</p>")
            #expect(Unchanged.site("Output", at: output) == "the site in Output/ is unchanged")
            #expect(Unchanged.folder("/srv/cpd", at: output) == "/srv/cpd is unchanged")
            // A link is something there too, even when it leads nowhere.
            try FileManager.default.createSymbolicLink(atPath: scratch.path("dl").path, withDestinationPath: "gone")
            #expect(Unchanged.folder("dl", at: scratch.path("dl").path) == "dl is unchanged")
        }
    }
}
