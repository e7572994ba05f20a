import Foundation
import Parallel
import Site
import TestSupport
import Testing

/// `build` and `check` keep what they made until the process exits rather than freeing it, and that
/// changes nothing they write or report.
@Suite("Kept until exit")
struct KeptUntilExitTests {
    func options(_ output: URL, keeps: Bool) -> BuildOptions {
        var options = BuildOptions(content: Fixtures.url("valid"), contentDisplay: "Content", theme: Fixtures.theme, themeDisplay: "Theme",
                                   output: output, environment: ["SOURCE_DATE_EPOCH": Today.startOfYear],
                                   history: ScratchHistory.folder(forBuildOf: Fixtures.url("valid"), into: output))
        options.keepsMemoryUntilExit = keeps
        return options
    }

    @Test("a build and a check that keep their memory write and report exactly what the others do, and keep it")
    func sameSite() throws {
        let folder = try TemporaryFolder("kept")
        defer { folder.remove() }
        let before = KeptUntilExit.count
        let freed = SiteGenerator(options: options(folder.path("freed"), keeps: false)).build()
        #expect(KeptUntilExit.count == before, "nothing kept unless asked")
        let kept = SiteGenerator(options: options(folder.path("kept"), keeps: true)).build()
        #expect(KeptUntilExit.count > before)
        #expect(freed.succeeded && kept.succeeded)
        #expect(freed.diagnostics == kept.diagnostics && freed.published?.files == kept.published?.files)
        #expect(try treeSnapshot(folder.path("freed")) == treeSnapshot(folder.path("kept")))
        let checked = KeptUntilExit.count
        let check = SiteGenerator(options: options(folder.path("checked"), keeps: true)).check()
        #expect(check.diagnostics == freed.diagnostics && KeptUntilExit.count > checked)
    }
}
