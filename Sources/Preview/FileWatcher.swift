import Foundation
import Parallel
#if canImport(Glibc)
import Glibc
#endif

/// Watches folders and everything under them, and reports the paths that changed once the changes
/// have settled for a moment (an editor's save is often several events: write, rename, attributes).
///
/// On Linux it uses inotify (a change is seen at once, at no cost while nothing changes); elsewhere it
/// compares the folders' files every quarter of a second. Names starting with a dot (editors'
/// swap and backup files, `.DS_Store`) are ignored.
final class FileWatcher: Sendable {
    let roots: [URL]
    let settle: Duration
    /// Called with the changed paths and what the changes can have done (``FileChanges``).
    private let onChange: @Sendable ([String], FileChanges) -> Void
    private let stopping = Locked(false)
    #if os(Linux)
    private let wakeup = Locked<(read: Int32, write: Int32)?>(nil)
    #endif

    init(roots: [URL], settle: Duration = .milliseconds(12), onChange: @escaping @Sendable ([String], FileChanges) -> Void) {
        self.roots = roots.map(\.standardizedFileURL)
        self.settle = settle
        self.onChange = onChange
    }

    /// Starts watching on a thread of its own.
    func start() throws {
        #if os(Linux)
        let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { throw PreviewError.watch(String(cString: strerror(errno))) }
        var pipeEnds: [Int32] = [0, 0]
        guard pipe(&pipeEnds) == 0 else {
            close(descriptor)
            throw PreviewError.watch(String(cString: strerror(errno)))
        }
        let (readEnd, writeEnd) = (pipeEnds[0], pipeEnds[1])
        _ = fcntl(readEnd, F_SETFD, FD_CLOEXEC)
        _ = fcntl(writeEnd, F_SETFD, FD_CLOEXEC)
        wakeup.withLock { $0 = (readEnd, writeEnd) }
        // Every folder is watched before start() returns, so a change made right after it is never missed.
        let ready = DispatchSemaphore(value: 0)
        let thread = Thread { [self] in self.inotifyLoop(descriptor, wake: readEnd, ready: ready) }
        thread.name = "prospectus-watcher"
        thread.start()
        ready.wait()
        #else
        let thread = Thread { [self] in self.pollingLoop() }
        thread.name = "prospectus-watcher"
        thread.start()
        #endif
    }

    func stop() {
        stopping.withLock { $0 = true }
        #if os(Linux)
        if let ends = wakeup.withLock({ $0 }) {
            var byte: UInt8 = 1
            _ = write(ends.write, &byte, 1)
        }
        #endif
    }

    private var isStopping: Bool { stopping.withLock { $0 } }

    /// Hidden names, which the content's listing skips too. Not backups such as `first-aid.md~`: the
    /// listing warns of one left in a content folder, so its coming and going is a change.
    static func ignored(_ name: Substring) -> Bool { name.hasPrefix(".") }

