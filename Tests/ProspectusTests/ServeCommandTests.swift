@testable import prospectus
import Testing

/// `prospectus serve` builds into memory and never writes an output folder, so it offers no
/// --output that would do nothing; it takes the history folder, which it reads.
@Suite("The serve command's options")
struct ServeCommandTests {
    @Test("serve --help lists --content, --theme and --history, and not --output")
    func help() {
        let help = Serve.helpMessage(columns: 200)
        #expect(help.contains("--content"))
        #expect(help.contains("--theme"))
        #expect(help.contains("--history"))
        #expect(!help.contains("--output"))
    }

    @Test("serve --output is refused rather than ignored")
    func outputRefused() {
        #expect(throws: (any Error).self) { try Serve.parse(["--output", "Elsewhere"]) }
    }
}
