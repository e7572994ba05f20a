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

    /// The folders of a relative path (`courses/safeguarding` of `courses/safeguarding/x.md`), by its
    /// bytes, when it is ASCII (each '/' a character of its own) with no empty part ('//', or '/' at
    /// either end); nil otherwise.
    static func folder(of relative: String) -> String? {
        let bytes = relative.utf8
        guard bytes.allSatisfy({ $0 < 0x80 }), bytes.first != UInt8(ascii: "/"), bytes.last != UInt8(ascii: "/"),
              !zip(bytes, bytes.dropFirst()).contains(where: { $0 == UInt8(ascii: "/") && $1 == UInt8(ascii: "/") }) else { return nil }
        guard let slash = bytes.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(relative[..<slash])
    }
}
