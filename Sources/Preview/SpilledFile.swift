#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Site

/// A served file's bytes moved out of memory into a temporary file that has no name: it is unlinked
/// as soon as it is made, so it is gone from the disk when the last download of it ends (or the
/// server stops, however it stops), and nothing else can open it.
///
/// The preview keeps large exports (a 20,000-course catalogue.json is 170 MB) this way. A download
/// that is still being sent, or stalls, when a rebuild replaces the site then holds an open file,
/// not the generation's text: however many downloads of however many generations are in flight,
/// the server's memory holds only the current generation (`ServedSite`).
final class SpilledFile: Sendable {
    /// Open for reading and writing; read with `pread`, which any number of downloads may share.
    private let descriptor: Int32
    let byteCount: Int

    private init(descriptor: Int32, byteCount: Int) {
        self.descriptor = descriptor
        self.byteCount = byteCount
    }

    deinit { close(descriptor) }

    /// Writes `file` to a new unnamed file in `directory`. Nil when the file cannot be made or written
    /// (no such folder, a full disk): the caller keeps the bytes in memory instead.
    static func spill(_ file: OutputFile, in directory: String) -> SpilledFile? {
        var template = Array((directory + "/prospectus-serve-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { return nil }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        guard OutputWriter.write(file, to: descriptor) == nil else {
            close(descriptor)
            return nil
        }
        return SpilledFile(descriptor: descriptor, byteCount: file.byteCount)
    }

    /// Up to `count` bytes from `offset` (fewer at the end), or nil past the end or when the file
    /// cannot be read.
    func read(at offset: Int, count: Int) -> [UInt8]? {
        let wanted = min(count, byteCount - offset)
        guard wanted > 0 else { return nil }
        let bytes = [UInt8](unsafeUninitializedCapacity: wanted) { buffer, initialized in
            initialized = 0
            while initialized < wanted {
                let got = pread(descriptor, buffer.baseAddress! + initialized, wanted - initialized, off_t(offset + initialized))
                if got < 0, errno == EINTR { continue }
                guard got > 0 else { break }
                initialized += got
            }
        }
        return bytes.isEmpty ? nil : bytes
    }

    /// Every byte, read back (for tests and small callers).
    var data: Data {
        var data = Data(capacity: byteCount)
        var offset = 0
        while let bytes = read(at: offset, count: 1 << 20) {
            data.append(contentsOf: bytes)
            offset += bytes.count
        }
        return data
    }
}
