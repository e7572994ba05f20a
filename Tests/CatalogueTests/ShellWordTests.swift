import Foundation
import Testing
@testable import Catalogue

/// Paths in advice (`--history …`, `--output …`, `--to …`) are pasted into a shell: each must be
/// read back as exactly that path.
struct ShellWordTests {
    static let paths = [
        "/srv/cpd/history", "/srv/my dir/h", "/srv/Année", "/srv/it's", "/srv/a$b", "", "/srv/`date`", "/srv/a\\b",
        "/srv/tab\there", "/srv/new\nline", "/srv/bell\u{7}x", "/srv/del\u{7F}x", "/srv/c1\u{85}x", "/srv/quote'and\u{1}ctl", "/srv/!x*?[a]",
    ]

    @Test("a path in advice is one word for the shell: plain when it is safe, otherwise quoted", arguments: [
        ("/srv/cpd/history", "/srv/cpd/history"), ("/srv/my dir/h", "'/srv/my dir/h'"), ("/srv/Année", "'/srv/Année'"),
        ("/srv/it's", "'/srv/it'\\''s'"), ("/srv/a$b", "'/srv/a$b'"), ("", "''"),
        ("/srv/del\u{7F}x", "$'/srv/del\\x7fx'"), ("/srv/new\nline's", "$'/srv/new\\x0aline\\'s'"),
    ])
    func words(path: String, word: String) {
        #expect(ShellWord.quoted(path) == word)
    }

    @Test("bash reads every quoted path back byte for byte, control characters and quotes included")
    func bashReadsThemBack() throws {
        let bash = "/bin/bash"
        try #require(FileManager.default.isExecutableFile(atPath: bash), "bash is needed to check the quoting")
        for path in Self.paths {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: bash)
            process.arguments = ["-c", "printf %s " + ShellWord.quoted(path)]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            #expect(Array(data) == Array(path.utf8), "\(ShellWord.quoted(path)) is read as \(Array(data))")
        }
    }

    @Test("a quoted path holds no control character, so a terminal shows it as it will be pasted")
    func noControlsReachTheTerminal() {
        for path in Self.paths {
            #expect(!ShellWord.quoted(path).unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        }
    }
}
