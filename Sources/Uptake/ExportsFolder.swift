import Catalogue
import Foundation

/// The folder of form downloads (`report.exports`) and the `.csv` and `.xlsx` files in its
/// `bookings/` and `evaluations/` folders, with the paths messages show for them.
struct ExportsFolder {
    /// The folder itself.
    let url: URL
    /// How messages name it: relative to the folder `prospectus` was run in, as the content is.
    let display: String

    init(_ exports: String, contentFolder: URL, contentDisplay: String) {
        // Found by the system from the folder the content really is in: not as a URL relative to
        // a content folder named by a link (`--content clink`), which took '../x' from the folder
        // above the link, nor through Foundation's standardising (see `WorkingFolder.resolve`).
        url = WorkingFolder.resolve(exports, from: contentFolder)
        if !exports.hasPrefix("/"), WorkingFolder.resolve(".", from: contentFolder).path != contentFolder.standardizedFileURL.path {
            // The content folder is named by a link: '..' climbed from where it leads, so messages
            // and the report name that place (relative to the working folder when inside it), not
            // a path beside the link that does not exist.
            let cwd = FileManager.default.currentDirectoryPath
            display = url.path.hasPrefix(cwd + "/") ? String(url.path.dropFirst(cwd.count + 1)) : url.path
        } else {
            display = exports.hasPrefix("/") ? ExportsFolder.normalised(exports) : ExportsFolder.normalised(contentDisplay + "/" + exports)
        }
    }

    /// True when the folder exists (a folder, not a file).
    var exists: Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) && isFolder.boolValue
    }

    /// The marker file a Prospectus output folder holds (`OutputMarker`, which `OutputWriter` in
    /// Site uses too; a test keeps the two equal).
    static let outputMarker = OutputMarker.name

    /// The Prospectus output (a site of either edition, or a report) the folder is inside, or nil:
    /// any folder above it, or itself, that holds the output marker. `publish` copies such a folder.
    var enclosingOutput: URL? {
        OutputMarker.enclosing(url.resolvingSymlinksInPath().path, includingItself: true).map { URL(fileURLWithPath: $0) }
    }

    /// True when neither `bookings/` nor `evaluations/` is in the folder (a folder named by mistake).
    var hasNoKindFolder: Bool {
        [ExportFileSummary.Kind.bookings, .evaluations].allSatisfy { kind in
            var isFolder: ObjCBool = false
            return !(FileManager.default.fileExists(atPath: url.appendingPathComponent(kind.rawValue).path, isDirectory: &isFolder) && isFolder.boolValue)
        }
    }

    /// True when the folder is `other` or inside it, links followed.
    func isInside(_ other: URL) -> Bool {
        let path = url.resolvingSymlinksInPath().standardizedFileURL.path
        let outer = other.standardizedFileURL.resolvingSymlinksInPath().standardizedFileURL.path
        return path == outer || path.hasPrefix(outer.hasSuffix("/") ? outer : outer + "/")
    }

    /// The downloads of one kind, in path order: `.csv` and `.xlsx` files, not hidden ones
    /// (`.~lock…`, `._…`) nor the lock files Office leaves beside an open workbook (`~$…`).
    func files(_ kind: ExportFileSummary.Kind) -> [(url: URL, display: String)] {
        let folder = url.appendingPathComponent(kind.rawValue, isDirectory: true)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter(ExportsFolder.isDownload).sorted().compactMap { name in
            let file = folder.appendingPathComponent(name)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: file.path, isDirectory: &isFolder), !isFolder.boolValue else { return nil }
            // Control characters in a file name would reach the terminal raw (a forged line, colours).
            let shown = String(String.UnicodeScalarView(name.unicodeScalars.map { $0.properties.generalCategory == .control ? "?" : $0 }))
            return (file, display + "/" + kind.rawValue + "/" + shown)
        }
    }

    static func isDownload(_ name: String) -> Bool {
        guard !name.hasPrefix("."), !name.hasPrefix("~$") else { return false }
        let ending = (name as NSString).pathExtension.lowercased()
        return ending == "csv" || ending == "xlsx"
    }

    /// `Content/../Exports` as `Exports`; leading `..` are kept, `.` and empty parts dropped.
    static func normalised(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..": if let last = parts.last, last != ".." { parts.removeLast() } else if !path.hasPrefix("/") { parts.append(part) }
            default: parts.append(part)
            }
        }
        let joined = parts.joined(separator: "/")
        return path.hasPrefix("/") ? "/" + joined : (joined.isEmpty ? "." : joined)
    }
}
