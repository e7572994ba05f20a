import Catalogue
import Foundation

extension OutputWriter {
    /// When the command runs from inside `folder` (a content folder or a theme, which holds
    /// `holds`), the exact command to run from the folder above it instead; nil otherwise.
    func runFromAbove(_ folder: String, holds: String) -> String? {
        OutputWriter.runFromAbove(folder, holds: holds, command: command, arguments: arguments)
    }

    /// `cd .. && prospectus build --content cpd`. With the command's `arguments`, each is given
    /// again (`--edition partners`, flags), the content, theme and history folders as seen from the
    /// folder above; `--output` as typed, so the site lands beside the content, not in it.
    static func runFromAbove(_ folder: String, holds: String, command: String = "build", arguments: [String]? = nil,
                             current: String = FileManager.default.currentDirectoryPath) -> String? {
        let here = URL(fileURLWithPath: current).standardizedFileURL.resolvingSymlinksInPath().path
        guard here == folder || here.hasPrefix(folder + "/") else { return nil }
        let depth = here == folder ? 1 : 1 + here.dropFirst(folder.count + 1).split(separator: "/").count
        let up = Array(repeating: "..", count: depth).joined(separator: "/")
        let name = URL(fileURLWithPath: folder).lastPathComponent
        let (folderOption, defaultName) = holds == "site.yml" ? ("--content", "Content") : ("--theme", "Theme")
        // The working folder seen from the folder above: its last `depth` parts, real folders.
        let hereFromAbove = Array(here.split(separator: "/").suffix(depth).map(String.init))
        // A name starting with '-' would be read as an option: './-C'.
        func folderWord(_ path: String) -> String { path.hasPrefix("-") ? "./" + path : path }
        func rebased(_ value: String) -> String {
            guard !value.hasPrefix("/") else { return value }
            var base = hereFromAbove
            var rest = value.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
            // Only the parts of the working folder are undone by '..': they are real folders.
            while let first = rest.first, first == "." || (first == ".." && !base.isEmpty) {
                if first == ".." { base.removeLast() }
                rest.removeFirst()
            }
            let joined = (base + rest).joined(separator: "/")
            return joined.isEmpty ? "." : folderWord(joined)
        }
        guard let arguments else {
            let option = name == defaultName ? "" : " \(folderOption) \(ShellWord.quoted(folderWord(name)))"
            return "cd \(up) && prospectus \(command)\(option)"
        }
        let rebasedOptions: Set = ["--content", "--theme", "--history"]
        var words = ["prospectus"], namesFolder = false, index = 0
        while index < arguments.count {
            let argument = arguments[index]
            let parts = argument.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            if rebasedOptions.contains(argument), index + 1 < arguments.count {
                words += [argument, ShellWord.quoted(rebased(arguments[index + 1]))]
                namesFolder = namesFolder || argument == folderOption
                index += 2
            } else if parts.count == 2, rebasedOptions.contains(parts[0]) {
                words += [parts[0], ShellWord.quoted(rebased(parts[1]))]
                namesFolder = namesFolder || parts[0] == folderOption
                index += 1
            } else {
                words.append(ShellWord.quoted(argument))
                index += 1
            }
        }
        if !namesFolder, name != defaultName { words += [folderOption, ShellWord.quoted(folderWord(name))] }
        return "cd \(up) && " + words.joined(separator: " ")
    }
}
