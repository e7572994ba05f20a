import Catalogue
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The files of a site `prospectus build` made, read for `publish`: every regular file under the
/// folder but the marker, by relative path, sorted.
///
/// A build writes only folders and regular files, so anything else found there was put there by
/// something else, and is refused rather than published: a link (`courses/x.html` → `/etc/passwd`)
/// would otherwise copy what it points to onto the web server. Nothing is read through a link,
/// whether the folder itself, a folder in it or a file (`NoFollowFile`).
public enum BuiltSiteFiles {
    /// Why `folder` (named `shown` in messages, as the user typed it) cannot be published from, or
    /// nil: it must be a real folder, not a link, holding the marker of a build.
    public static func problem(_ folder: URL, shown: String) -> String? {
        if let target = OutputWriter.linkTarget(folder) {
            let real = OutputWriter.realPath(folder)
            var isFolder: ObjCBool = false
            let instead = FileManager.default.fileExists(atPath: real, isDirectory: &isFolder) && isFolder.boolValue
                ? "give the real folder instead: --output \(ShellWord.quoted(real))" : "give the folder the site was built into with --output"
            return "refusing to publish from '\(shown)': it is a symbolic link (to '\(target)'), and nothing is read "
                + "through a link; " + instead
        }
        var isFolder: ObjCBool = false
        if !FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) {
            let maker = folder.lastPathComponent.hasSuffix("-partners") ? "'prospectus build --edition partners'" : "'prospectus build'"
            return "there is no folder '\(shown)' to publish from: \(maker) makes it (and 'prospectus report' the report); "
                + "run it first, or give the folder the site was built into with --output"
        }
        if !isFolder.boolValue {
            return "'\(shown)' is a file, not a site built by Prospectus; give the folder the site was built into with --output"
        }
        guard (try? NoFollowFile.contents(of: OutputWriter.markerName, in: folder)) ?? nil != nil else {
            return "\(shown) is not a site built by Prospectus (it has no \(OutputWriter.markerName) file); run 'prospectus build' first"
        }
        return nil
    }

    /// Reads the site in `folder`, named `shown` in messages. Throws `OutputError` when the folder
    /// cannot be published from (`problem`) or holds anything but folders and regular files.
    public static func read(from folder: URL, shown: String) throws -> [OutputFile] {
        if let problem = problem(folder, shown: shown) { throw OutputError(message: problem) }
        var files: [OutputFile] = []
        var folders = [""]
        while let relativeFolder = folders.popLast() {
            let path = relativeFolder.isEmpty ? folder.path : folder.path + "/" + relativeFolder
            let names = try FileManager.default.contentsOfDirectory(atPath: path)
            for name in names {
                let relative = relativeFolder.isEmpty ? name : relativeFolder + "/" + name
                if relative == OutputWriter.markerName { continue }
                var info = stat()
                guard lstat(path + "/" + name, &info) == 0 else {
                    throw OutputError(message: "cannot read \(shown)/\(relative): \(String(cString: strerror(errno)))")
                }
                switch info.st_mode & S_IFMT {
                case S_IFDIR:
                    folders.append(relative)
                case S_IFREG:
                    guard let data = try NoFollowFile.contents(of: relative, in: folder) else {
                        throw OutputError(message: "\(shown)/\(relative) disappeared while it was read; is a build running into \(shown)?")
                    }
                    files.append(OutputFile(path: relative, data: data))
                case S_IFLNK:
                    let target = SymbolicLink.target(path + "/" + name) ?? "?"
                    throw OutputError(message: "refusing to publish '\(shown)': \(relative) in it is a symbolic link (to '\(target)'), "
                                      + "which 'prospectus build' never makes, and what it points to is not published; "
                                      + "run 'prospectus build' again for a clean \(shown)/, then publish")
                default:
                    throw OutputError(message: "refusing to publish '\(shown)': \(relative) in it is not a regular file, "
                                      + "which 'prospectus build' never makes; run 'prospectus build' again for a clean \(shown)/, then publish")
                }
            }
        }
        return files.sorted { $0.path < $1.path }
    }
}
