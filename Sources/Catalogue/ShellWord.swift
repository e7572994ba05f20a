/// A path as one word a shell reads back unchanged, for advice meant to be pasted
/// (`--history '/srv/cpd/Staff notes'`): plain when it holds only letters, digits and a few safe
/// marks, otherwise in single quotes (a quote inside written `'\''`). A path holding a control
/// character (which a terminal must not be sent, and messages show as `U+0001`) is written in
/// bash's `$'…'` form instead, the character as `\x01`, so pasting it still names that path.
package enum ShellWord {
    package static func quoted(_ path: String) -> String {
        let scalars = path.unicodeScalars
        if scalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) {
            var word = "$'"
            for scalar in scalars {
                switch scalar {
                case "'": word += "\\'"
                case "\\": word += "\\\\"
                case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                    word += "\\x" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16)
                case _ where (0x80...0x9F).contains(scalar.value):
                    word += "\\u00" + String(scalar.value, radix: 16)
                default: word.unicodeScalars.append(scalar)
                }
            }
            return word + "'"
        }
        let plain = !path.isEmpty && scalars.allSatisfy {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "/._-+,:=@%".unicodeScalars.contains($0))
        }
        return plain ? path : "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
