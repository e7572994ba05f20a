import Catalogue
import Foundation

/// The command line as the system passed it, before Swift decodes it: an argument whose bytes are
/// not UTF-8 (a Latin-1 folder name from an old file share, `$'\xfe/site'`) reaches
/// `CommandLine.arguments` with U+FFFD in place of the bad bytes, so `publish --to` wrote to a new
/// folder named `�/site` rather than the one typed. Such an argument is refused instead.
enum RawArguments {
    /// The arguments after the program's name, as bytes.
    static func current() -> [[UInt8]] {
        (1..<Int(CommandLine.argc)).compactMap { index in
            CommandLine.unsafeArgv[index].map { Array(UnsafeBufferPointer(start: UnsafeRawPointer($0).assumingMemoryBound(to: UInt8.self), count: strlen($0))) }
        }
    }

    /// Why the command line cannot be used, or nil: the first argument that is not UTF-8, shown
    /// with each bad byte as `\xFE` (and control characters named).
    static func problem(_ arguments: [[UInt8]]) -> String? {
        guard let index = arguments.firstIndex(where: { String(validating: $0, as: UTF8.self) == nil }) else { return nil }
        let bad = arguments[index]
        // The option it is the value of, when there is one (`--edition $'partn\xe9rs'`).
        let option = index > 0 ? String(validating: arguments[index - 1], as: UTF8.self).flatMap { $0.hasPrefix("-") ? " given to \($0)" : nil } : nil
        return "the argument '\(ControlCharacters.visible(shown(bad)))'\(option ?? "") is not UTF-8 text (each \\xNN is a byte that is not): type it "
            + "again; if it names a file or folder, that cannot be found or made under its name: rename it to a UTF-8 name (for "
            + "example with convmv -f latin1 -t utf8 --notest NAME), or give another path"
    }

    /// `bytes` as text, each byte that is not part of a UTF-8 character written `\xFE`.
    static func shown(_ bytes: [UInt8]) -> String {
        var text = "", index = 0
        while index < bytes.count {
            let decoded = (1...4).lazy.filter { index + $0 <= bytes.count }
                .compactMap { length in String(validating: bytes[index..<index + length], as: UTF8.self).map { ($0, length) } }.first
            if let (character, length) = decoded {
                text += character
                index += length
            } else {
                text += "\\x" + String(bytes[index], radix: 16, uppercase: true).leftPadded(to: 2)
                index += 1
            }
        }
        return text
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
