import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where the pictures and documents a Markdown file names are looked for, and how they are read.
///
/// A path is read from the Markdown file's own folder (`map.png` beside the course,
/// `../files/map.png`), except one starting `files/`, which is always the content's shared folder
/// (`Content/files/`). Nothing outside the content folder is read, and no symbolic link is followed:
/// every folder on the way and the file are opened with `O_NOFOLLOW`, and only a regular file is read.
public struct MediaFolder: Sendable {
    /// The shared folder of the content for files used by many pages: `Content/files/`.
    public static let shared = "files"

    /// The content folder.
    public var root: URL
    /// The Markdown file's folder inside the content folder: `courses/safeguarding`, or "" for index.md.
    public var folder: String
    /// How the content folder is named in messages (`Content`).
    public var displayRoot: String
    /// How many folders down the file's page is published (0 for the home page, 1 for the others).
    public var pageDepth: Int
    /// The largest picture and document read (site.yml's `files:`).
    public var limits = FileLimits.standard

    public init(root: URL, folder: String, displayRoot: String, pageDepth: Int, limits: FileLimits = .standard) {
        self.root = root
        self.folder = folder
        self.displayRoot = displayRoot
        self.pageDepth = pageDepth
        self.limits = limits
    }

    /// Why a file could not be used.
    enum Problem: Error, Equatable {
        case absolute
        case outside
        case missing(folder: String, name: String)
        case link(String)
        case notAFile(String)
        case tooLarge(Int)
        case unreadable(String)
    }

    /// The path inside the content folder `destination` (its `?query` and `#fragment` left out, its
    /// percent-encoding undone) leads to.
    func resolve(_ destination: String) -> Result<String, Problem> {
        let written = String(destination.prefix { $0 != "#" && $0 != "?" })
        let path = written.percentDecoded
        if path.hasPrefix("/") || path.hasPrefix("~") || path.contains("\\") || path.first.map({ _ in path.dropFirst().hasPrefix(":") }) == true {
            return .failure(.absolute)
        }
        var parts = path.hasPrefix(Self.shared + "/") ? [] : folder.split(separator: "/").map(String.init)
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return .failure(.outside) }
                parts.removeLast()
            default: parts.append(String(part))
            }
        }
        guard !parts.isEmpty else { return .failure(.outside) }
        return .success(parts.joined(separator: "/"))
    }

    /// The bytes of `path` (inside the content folder), at most `limit` of them.
    func read(_ path: String, limit: Int) -> Result<Data, Problem> {
        var names = path.split(separator: "/").map(String.init)
        let name = names.removeLast()
        var current = open(root.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard current >= 0 else { return .failure(.unreadable(String(cString: strerror(errno)))) }
        defer { close(current) }
        var walked: [String] = []
        for component in names {
            let next = openat(current, component, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            if next < 0 { return .failure(refusal(current, component, errno, walked: walked)) }
            close(current)
            current = next
            walked.append(component)
        }
        let file = openat(current, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        if file < 0 { return .failure(refusal(current, name, errno, walked: walked)) }
        defer { close(file) }
        var info = stat()
        guard fstat(file, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return .failure(.notAFile(path)) }
        guard Int(info.st_size) <= limit else { return .failure(.tooLarge(Int(info.st_size))) }
        var data = Data(count: Int(info.st_size))
        var offset = 0
        let failed: Bool = data.withUnsafeMutableBytes { buffer in
            while offset < buffer.count {
                let got = Glibc.read(file, buffer.baseAddress! + offset, buffer.count - offset)
                if got < 0, errno == EINTR { continue }
                if got < 0 { return true }
                if got == 0 { break }
                offset += got
            }
            return false
        }
        if failed { return .failure(.unreadable(String(cString: strerror(errno)))) }
        return .success(data.prefix(offset))
    }

    /// What a failed open of `name` in the folder `walked` means: a link, not a folder, or missing.
    private func refusal(_ folder: Int32, _ name: String, _ error: Int32, walked: [String]) -> Problem {
        var info = stat()
        let here = (walked + [name]).joined(separator: "/")
        if fstatat(folder, name, &info, AT_SYMLINK_NOFOLLOW) == 0 {
            return (info.st_mode & S_IFMT) == S_IFLNK ? .link(here) : .notAFile(here)
        }
        return error == ENOENT ? .missing(folder: walked.joined(separator: "/"), name: name) : .unreadable(String(cString: strerror(error)))
    }

    /// Whether `path` (inside the content folder) is a regular file, not following a link.
    func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        return lstat(root.appendingPathComponent(path).path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }

    /// The names of the files in `folder` (inside the content folder), for "did you mean".
    func names(in folder: String) -> [String] {
        let url = folder.isEmpty ? root : root.appendingPathComponent(folder)
        return ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    /// `folder` as the editor sees it: `Content/courses/safeguarding/`.
    func display(_ folder: String) -> String {
        let parts = [displayRoot == "." ? "" : displayRoot, folder].filter { !$0.isEmpty }
        return parts.joined(separator: "/") + "/"
    }

    /// The published name: `files/<name>.<hash>.<ext>`, the name made web-safe, the hash of the bytes.
    static func publishedPath(of path: String, format: MediaFormat, data: Data) -> String {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        let stem = file.lastIndex(of: ".").map { String(file[..<$0]) } ?? file
        let slug = stem.unicodeScalars.contains(where: { $0.isASCII && CharacterSet.alphanumerics.contains($0) }) ? Slug.make(from: stem) : "file"
        return "\(shared)/\(slug).\(ContentHash.hex(data)).\(format.publishedExtension)"
    }
}
