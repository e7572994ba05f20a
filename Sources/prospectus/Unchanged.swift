import Foundation
import Site

/// How a command that wrote nothing says so about the folder it was to write: "Output/ is
/// unchanged" only when there is such a folder; a first build or publish that fails made none.
enum Unchanged {
    /// `existing` when a folder (or anything) is at `path`, else `missing`.
    static func said(at path: String, existing: String, missing: String) -> String {
        var info = stat()
        return lstat(path, &info) == 0 ? existing : missing
    }

    /// The end of `build`'s message when nothing was published into `shown` (at `path`): what it
    /// holds is named (a build refused over the report said "the site in Report/").
    static func site(_ shown: String, at path: String) -> String {
        let held = OutputWriter.holding(URL(fileURLWithPath: path)).map { "the \($0) in \(shown)/" } ?? "\(shown)/"
        return said(at: path, existing: "\(held) is unchanged", missing: "no \(shown)/ was made")
    }

    /// The end of `publish`'s and `report`'s messages when nothing was written to `shown`.
    static func folder(_ shown: String, at path: String) -> String {
        said(at: path, existing: "\(shown) is unchanged", missing: "nothing was made at \(shown)")
    }
}
