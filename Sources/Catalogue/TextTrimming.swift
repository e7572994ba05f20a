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
