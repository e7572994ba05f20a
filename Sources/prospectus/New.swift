import ArgumentParser
import Catalogue
import Foundation
import Site

/// `prospectus new course first-aid`: a commented starter file in the right folder.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start a new course, group, pathway or page from a commented template.",
        discussion: "Writes Content/<kind>s/<name>.md with every setting explained. Never overwrites an existing file.")

    @Argument(help: "What to create: course, group, pathway or page.")
    var kind: NewFileTemplate.Kind

    @Argument(help: "The file name without .md: lowercase letters, digits and dashes (it becomes the page's address).")
    var name: String

    @Option(help: "The folder of Markdown content.")
    var content: String = "Content"

    func validate() throws {
        try TypedPath.requireFolder(content, option: "--content", example: "Content")
    }

    func run() throws {
        let prepared = NewFileTemplate.prepare(
            kind: kind, slug: name, content: URL(fileURLWithPath: content), displayPath: content,
            today: { BuildClock.today(timezone: $0?.timezone ?? "Europe/London") })
        switch prepared {
        case .failure(let error):
            fail(error.message)
        case .success(let file):
            do { try FolderMaker.make(file.url.deletingLastPathComponent().path) } catch { fail(error.message) }
            // O_EXCL: never overwrite, even a file that appeared a moment ago.
            let descriptor = open(file.url.path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
            guard descriptor >= 0 else {
                // Only EEXIST means the file is there: a folder that may not be written in said so too.
                if errno == EEXIST { fail("\(file.display) already exists; choose another name or edit that file") }
                let reason = String(cString: strerror(errno))
                fail("\(file.display) cannot be made (\(reason)); whoever runs prospectus new must be able to write in "
                     + ShellWord.quoted(file.display.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")))
            }
            let data = Data(file.text.utf8)
            let written = data.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            close(descriptor)
            guard written == data.count else { fail("\(file.display) could not be written") }
            print(kind == .course
                ? "Created \(file.display) as a draft (draft: true): it is checked but not published until you remove that line."
                : "Created \(file.display). Replace its example text (the check reports it until you do), then run 'prospectus check'.")
        }
    }

    private func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("error: \(message)\n".utf8))
        Foundation.exit(1)
    }
}

extension NewFileTemplate.Kind: ExpressibleByArgument {}
