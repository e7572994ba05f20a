/// The file that marks a folder Prospectus writes (a site of either edition, or a report), which
/// the next build, report or publish there replaces whole: nothing else may be kept inside one.
package enum OutputMarker {
    package static let name = ".prospectus-output"

    /// The nearest folder above `path` (or `path` itself, with `includingItself`; a path with its
    /// links followed) that holds the marker, or nil when there is none.
    package static func enclosing(_ path: String, includingItself: Bool = false) -> String? {
        WorkingFolder.nearest(holding: name, from: path, includingItself: includingItself)?.path
    }
}
