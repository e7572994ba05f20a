import Foundation

extension String {
    /// The text without leading and trailing white space (and line breaks when `newlines`), as
    /// Foundation's `trimmingCharacters(in:)` gives it, without the trip through NSString for the
    /// usual case: text that starts and ends with a visible ASCII character is returned as it is.
    func trimmed(newlines: Bool = false) -> String {
        guard let first = utf8.first, let last = utf8.last else { return self }
        func plain(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x7F }
        if plain(first) && plain(last) { return self }
        return trimmingCharacters(in: newlines ? .whitespacesAndNewlines : .whitespaces)
    }
}

extension String {
    /// The text with its percent-encoding undone (`my%20map.png` is `my map.png`), or as it is when
    /// a `%` is not followed by two hex digits. Text without a `%` is returned without Foundation's
    /// trip through NSString: a link check does this for every link of every course.
    var percentDecoded: String {
        utf8.contains(UInt8(ascii: "%")) ? removingPercentEncoding ?? self : self
    }
}
