import Foundation
import Site

/// How a command that wrote nothing says so about the folder it was to write: "Output/ is
/// unchanged" only when there is such a folder (a first build or publish that fails made none),
/// naming what it holds ("the report in Report/": a build refused over the report said "the site").
enum Unchanged {
    /// The end of `build`'s and `report`'s messages when nothing was written to `shown` (at `path`).
    static func site(_ shown: String, at path: String) -> String {
        said(shown, at: path, slash: true, missing: "no \(shown)/ was made")
    }

    /// The end of `publish`'s messages when nothing was written to `shown` (as typed).
    static func folder(_ shown: String, at path: String) -> String {
        said(shown, at: path, slash: false, missing: "nothing was made at \(shown)")
    }

    private static func said(_ shown: String, at path: String, slash: Bool, missing: String) -> String {
        var info = stat()
        guard lstat(path, &info) == 0 else { return missing }
        // A folder is shown with a slash (as the success message shows it), a file without.
        let name = slash && info.st_mode & S_IFMT == S_IFDIR ? shown + "/" : shown
        return (OutputWriter.holding(URL(fileURLWithPath: path)).map { "the \($0) in \(name)" } ?? name) + " is unchanged"
    }
}
