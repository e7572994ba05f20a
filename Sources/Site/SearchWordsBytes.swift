import Foundation

/// A course's words as they are cut from its fields (`SearchWords.tokens`), in one run of bytes:
/// the index cuts some two million words at 20,000 courses, and a string and a dictionary entry for
/// each was most of its cost.
struct TokenList {
    /// The words' bytes, one after another.
    private(set) var arena: [UInt8] = []
    /// Each word cut, in the order cut.
    private(set) var tokens: [Token] = []

    /// A word cut: where its bytes are, the field it is in, and its sort key.
    struct Token {
        /// The word's first eight bytes, big-endian, zeros after a shorter word (a word has no zero
        /// byte): words compare as their keys do, unless both keys are equal and the words longer.
        let key: UInt64
        let start: Int32
        let count: Int32
        let field: UInt8

        var range: Range<Int> { Int(start)..<Int(start + count) }
    }

    /// Cuts `text`, the text of field `field`, into words.
    ///
    /// ASCII text is cut byte by byte. Text with other characters is cut a stretch at a time: between
    /// two ASCII characters other than letters and digits (always a break, and never changed by
    /// lower case or decomposition, nor moved by canonical reordering), only a stretch holding
    /// another character goes through Foundation (`SearchWords.unicodeTokens`), which gives the same
    /// words there as it gives for the whole text.
    mutating func add(_ text: String, field: Int) {
        var text = text
        text.withUTF8 { bytes in
            let count = bytes.count
            var index = 0
            while index < count {
                guard TokenList.isPartOfWord(bytes[index]) else {
                    index += 1
                    continue
                }
                let start = index
                var ascii = true
                while index < count, TokenList.isPartOfWord(bytes[index]) {
                    if bytes[index] >= 0x80 { ascii = false }
                    index += 1
                }
                if ascii {
                    let first = arena.count
                    for byte in bytes[start..<index] { arena.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte) }
                    added(first, field)
                } else {
                    let stretch = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
                    for word in SearchWords.unicodeTokens(stretch) {
                        let first = arena.count
                        arena.append(contentsOf: word.utf8)
                        added(first, field)
                    }
                }
            }
        }
    }

    /// Records the word whose bytes were just added from `first` on.
    private mutating func added(_ first: Int, _ field: Int) {
        var key: UInt64 = 0
        for position in 0..<8 {
            key <<= 8
            if first + position < arena.count { key |= UInt64(arena[first + position]) }
        }
        tokens.append(Token(key: key, start: Int32(first), count: Int32(arena.count - first), field: UInt8(field)))
    }

    /// A byte that does not break a word by itself: an ASCII letter or digit, or any byte of a
    /// character outside ASCII (which Foundation then reads with its neighbours).
    private static func isPartOfWord(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
    }

    /// The words in word order, each once, with the bits of the fields it is in (and
    /// `SearchWords.mandatoryBit` when `mandatory`).
    func courseWords(mandatory: Bool) -> SearchWords.CourseWords {
        arena.withUnsafeBufferPointer { arena in
            // The tokens themselves are sorted (no positions to look them up by).
            let tokens = self.tokens.sorted { a, b in
                if a.key != b.key { return a.key < b.key }
                return TokenList.precedes(arena, a.range, b.range)
            }
            var bytes: [UInt8] = []
            bytes.reserveCapacity(arena.count + 2 * tokens.count)
            var position = 0
            while position < tokens.count {
                let word = tokens[position]
                var mask = mandatory ? SearchWords.mandatoryBit : 0
                while position < tokens.count, tokens[position].key == word.key, TokenList.same(arena, tokens[position].range, word.range) {
                    mask |= 1 << tokens[position].field
                    position += 1
                }
                bytes.append(contentsOf: arena[word.range])
                bytes.append(0)
                bytes.append(UInt8(mask))
            }
            return SearchWords.CourseWords(encoded: bytes)
        }
    }

    private static func precedes(_ arena: UnsafeBufferPointer<UInt8>, _ a: Range<Int>, _ b: Range<Int>) -> Bool {
        let common = min(a.count, b.count)
        let order = common == 0 ? 0 : memcmp(arena.baseAddress! + a.lowerBound, arena.baseAddress! + b.lowerBound, common)
        return order != 0 ? order < 0 : a.count < b.count
    }

    private static func same(_ arena: UnsafeBufferPointer<UInt8>, _ a: Range<Int>, _ b: Range<Int>) -> Bool {
        a.count == b.count && memcmp(arena.baseAddress! + a.lowerBound, arena.baseAddress! + b.lowerBound, a.count) == 0
    }
}

/// Every word's postings as they are gathered, course after course: a table of the words by their
/// bytes (open addressing), each with its list of numbers written as JSON so far.
struct PostingsTable {
    /// The words' bytes, one after another.
    private var arena: [UInt8] = []
    private var words: [(range: Range<Int>, hash: UInt64)] = []
    /// Each word's postings so far (`1026,259`), and the number of the last course added.
    private var lists: [[UInt8]] = []
    private var last: [Int] = []
    /// Word numbers by hash, -1 for an empty slot; a power of two, never more than half full.
    private var slots = [Int32](repeating: -1, count: 1024)

    /// Adds course `course` (numbers only grow) to the postings of `word`, in the fields of `mask`.
    mutating func add(_ word: UnsafeBufferPointer<UInt8>, course: Int, mask: Int) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        while case let found = Int(slots[slot]), found >= 0 {
            if words[found].hash == hash, arena[words[found].range].elementsEqual(word) {
                lists[found].append(UInt8(ascii: ","))
                PostingsTable.appendDecimal((course - last[found]) * 256 + mask, to: &lists[found])
                last[found] = course
                return
            }
            slot = (slot + 1) & (slots.count - 1)
        }
        let first = arena.count
        arena.append(contentsOf: word)
        slots[slot] = Int32(words.count)
        words.append((first..<arena.count, hash))
        var list: [UInt8] = []
        PostingsTable.appendDecimal(course * 256 + mask, to: &list)
        lists.append(list)
        last.append(course)
        if words.count * 2 > slots.count { grow() }
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        for (number, word) in words.enumerated() {
            var slot = Int(truncatingIfNeeded: word.hash) & (slots.count - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = Int32(number)
        }
    }

    /// Each word's postings as JSON (`"word":[…]`), by word.
    func postings() -> [String: SearchWords.Postings] {
        var postings: [String: SearchWords.Postings] = [:]
        postings.reserveCapacity(words.count)
        for (number, word) in words.enumerated() {
            var json: [UInt8] = [UInt8(ascii: "\"")]
            json.reserveCapacity(word.range.count + lists[number].count + 5)
            json.append(contentsOf: arena[word.range])
            json.append(contentsOf: "\":[".utf8)
            json.append(contentsOf: lists[number])
            json.append(UInt8(ascii: "]"))
            postings[String(decoding: arena[word.range], as: UTF8.self)] = SearchWords.Postings(json: String(decoding: json, as: UTF8.self))
        }
        return postings
    }

    /// Appends the decimal digits of `value` (not negative).
    private static func appendDecimal(_ value: Int, to bytes: inout [UInt8]) {
        if value < 10 {
            bytes.append(UInt8(truncatingIfNeeded: 0x30 + value))
            return
        }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        var rest = value
        withUnsafeMutableBytes(of: &digits) { digits in
            while rest > 0 {
                digits[19 - count] = UInt8(truncatingIfNeeded: 0x30 + rest % 10)
                rest /= 10
                count += 1
            }
            bytes.append(contentsOf: digits[(20 - count)...])
        }
    }
}
