import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads a file of a published site without following a symbolic link at any step.
///
/// Anyone who can write into a published site can plant a link in it (`changes.json` → a file
/// elsewhere, `courses/x.html` → `/etc/passwd`); a build or a publish must never read, compare or
/// copy what such a link points to. The folder itself, every folder on the way and the file are
/// opened with `O_NOFOLLOW`, one step at a time, and only a regular file is read (a FIFO, device or
/// socket is refused without waiting on it).
public enum NoFollowFile {
    /// The bytes of `relativePath` (ordinary names separated by `/`) inside `folder`, or nil when
    /// there is no such file. Throws `OutputError` saying why when the folder, a folder on the way
    /// or the file is a symbolic link, or the file is not a regular file.
    public static func contents(of relativePath: String, in folder: URL) throws -> Data? {
        switch read(relativePath, in: folder) {
        case .success(let data): return data
        case .failure(.missing): return nil
        case .failure(let refusal): throw OutputError(message: refusal.message)
        }
    }

    /// The bytes of `relativePath` inside `folder`: nil when missing, or why it was not read.
    static func read(_ relativePath: String, in folder: URL) -> Result<Data?, Refusal> {
        let opened: Opened
        switch open(relativePath, in: folder.path) {
        case .success(let file): opened = file
        case .failure(.missing): return .success(nil)
        case .failure(let refusal): return .failure(refusal)
        }
        defer { opened.close() }
        var data = Data(count: opened.size)
        var offset = 0
        let failure: Int32? = data.withUnsafeMutableBytes { buffer in
            while offset < buffer.count {
                let got = Glibc.read(opened.file, buffer.baseAddress! + offset, buffer.count - offset)
                if got < 0, errno == EINTR { continue }
                if got < 0 { return errno }
                if got == 0 { break }
                offset += got
            }
            return nil
        }
        if let failure { return .failure(.failed(folder.path + "/" + relativePath, failure)) }
        return .success(data.prefix(offset))
    }

    /// Like `contents(of:in:)`, for a reader that treats a refused file like a missing one (the
    /// change history starts afresh rather than read through a link): nil when missing or refused.
    public static func contentsIfSafe(of relativePath: String, in folder: URL) -> Data? {
        (try? contents(of: relativePath, in: folder)) ?? nil
    }

    /// An open regular file, with the open folder that holds it (for `linkat`).
    struct Opened {
        let folder: Int32
        let file: Int32
        let name: String
        let info: stat
        var size: Int { Int(info.st_size) }

        func close() {
            Glibc.close(file)
            Glibc.close(folder)
        }
    }

    /// Why a file was not opened.
    enum Refusal: Error {
        case missing
        case link(String)
        case notRegular(String)
        case failed(String, Int32)

        var message: String {
            switch self {
            case .missing: "no such file"
            case .link(let path):
                "refusing to read '\(path)': it is a symbolic link, and Prospectus never reads the published site through a link"
            case .notRegular(let path): "refusing to read '\(path)': it is not a regular file"
            case .failed(let path, let error): "cannot read '\(path)': \(String(cString: strerror(error)))"
            }
        }
    }

    /// Opens `relativePath` inside `folder` one component at a time, never following a link.
    static func open(_ relativePath: String, in folder: String) -> Result<Opened, Refusal> {
        guard OutputWriter.isSafeRelativePath(relativePath) else { return .failure(.notRegular(folder + "/" + relativePath)) }
        var names = relativePath.split(separator: "/").map(String.init)
        let name = names.removeLast()
        var current = Glibc.open(folder, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        if current < 0 { return .failure(refusal(AT_FDCWD, folder, shown: folder, errno)) }
        var shown = folder
        for component in names {
            let next = openat(current, component, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            if next < 0 {
                let refused = refusal(current, component, shown: shown + "/" + component, errno)
                Glibc.close(current)
                return .failure(refused)
            }
            Glibc.close(current)
            current = next
            shown += "/" + component
        }
        shown += "/" + name
        let file = openat(current, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        if file < 0 {
            let refused = refusal(current, name, shown: shown, errno)
            Glibc.close(current)
            return .failure(refused)
        }
        var info = stat()
        guard fstat(file, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            Glibc.close(file)
            Glibc.close(current)
            return .failure(.notRegular(shown))
        }
        return .success(Opened(folder: current, file: file, name: name, info: info))
    }

    /// What a failed `openat(folder, name, O_NOFOLLOW…)` means: a link, something else, or missing.
    private static func refusal(_ folder: Int32, _ name: String, shown: String, _ error: Int32) -> Refusal {
        var info = stat()
        if fstatat(folder, name, &info, AT_SYMLINK_NOFOLLOW) == 0, (info.st_mode & S_IFMT) == S_IFLNK { return .link(shown) }
        switch error {
        case ENOENT: return .missing
        case ENOTDIR, ELOOP: return .notRegular(shown)
        default: return .failed(shown, error)
        }
    }
}
