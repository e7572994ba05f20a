import Catalogue
import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension OutputWriter {
    /// What the output is refused for, next to a folder the command reads (`protected`: the content
    /// and theme of a build or report, the built site `publish` copies), or nil. `path` is the
    /// output with every link followed; the folders are compared on disk too (`PhysicalFolder`).
    func protectedProblem(_ path: String) -> String? {
        let reads = option == "--to" ? "publish" : "make"
        let outputFolder = PhysicalFolder.identity(output.path)
        for folder in protected {
            let protectedPath = OutputWriter.realPath(folder)
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

    /// Why the history of changes may not be kept at `path` (links followed), or nil: inside a
    /// folder Prospectus writes (replaced whole by the next build or publish there, and copied onto
    /// the web server), or inside a theme (whose files the site copies: the staff history, every
    /// course and venue, would be published, to partner schools too) or the content's files/ folder.
    static func historyPlaceProblem(_ path: String) -> String? {
        if let enclosing = OutputMarker.enclosing(path, includingItself: true) {
            return "refusing to keep the history of changes in '\(path)': it is inside '\(enclosing)', a folder Prospectus writes a site or "
                + "a report into, which the next build or publish there replaces whole (and publish copies onto the web server); keep "
                + "the history outside every output: give --history a folder outside it, e.g. --history /srv/cpd/history"
        }
        if let theme = WorkingFolder.nearest(holding: "templates/layout.mustache", from: path, includingItself: true) {
            return "refusing to keep the history of changes in '\(path)': it is inside the theme '\(theme.path)', whose files every "
                + "build copies into the site, so the history would be published; keep it outside the theme (leave out --history to "
                + "keep it in the content's history/ folder)"
        }
        if let content = WorkingFolder.nearest(holding: "site.yml", from: path, includingItself: true) {
            let files = content.appendingPathComponent(MediaFolder.shared).path
            if path == files || path.hasPrefix(files + "/") {
                return "refusing to keep the history of changes in '\(path)': it is inside the content's \(MediaFolder.shared)/ folder, whose "
                    + "files are published; leave out --history to keep it in the content's history/ folder"
            }
        }
        return nil
    }
}
