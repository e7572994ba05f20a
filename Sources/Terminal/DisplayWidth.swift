/// How many terminal cells text takes: East Asian wide and full-width characters and emoji take
/// two, so a caret placed by counting characters after "📅" would sit a cell to the left.
enum DisplayWidth {
    /// The cells `text` takes in a terminal.
    static func cells(_ text: some StringProtocol) -> Int {
        text.reduce(0) { $0 + cells($1) }
    }

    /// The cells one character (grapheme) takes: 2 for wide ones, 1 otherwise.
    static func cells(_ character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        let properties = first.properties
        if properties.isEmojiPresentation { return 2 }
        // A text-style emoji made emoji-style by the variation selector U+FE0F (❤️, ☎️).
        if properties.isEmoji, character.unicodeScalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
        return isWide(first.value) ? 2 : 1
    }

    /// The East Asian Wide and Fullwidth blocks (Unicode UAX #11), as terminals draw them.
    private static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
