@testable import prospectus
import Testing

/// `prospectus check` offers what it uses: the content and theme folders and the edition, and no
/// option that would do nothing (issue #14).
@Suite("The check command's options")
struct CheckCommandTests {
    @Test("check --help lists --theme and --edition, and not --output, which check never used")
    func help() {
        let help = Check.helpMessage(columns: 200)
        #expect(help.contains("--content"))
        #expect(help.contains("--theme"))
        #expect(help.contains("--edition"))
        #expect(!help.contains("--output"))
    }

    @Test("check --output is refused rather than ignored")
    func outputRefused() {
        #expect(throws: (any Error).self) { try Check.parse(["--output", "Elsewhere"]) }
    }

    @Test("check --edition partners and --theme are read")
    func editionAndTheme() throws {
        let command = try Check.parse(["--edition", "partners", "--theme", "MyTheme"])
        let options = command.options()
        #expect(options.edition == .partners)
        #expect(options.theme.lastPathComponent == "MyTheme")
    }

    @Test("build keeps --output and --edition")
    func buildOptions() throws {
        let help = Build.helpMessage(columns: 200)
        #expect(help.contains("--output"))
        #expect(help.contains("--edition"))
        let command = try Build.parse(["--edition", "partners", "--output", "Elsewhere"])
        #expect(command.edition == .partners)
        #expect(command.paths.output == "Elsewhere")
        #expect(command.paths.outputFolder(for: command.edition) == "Elsewhere")
    }

    @Test("build writes each edition to its folder, and to --output when it is given, even --output Output")
    func outputFolders() throws {
        #expect(try Build.parse([]).paths.outputFolder(for: .staff) == "Output")
        #expect(try Build.parse(["--edition", "partners"]).paths.outputFolder(for: .partners) == "Output-partners")
        let explicit = try Build.parse(["--edition", "partners", "--output", "Output"])
        #expect(explicit.paths.outputFolder(for: explicit.edition) == "Output")
        #expect(explicit.paths.buildOptions(edition: explicit.edition).output.lastPathComponent == "Output")
        #expect(try Build.parse(["--output", "Output-partners"]).paths.outputFolder(for: .staff) == "Output-partners")
    }
}
