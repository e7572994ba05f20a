import ArgumentParser
import Foundation
@testable import prospectus
import TestSupport
import Testing

/// `--history` and `--output` name folders that are never used through a link: the folder as named
/// must reach that check, however the path is spelt (an outside walk found `store/../hl` used where
/// the link `hl` leads, since Foundation resolves links wherever `..` occurs).
@Suite("Paths typed on the command line")
struct TypedPathTests {
    @Test("a folder's last part stays as named, through '..', a trailing slash or dot and a link above it")
    func folderAsNamed() throws {
        try withTemporaryFolder { folder in
            let fileManager = FileManager.default
            let root = URL(fileURLWithPath: folder.path("").path).resolvingSymlinksInPath().path
            try fileManager.createDirectory(atPath: root + "/store/hist", withIntermediateDirectories: true)
            try fileManager.createSymbolicLink(atPath: root + "/hl", withDestinationPath: "store/hist")
            try fileManager.createSymbolicLink(atPath: root + "/up", withDestinationPath: "store")
            for typed in ["\(root)/store/../hl", "\(root)/store/hist/../../hl", "\(root)/hl/", "\(root)/hl", "\(root)/store/../hl/.", "\(root)/up/../hl"] {
                #expect(TypedPath.url(typed).path == root + "/hl", "\(typed)")
            }
            // A link above the folder is left for the system to follow (only the folder itself must
            // not be one); with '..' after it, it is followed to find the folder above.
            #expect(TypedPath.url("\(root)/up/hist").path == root + "/up/hist")
            #expect(TypedPath.url("\(root)/up/../up/hist").path == root + "/store/hist")
            // Not made yet: as typed, standardised.
            #expect(TypedPath.url("\(root)/new/deeper/history").path == root + "/new/deeper/history")
            #expect(TypedPath.url("\(root)/store/new").path == root + "/store/new")
        }
    }

    @Test("an empty or blank folder option is refused with exit status 1 before anything is read or written", arguments: [
        ["build", "--history", ""], ["build", "--content", ""], ["build", "--theme", " "], ["check", "--content", ""], ["check", "--history", ""],
        ["report", "--content", ""], ["report", "--theme", ""], ["serve", "--content", ""], ["new", "course", "x", "--content", ""],
        ["rollover", "2027-28", "--content", ""], ["rollover", "2027-28", "--to", ""], ["publish", "--to", "x", "--output", ""],
        // Control characters: a carriage return from a script saved with Windows line endings.
        ["build", "--output", "Output\r"], ["build", "--history", "\n"], ["report", "--output", "\u{2028}"], ["publish", "--to", "\r"],
        ["check", "--content", "Content\u{1B}"], ["publish", "--to", "/srv/cpd/site\r"],
        // '~' the shell did not expand (quoted in a script): a folder named '~' is no home folder.
        ["publish", "--to", "~"], ["build", "--output", "~/cpd-site"], ["build", "--output", "~root/cpd"],
    ])
    func emptyFolderOption(arguments: [String]) throws {
        // '--history ""' named the working folder: the history was written there.
        do {
            _ = try Prospectus.parseAsRoot(arguments)
            Issue.record("\(arguments) was accepted")
        } catch {
            #expect(Prospectus.exitCode(for: error) == ExitCode(1), "\(arguments): \(error)")
        }
    }

    @Test("a folder option given a folder is accepted")
    func folderOptionAccepted() throws {
        #expect(throws: Never.self) { try TypedPath.requireFolder("history", option: "--history", example: "history") }
        #expect(throws: Never.self) { try TypedPath.requireFolder(nil, option: "--history", example: "history") }
        #expect(throws: ExitCode.self) { try TypedPath.requireFolder("\t", option: "--history", example: "history") }
        // A tab inside a name is allowed (a folder may have one); a blank name is not.
        #expect(throws: Never.self) { try TypedPath.requireFolder("My\tFolder", option: "--theme", example: "Theme") }
        #expect(throws: Never.self) { try TypedPath.requireFolder("~old-cpd-site", option: "--output", example: "Output") }
    }

    @Test("the new folder of a rollover is named beside the content however short its name", arguments: [
        ("C", "C-2027-28"), ("./C", "C-2027-28"), ("é", "é-2027-28"), ("cpd/C", "cpd/C-2027-28"), ("/C", "/C-2027-28"), (".", "../x-2027-28"),
    ])
    func rolloverFolderShown(content: String, shown: String) {
        // NSString's deletingLastPathComponent crashed (SIGILL) on a one-letter content folder.
        let folder = URL(fileURLWithPath: "/somewhere/" + (content == "." ? "x-2027-28" : shown.split(separator: "/").last.map(String.init)!))
        #expect(Rollover.defaultDisplay(folder, content: content) == shown)
    }
}
