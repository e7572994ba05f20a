import Yams

/// Where in the file a setting's first control character was written: the character itself, pasted
/// in, or a double-quoted escape such as `\u001f`, `\x1F`, `\0` or `\e` that YAML turns into one.
struct ControlCharacterPlace {
    /// 1-based line in the file and column counted in Unicode scalars, as `SourceFile.location` takes them.
    let line: Int
    let column: Int
    /// The escape as written (`\u001f`), or nil when the character itself is in the file.
    let escape: String?

    /// Escapes of double-quoted YAML that stand for a control character, by the letter after `\`.
    private static let letterEscapes: Set<Character> = ["0", "a", "b", "v", "f", "r", "e", "N"]
    /// Escapes followed by this many hexadecimal digits.
    private static let hexEscapes: [Character: Int] = ["x": 2, "u": 4, "U": 8]

    /// Looks forward from `mark` (the value's start) for the first control character or escape of
    /// one, reading no further than `limit` characters so that a value whose character cannot be
    /// found does not make each search read the rest of a long file.
    static func find(in file: SourceFile, from mark: Mark?, lineOffset: Int, quoted: Bool, limit: Int = 100_000) -> ControlCharacterPlace? {
        guard let mark else { return nil }
        var lineNumber = mark.line + lineOffset
        var startColumn = mark.column
        var budget = limit
        while budget > 0, let text = file.line(lineNumber) {
            let characters = Array(text.unicodeScalars)
            var index = max(0, startColumn - 1)
            while index < characters.count, budget > 0 {
                budget -= 1
                let scalar = characters[index]
                if ControlCharacters.isForbidden(scalar) {
                    return ControlCharacterPlace(line: lineNumber, column: index + 1, escape: nil)
                }
                if quoted, scalar == "\\", index + 1 < characters.count {
                    let letter = Character(characters[index + 1])
                    if letterEscapes.contains(letter) {
                        return ControlCharacterPlace(line: lineNumber, column: index + 1, escape: "\\" + String(letter))
                    }
                    if let digits = hexEscapes[letter], index + 1 + digits < characters.count {
                        let hex = String(String.UnicodeScalarView(characters[(index + 2)...(index + 1 + digits)]))
                        if let value = UInt32(hex, radix: 16), let escaped = Unicode.Scalar(value), ControlCharacters.isForbidden(escaped) {
                            return ControlCharacterPlace(line: lineNumber, column: index + 1, escape: "\\" + String(letter) + hex)
                        }
                    }
                    index += 2  // `\\` and `\"` are not the start of another escape
                    continue
                }
                index += 1
            }
            lineNumber += 1
            startColumn = 1
        }
        return nil
    }
}