    /// Every folder under `root` (itself included), hidden ones left out.
    static func folders(under root: URL) -> [String] {
        var found = [root.path]
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isDirectoryKey]) else { return found }
        for case let url as URL in enumerator {
            if url.lastPathComponent.hasPrefix(".") {
                enumerator.skipDescendants()
                continue
            }
            if (try? url.resourceValues(forKeys: [.isDirectoryKey]))?.isDirectory == true { found.append(url.standardizedFileURL.path) }
        }
        return found
    }

    #if os(Linux)
    private func inotifyLoop(_ descriptor: Int32, wake: Int32, ready: DispatchSemaphore) {
        let mask = UInt32(IN_MODIFY | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB
            | IN_DELETE_SELF | IN_MOVE_SELF)
        var folders: [Int32: String] = [:]
        func watch(_ root: URL) {
            for folder in FileWatcher.folders(under: root) {
                let wd = inotify_add_watch(descriptor, folder, mask)
                if wd >= 0 { folders[wd] = folder }
            }
        }
        roots.forEach(watch)
        ready.signal()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var changed: [String] = []
        var scope = FileChanges.contents

        /// Reads what is waiting; true when anything was read.
        func drain() -> Bool {
            var any = false
            while true {
                let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                guard count > 0 else { break }
                any = true
                var offset = 0
                while offset + 16 <= count {
                    let (wd, eventMask, length) = buffer.withUnsafeBytes { raw in
                        (raw.loadUnaligned(fromByteOffset: offset, as: Int32.self),
                         raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self),
                         Int(raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self)))
                    }
                    let nameBytes = buffer[(offset + 16)..<min(offset + 16 + length, count)].prefix { $0 != 0 }
                    let name = String(decoding: nameBytes, as: UTF8.self)
                    offset += 16 + length
                    let structural = UInt32(IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF | IN_MOVE_SELF
                                            | IN_Q_OVERFLOW | IN_IGNORED | IN_ISDIR)
                    // Events on a watched folder itself (moved, deleted, no longer watched), on a folder
                    // inside one, or events lost: anything may have changed.
                    let folderLevel = UInt32(IN_DELETE_SELF | IN_MOVE_SELF | IN_Q_OVERFLOW | IN_IGNORED | IN_ISDIR)
                    guard let folder = folders[wd] else {
                        scope = .anything
                        continue
                    }
                    if name.isEmpty {
                        scope = .anything
                        changed.append(folder)
                        continue
                    }
                    if FileWatcher.ignored(Substring(name)) { continue }
                    if eventMask & folderLevel != 0 {
                        scope = .anything
                    } else if eventMask & structural != 0, scope == .contents {
                        scope = .files
                    }
                    let path = folder + "/" + name
                    changed.append(path)
                    if eventMask & UInt32(IN_ISDIR) != 0, eventMask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
                        watch(URL(fileURLWithPath: path))
                    }
                }
            }
            return any
        }

        var fds = [pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0), pollfd(fd: wake, events: Int16(POLLIN), revents: 0)]
        let settleMilliseconds = Int32(settle.components.seconds * 1000 + settle.components.attoseconds / 1_000_000_000_000_000)
        while !isStopping {
            let ready = poll(&fds, 2, changed.isEmpty ? -1 : settleMilliseconds)
            if isStopping { break }
            if ready < 0 {
                if errno == EINTR { continue }
                break
            }
            if ready == 0 {
                // Quiet for the settle time: report.
                let paths = changed
                changed = []
                onChange(paths, scope)
                scope = .contents
                continue
            }
            _ = drain()
        }
        close(descriptor)
        close(wake)
        if let ends = wakeup.withLock({ $0 }) { close(ends.write) }
    }
    #else
    private func pollingLoop() {
        func scan() -> [String: Date] {
            var seen: [String: Date] = [:]
            for root in roots {
                guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.contentModificationDateKey]) else { continue }
                for case let url as URL in enumerator where !url.lastPathComponent.hasPrefix(".") {
                    seen[url.path] = (try? url.resourceValues(forKeys: [.contentModificationDateKey]))?.contentModificationDate ?? .distantPast
                }
            }
            return seen
        }
        var last = scan()
        while !isStopping {
            Thread.sleep(forTimeInterval: 0.25)
            let now = scan()
            guard now != last else { continue }
            let changed = Set(now.keys).union(last.keys).filter { now[$0] != last[$0] }.sorted()
            let scope: FileChanges = Set(now.keys) == Set(last.keys) ? .contents : .anything
            last = now
            onChange(changed, scope)
        }
    }
    #endif
}

/// What a batch of changes the watcher reports can have done.
enum FileChanges: Sendable, Equatable {
    /// Only existing files' contents changed: nothing created, deleted, moved or renamed.
    case contents
    /// Files were also created, deleted, moved or renamed, in folders that stay (an editor that saves
    /// by writing a new file and renaming it over the old one, or keeps a backup while it writes).
    /// Whether that changed which files there are is for the content's last listing to say
    /// (`ContentCache.edits(amongReplaced:)`).
    case files
    /// Anything: a folder was made, moved or removed, or events were lost.
    case anything
}
