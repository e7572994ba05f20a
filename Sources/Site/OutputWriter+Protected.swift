import Foundation

extension OutputWriter {
    /// What the output is refused for, next to a folder the command reads (`protected`: the content
    /// and theme of a build or report, the built site `publish` copies), or nil. `path` is the
    /// output with every link followed; the folders are compared on disk too (`PhysicalFolder`).
    func protectedProblem(_ path: String) -> String? {
        let reads = option == "--to" ? "publish" : "make"
        for folder in protected {
            let protectedPath = OutputWriter.realPath(folder)
            let outputFolder = PhysicalFolder.identity(output.path)
            if path == protectedPath || (outputFolder != nil && outputFolder == PhysicalFolder.identity(folder.path)) {
                return "refusing to write the \(made) to '\(output.path)': that is the \(folder.lastPathComponent) folder, which is read to "
                    + "\(reads) the \(made); choose another folder, e.g. \(option) /srv/cpd/\(made)"
            }
            if protectedPath.hasPrefix(path + "/") || PhysicalFolder.isAtOrAbove(output.path, folder.path) {
                return "refusing to write the \(made) to '\(output.path)': it contains \(folder.lastPathComponent)/, which is read to "
                    + "\(reads) the \(made); choose a folder beside it instead"
            }
            if path.hasPrefix(protectedPath + "/") || PhysicalFolder.isAtOrAbove(folder.path, output.path) {
                let name = URL(fileURLWithPath: protectedPath).lastPathComponent
                let holds = FileManager.default.fileExists(atPath: protectedPath + "/site.yml") ? "site.yml" : "templates/layout.mustache"
                let fromAbove = option == "--output" ? runFromAbove(protectedPath, holds: holds) : nil
                return "refusing to write the \(made) inside \(name)/ ('\(output.path)'): \(name)/ is read to \(reads) the \(made) "
                    + "and must not hold it; "
                    + (fromAbove.map { "you are running it from inside \(name)/: run it from the folder above instead: \($0)" }
                        ?? "choose a folder outside \(name)/")
            }
        }
        return nil
    }
}
