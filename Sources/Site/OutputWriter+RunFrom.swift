import Catalogue
import Foundation

extension OutputWriter {
    /// When the command runs from inside `folder` (a content folder or a theme, which holds
    /// `holds`), the exact command to run from the folder above it instead; nil otherwise.
    /// `cd .. && prospectus build --content cpd`.
    static func runFromAbove(_ folder: String, holds: String, command: String = "build",
                             current: String = FileManager.default.currentDirectoryPath) -> String? {
        let here = URL(fileURLWithPath: current).standardizedFileURL.resolvingSymlinksInPath().path
        guard here == folder || here.hasPrefix(folder + "/") else { return nil }
        let depth = here == folder ? 1 : 1 + here.dropFirst(folder.count + 1).split(separator: "/").count
        let up = Array(repeating: "..", count: depth).joined(separator: "/")
        let name = URL(fileURLWithPath: folder).lastPathComponent
        let option = holds == "site.yml"
            ? (name == "Content" ? "" : " --content \(ShellWord.quoted(name))")
            : (name == "Theme" ? "" : " --theme \(ShellWord.quoted(name))")
        return "cd \(up) && prospectus \(command)\(option)"
    }
}
