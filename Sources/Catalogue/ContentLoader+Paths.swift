/// The paths of listed files cut by their bytes, where that gives what cutting their characters does.
extension ContentLoader {
    /// `path` after `prefix`, by their bytes, when it starts with them and an ASCII byte follows (a
    /// new character then starts there, as the character-wise cut finds); nil otherwise.
    static func after(_ prefix: String, in path: String) -> String? {
        let bytes = path.utf8, start = prefix.utf8
        guard bytes.count > start.count, bytes.starts(with: start) else { return nil }
        let rest = bytes.dropFirst(start.count)
        guard let first = rest.first, first < 0x80 else { return nil }
        return String(path[rest.startIndex...])
    }

    /// The last part of a path (`x.md` of `/content/courses/x.md`), by its bytes (what
    /// `URL.lastPathComponent` gives without parsing a URL again); nil when there is no '/' or
    /// nothing after the last one.
    package static func lastPart(of path: String) -> String? {
        let bytes = path.utf8
        guard let slash = bytes.lastIndex(of: UInt8(ascii: "/")) else { return nil }
        let rest = bytes[bytes.index(after: slash)...]
        return rest.isEmpty ? nil : String(decoding: rest, as: UTF8.self)
    }

    /// The folders of a relative path (`courses/safeguarding` of `courses/safeguarding/x.md`), by its
    /// bytes, when it is ASCII (each '/' a character of its own) with no empty part ('//', or '/' at
    /// either end); nil otherwise.
    static func folder(of relative: String) -> String? {
        var relative = relative
        // Over the contiguous bytes: through `String.UTF8View`'s indices this cost microseconds a path.
        return relative.withUTF8 { bytes -> String? in
            guard let first = bytes.first, let last = bytes.last,
                  first != UInt8(ascii: "/"), last != UInt8(ascii: "/") else { return bytes.isEmpty ? "" : nil }
            var slash: Int?
            var previous: UInt8 = 0
            for (index, byte) in bytes.enumerated() {
                if byte >= 0x80 || (byte == UInt8(ascii: "/") && previous == UInt8(ascii: "/")) { return nil }
                if byte == UInt8(ascii: "/") { slash = index }
                previous = byte
            }
            guard let slash else { return "" }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[..<slash]), as: UTF8.self)
        }
    }
}
